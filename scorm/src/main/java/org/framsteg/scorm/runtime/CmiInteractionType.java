package org.framsteg.scorm.runtime;

import java.util.Optional;

/**
 * The kind of question an interaction is: {@code cmi.interactions.n.type} (SCORM 1.2 RTE 3.4,
 * SCORM 2004 4th ed. RTE 4.2.9). It fixes the format of the responses.
 *
 * <pre>{@code
 * CmiInteractionType t = CmiInteractionType.fromToken("fill-in").orElseThrow();
 * boolean scorm12 = t.inScorm12();
 * }</pre>
 *
 * <p>{@link #LONG_FILL_IN} and {@link #OTHER} exist only in SCORM 2004.
 */
public enum CmiInteractionType {
  /** {@code true-false}. */
  TRUE_FALSE("true-false"),
  /** {@code choice}. */
  CHOICE("choice"),
  /** {@code fill-in}. */
  FILL_IN("fill-in"),
  /** {@code long-fill-in} (SCORM 2004 only). */
  LONG_FILL_IN("long-fill-in"),
  /** {@code matching}. */
  MATCHING("matching"),
  /** {@code performance}. */
  PERFORMANCE("performance"),
  /** {@code sequencing}. */
  SEQUENCING("sequencing"),
  /** {@code likert}. */
  LIKERT("likert"),
  /** {@code numeric}. */
  NUMERIC("numeric"),
  /** {@code other} (SCORM 2004 only). */
  OTHER("other");

  private final String token;

  CmiInteractionType(String token) {
    this.token = token;
  }

  /** The vocabulary token as stored in the data model. */
  public String token() {
    return token;
  }

  /** Whether SCORM 1.2 knows this type. */
  public boolean inScorm12() {
    return this != LONG_FILL_IN && this != OTHER;
  }

  /** The value of a vocabulary token; empty for an unknown token. */
  public static Optional<CmiInteractionType> fromToken(String token) {
    for (CmiInteractionType v : values()) {
      if (v.token.equals(token)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
