package org.framsteg.core.progress;

import java.time.Duration;
import java.util.Objects;

/**
 * A stretch of a timed medium, from {@code from} (inclusive) to {@code to} (exclusive), in
 * milliseconds precision.
 *
 * <pre>{@code
 * Segment s = Segment.ofSeconds(12.5, 95.25);
 * Duration d = s.length();   // PT1M22.75S
 * }</pre>
 */
public record Segment(Duration from, Duration to) {
  /** The longest offset accepted: about 24 days, far beyond any medium. */
  public static final long MAX_MILLIS = Integer.MAX_VALUE;

  public Segment {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isNegative()) {
      throw new IllegalArgumentException("from: must be 0 or more, was " + from);
    }
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException("to: must not be before from (" + from + "), was " + to);
    }
    if (to.toMillis() > MAX_MILLIS) {
      throw new IllegalArgumentException("to: must be at most " + MAX_MILLIS + " ms, was " + to);
    }
    from = Duration.ofMillis(from.toMillis());
    to = Duration.ofMillis(to.toMillis());
  }

  /** A segment from seconds with millisecond precision (rounded to the nearest millisecond). */
  public static Segment ofSeconds(double from, double to) {
    if (!Double.isFinite(from) || !Double.isFinite(to)) {
      throw new IllegalArgumentException("segment bounds must be finite, were " + from + " and " + to);
    }
    return new Segment(Duration.ofMillis(Math.round(from * 1000)), Duration.ofMillis(Math.round(to * 1000)));
  }

  /** A segment from milliseconds. */
  public static Segment ofMillis(long from, long to) {
    return new Segment(Duration.ofMillis(from), Duration.ofMillis(to));
  }

  /** How long the segment is. */
  public Duration length() {
    return to.minus(from);
  }
}
