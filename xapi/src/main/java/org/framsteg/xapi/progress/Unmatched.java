package org.framsteg.xapi.progress;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A statement that gave no progress event, with the reason, so that nothing is dropped silently.
 *
 * <pre>{@code
 * IngestResult r = ProgressStatements.ingest(course, statements);
 * r.unmatched().forEach(u -> System.out.println(u.index() + ": " + u.reason() + " " + u.message()));
 * }</pre>
 *
 * <p>Some entries are informational ({@link Reason#isInformational()}): a voiding statement, or a
 * statement about the course or a module (a completion Framsteg computes itself). See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#23-statement-lifecycle">xAPI-Data
 * 2.3 Statement Lifecycle</a> for voiding.
 *
 * @param statementId the statement's id, when it has one
 * @param index the statement's position in the input: 0-based for a list or array, the 1-based line
 *     number for JSON Lines
 * @param reason why no event came of it
 * @param message for people: what was found and what was expected
 */
public record Unmatched(Optional<UUID> statementId, long index, Reason reason, String message) {

  /** Checks that no part is null. */
  public Unmatched {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** Why a statement gave no event. */
  public enum Reason {
    /** The line or element is not a valid statement (JSON or xAPI rules). */
    INVALID_STATEMENT,
    /** The statement has no id, which an event needs. */
    MISSING_ID,
    /** The statement has no timestamp with an offset, which an event needs. */
    MISSING_TIMESTAMP,
    /** The actor is not an Agent with an {@code mbox} or an {@code account}. */
    UNKNOWN_ACTOR,
    /** The object is not an Activity of the course. */
    UNKNOWN_ACTIVITY,
    /** The verb is not one that maps to an event for this object. */
    UNKNOWN_VERB,
    /** A result (score, duration) the verb needs is absent or unusable. */
    MISSING_RESULT,
    /** An extension the verb needs is absent. */
    MISSING_EXTENSION,
    /** An extension or value is present but not in the expected format or range. */
    MALFORMED_VALUE,
    /** Another statement of the input voids this one. */
    VOIDED,
    /** A voiding statement: applied, reported for the record. */
    VOIDING,
    /** A statement about the course or a module, e.g. its completion: Framsteg computes those. */
    COURSE_OR_MODULE;

    /** Whether the entry only records what was done with a statement, rather than a problem. */
    public boolean isInformational() {
      return this == VOIDING || this == COURSE_OR_MODULE || this == VOIDED;
    }
  }
}
