package org.framsteg.scorm.internal.runtime;

import static org.framsteg.scorm.internal.runtime.Texts.allDigits;
import static org.framsteg.scorm.internal.runtime.Texts.digitRun;
import static org.framsteg.scorm.internal.runtime.Texts.quote;
import static org.framsteg.scorm.internal.runtime.Texts.smallNumber;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.framsteg.scorm.runtime.CmiTimestamp;

/**
 * Parsers and writers of the four run-time time formats. Every parser scans its input once, never
 * runs a regular expression over untrusted text and rejects values it cannot represent exactly.
 */
public final class TimeFormats {
  /** Centiseconds: the precision of every SCORM time format. */
  public static final int NANOS_PER_CENTI = 10_000_000;

  /**
   * Conventional length of a year in a SCORM 2004 timeinterval: 365 days, as the ADL SCORM 2004 4th
   * edition sample run-time counts it when comparing two intervals. The RTE book defines none.
   */
  public static final long YEAR_SECONDS = 365L * 86_400L;

  /**
   * Conventional length of a month in a SCORM 2004 timeinterval: 2 628 029 s (30.417 days), as the
   * ADL sample run-time counts it.
   */
  public static final long MONTH_SECONDS = 2_628_029L;

  private static final long MAX_TIMESPAN_SECONDS = 9999L * 3600 + 59 * 60 + 59;
  private static final String TIMESPAN =
      "must be a CMITimespan HHHH:MM:SS.SS (2 to 4 digits of hours, 2 of minutes, 2 of seconds,"
          + " optionally 1 or 2 decimal digits) (SCORM 1.2 RTE 3.4.5)";
  private static final String TIME =
      "must be a CMITime HH:MM:SS.SS (2 digits each, optionally 1 or 2 decimal digits)"
          + " (SCORM 1.2 RTE 3.4.5)";
  private static final String INTERVAL =
      "must be a timeinterval (second,10,2) P[yY][mM][dD][T[hH][nM][s[.s]S]]"
          + " (SCORM 2004 4th ed. RTE 4.2, data type timeinterval)";
  private static final String TIMESTAMP =
      "must be a time (second,10,0) YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]"
          + " (SCORM 2004 4th ed. RTE 4.2, data type time)";

  private TimeFormats() {}

  // ---------------------------------------------------------------- SCORM 1.2 CMITimespan

  public static Duration parseTimespan12(String text) {
    int n = text.length();
    int colon = text.indexOf(':');
    if (n > 13 || colon < 2 || colon > 4 || !allDigits(text, 0, colon)) {
      throw new RuleBroken(quote(text) + " " + TIMESPAN);
    }
    int end = clockTail(text, colon, TIMESPAN);
    long hours = smallNumber(text, 0, colon);
    int minutes = smallNumber(text, colon + 1, colon + 3);
    int seconds = smallNumber(text, colon + 4, colon + 6);
    checkMinutesSeconds(text, minutes, seconds, "CMITimespan");
    long centis = fraction(text, end);
    return Duration.ofSeconds(hours * 3600 + minutes * 60L + seconds, centis * NANOS_PER_CENTI);
  }

  public static String formatTimespan12(Duration duration) {
    if (duration.isNegative()) {
      throw new RuleBroken("a CMITimespan cannot be negative (SCORM 1.2 RTE 3.4.5)");
    }
    if (duration.getSeconds() > MAX_TIMESPAN_SECONDS) {
      throw new RuleBroken(
          duration + " is longer than 9999:59:59.99, the largest CMITimespan (SCORM 1.2 RTE 3.4.5)");
    }
    long s = duration.getSeconds();
    StringBuilder out = new StringBuilder(13);
    twoDigits(out, s / 3600);
    out.append(':');
    twoDigits(out, s / 60 % 60);
    out.append(':');
    twoDigits(out, s % 60);
    appendFraction(out, duration.getNano() / NANOS_PER_CENTI, false);
    return out.toString();
  }

  // ---------------------------------------------------------------- SCORM 1.2 CMITime

  public static LocalTime parseTime12(String text) {
    int n = text.length();
    if (n > 11 || n < 8 || text.indexOf(':') != 2 || !allDigits(text, 0, 2)) {
      throw new RuleBroken(quote(text) + " " + TIME);
    }
    int end = clockTail(text, 2, TIME);
    int hours = smallNumber(text, 0, 2);
    int minutes = smallNumber(text, 3, 5);
    int seconds = smallNumber(text, 6, 8);
    if (hours > 23) {
      throw new RuleBroken(
          "hours must be 00 to 23 in " + quote(text) + " (SCORM 1.2 RTE 3.4.5, CMITime)");
    }
    checkMinutesSeconds(text, minutes, seconds, "CMITime");
    return LocalTime.of(hours, minutes, seconds, (int) fraction(text, end) * NANOS_PER_CENTI);
  }

