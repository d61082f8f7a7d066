package org.framsteg.scorm.runtime;

import java.util.Optional;

/**
 * Whether the learner has been in the content before: {@code cmi.core.entry} (SCORM 1.2 RTE 3.4)
 * and {@code cmi.entry} (SCORM 2004 4th ed. RTE 4.2.7).
 *
 * <pre>{@code
 * CmiEntry e = CmiEntry.fromToken("resume").orElseThrow();
 * boolean resuming = e == CmiEntry.RESUME;
 * }</pre>
 */
public enum CmiEntry {
  /** {@code ab-initio}: the first attempt. */
  AB_INITIO("ab-initio"),
  /** {@code resume}: a suspended attempt goes on. */
  RESUME("resume"),
  /** The empty token {@code ""}: neither of the above. */
  NONE("");

  private final String token;

  CmiEntry(String token) {
    this.token = token;
  }

  /** The vocabulary token as stored in the data model. */
  public String token() {
    return token;
  }

  /** The value of a vocabulary token; empty for an unknown token. */
  public static Optional<CmiEntry> fromToken(String token) {
    for (CmiEntry v : values()) {
      if (v.token.equals(token)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
