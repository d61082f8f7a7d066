package org.framsteg.scorm.runtime;

import java.util.Optional;

/**
 * Whether the learner is taking the content for credit: {@code cmi.core.credit} (SCORM 1.2 RTE 3.4)
 * and {@code cmi.credit} (SCORM 2004 4th ed. RTE 4.2.6).
 *
 * <pre>{@code
 * CmiCredit c = CmiCredit.fromToken("no-credit").orElseThrow();
 * boolean counts = c == CmiCredit.CREDIT;
 * }</pre>
 */
public enum CmiCredit {
  /** {@code credit}. */
  CREDIT("credit"),
  /** {@code no-credit}. */
  NO_CREDIT("no-credit");

  private final String token;

  CmiCredit(String token) {
    this.token = token;
  }

  /** The vocabulary token as stored in the data model. */
  public String token() {
    return token;
  }

  /** The value of a vocabulary token; empty for an unknown token. */
  public static Optional<CmiCredit> fromToken(String token) {
    for (CmiCredit v : values()) {
      if (v.token.equals(token)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
