package org.framsteg.core.completion;

/**
 * Where a learner stands in a course.
 *
 * <pre>{@code
 * CompletionStatus s = state.completion(now).status();
 * boolean finished = s == CompletionStatus.COMPLETED;
 * }</pre>
 */
public enum CompletionStatus {
  /** Nothing has happened yet. */
  NOT_STARTED,
  /** Started, the rule not yet met and still reachable. */
  IN_PROGRESS,
  /** The rule is met (or the enrolment was marked completed). */
  COMPLETED,
  /** The rule can no longer be met: attempts used up, a deadline passed. */
  FAILED,
  /** The enrolment expired or its due date passed before the rule was met. */
  EXPIRED,
  /** The learner withdrew before the rule was met. */
  WITHDRAWN
}
