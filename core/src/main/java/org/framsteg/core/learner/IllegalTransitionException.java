package org.framsteg.core.learner;

/**
 * An enrolment was asked to move to a status it cannot reach from where it is.
 *
 * <pre>{@code
 * try { enrolment.withdraw(now); } catch (IllegalTransitionException e) { log(e.getMessage()); }
 * // "enrolment of mailto:a@example.org: cannot move from COMPLETED to WITHDRAWN; allowed: none"
 * }</pre>
 */
public final class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final EnrolmentStatus from;
  private final EnrolmentStatus to;

  IllegalTransitionException(String who, EnrolmentStatus from, EnrolmentStatus to) {
    super("enrolment of " + who + ": cannot move from " + from + " to " + to + "; allowed: "
        + (from.next().isEmpty() ? "none" : from.next().toString()));
    this.from = from;
    this.to = to;
  }

  /** The status the enrolment was in. */
  public EnrolmentStatus from() {
    return from;
  }

  /** The status asked for. */
  public EnrolmentStatus to() {
    return to;
  }
}