  public static String formatTime12(LocalTime time) {
    StringBuilder out = new StringBuilder(11);
    twoDigits(out, time.getHour());
    out.append(':');
    twoDigits(out, time.getMinute());
    out.append(':');
    twoDigits(out, time.getSecond());
    appendFraction(out, time.getNano() / NANOS_PER_CENTI, false);
    return out.toString();
  }

  /** Checks {@code :MM:SS[.S[S]]} after the hours; returns where the fraction starts. */
  private static int clockTail(String text, int colon, String rule) {
    int n = text.length();
    int end = colon + 6;
    if (n < end
        || text.charAt(colon + 3) != ':'
        || !allDigits(text, colon + 1, colon + 3)
        || !allDigits(text, colon + 4, end)) {
      throw new RuleBroken(quote(text) + " " + rule);
    }
    if (n != end && (text.charAt(end) != '.' || n - end - 1 < 1 || n - end - 1 > 2
        || !allDigits(text, end + 1, n))) {
      throw new RuleBroken(quote(text) + " " + rule);
    }
    return end;
  }

  private static void checkMinutesSeconds(String text, int minutes, int seconds, String type) {
    if (minutes > 59) {
      throw new RuleBroken(
          "minutes must be 00 to 59 in " + quote(text) + " (SCORM 1.2 RTE 3.4.5, " + type + ")");
    }
    if (seconds > 59) {
      throw new RuleBroken(
          "seconds must be 00 to 59 in " + quote(text) + " (SCORM 1.2 RTE 3.4.5, " + type + ")");
    }
  }

  /** Centiseconds of an optional {@code .d} or {@code .dd} starting at {@code dot}. */
  private static long fraction(String text, int dot) {
    int n = text.length();
    if (dot >= n) {
      return 0;
    }
    int digits = n - dot - 1;
    int value = smallNumber(text, dot + 1, n);
    return digits == 1 ? value * 10L : value;
  }

  // ---------------------------------------------------------------- SCORM 2004 timeinterval

  public static Duration parseInterval(String text) {
    int n = text.length();
    if (n < 3 || text.charAt(0) != 'P') {
      throw new RuleBroken(quote(text) + " " + INTERVAL);
    }
    long seconds = 0;
    long centis = 0;
    boolean any = false;
    int i = 1;
    String designators = "YMD";
    int stage = 0;
    while (i < n && text.charAt(i) != 'T') {
      int digits = digitRun(text, i);
      int at = i + digits;
      if (digits == 0 || at >= n) {
        throw new RuleBroken(quote(text) + " " + INTERVAL);
      }
      int pos = designators.indexOf(text.charAt(at));
      if (pos < stage) {
        throw new RuleBroken(
            quote(text) + " " + INTERVAL + ": only Y, M and D, in this order, may come before T");
      }
      stage = pos + 1;
      long unit = pos == 0 ? YEAR_SECONDS : pos == 1 ? MONTH_SECONDS : 86_400L;
      seconds = accumulate(text, seconds, number(text, i, at), unit);
      any = true;
      i = at + 1;
    }
    if (i < n) {
      i++; // T
      designators = "HMS";
      stage = 0;
      boolean anyTime = false;
      while (i < n) {
        int digits = digitRun(text, i);
        int at = i + digits;
        if (digits == 0 || at >= n) {
          throw new RuleBroken(quote(text) + " " + INTERVAL);
        }
        long value = number(text, i, at);
        char designator = text.charAt(at);
        if (designator == '.') {
          int fractionDigits = digitRun(text, at + 1);
          int end = at + 1 + fractionDigits;
          if (fractionDigits < 1 || fractionDigits > 2) {
            throw new RuleBroken(
                quote(text)
                    + " "
                    + INTERVAL
                    + ": seconds may have 1 or 2 decimal digits (precision 0.01 s)");
          }
          if (end >= n || text.charAt(end) != 'S') {
            throw new RuleBroken(
                quote(text) + " " + INTERVAL + ": only seconds may have a decimal fraction");
          }
          int f = smallNumber(text, at + 1, end);
          centis = fractionDigits == 1 ? f * 10L : f;
          at = end;
          designator = 'S';
        }
        int pos = designators.indexOf(designator);
        if (pos < stage) {
          throw new RuleBroken(
              quote(text) + " " + INTERVAL + ": only H, M and S, in this order, may follow T");
        }
        stage = pos + 1;
        long unit = pos == 0 ? 3600L : pos == 1 ? 60L : 1L;
        seconds = accumulate(text, seconds, value, unit);
        anyTime = true;
        i = at + 1;
      }
      if (!anyTime) {
        throw new RuleBroken(
            quote(text) + " " + INTERVAL + ": T must be followed by hours, minutes or seconds");
      }
      any = true;
    }
    if (!any) {
      throw new RuleBroken(quote(text) + " " + INTERVAL);
    }
    return Duration.ofSeconds(seconds, centis * NANOS_PER_CENTI);
  }

