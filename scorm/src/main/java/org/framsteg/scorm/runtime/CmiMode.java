package org.framsteg.scorm.runtime;

import java.util.Optional;

/**
 * How the content is presented: {@code cmi.core.lesson_mode} (SCORM 1.2 RTE 3.4) and {@code
 * cmi.mode} (SCORM 2004 4th ed. RTE 4.2.16).
 *
 * <pre>{@code
 * CmiMode m = CmiMode.fromToken("review").orElseThrow();
 * boolean recorded = m == CmiMode.NORMAL;
 * }</pre>
 */
public enum CmiMode {
  /** {@code browse}: looked at without being recorded. */
  BROWSE("browse"),
  /** {@code normal}. */
  NORMAL("normal"),
  /** {@code review}: looked at again after an attempt. */
  REVIEW("review");

  private final String token;

  CmiMode(String token) {
    this.token = token;
  }

  /** The vocabulary token as stored in the data model. */
  public String token() {
    return token;
  }

  /** The value of a vocabulary token; empty for an unknown token. */
  public static Optional<CmiMode> fromToken(String token) {
    for (CmiMode v : values()) {
      if (v.token.equals(token)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
