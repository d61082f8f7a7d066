package org.framsteg.xapi.internal.cmi5;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.xapi.cmi5.Cmi5ExportReport.Entry;
import org.framsteg.xapi.cmi5.Cmi5ExportReport.Kind;

/**
 * Module and course rules against what cmi5 can say about blocks and courses: nothing of their
 * own. A cmi5 block is satisfied when all its AUs are, the course when all its AUs and blocks
 * are (cmi5 §13.1.4, moveOn), and an AU with moveOn NotApplicable counts as satisfied.
 *
 * <p>So a module or course rule is expressed exactly when it is an {@code allOf} (or
 * {@code atLeast(n of n)}) of {@code completed} and {@code moduleCompleted} parts that together
 * name exactly the AUs the block or course holds with a moveOn other than NotApplicable; the
 * default rules (all required activities, all required modules) are of that form. A part that is
 * exactly an activity's own rule ({@code watched(v, 0.9)} where {@code v} has that rule) counts
 * as that activity's completion: its AU's moveOn says it. Every other part is reported at its own
 * path, naming the rule; a deadline is reported and the rule inside it checked in turn.
 */
public final class StructureRules {
  private StructureRules() {}

  /**
   * Reports what of a module or course rule cmi5 cannot express.
   *
   * @param rule the rule
   * @param path its path ({@code modules[1].completion}, {@code completion})
   * @param level "module" or "course", for messages
   * @param satisfiedBy the activity ids whose AUs the block or course needs (moveOn not NotApplicable)
   * @param module the activity ids a {@code moduleCompleted(id)} stands for in cmi5
   * @param ownRule an activity's own completion rule, by activity id
   * @param out where entries go
   */
  public static void check(CompletionRule rule, String path, String level, Set<String> satisfiedBy,
      Function<String, Set<String>> module, Function<String, Optional<CompletionRule>> ownRule, List<Entry> out) {
    Set<String> named = new LinkedHashSet<>();
    if (!new Walk(level, module, ownRule, named, out).walk(rule, path) || named.equals(satisfiedBy)) {
      return;
    }
    List<String> missing = new ArrayList<>(satisfiedBy);
    missing.removeAll(named);
    List<String> extra = new ArrayList<>(named);
    extra.removeAll(satisfiedBy);
    StringBuilder why = new StringBuilder();
    if (!missing.isEmpty()) {
      why.append("the rule does not need ").append(list(missing)).append(", whose AUs cmi5 requires");
    }
    if (!extra.isEmpty()) {
      if (why.length() > 0) {
        why.append("; ");
      }
      why.append("the rule needs ").append(list(extra))
          .append(", whose AUs have moveOn NotApplicable (optional) or lie outside this ").append(level);
    }
    out.add(new Entry(path, Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + " cannot be expressed in cmi5: a "
        + (level.equals("module") ? "block" : "course") + " is satisfied when all its AUs are (moveOn is per AU),"
        + " and " + why));
  }

  private static String list(List<String> ids) {
    List<String> shown = ids.size() > 5 ? ids.subList(0, 5) : ids;
    String s = "'" + String.join("', '", shown) + "'";
    return ids.size() > 5 ? s + " and " + (ids.size() - 5) + " more" : s;
  }

  /** A walk over one rule, collecting the activities its plain parts name. */
  private record Walk(String level, Function<String, Set<String>> module,
      Function<String, Optional<CompletionRule>> ownRule, Set<String> named, List<Entry> out) {

    /** Whether the rule is a plain conjunction of completions; reports every other part. */
    boolean walk(CompletionRule rule, String path) {
      if (rule instanceof CompletionRule.AllOf r) {
        return all(r.rules(), path + ".allOf");
      } else if (rule instanceof CompletionRule.AtLeast r && r.count() == r.rules().size()) {
        return all(r.rules(), path + ".atLeast");
      } else if (rule instanceof CompletionRule.ActivityCompleted r) {
        named.add(r.activityId());
        return true;
      } else if (rule instanceof CompletionRule.ModuleCompleted r) {
        named.addAll(module.apply(r.moduleId()));
        return true;
      } else if (rule instanceof CompletionRule.Before r) {
        out.add(new Entry(path, Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + " cannot be expressed in cmi5 (the"
            + " course structure has no deadlines)"));
        return walk(r.rule(), path + ".before.rule");
      }
      Optional<String> subject = subject(rule);
      if (subject.isPresent() && ownRule.apply(subject.get()).map(rule::equals).orElse(false)) {
        named.add(subject.get());   // the activity's own rule: its AU's moveOn carries it
        return true;
      }
      out.add(new Entry(path, Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + " cannot be expressed in cmi5 "
          + reason(rule, level)));
      return false;
    }

    private boolean all(List<CompletionRule> rules, String path) {
      boolean plain = true;
      for (int i = 0; i < rules.size(); i++) {
        plain &= walk(rules.get(i), path + "[" + i + "]");
      }
      return plain;
    }
  }

  private static Optional<String> subject(CompletionRule rule) {
    if (rule instanceof CompletionRule.MediaPlayed r) {
      return Optional.of(r.activityId());
    } else if (rule instanceof CompletionRule.ScoreAtLeast r) {
      return Optional.of(r.activityId());
    } else if (rule instanceof CompletionRule.Passed r) {
      return Optional.of(r.activityId());
    } else if (rule instanceof CompletionRule.MarkedDone r) {
      return Optional.of(r.activityId());
    }
    return Optional.empty();
  }

  private static String reason(CompletionRule rule, String level) {
    String whole = level.equals("module") ? "a block is satisfied only when all its AUs are"
        : "the course is satisfied only when all its AUs and blocks are";
    if (rule instanceof CompletionRule.MediaPlayed r) {
      return "at " + level + " level (moveOn is per AU): the LMS counts the AU by its moveOn, so the AU must send"
          + " Completed only once " + RuleText.percent(r.fraction()) + " has been played";
    } else if (rule instanceof CompletionRule.ScoreAtLeast || rule instanceof CompletionRule.Passed) {
      return "at " + level + " level (moveOn is per AU): only the AU's own moveOn and masteryScore count";
    } else if (rule instanceof CompletionRule.TimeSpentAtLeast) {
      return "(the course structure has no time requirements)";
    } else if (rule instanceof CompletionRule.MarkedDone) {
      return "(the course structure has no marking by hand; the LMS can waive the AU instead, cmi5 §9.3.7)";
    }
    return "(cmi5 moveOn is per AU; " + whole + ")";
  }
}
