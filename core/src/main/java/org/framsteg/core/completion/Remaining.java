package org.framsteg.core.completion;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.framsteg.core.course.MediaKind;

/**
 * What a learner still has to do for a rule: how many activities of each kind are needed and how
 * many of those are left, and about how much material time that is.
 *
 * <pre>{@code
 * Remaining r = completion.remaining();
 * int videosLeft = r.left(MediaKind.VIDEO);   // 4 (of r.needed(MediaKind.VIDEO) == 15)
 * }</pre>
 *
 * <p>Where a rule asks for some of several activities (at least 6 of 8 episodes), only the ones
 * closest to done count as needed.
 */
public record Remaining(Map<MediaKind, Integer> needed, Map<MediaKind, Integer> leftByKind, Duration material) {
  /** Nothing needed, nothing left. */
  public static final Remaining NONE = new Remaining(Map.of(), Map.of(), Duration.ZERO);

  public Remaining {
    needed = Collections.unmodifiableMap(copy(needed));
    leftByKind = Collections.unmodifiableMap(copy(leftByKind));
    Objects.requireNonNull(material, "material");
  }

  private static Map<MediaKind, Integer> copy(Map<MediaKind, Integer> m) {
    EnumMap<MediaKind, Integer> out = new EnumMap<>(MediaKind.class);
    m.forEach((k, v) -> {
      if (v != 0) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** One activity of a kind, left or done, with the material time left in it. */
  public static Remaining one(MediaKind kind, boolean left, Duration material) {
    return new Remaining(Map.of(kind, 1), left ? Map.of(kind, 1) : Map.of(),
        left ? material : Duration.ZERO);
  }

  /** The sum of two. */
  public Remaining plus(Remaining other) {
    EnumMap<MediaKind, Integer> n = new EnumMap<>(MediaKind.class);
    EnumMap<MediaKind, Integer> l = new EnumMap<>(MediaKind.class);
    n.putAll(needed);
    l.putAll(leftByKind);
    other.needed.forEach((k, v) -> n.merge(k, v, Integer::sum));
    other.leftByKind.forEach((k, v) -> l.merge(k, v, Integer::sum));
    return new Remaining(n, l, material.plus(other.material));
  }

  /** How many activities of this kind the rule needs. */
  public int needed(MediaKind kind) {
    return needed.getOrDefault(kind, 0);
  }

  /** How many of those are left. */
  public int left(MediaKind kind) {
    return leftByKind.getOrDefault(kind, 0);
  }

  /** How many activities are left in all. */
  public int left() {
    return leftByKind.values().stream().mapToInt(Integer::intValue).sum();
  }
}
