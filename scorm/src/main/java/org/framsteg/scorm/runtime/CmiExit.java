package org.framsteg.scorm.runtime;

import java.util.Optional;

/**
 * How or why the learner left the content: {@code cmi.core.exit} (SCORM 1.2 RTE 3.4) and {@code
 * cmi.exit} (SCORM 2004 4th ed. RTE 4.2.8).
 *
 * <pre>{@code
 * CmiExit x = CmiExit.fromToken("suspend").orElseThrow();
 * boolean willResume = x == CmiExit.SUSPEND;
 * }</pre>
 *
 * <p>{@link #NORMAL} exists only in SCORM 2004; a SCORM 1.2 value rejects it.
 */
public enum CmiExit {
  /** {@code time-out}: the maximum time allowed ran out. */
  TIME_OUT("time-out"),
  /** {@code suspend}: the learner means to come back. */
  SUSPEND("suspend"),
  /** {@code logout}. */
  LOGOUT("logout"),
  /** {@code normal} (SCORM 2004 only). */
  NORMAL("normal"),
  /** The empty token {@code ""}: no reason given. */
  NONE("");

  private final String token;

  CmiExit(String token) {
    this.token = token;
  }

  /** The vocabulary token as stored in the data model. */
  public String token() {
    return token;
  }

  /** The value of a vocabulary token; empty for an unknown token. */
  public static Optional<CmiExit> fromToken(String token) {
    for (CmiExit v : values()) {
      if (v.token.equals(token)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
