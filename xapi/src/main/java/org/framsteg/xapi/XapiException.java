package org.framsteg.xapi;

import java.util.List;

/**
 * A statement could not be read, is not valid, or cannot be written in the requested xAPI version.
 *
 * <pre>{@code
 * try { Xapi.reader(XapiVersion.V2_0).read(json); }
 * catch (XapiException e) { e.violations().forEach(System.err::println); }
 * }</pre>
 *
 * <p>Every subtype lists what is wrong as {@link Violation}s, each with a JSON path, the rule broken
 * and the spec section (<a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#22-formatting-requirements">xAPI-Data
 * 2.2</a>). Unchecked, like Jackson's exceptions.
 */
public abstract sealed class XapiException extends RuntimeException
    permits StatementParseException, StatementValidationException, VersionConversionException {

  private static final long serialVersionUID = 1L;
  private static final int LISTED = 20;

  private final transient List<Violation> violations;

  XapiException(String summary, List<Violation> violations, Throwable cause) {
    super(message(summary, violations), cause);
    this.violations = List.copyOf(violations);
  }

  /** What is wrong, in document order; never empty. */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(String summary, List<Violation> violations) {
    StringBuilder b = new StringBuilder(summary);
    int shown = Math.min(LISTED, violations.size());
    for (int i = 0; i < shown; i++) {
      b.append(System.lineSeparator()).append("  ").append(violations.get(i));
    }
    if (violations.size() > shown) {
      b.append(System.lineSeparator())
          .append("  ... and ")
          .append(violations.size() - shown)
          .append(" more");
    }
    return b.toString();
  }
}
