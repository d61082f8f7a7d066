package org.framsteg.xapi;

import java.util.List;

/**
 * The JSON is well formed but is not a valid xAPI statement: every problem is listed.
 *
 * <pre>{@code
 * try { Xapi.reader(XapiVersion.V2_0).read(json); }
 * catch (StatementValidationException e) { e.violations().forEach(System.err::println); }
 * }</pre>
 *
 * <p>Thrown by strict reading and by writing an invalid statement. Each violation names the JSON
 * path, the rule and its section of the <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#20-statements">xAPI data
 * specification</a>.
 */
public final class StatementValidationException extends XapiException {

  private static final long serialVersionUID = 1L;

  private final XapiVersion version;

  /**
   * Creates the exception.
   *
   * @param version the xAPI version the statement was judged by
   * @param violations what is wrong; must not be empty
   */
  public StatementValidationException(XapiVersion version, List<Violation> violations) {
    super(summary(version, violations), check(violations), null);
    this.version = version;
  }

  /** The xAPI version the statement was judged by. */
  public XapiVersion version() {
    return version;
  }

  private static String summary(XapiVersion version, List<Violation> violations) {
    int n = violations.size();
    return "Not a valid " + version + " statement: " + n + (n == 1 ? " problem:" : " problems:");
  }

  private static List<Violation> check(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations must not be empty");
    }
    return violations;
  }
}
