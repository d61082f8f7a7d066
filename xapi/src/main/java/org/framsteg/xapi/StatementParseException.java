package org.framsteg.xapi;

import java.util.List;

/**
 * The input is not JSON, is cut short, or exceeds a {@link StatementReader} limit.
 *
 * <pre>{@code
 * try { reader.read("{\"actor\": }"); }
 * catch (StatementParseException e) { System.err.println(e.path() + " line " + e.line()); } // $.actor line 1
 * }</pre>
 *
 * <p>Holds exactly one {@link Violation}: the path of the JSON value being read when the input broke
 * off, a description of the problem and, as section, {@code RFC 8259} (JSON syntax) or {@code
 * StatementReader limits}. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#151-applicationjson">xAPI-Communication
 * 1.5.1</a>: statements are sent as JSON.
 */
public final class StatementParseException extends XapiException {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final long column;

  /**
   * Creates the exception for one problem found at a location in the input.
   *
   * @param violation what is wrong and where in the JSON structure
   * @param line 1-based line of the input, or -1 when unknown
   * @param column 1-based column of the input, or -1 when unknown
   * @param cause the underlying parser exception, may be null
   */
  public StatementParseException(Violation violation, long line, long column, Throwable cause) {
    super(
        "Not a readable xAPI statement"
            + (line > 0 ? " (line " + line + ", column " + column + ")" : "")
            + ":",
        List.of(violation),
        cause);
    this.line = line;
    this.column = column;
  }

  /** The JSON path where reading stopped, e.g. {@code $.result.extensions['http://x/y'][3]}. */
  public String path() {
    return violations().get(0).path();
  }

  /** The 1-based input line where reading stopped, or -1 when unknown. */
  public long line() {
    return line;
  }

  /** The 1-based input column where reading stopped, or -1 when unknown. */
  public long column() {
    return column;
  }
}
