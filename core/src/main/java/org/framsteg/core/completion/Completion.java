package org.framsteg.core.completion;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.framsteg.core.internal.Messages;

/**
 * A learner's completion of a course at one instant: status, percentage, and why.
 *
 * <pre>{@code
 * Completion c = state.completion(Instant.now());
 * System.out.println(c.status() + " " + c.percent() + " % - " + c.summary(Locale.ENGLISH));
 * // IN_PROGRESS 62 % - 4 of 15 videos left, about 2 h 10 min of material; deadline in 12 days
 * }</pre>
 *
 * @param status where the learner stands
 * @param percent how far along, 0 to 100 (100 only when completed)
 * @param explanation the rule tree with what is met and what is not
 * @param remaining what is left to do
 * @param deadline the nearest deadline still ahead or just missed (due date, or a rule's), if any
 * @param at the instant this was evaluated at
 */
public record Completion(CompletionStatus status, int percent, Explanation explanation, Remaining remaining,
    Optional<Instant> deadline, Instant at) {

  public Completion {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(at, "at");
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent: must be in [0, 100], was " + percent);
    }
  }

  /** Whether the course is completed. */
  public boolean isCompleted() {
    return status == CompletionStatus.COMPLETED;
  }

  /**
   * One line for a learner or a course owner: what is left and the deadline, in the locale's
   * language (Swedish or English; other languages get English).
   */
  public String summary(Locale locale) {
    return Messages.forLocale(locale).summary(this);
  }

  /** The summary followed by the explanation tree. */
  public String describe(Locale locale) {
    return Messages.forLocale(locale).statusLine(this) + "\n" + explanation.describe(locale);
  }
}
