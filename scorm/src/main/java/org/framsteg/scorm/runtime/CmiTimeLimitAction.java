package org.framsteg.scorm.runtime;

import java.util.Optional;

/**
 * What the content does when the maximum time allowed is exceeded: {@code
 * cmi.student_data.time_limit_action} (SCORM 1.2 RTE 3.4) and {@code cmi.time_limit_action} (SCORM
 * 2004 4th ed. RTE 4.2.24).
 *
 * <pre>{@code
 * CmiTimeLimitAction a = CmiTimeLimitAction.fromToken("exit,message").orElseThrow();
 * boolean exits = a == CmiTimeLimitAction.EXIT_MESSAGE || a == CmiTimeLimitAction.EXIT_NO_MESSAGE;
 * }</pre>
 */
public enum CmiTimeLimitAction {
  /** {@code exit,message}. */
  EXIT_MESSAGE("exit,message"),
  /** {@code exit,no message}. */
  EXIT_NO_MESSAGE("exit,no message"),
  /** {@code continue,message}. */
  CONTINUE_MESSAGE("continue,message"),
  /** {@code continue,no message}. */
  CONTINUE_NO_MESSAGE("continue,no message");

  private final String token;

  CmiTimeLimitAction(String token) {
    this.token = token;
  }

  /** The vocabulary token as stored in the data model. */
  public String token() {
    return token;
  }

  /** The value of a vocabulary token; empty for an unknown token. */
  public static Optional<CmiTimeLimitAction> fromToken(String token) {
    for (CmiTimeLimitAction v : values()) {
      if (v.token.equals(token)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
