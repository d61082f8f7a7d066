package org.framsteg.xapi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.framsteg.xapi.internal.syntax.TimestampSyntax;

/**
 * An xAPI timestamp: the point in time plus its exact text, so that precision and offset survive.
 *
 * <pre>{@code
 * XapiTimestamp t = XapiTimestamp.parse("2013-05-18T05:32:34.804123+02:00");
 * Instant when = t.toInstant().orElseThrow();
 * }</pre>
 *
 * <p>Timestamps are ISO 8601 date-times (<a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#45-iso-8601-timestamps">xAPI-Data
 * 4.5</a>); xAPI 1.0.3 accepts any ISO 8601 combined date and time, with or without an offset, while
 * xAPI 2.0 requires the RFC 3339 profile ({@link #isRfc3339()}), which {@link StatementValidator}
 * checks. The text is kept as given (digits beyond nanoseconds included) and written back
 * unchanged; two timestamps are equal when their texts are, so compare points in time with {@link
 * #toInstant()}.
 */
public final class XapiTimestamp {

  private final String text;
  private final LocalDateTime local;
  private final ZoneOffset offset;
  private final boolean rfc3339;

  private XapiTimestamp(String text, TimestampSyntax.Parsed parsed) {
    this.text = text;
    this.local = parsed.local();
    this.offset = parsed.offset();
    this.rfc3339 = parsed.rfc3339();
  }

  /**
   * Reads an ISO 8601 date-time.
   *
   * @throws IllegalArgumentException if {@code text} is not one, naming what is wrong
   */
  public static XapiTimestamp parse(String text) {
    Objects.requireNonNull(text, "text");
    return new XapiTimestamp(text, TimestampSyntax.parse(text));
  }

  /**
   * The timestamp of {@code dateTime} in RFC 3339 form, e.g. {@code 2024-05-01T10:15:30.5+02:00}:
   * seconds always present, a fraction only as long as needed, {@code Z} for UTC.
   */
  public static XapiTimestamp of(OffsetDateTime dateTime) {
    StringBuilder b = new StringBuilder(35);
    LocalDateTime l = dateTime.toLocalDateTime();
    if (l.getYear() < 0 || l.getYear() > 9999) {
      throw new IllegalArgumentException("year must be 0000 to 9999: " + dateTime);
    }
    pad(b, l.getYear(), 4).append('-');
    pad(b, l.getMonthValue(), 2).append('-');
    pad(b, l.getDayOfMonth(), 2).append('T');
    pad(b, l.getHour(), 2).append(':');
    pad(b, l.getMinute(), 2).append(':');
    pad(b, l.getSecond(), 2);
    int nanos = l.getNano();
    if (nanos != 0) {
      String digits = Integer.toString(1_000_000_000 + nanos).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      b.append('.').append(digits, 0, end);
    }
    appendOffset(b, dateTime.getOffset());
    return parse(b.toString());
  }

  /** The timestamp of {@code instant} in UTC, RFC 3339 form, e.g. {@code 2024-05-01T08:15:30Z}. */
  public static XapiTimestamp of(Instant instant) {
    return of(instant.atOffset(ZoneOffset.UTC));
  }

  /** The text as given, e.g. {@code 2013-05-18T05:32:34.804+00:00}. */
  public String text() {
    return text;
  }

  /** The date and time of day as written, without the offset; truncated to nanoseconds. */
  public LocalDateTime localDateTime() {
    return local;
  }

  /** The offset from UTC, absent when the text has none (allowed by xAPI 1.0.3 only). */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /** The point in time, absent when the text has no offset. */
  public Optional<Instant> toInstant() {
    return offset == null ? Optional.empty() : Optional.of(local.toInstant(offset));
  }

  /** The date-time with its offset, absent when the text has none. */
  public Optional<OffsetDateTime> toOffsetDateTime() {
    return offset == null ? Optional.empty() : Optional.of(OffsetDateTime.of(local, offset));
  }

  /**
   * Whether the text follows RFC 3339 (section 5.6): extended form, seconds, an optional {@code .}
   * fraction and an offset of {@code Z} or {@code ±hh:mm}. xAPI 2.0 requires this.
   */
  public boolean isRfc3339() {
    return rfc3339;
  }

  /**
   * The same point in time written in RFC 3339 form, keeping the offset and every fraction digit of
   * the text; this timestamp itself if it already is.
   *
   * @throws IllegalStateException if the text has no offset, as RFC 3339 requires one
   */
  public XapiTimestamp toRfc3339() {
    if (rfc3339) {
      return this;
    }
    if (offset == null) {
      throw new IllegalStateException("timestamp " + text + " has no offset");
    }
    StringBuilder b = new StringBuilder(40);
    pad(b, local.getYear(), 4).append('-');
    pad(b, local.getMonthValue(), 2).append('-');
    pad(b, local.getDayOfMonth(), 2).append('T');
    pad(b, local.getHour(), 2).append(':');
    pad(b, local.getMinute(), 2).append(':');
    pad(b, local.getSecond(), 2);
    String fraction = fractionDigits(text);
    if (!fraction.isEmpty()) {
      b.append('.').append(fraction);
    }
    appendOffset(b, offset);
    return parse(b.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XapiTimestamp other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }

  private static String fractionDigits(String text) {
    int tee = Math.max(text.indexOf('T'), text.indexOf('t'));
    for (int i = tee + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ',') {
        int end = i + 1;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
          end++;
        }
        return text.substring(i + 1, end);
      }
    }
    return "";
  }

  private static void appendOffset(StringBuilder b, ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    if (total == 0) {
      b.append('Z');
      return;
    }
    if (total % 60 != 0) {
      throw new IllegalArgumentException("offset with seconds has no ISO 8601 form: " + offset);
    }
    b.append(total < 0 ? '-' : '+');
    int minutes = Math.abs(total) / 60;
    pad(b, minutes / 60, 2).append(':');
    pad(b, minutes % 60, 2);
  }

  private static StringBuilder pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s);
  }
}
