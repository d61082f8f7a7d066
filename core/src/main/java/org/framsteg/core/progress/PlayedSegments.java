package org.framsteg.core.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.framsteg.core.internal.Intervals;

/**
 * The parts of a timed medium that have been played: an immutable set of disjoint intervals,
 * milliseconds precision. Playing a part twice covers it once.
 *
 * <pre>{@code
 * PlayedSegments p = PlayedSegments.empty().add(Segment.ofSeconds(0, 60)).add(Segment.ofSeconds(30, 90));
 * double share = p.coverage(Duration.ofMinutes(3));   // 0.5
 * }</pre>
 *
 * <p>{@link #union} is commutative, associative and idempotent; {@link #clip} bounds the set to a
 * medium's duration, so coverage never exceeds it.
 */
public final class PlayedSegments {
  private static final PlayedSegments EMPTY = new PlayedSegments(Intervals.EMPTY);

  /** Sorted, disjoint, non-touching [start, end) pairs in milliseconds. */
  private final int[] bounds;

  private PlayedSegments(int[] bounds) {
    this.bounds = bounds;
  }

  /** No segment played. */
  public static PlayedSegments empty() {
    return EMPTY;
  }

  /** The set of the given segments. */
  public static PlayedSegments of(Segment... segments) {
    PlayedSegments p = EMPTY;
    for (Segment s : segments) {
      p = p.add(s);
    }
    return p;
  }

  /** Wraps normalised bounds (internal use: the array is not copied). */
  static PlayedSegments wrap(int[] bounds) {
    return bounds.length == 0 ? EMPTY : new PlayedSegments(bounds);
  }

  /** This set with one more segment. */
  public PlayedSegments add(Segment segment) {
    return wrap(Intervals.add(bounds, (int) segment.from().toMillis(), (int) segment.to().toMillis()));
  }

  /** Every part played in this set or the other. */
  public PlayedSegments union(PlayedSegments other) {
    return wrap(Intervals.union(bounds, other.bounds));
  }

  /** The parts of this set that lie within [0, duration). */
  public PlayedSegments clip(Duration duration) {
    return wrap(Intervals.clip(bounds, (int) Math.min(Segment.MAX_MILLIS, duration.toMillis())));
  }

  /** The total time covered, each millisecond once. */
  public Duration covered() {
    return Duration.ofMillis(Intervals.measure(bounds));
  }

  /** The covered share of a medium of this duration, in [0, 1]. */
  public double coverage(Duration duration) {
    long total = duration.toMillis();
    if (total <= 0) {
      return 0;
    }
    long covered = Intervals.measure(Intervals.clip(bounds, (int) Math.min(Segment.MAX_MILLIS, total)));
    return Math.min(1.0, (double) covered / total);
  }

  /** Whether nothing has been played. */
  public boolean isEmpty() {
    return bounds.length == 0;
  }

  /** The disjoint segments, in order. */
  public List<Segment> segments() {
    List<Segment> out = new ArrayList<>(bounds.length / 2);
    for (int i = 0; i < bounds.length; i += 2) {
      out.add(Segment.ofMillis(bounds[i], bounds[i + 1]));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlayedSegments p && Arrays.equals(bounds, p.bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < bounds.length; i += 2) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(bounds[i] / 1000.0).append('-').append(bounds[i + 1] / 1000.0);
    }
    return sb.append(']').toString();
  }
}
