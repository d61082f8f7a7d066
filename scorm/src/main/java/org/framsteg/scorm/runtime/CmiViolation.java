package org.framsteg.scorm.runtime;

import java.util.Objects;

/**
 * One broken rule of the SCORM run-time data model: the element it concerns and the rule, with the
 * section of the run-time specification that states it.
 *
 * <pre>{@code
 * CmiViolation v = e.violations().get(0);
 * System.out.println(v.element() + " -> " + v.rule());
 * }</pre>
 *
 * <p>{@code element} is the dot-notation name of the data model element as it appears in the input
 * ({@code cmi.interactions.3.result}), or, for a value parsed on its own, the name of its data type
 * ({@code CMITimespan}). Rules follow SCORM 1.2 RTE section 3.4 and SCORM 2004 4th edition RTE
 * section 4.2.
 *
 * @param element the data model element or data type concerned
 * @param rule what is wrong, written for the person who has to fix the input
 */
public record CmiViolation(String element, String rule) {

  /** Checks that both parts are present. */
  public CmiViolation {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(rule, "rule");
  }

  /** {@code element: rule}. */
  @Override
  public String toString() {
    return element + ": " + rule;
  }
}
