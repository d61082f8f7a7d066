package org.framsteg.core.course;

import java.util.List;
import java.util.stream.Collectors;
import org.framsteg.core.Violation;

/**
 * A course, or part of one, breaks one or more rules. Holds every violation found, each with the
 * path of the offending value ({@code modules[2].activities[0].media.duration}) and the rule.
 *
 * <pre>{@code
 * try { CourseJson.read(json); }
 * catch (CourseValidationException e) { e.violations().forEach(v -> System.err.println(v)); }
 * }</pre>
 */
public final class CourseValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /** An exception for the given violations; there must be at least one. */
  public CourseValidationException(List<Violation> violations) {
    super(message(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** Every violation, in the order found. */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    return violations.size() + " problems:\n"
        + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
  }
}
