package org.framsteg.xapi.internal.cmi5;

import java.math.BigDecimal;
import org.framsteg.core.completion.CompletionRule;

/** Short names of completion rules for report messages: {@code atLeast(6 of 8)}, {@code watched(…, 0.9)}. */
public final class RuleText {
  private RuleText() {}

  /** The rule's head, without its parts: what a report names. */
  public static String of(CompletionRule rule) {
    if (rule instanceof CompletionRule.AllOf r) {
      return "allOf(" + r.rules().size() + (r.rules().size() == 1 ? " rule)" : " rules)");
    } else if (rule instanceof CompletionRule.AnyOf r) {
      return "anyOf(" + r.rules().size() + (r.rules().size() == 1 ? " rule)" : " rules)");
    } else if (rule instanceof CompletionRule.AtLeast r) {
      return "atLeast(" + r.count() + " of " + r.rules().size() + ")";
    } else if (rule instanceof CompletionRule.Weighted r) {
      return "weighted(" + number(r.threshold()) + " of " + r.parts().size() + " weighted parts)";
    } else if (rule instanceof CompletionRule.ActivityCompleted r) {
      return "completed(" + r.activityId() + ")";
    } else if (rule instanceof CompletionRule.ModuleCompleted r) {
      return "moduleCompleted(" + r.moduleId() + ")";
    } else if (rule instanceof CompletionRule.MediaPlayed r) {
      return "watched(" + r.activityId() + ", " + number(r.fraction()) + ")";
    } else if (rule instanceof CompletionRule.ScoreAtLeast r) {
      return "scoreAtLeast(" + r.activityId() + ", " + number(r.minimum()) + ")";
    } else if (rule instanceof CompletionRule.Passed r) {
      return "passed(" + r.activityId() + ")";
    } else if (rule instanceof CompletionRule.TimeSpentAtLeast r) {
      return "timeSpent(" + r.minimum() + ")";
    } else if (rule instanceof CompletionRule.MarkedDone r) {
      return "markedDone(" + r.activityId() + ")";
    } else if (rule instanceof CompletionRule.Before r) {
      if (r.deadline() instanceof CompletionRule.Deadline.At at) {
        return "before(" + at.instant() + ")";
      }
      return "withinDays(" + ((CompletionRule.Deadline.DaysAfterEnrolment) r.deadline()).days() + ")";
    }
    throw new IllegalStateException("unknown rule " + rule);
  }

  /** A number as a person writes it: {@code 0.9}, {@code 6}, not {@code 6.0}. */
  public static String number(double d) {
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  /** A fraction as a percentage: {@code 0.9} is {@code 90 %}. */
  public static String percent(double fraction) {
    return new BigDecimal(Double.toString(fraction)).movePointRight(2).stripTrailingZeros().toPlainString()
        + " %";
  }
}
