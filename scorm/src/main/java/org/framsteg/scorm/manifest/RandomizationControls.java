package org.framsteg.scorm.manifest;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code imsss:randomizationControls}: whether and when an activity's children are selected and
 * reordered at random.
 *
 * <pre>{@code
 * RandomizationControls r = sequencing.randomizationControls().orElseThrow();
 * boolean shuffles = r.reorderChildren() && r.randomizationTiming() != RandomizationControls.Timing.NEVER;
 * }</pre>
 *
 * @param randomizationTiming default never
 * @param selectCount {@code @selectCount}
 * @param reorderChildren default false
 * @param selectionTiming default never
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (Randomization
 *     Controls)</a>
 */
public record RandomizationControls(Timing randomizationTiming, Optional<Integer> selectCount,
    boolean reorderChildren, Timing selectionTiming) {
  public RandomizationControls {
    Objects.requireNonNull(randomizationTiming, "randomizationTiming");
    Objects.requireNonNull(selectCount, "selectCount");
    Objects.requireNonNull(selectionTiming, "selectionTiming");
  }

  /** When selection or randomization happens. */
  public enum Timing {
    NEVER("never"),
    ONCE("once"),
    ON_EACH_NEW_ATTEMPT("onEachNewAttempt");

    private final String token;

    Timing(String token) {
      this.token = token;
    }

    public String token() {
      return token;
    }

    /** The timing a token names, ignoring case. */
    public static Optional<Timing> fromToken(String token) {
      for (Timing t : values()) {
        if (t.token.equalsIgnoreCase(token.strip())) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }
}
