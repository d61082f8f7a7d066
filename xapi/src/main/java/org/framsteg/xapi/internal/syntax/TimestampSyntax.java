package org.framsteg.xapi.internal.syntax;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The ISO 8601 date-time forms an xAPI timestamp may take.
 *
 * <p>Accepted: a calendar date and a time of day joined by {@code T}, in the extended form
 * ({@code 2015-11-18T12:17:00.5+01:00}) or the basic form ({@code 20151118T121700.5+0100}); seconds
 * and fraction may be left out (reduced precision), the fraction separator may be {@code .} or
 * {@code ,}, the offset may be {@code Z}, {@code ±hh}, {@code ±hhmm} or {@code ±hh:mm}, or absent.
 * {@code T} and {@code Z} may be lower case (RFC 3339 section 5.6). Refused: a negative zero offset
 * ({@code -00}, {@code -0000}, {@code -00:00}, which RFC 3339 reserves for an unknown offset and the
 * xAPI conformance suites reject), leap seconds (java.time has no representation for them), week and
 * ordinal dates, and expanded years.
 */
public final class TimestampSyntax {

  /** The parts of a timestamp. */
  public record Parsed(LocalDateTime local, ZoneOffset offset, boolean rfc3339) {}

  private TimestampSyntax() {}

  /**
   * Parses {@code s}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Parsed parse(String s) {
    Scanner in = new Scanner(s);
    int year = in.digits(4, "year");
    boolean extended = in.accept('-');
    int month = in.digits(2, "month");
    if (extended) {
      in.expect('-', "'-' between month and day");
    }
    int day = in.digits(2, "day");
    if (!in.accept('T') && !in.accept('t')) {
      throw in.fail("'T' between date and time");
    }
    int hour = in.digits(2, "hour");
    if (extended) {
      in.expect(':', "':' between hour and minute");
    }
    int minute = in.digits(2, "minute");
    int second = 0;
    int nanos = 0;
    boolean hasSeconds = false;
    boolean commaFraction = false;
    if (extended ? in.accept(':') : in.peekDigit()) {
      hasSeconds = true;
      second = in.digits(2, "second");
      char sep = in.peek();
      if (sep == '.' || sep == ',') {
        in.next();
        commaFraction = sep == ',';
        int start = in.pos;
        long value = 0;
        while (in.peekDigit()) {
          int d = in.next() - '0';
          if (in.pos - start <= 9) {
            value = value * 10 + d;
          }
        }
        int count = in.pos - start;
        if (count == 0) {
          throw in.fail("digits after the decimal separator");
        }
        for (int i = count; i < 9; i++) {
          value *= 10;
        }
        nanos = (int) value;
      }
    }
    ZoneOffset offset = null;
    boolean colonOffset = false;
    char c = in.peek();
    if (c == 'Z' || c == 'z') {
      in.next();
      offset = ZoneOffset.UTC;
      colonOffset = true;
    } else if (c == '+' || c == '-') {
      in.next();
      int oh = in.digits(2, "offset hours");
      int om = 0;
      if (in.accept(':')) {
        colonOffset = true;
        om = in.digits(2, "offset minutes");
      } else if (in.peekDigit()) {
        om = in.digits(2, "offset minutes");
      }
      if (c == '-' && oh == 0 && om == 0) {
        throw new IllegalArgumentException(
            "a negative zero offset (-00:00) means an unknown offset; use Z or +00:00");
      }
      if (om > 59) {
        throw new IllegalArgumentException("offset minutes must be 00 to 59");
      }
      try {
        offset = ZoneOffset.ofHoursMinutes(c == '-' ? -oh : oh, c == '-' ? -om : om);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("offset must be between -18:00 and +18:00");
      }
    }
    if (!in.atEnd()) {
      throw in.fail("end of timestamp");
    }
    if (second == 60) {
      throw new IllegalArgumentException("leap seconds (second 60) are not supported");
    }
    LocalDateTime local;
    try {
      local =
          LocalDateTime.of(
              LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nanos));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a date and time of the calendar: " + e.getMessage());
    }
    // RFC 3339 section 5.6: full date, 'T', hh:mm:ss, optional '.' fraction, 'Z' or +hh:mm.
    boolean rfc3339 = extended && hasSeconds && offset != null && colonOffset && !commaFraction;
    return new Parsed(local, offset, rfc3339);
  }

  private static final class Scanner {
    private final String s;
    private int pos;

    Scanner(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    boolean peekDigit() {
      char c = peek();
      return c >= '0' && c <= '9';
    }

    char next() {
      return s.charAt(pos++);
    }

    boolean accept(char c) {
      if (peek() == c && pos < s.length()) {
        pos++;
        return true;
      }
      return false;
    }

    void expect(char c, String what) {
      if (!accept(c)) {
        throw fail(what);
      }
    }

    int digits(int count, String what) {
      int value = 0;
      for (int i = 0; i < count; i++) {
        if (!peekDigit()) {
          throw fail(count + "-digit " + what);
        }
        value = value * 10 + (next() - '0');
      }
      return value;
    }

    IllegalArgumentException fail(String expected) {
      return new IllegalArgumentException(
          "expected " + expected + " at character " + (pos + 1)
              + " (ISO 8601 date and time such as 2015-11-18T12:17:00.000Z)");
    }
  }
}
