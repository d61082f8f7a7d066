package org.framsteg.scorm.runtime;

import java.util.Optional;

/**
 * Whether the learner has completed a SCO or objective: {@code cmi.completion_status} (SCORM 2004
 * 4th ed. RTE 4.2.4) and {@code cmi.objectives.n.completion_status} (RTE 4.2.17).
 *
 * <pre>{@code
 * Scorm2004CompletionStatus s = cmi.evaluatedCompletionStatus();
 * boolean done = s == Scorm2004CompletionStatus.COMPLETED;
 * }</pre>
 */
public enum Scorm2004CompletionStatus {
  /** {@code completed}. */
  COMPLETED("completed"),
  /** {@code incomplete}. */
  INCOMPLETE("incomplete"),
  /** {@code not attempted}. */
  NOT_ATTEMPTED("not attempted"),
  /** {@code unknown}: the default when nothing has been reported. */
  UNKNOWN("unknown");

  private final String token;

  Scorm2004CompletionStatus(String token) {
    this.token = token;
  }

  /** The vocabulary token as stored in the data model. */
  public String token() {
    return token;
  }

  /** The value of a vocabulary token; empty for an unknown token. */
  public static Optional<Scorm2004CompletionStatus> fromToken(String token) {
    for (Scorm2004CompletionStatus v : values()) {
      if (v.token.equals(token)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
