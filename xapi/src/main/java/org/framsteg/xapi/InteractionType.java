package org.framsteg.xapi;

import java.util.Optional;

/**
 * The kinds of interaction (question) an Activity can be, taken from SCORM 2004's cmi.interactions.
 *
 * <pre>{@code
 * InteractionType t = InteractionType.fromJson("choice").orElseThrow();
 * boolean hasChoices = t.allowsChoices();
 * }</pre>
 *
 * <p>Each type allows only its own interaction component lists: {@code choices} for choice and
 * sequencing, {@code scale} for likert, {@code source} and {@code target} for matching, {@code
 * steps} for performance, none for the others. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#interaction-activities">xAPI-Data
 * 2.4.4.1 Interaction Activities</a>.
 */
public enum InteractionType {
  /** Two possible responses, {@code true} or {@code false}. */
  TRUE_FALSE("true-false"),
  /** Selecting one or several of a list of choices. */
  CHOICE("choice"),
  /** A short typed response. */
  FILL_IN("fill-in"),
  /** A long typed response. */
  LONG_FILL_IN("long-fill-in"),
  /** Matching items of a source set to items of a target set. */
  MATCHING("matching"),
  /** A task of several steps. */
  PERFORMANCE("performance"),
  /** Ordering items of a set. */
  SEQUENCING("sequencing"),
  /** Selecting a point on a discrete scale. */
  LIKERT("likert"),
  /** A numeric response. */
  NUMERIC("numeric"),
  /** Any other kind. */
  OTHER("other");

  private final String json;

  InteractionType(String json) {
    this.json = json;
  }

  /** The value written in JSON, e.g. {@code long-fill-in}. */
  public String json() {
    return json;
  }

  /** The type whose JSON value is exactly {@code value} (case matters, xAPI-Data 2.2). */
  public static Optional<InteractionType> fromJson(String value) {
    for (InteractionType t : values()) {
      if (t.json.equals(value)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code choices} may be given: choice and sequencing. */
  public boolean allowsChoices() {
    return this == CHOICE || this == SEQUENCING;
  }

  /** Whether {@code scale} may be given: likert. */
  public boolean allowsScale() {
    return this == LIKERT;
  }

  /** Whether {@code source} and {@code target} may be given: matching. */
  public boolean allowsSourceAndTarget() {
    return this == MATCHING;
  }

  /** Whether {@code steps} may be given: performance. */
  public boolean allowsSteps() {
    return this == PERFORMANCE;
  }

  @Override
  public String toString() {
    return json;
  }
}
