package org.framsteg.xapi;

import java.util.List;

/**
 * The outcome of one line of a JSON Lines input: a valid statement or what is wrong with the line.
 *
 * <pre>{@code
 * Stream<StatementLine> lines = Xapi.reader(XapiVersion.V2_0).readLines(in);
 * lines.forEach(l -> System.out.println(l instanceof StatementLine.Invalid i ? "invalid\t" + i.violations().get(0) : "valid"));
 * }</pre>
 *
 * <p>Every line gets an outcome, in input order, blank and non-JSON lines included, so that a tool
 * can report line by line. Statements are JSON (<a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#151-applicationjson">xAPI-Communication
 * 1.5.1</a>); JSON Lines puts one JSON value per line.
 */
public sealed interface StatementLine permits StatementLine.Valid, StatementLine.Invalid {

  /** The 1-based line number. */
  long lineNumber();

  /** A line holding a valid statement. */
  record Valid(long lineNumber, Statement statement) implements StatementLine {}

  /**
   * A line that is blank, not JSON, too long, or not a valid statement.
   *
   * @param error what is wrong: a {@link StatementParseException} or a {@link
   *     StatementValidationException}
   */
  record Invalid(long lineNumber, XapiException error) implements StatementLine {
    /** What is wrong with the line; never empty. */
    public List<Violation> violations() {
      return error.violations();
    }
  }
}
