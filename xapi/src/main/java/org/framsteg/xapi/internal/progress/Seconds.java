package org.framsteg.xapi.internal.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.framsteg.core.progress.Segment;

/** Media positions as the video profile writes them: seconds with up to three decimals. */
public final class Seconds {
  private Seconds() {}

  /** {@code 12.5} for 12 500 ms; {@code 0} for zero. */
  public static BigDecimal of(Duration d) {
    BigDecimal s = BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** The text of {@link #of}. */
  public static String text(Duration d) {
    return of(d).toPlainString();
  }

  /**
   * The duration of {@code seconds}, rounded to the millisecond.
   *
   * @throws IllegalArgumentException when negative or beyond {@link Segment#MAX_MILLIS}
   */
  public static Duration parse(BigDecimal seconds) {
    BigDecimal ms = seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP);
    if (ms.signum() < 0 || ms.compareTo(BigDecimal.valueOf(Segment.MAX_MILLIS)) > 0) {
      throw new IllegalArgumentException("must be between 0 and " + Segment.MAX_MILLIS / 1000 + " seconds, was "
          + seconds.toPlainString());
    }
    return Duration.ofMillis(ms.longValueExact());
  }

  /** One segment, {@code from[.]to}. */
  public static String segment(Segment s) {
    return text(s.from()) + "[.]" + text(s.to());
  }

  /**
   * Reads {@code start[.]end[,]start[.]end...}.
   *
   * @throws IllegalArgumentException naming the part that is malformed
   */
  public static java.util.List<Segment> segments(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("played-segments is empty");
    }
    java.util.List<Segment> out = new java.util.ArrayList<>();
    for (String part : text.split("\\[,\\]", -1)) {
      String[] ends = part.split("\\[\\.\\]", -1);
      if (ends.length != 2) {
        throw new IllegalArgumentException("played-segments part \"" + part + "\" is not start[.]end");
      }
      try {
        out.add(new Segment(parse(new BigDecimal(ends[0].trim())), parse(new BigDecimal(ends[1].trim()))));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("played-segments part \"" + part + "\" has a number that is not one");
      }
    }
    return out;
  }
}
