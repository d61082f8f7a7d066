package org.framsteg.scorm.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.framsteg.core.progress.PlayedSegments;
import org.framsteg.core.progress.Segment;

/**
 * The played-segments format Framsteg's player SCO keeps in {@code cmi.suspend_data}: {@code F1:}
 * and then sorted, disjoint segments, comma-separated, each {@code start-end} in tenths of a second
 * written in base 36 (lower case). {@code F1:0-u,1e-2s} is 0 to 3 s and 5 to 10 s.
 *
 * <pre>{@code
 * String data = SuspendData.encode(PlayedSegments.of(Segment.ofSeconds(0, 3), Segment.ofSeconds(5, 10)));
 * PlayedSegments back = SuspendData.decode("F1:0-u,1e-2s").orElseThrow();
 * }</pre>
 *
 * <p>The format's precision is 0.1 s: each bound is rounded to the nearest tenth (halves up), a
 * segment that rounds to nothing is left out and segments that come to touch are joined. Reading
 * accepts segments in any order, overlapping or touching, as the player's own reader does; text
 * in any other form is not this format. The player keeps the data within the SCORM limits (1.2:
 * 4096 characters, 2004: 64000) by dropping the shortest segments first, which under-counts and
 * never completes early; {@link #encode(PlayedSegments, int)} does the same.
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. RTE §4.2.23
 *     cmi.suspend_data; SCORM 1.2 RTE §3.4 cmi.suspend_data</a>
 */
public final class SuspendData {
  /** The prefix that names the format and its version. */
  public static final String PREFIX = "F1:";
  /** The SPM of SCORM 1.2 {@code cmi.suspend_data} (CMIString4096). */
  public static final int SCORM_12_LIMIT = 4096;
  /** The SPM of SCORM 2004 {@code cmi.suspend_data}. */
  public static final int SCORM_2004_LIMIT = 64000;

  private static final Pattern FORMAT =
      Pattern.compile("F1:([0-9a-z]+-[0-9a-z]+(,[0-9a-z]+-[0-9a-z]+)*)?");
  /** Tenths beyond the longest segment Framsteg holds. */
  private static final long MAX_TENTHS = Segment.MAX_MILLIS / 100;

  private SuspendData() {}

  /** The segments in this format, at 0.1 s precision. */
  public static String encode(PlayedSegments played) {
    return text(tenths(played));
  }

  /**
   * The segments in this format within {@code limit} characters, the shortest segments dropped
   * first (the first of equally short ones).
   *
   * @throws IllegalArgumentException when the limit is below the length of {@code F1:}
   */
  public static String encode(PlayedSegments played, int limit) {
    if (limit < PREFIX.length()) {
      throw new IllegalArgumentException("limit: must be at least " + PREFIX.length() + ", was "
          + limit);
    }
    List<long[]> kept = tenths(played);
    String text = text(kept);
    if (text.length() <= limit) {
      return text;
    }
    // Drop the shortest first; removing one segment shortens the text by its own length and one
    // comma, so the length is tracked instead of re-encoded.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong((Integer i) -> kept.get(i)[1] - kept.get(i)[0])
        .thenComparingInt(i -> i));
    boolean[] dropped = new boolean[kept.size()];
    int length = text.length();
    int left = kept.size();
    for (int i : order) {
      if (length <= limit) {
        break;
      }
      dropped[i] = true;
      length -= part(kept.get(i)).length() + (left > 1 ? 1 : 0);
      left--;
    }
    List<long[]> rest = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      if (!dropped[i]) {
        rest.add(kept.get(i));
      }
    }
    return text(rest);
  }

  /** The segments of text in this format, or empty when the text is in another format. */
  public static Optional<PlayedSegments> decode(String text) {
    Objects.requireNonNull(text, "text");
    if (!FORMAT.matcher(text).matches()) {
      return Optional.empty();
    }
    String body = text.substring(PREFIX.length());
    List<PlayedSegments> parts = new ArrayList<>();
    if (!body.isEmpty()) {
      for (String part : body.split(",")) {
        int dash = part.indexOf('-');
        Optional<Long> a = tenths(part.substring(0, dash));
        Optional<Long> b = tenths(part.substring(dash + 1));
        if (a.isEmpty() || b.isEmpty() || b.get() <= a.get()) {
          return Optional.empty();
        }
        parts.add(PlayedSegments.of(Segment.ofMillis(a.get() * 100, b.get() * 100)));
      }
    }
    return Optional.of(unionAll(parts, 0, parts.size()));
  }

  /** Joins in halves, so that many segments cost n log n rather than n squared. */
  private static PlayedSegments unionAll(List<PlayedSegments> parts, int from, int to) {
    if (to - from == 0) {
      return PlayedSegments.empty();
    }
    if (to - from == 1) {
      return parts.get(from);
    }
    int mid = (from + to) >>> 1;
    return unionAll(parts, from, mid).union(unionAll(parts, mid, to));
  }

  private static Optional<Long> tenths(String base36) {
    if (base36.length() > 7) {
      return Optional.empty();
    }
    long v = Long.parseLong(base36, 36);
    return v > MAX_TENTHS ? Optional.empty() : Optional.of(v);
  }

  /** The segments in tenths, rounded, empty ones left out and touching ones joined. */
  private static List<long[]> tenths(PlayedSegments played) {
    List<long[]> out = new ArrayList<>();
    for (Segment s : played.segments()) {
      long a = Math.floorDiv(s.from().toMillis() + 50, 100);
      long b = Math.min(MAX_TENTHS, Math.floorDiv(s.to().toMillis() + 50, 100));
      if (b <= a) {
        continue;
      }
      long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && a <= last[1]) {
        last[1] = Math.max(last[1], b);
      } else {
        out.add(new long[] {a, b});
      }
    }
    return out;
  }

  private static String text(List<long[]> segments) {
    StringBuilder sb = new StringBuilder(PREFIX);
    for (int i = 0; i < segments.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(part(segments.get(i)));
    }
    return sb.toString();
  }

  private static String part(long[] segment) {
    return Long.toString(segment[0], 36) + "-" + Long.toString(segment[1], 36);
  }
}
