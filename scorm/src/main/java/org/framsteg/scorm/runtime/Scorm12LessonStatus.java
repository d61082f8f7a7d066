package org.framsteg.scorm.runtime;

import java.util.Optional;

/**
 * The SCORM 1.2 status of a SCO or objective: {@code cmi.core.lesson_status} and {@code
 * cmi.objectives.n.status} (SCORM 1.2 RTE 3.4). It mixes completion and success; SCORM 2004 split
 * them into {@link Scorm2004CompletionStatus} and {@link Scorm2004SuccessStatus}.
 *
 * <pre>{@code
 * Scorm12LessonStatus s = Scorm12LessonStatus.fromToken("passed").orElseThrow();
 * boolean done = s != Scorm12LessonStatus.INCOMPLETE && s != Scorm12LessonStatus.NOT_ATTEMPTED;
 * }</pre>
 */
public enum Scorm12LessonStatus {
  /** {@code passed}. */
  PASSED("passed"),
  /** {@code completed}. */
  COMPLETED("completed"),
  /** {@code failed}. */
  FAILED("failed"),
  /** {@code incomplete}. */
  INCOMPLETE("incomplete"),
  /** {@code browsed}. */
  BROWSED("browsed"),
  /** {@code not attempted}: the initial value an LMS reports; a SCO may not set it. */
  NOT_ATTEMPTED("not attempted");

  private final String token;

  Scorm12LessonStatus(String token) {
    this.token = token;
  }

  /** The vocabulary token as stored in the data model. */
  public String token() {
    return token;
  }

  /** The value of a vocabulary token; empty for an unknown token. */
  public static Optional<Scorm12LessonStatus> fromToken(String token) {
    for (Scorm12LessonStatus v : values()) {
      if (v.token.equals(token)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
