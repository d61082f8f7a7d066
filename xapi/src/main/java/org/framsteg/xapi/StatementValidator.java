package org.framsteg.xapi;

import java.util.List;
import java.util.Objects;
import org.framsteg.xapi.internal.rules.ModelValidator;

/**
 * Checks a statement against every MUST of the xAPI data specification and returns all problems.
 *
 * <pre>{@code
 * List<Violation> problems = Xapi.validator(XapiVersion.V2_0).validate(statement);
 * if (!problems.isEmpty()) { problems.forEach(System.err::println); }
 * }</pre>
 *
 * <p>The same rules as {@link StatementReader} applies (<a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#20-statements">xAPI-Data
 * 2</a>): IRI, IRL, {@code mailto:}, SHA-1, SHA-2, UUID, media type and language tag formats,
 * Anonymous Group members, authority, score ranges, voiding, revision and platform, interaction
 * components, attachments, version values, xAPI 2.0 timestamps and context Agents and Groups.
 * What the model's types already rule out (an Agent without identifier, a Group inside a Group, a
 * SubStatement with an id) needs no check. SHOULDs are not enforced. Immutable and thread-safe.
 */
public final class StatementValidator {

  private final XapiVersion version;

  StatementValidator(XapiVersion version) {
    this.version = Objects.requireNonNull(version, "version");
  }

  /** The version statements are judged by. */
  public XapiVersion version() {
    return version;
  }

  /** Every violation in {@code statement}, in document order; empty when it is valid. */
  public List<Violation> validate(Statement statement) {
    if (statement.isKnownValidIn(version)) {
      return List.of();
    }
    List<Violation> violations = ModelValidator.validate(statement, version);
    if (violations.isEmpty()) {
      statement.knownValidIn(version);
    }
    return List.copyOf(violations);
  }

  /**
   * Returns {@code statement} if it is valid.
   *
   * @throws StatementValidationException listing every violation otherwise
   */
  public Statement check(Statement statement) {
    List<Violation> violations = validate(statement);
    if (!violations.isEmpty()) {
      throw new StatementValidationException(version, violations);
    }
    return statement;
  }
}
