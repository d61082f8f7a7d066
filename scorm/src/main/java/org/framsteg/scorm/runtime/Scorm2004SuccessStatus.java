package org.framsteg.scorm.runtime;

import java.util.Optional;

/**
 * Whether the learner has mastered a SCO or objective: {@code cmi.success_status} (SCORM 2004 4th
 * ed. RTE 4.2.22) and {@code cmi.objectives.n.success_status} (RTE 4.2.17).
 *
 * <pre>{@code
 * Scorm2004SuccessStatus s = cmi.evaluatedSuccessStatus();
 * boolean mastered = s == Scorm2004SuccessStatus.PASSED;
 * }</pre>
 */
public enum Scorm2004SuccessStatus {
  /** {@code passed}. */
  PASSED("passed"),
  /** {@code failed}. */
  FAILED("failed"),
  /** {@code unknown}: the default when nothing has been reported. */
  UNKNOWN("unknown");

  private final String token;

  Scorm2004SuccessStatus(String token) {
    this.token = token;
  }

  /** The vocabulary token as stored in the data model. */
  public String token() {
    return token;
  }

  /** The value of a vocabulary token; empty for an unknown token. */
  public static Optional<Scorm2004SuccessStatus> fromToken(String token) {
    for (Scorm2004SuccessStatus v : values()) {
      if (v.token.equals(token)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
