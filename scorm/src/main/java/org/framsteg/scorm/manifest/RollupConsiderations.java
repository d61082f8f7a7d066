package org.framsteg.scorm.manifest;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code adlseq:rollupConsiderations}: when a child counts in its parent's rollup.
 *
 * <pre>{@code
 * RollupConsiderations rc = sequencing.rollupConsiderations().orElseThrow();
 * boolean skippedCounts = rc.requiredForCompleted() != RollupConsiderations.Requirement.IF_NOT_SKIPPED;
 * }</pre>
 *
 * @param requiredForSatisfied default always
 * @param requiredForNotSatisfied default always
 * @param requiredForCompleted default always
 * @param requiredForIncomplete default always
 * @param measureSatisfactionIfActive default true
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (ADL sequencing
 *     extensions)</a>
 */
public record RollupConsiderations(Requirement requiredForSatisfied,
    Requirement requiredForNotSatisfied, Requirement requiredForCompleted,
    Requirement requiredForIncomplete, boolean measureSatisfactionIfActive) {
  public RollupConsiderations {
    Objects.requireNonNull(requiredForSatisfied, "requiredForSatisfied");
    Objects.requireNonNull(requiredForNotSatisfied, "requiredForNotSatisfied");
    Objects.requireNonNull(requiredForCompleted, "requiredForCompleted");
    Objects.requireNonNull(requiredForIncomplete, "requiredForIncomplete");
  }

  /** When a child is required for rollup. */
  public enum Requirement {
    ALWAYS("always"),
    IF_ATTEMPTED("ifAttempted"),
    IF_NOT_SKIPPED("ifNotSkipped"),
    IF_NOT_SUSPENDED("ifNotSuspended");

    private final String token;

    Requirement(String token) {
      this.token = token;
    }

    public String token() {
      return token;
    }

    /** The requirement a token names, ignoring case. */
    public static Optional<Requirement> fromToken(String token) {
      for (Requirement r : values()) {
        if (r.token.equalsIgnoreCase(token.strip())) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
  }
}
