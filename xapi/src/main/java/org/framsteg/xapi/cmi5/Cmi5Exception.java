package org.framsteg.xapi.cmi5;

import java.util.List;
import java.util.stream.Collectors;
import org.framsteg.core.Violation;

/**
 * A cmi5 course structure, or a course to be exported as one, breaks one or more rules. Holds every
 * violation found, each with the path of the offending element ({@code /courseStructure/block[1]/au[2]/url})
 * or course part ({@code modules}) and the rule, naming the cmi5 section or schema type.
 *
 * <pre>{@code
 * try { Cmi5Xml.read(bytes); }
 * catch (Cmi5Exception e) { e.violations().forEach(v -> System.err.println(v)); }
 * }</pre>
 *
 * @see <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#course_structure_data_model">cmi5
 *     §13.1 Course Structure Data Model</a>
 */
public final class Cmi5Exception extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /** An exception for the given violations; there must be at least one. */
  public Cmi5Exception(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  /** An exception for one violation. */
  public Cmi5Exception(String path, String message) {
    this(List.of(new Violation(path, message)));
  }

  /** Every violation, in document order. */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a cmi5 exception needs at least one violation");
    }
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    return violations.size() + " problems:\n"
        + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
  }
}
