package org.framsteg.scorm.internal.runtime;

/**
 * A value broke a rule of its data type; the caller knows the element and turns this into a
 * violation. Carries no stack trace: it is control flow for bad input, not a bug.
 */
public final class RuleBroken extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleBroken(String rule) {
    super(rule, null, false, false);
  }

  /** The rule broken, with its spec section. */
  public String rule() {
    return getMessage();
  }
}