  public static String formatInterval(Duration duration) {
    if (duration.isNegative()) {
      throw new RuleBroken("a timeinterval cannot be negative (SCORM 2004 4th ed. RTE 4.2, data type timeinterval)");
    }
    long s = duration.getSeconds();
    int centis = duration.getNano() / NANOS_PER_CENTI;
    if (s == 0 && centis == 0) {
      return "PT0S";
    }
    StringBuilder out = new StringBuilder(24).append("PT");
    long hours = s / 3600;
    long minutes = s / 60 % 60;
    long seconds = s % 60;
    if (hours > 0) {
      out.append(hours).append('H');
    }
    if (minutes > 0) {
      out.append(minutes).append('M');
    }
    if (seconds > 0 || centis > 0) {
      out.append(seconds);
      appendFraction(out, centis, false);
      out.append('S');
    }
    return out.toString();
  }

  /** A zero-padded number of any length; values beyond a long are out of range. */
  private static long number(String text, int from, int to) {
    int i = from;
    while (i < to - 1 && text.charAt(i) == '0') {
      i++;
    }
    if (to - i > 18) {
      throw tooLong(text);
    }
    long value = 0;
    for (; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static long accumulate(String text, long total, long value, long unit) {
    try {
      return Math.addExact(total, Math.multiplyExact(value, unit));
    } catch (ArithmeticException e) {
      throw tooLong(text);
    }
  }

  private static RuleBroken tooLong(String text) {
    return new RuleBroken(
        quote(text) + " is longer than java.time.Duration can hold (about 292 billion years)");
  }

  // ---------------------------------------------------------------- SCORM 2004 time (second,10,0)

  public static CmiTimestamp parseTimestamp(String text) {
    int n = text.length();
    if (n < 4 || n > 28 || !allDigits(text, 0, 4)) {
      throw new RuleBroken(quote(text) + " " + TIMESTAMP);
    }
    int year = smallNumber(text, 0, 4);
    if (year < 1970 || year > 2038) {
      throw new RuleBroken(
          "the year must be 1970 to 2038 in " + quote(text) + " (SCORM 2004 4th ed. RTE 4.2, data type time)");
    }
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int centis = 0;
    ChronoUnit precision = ChronoUnit.YEARS;
    Optional<ZoneOffset> offset = Optional.empty();
    int i = 4;
    if (i < n) {
      month = field(text, i, '-', 1, 12, "month");
      precision = ChronoUnit.MONTHS;
      i += 3;
    }
    if (i < n) {
      day = field(text, i, '-', 1, YearMonth.of(year, month).lengthOfMonth(), "day");
      precision = ChronoUnit.DAYS;
      i += 3;
    }
    if (i < n) {
      hour = field(text, i, 'T', 0, 23, "hour");
      precision = ChronoUnit.HOURS;
      i += 3;
    }
    if (i < n) {
      minute = field(text, i, ':', 0, 59, "minute");
      precision = ChronoUnit.MINUTES;
      i += 3;
    }
    if (i < n) {
      second = field(text, i, ':', 0, 59, "second");
      precision = ChronoUnit.SECONDS;
      i += 3;
    }
    if (i < n) {
      if (text.charAt(i) != '.') {
        throw new RuleBroken(
            quote(text)
                + " "
                + TIMESTAMP
                + ": a time zone designator needs hh:mm:ss.s before it, e.g."
                + " 2009-07-25T03:00:00.0Z");
      }
      int digits = digitRun(text, i + 1);
      if (digits < 1 || digits > 2) {
        throw new RuleBroken(
            quote(text) + " " + TIMESTAMP + ": seconds may have 1 or 2 decimal digits");
      }
      int f = smallNumber(text, i + 1, i + 1 + digits);
      centis = digits == 1 ? f * 10 : f;
      i += 1 + digits;
    }
    if (i < n) {
      offset = Optional.of(zoneDesignator(text, i));
    }
    LocalDateTime dateTime =
        LocalDateTime.of(year, month, day, hour, minute, second, centis * NANOS_PER_CENTI);
    return new CmiTimestamp(dateTime, precision, offset);
  }

  private static int field(String text, int at, char separator, int min, int max, String name) {
    if (at + 3 > text.length()
        || text.charAt(at) != separator
        || !allDigits(text, at + 1, at + 3)) {
      throw new RuleBroken(quote(text) + " " + TIMESTAMP);
    }
    int value = smallNumber(text, at + 1, at + 3);
    if (value < min || value > max) {
      throw new RuleBroken(
          "the "
              + name
              + " must be "
              + pad(min)
              + " to "
              + pad(max)
              + " in "
              + quote(text)
              + " (SCORM 2004 4th ed. RTE 4.2, data type time)");
    }
    return value;
  }

  private static ZoneOffset zoneDesignator(String text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if (c == 'Z' || c == 'z') {
      if (i + 1 != n) {
        throw new RuleBroken(quote(text) + " " + TIMESTAMP);
      }
      return ZoneOffset.UTC;
    }
    int rest = n - i - 1;
    if ((c != '+' && c != '-')
        || (rest != 2 && rest != 5)
        || !allDigits(text, i + 1, i + 3)
        || (rest == 5 && (text.charAt(i + 3) != ':' || !allDigits(text, i + 4, n)))) {
      throw new RuleBroken(
          quote(text) + " " + TIMESTAMP + ": the time zone designator is Z, +hh, -hh, +hh:mm or -hh:mm");
    }
    int hours = smallNumber(text, i + 1, i + 3);
    int minutes = rest == 5 ? smallNumber(text, i + 4, n) : 0;
    if (hours > 23 || minutes > 59) {
      throw new RuleBroken(
          "the time zone offset must have hours 00 to 23 and minutes 00 to 59 in "
              + quote(text)
              + " (SCORM 2004 4th ed. RTE 4.2, data type time)");
    }
    int sign = c == '-' ? -1 : 1;
    try {
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException e) {
      throw new RuleBroken(
          "the time zone offset of "
              + quote(text)
              + " is beyond \u00b118:00, which java.time cannot represent");
    }
  }

  /** The canonical text of a timestamp: precision kept, minimal fraction, {@code Z} for UTC. */
  public static String formatTimestamp(CmiTimestamp timestamp) {
    LocalDateTime t = timestamp.dateTime();
    ChronoUnit precision = timestamp.precision();
    StringBuilder out = new StringBuilder(28);
    out.append(t.getYear());
    if (precision == ChronoUnit.YEARS) {
      return out.toString();
    }
    out.append('-');
    twoDigits(out, t.getMonthValue());
    if (precision == ChronoUnit.MONTHS) {
      return out.toString();
    }
    out.append('-');
    twoDigits(out, t.getDayOfMonth());
    if (precision == ChronoUnit.DAYS) {
      return out.toString();
    }
    out.append('T');
    twoDigits(out, t.getHour());
    if (precision == ChronoUnit.HOURS) {
      return out.toString();
    }
    out.append(':');
    twoDigits(out, t.getMinute());
    if (precision == ChronoUnit.MINUTES) {
      return out.toString();
    }
    out.append(':');
    twoDigits(out, t.getSecond());
    appendFraction(out, t.getNano() / NANOS_PER_CENTI, timestamp.offset().isPresent());
    timestamp
        .offset()
        .ifPresent(o -> out.append(o.getTotalSeconds() == 0 ? "Z" : o.getId()));
    return out.toString();
  }

  // ---------------------------------------------------------------- shared

  /** A duration cut down to whole centiseconds (towards zero). */
  public static Duration toCentis(Duration d) {
    return Duration.ofSeconds(d.getSeconds(), d.getNano() / NANOS_PER_CENTI * NANOS_PER_CENTI);
  }

  private static void twoDigits(StringBuilder out, long value) {
    if (value < 10) {
      out.append('0');
    }
    out.append(value);
  }

  private static String pad(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  /** {@code .d} or {@code .dd}, the fewest digits that keep the value; {@code .0} if forced. */
  private static void appendFraction(StringBuilder out, int centis, boolean forced) {
    if (centis == 0) {
      if (forced) {
        out.append(".0");
      }
      return;
    }
    out.append('.');
    if (centis % 10 == 0) {
      out.append(centis / 10);
    } else {
      twoDigits(out, centis);
    }
  }
}
