package org.framsteg.xapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.framsteg.xapi.internal.json.Json;
import org.framsteg.xapi.internal.rules.Conversion;
import org.framsteg.xapi.internal.rules.ModelValidator;

/**
 * Writes statements as JSON in one fixed, deterministic form, converting between xAPI versions.
 *
 * <pre>{@code
 * byte[] json = Xapi.writer().write(statement, XapiVersion.V2_0);
 * String text = Xapi.writer().writeString(statement, XapiVersion.V1_0_3);
 * }</pre>
 *
 * <p>The same statement always gives the same bytes: UTF-8, no whitespace, properties in the
 * order of the tables of <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#24-statement-properties">xAPI-Data
 * 2.4</a> with {@code objectType} first and always written, language maps and extensions ordered
 * by key, empty maps and lists left out, context activities always as arrays (as an LRS returns
 * them), and numbers, timestamps and durations exactly as held. A statement that is not valid in
 * the target version is refused with a {@link StatementValidationException}; one the target
 * version cannot express (xAPI 2.0 data written as 1.0.3, a 1.0.3 timestamp without offset
 * written as 2.0) with a {@link VersionConversionException}. 1.0.3 timestamps in other ISO 8601
 * forms are rewritten in RFC 3339 form for 2.0. Immutable and thread-safe.
 */
public final class StatementWriter {

  static final StatementWriter INSTANCE = new StatementWriter();

  private StatementWriter() {}

  /**
   * {@code statement} as UTF-8 JSON of {@code version}.
   *
   * @throws VersionConversionException if {@code version} cannot express the statement
   * @throws StatementValidationException if the statement is not valid in {@code version}
   */
  public byte[] write(Statement statement, XapiVersion version) {
    return Json.write(List.of(prepare(statement, version)), false);
  }

  /** {@code statement} as JSON text; see {@link #write(Statement, XapiVersion)}. */
  public String writeString(Statement statement, XapiVersion version) {
    return new String(write(statement, version), StandardCharsets.UTF_8);
  }

  /**
   * {@code statements} as a UTF-8 JSON array, as sent to an LRS in one request.
   *
   * @throws VersionConversionException if {@code version} cannot express one of them
   * @throws StatementValidationException if one of them is not valid; paths start at {@code $[i]}
   */
  public byte[] writeArray(List<Statement> statements, XapiVersion version) {
    List<Statement> prepared = new ArrayList<>(statements.size());
    List<Violation> violations = new ArrayList<>(0);
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (!s.isKnownValidIn(version) || s.xapiVersion() != version) {
        s = Conversion.convert(s, version);
        List<Violation> found = ModelValidator.validate(s, version);
        for (Violation v : found) {
          violations.add(new Violation("$[" + i + "]" + v.path().substring(1), v.rule(), v.section()));
        }
        if (found.isEmpty()) {
          s.knownValidIn(version);
        }
      }
      prepared.add(s);
    }
    if (!violations.isEmpty()) {
      throw new StatementValidationException(version, violations);
    }
    return Json.write(prepared, true);
  }

  private static Statement prepare(Statement statement, XapiVersion version) {
    if (statement.isKnownValidIn(version) && statement.xapiVersion() == version) {
      return statement;
    }
    Statement converted = Conversion.convert(statement, version);
    List<Violation> violations = ModelValidator.validate(converted, version);
    if (!violations.isEmpty()) {
      throw new StatementValidationException(version, violations);
    }
    converted.knownValidIn(version);
    return converted;
  }
}
