package org.framsteg.core.internal;

import java.util.List;
import org.framsteg.core.completion.CompletionRule;

/** Structural helpers over completion rules. */
public final class Rules {
  private Rules() {}

  /** The activity a leaf rule is about, or null for composites, modules and time spent. */
  public static String activityOf(CompletionRule rule) {
    if (rule instanceof CompletionRule.ActivityCompleted r) {
      return r.activityId();
    } else if (rule instanceof CompletionRule.MediaPlayed r) {
      return r.activityId();
    } else if (rule instanceof CompletionRule.ScoreAtLeast r) {
      return r.activityId();
    } else if (rule instanceof CompletionRule.Passed r) {
      return r.activityId();
    } else if (rule instanceof CompletionRule.MarkedDone r) {
      return r.activityId();
    }
    return null;
  }

  /** The direct sub-rules of a composite rule; empty for a leaf. */
  public static List<CompletionRule> children(CompletionRule rule) {
    if (rule instanceof CompletionRule.AllOf r) {
      return r.rules();
    } else if (rule instanceof CompletionRule.AnyOf r) {
      return r.rules();
    } else if (rule instanceof CompletionRule.AtLeast r) {
      return r.rules();
    } else if (rule instanceof CompletionRule.Weighted r) {
      return r.parts().stream().map(CompletionRule.Weight::rule).toList();
    } else if (rule instanceof CompletionRule.Before r) {
      return List.of(r.rule());
    }
    return List.of();
  }
}
