package org.framsteg.scorm.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Run-time data that breaks the SCORM data model: every problem found, each naming the element and
 * the rule (SCORM 1.2 RTE section 3.4, SCORM 2004 4th edition RTE section 4.2).
 *
 * <pre>{@code
 * try { Scorm12Cmi.fromElements(stored); }
 * catch (CmiDataException e) { e.violations().forEach(System.err::println); }
 * }</pre>
 *
 * <p>Readers collect all problems of their input before throwing, so one exception lists everything
 * that needs fixing. It extends {@link IllegalArgumentException} because it always reports a bad
 * argument.
 */
public final class CmiDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_LIMIT = 20;

  private final transient List<CmiViolation> violations;

  /**
   * Creates an exception for the given problems.
   *
   * @param violations at least one problem
   */
  public CmiDataException(List<CmiViolation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  /** All problems found, in the order they were found. */
  public List<CmiViolation> violations() {
    return violations;
  }

  private static String message(List<CmiViolation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a CmiDataException needs at least one violation");
    }
    String shown =
        violations.stream()
            .limit(MESSAGE_LIMIT)
            .map(v -> shortened(v.element()) + ": " + v.rule())
            .collect(Collectors.joining("; "));
    int more = violations.size() - MESSAGE_LIMIT;
    return more > 0 ? shown + "; and " + more + " more" : shown;
  }

  /** A hostile element name must not flood the message; the violation keeps it whole. */
  private static String shortened(String element) {
    return element.length() <= 200
        ? element
        : element.substring(0, 200) + "\u2026 (" + element.length() + " characters)";
  }
}
