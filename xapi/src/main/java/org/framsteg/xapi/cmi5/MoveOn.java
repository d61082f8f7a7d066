package org.framsteg.xapi.cmi5;

import java.util.Optional;

/**
 * When the LMS counts an AU as satisfied: the cmi5 {@code moveOn} values.
 *
 * <pre>{@code
 * MoveOn m = MoveOn.fromToken("CompletedAndPassed").orElseThrow();   // COMPLETED_AND_PASSED
 * String token = m.token();                                            // "CompletedAndPassed"
 * }</pre>
 *
 * @see <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#au_meta_data">cmi5
 *     §13.1.4 AU Metadata, moveOn</a>
 */
public enum MoveOn {
  /** The LMS counts the AU satisfied without any statement; the default of the schema. */
  NOT_APPLICABLE("NotApplicable"),
  /** Satisfied when the AU has sent Passed. */
  PASSED("Passed"),
  /** Satisfied when the AU has sent Completed. */
  COMPLETED("Completed"),
  /** Satisfied when the AU has sent both Completed and Passed. */
  COMPLETED_AND_PASSED("CompletedAndPassed"),
  /** Satisfied when the AU has sent Completed or Passed. */
  COMPLETED_OR_PASSED("CompletedOrPassed");

  private final String token;

  MoveOn(String token) {
    this.token = token;
  }

  /** The value as written in the course structure. */
  public String token() {
    return token;
  }

  /** The value for a token of the course structure; empty when it is none of the five. */
  public static Optional<MoveOn> fromToken(String token) {
    for (MoveOn m : values()) {
      if (m.token.equals(token)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
