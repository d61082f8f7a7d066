package org.framsteg.scorm.internal.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.completion.CompletionRule.ActivityCompleted;
import org.framsteg.core.completion.CompletionRule.AllOf;
import org.framsteg.core.completion.CompletionRule.AnyOf;
import org.framsteg.core.completion.CompletionRule.AtLeast;
import org.framsteg.core.completion.CompletionRule.Before;
import org.framsteg.core.completion.CompletionRule.Deadline;
import org.framsteg.core.completion.CompletionRule.MarkedDone;
import org.framsteg.core.completion.CompletionRule.MediaPlayed;
import org.framsteg.core.completion.CompletionRule.ModuleCompleted;
import org.framsteg.core.completion.CompletionRule.Passed;
import org.framsteg.core.completion.CompletionRule.ScoreAtLeast;
import org.framsteg.core.completion.CompletionRule.TimeSpentAtLeast;
import org.framsteg.core.completion.CompletionRule.Weighted;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.scorm.ExportReport.Kind;

/**
 * Maps Framsteg completion rules onto what SCORM can state.
 *
 * <p><b>Leaves.</b> What any rule asks of an activity becomes the completion criterion of its SCO:
 * the largest fraction any {@code watched(a, f)} asks is the played fraction that completes a
 * medium; the highest score any {@code passed(a)} (the passing score) or {@code scoreAtLeast(a,
 * m)} asks is the score that completes an assessment. Rules that ask different things of one
 * activity are reported as {@link Kind#COMPLETION_CRITERION_MERGED}. Facts are taken from every
 * rule, also from rules the package cannot state as a whole, so that a course-wide rule still
 * decides how much of each medium must be played.
 *
 * <p><b>Containers</b> (SCORM 2004 CAM §5.1, rollup rules). A module's rule, or without one the default
 * "all required activities completed", becomes the rollup of its item; the course's rule, or the
 * default "all required modules completed", that of the organization. A rule can be stated when it
 * is a fact about a child ({@code completed}, {@code watched}, {@code passed}, {@code scoreAtLeast}
 * of one of the module's activities; {@code moduleCompleted} of a module for the course), or
 * {@code allOf} such facts (then only those children count towards completion), or {@code anyOf} /
 * {@code atLeast(n, ...)} of such facts about distinct children (rollup rules with child activity
 * set {@code any} / {@code atLeastCount}). Deadlines are dropped (reported) and the rule inside
 * them is stated. Anything else (weights, time spent, marked done, rules about activities of
 * another module or, for the course, about activities at all, nested any/at-least combinations)
 * cannot be stated: it is reported, and the container rolls up the default instead.
 */
final class RulePlanner {
  /** The played fraction that stands for a rule's 0: the launch page needs more than nothing. */
  static final double SMALLEST_THRESHOLD = 0.001;

  /** How a container's completion rolls up from its contributing children. */
  enum SetKind {
    ALL,
    ANY,
    AT_LEAST
  }

  /**
   * The rollup of a container.
   *
   * @param kind all, any or at least {@code count} of the contributing children
   * @param count the count for {@link SetKind#AT_LEAST}
   * @param contributing the ids of the children that count towards completion
   * @param explicit whether it comes from the container's own rule (else the default)
   */
  record Rollup(SetKind kind, int count, Set<String> contributing, boolean explicit) {}

  /** What rules ask of one activity, with where they ask it. */
  private record Ask(double value, String where) {}

  private final Course course;
  private final Map<String, List<Ask>> asks = new HashMap<>();
  private final Map<String, CourseModule> moduleOf = new HashMap<>();

  RulePlanner(Course course) {
    this.course = course;
    for (CourseModule m : course.modules()) {
      for (Activity a : m.activities()) {
        moduleOf.put(a.id(), m);
      }
    }
    course.completion().ifPresent(r -> harvest(r, "the course's rule"));
    for (CourseModule m : course.modules()) {
      m.completion().ifPresent(r -> harvest(r, "the rule of module '" + m.id() + "'"));
      for (Activity a : m.activities()) {
        a.completion().ifPresent(r -> harvest(r, "the activity's own rule"));
      }
    }
  }

  private void harvest(CompletionRule rule, String where) {
    for (CompletionRule leaf : leaves(rule)) {
      if (leaf instanceof MediaPlayed p) {
        ask(p.activityId(), p.fraction(), where);
      } else if (leaf instanceof ScoreAtLeast s) {
        ask(s.activityId(), s.minimum(), where);
      } else if (leaf instanceof Passed p) {
        course
            .activity(p.activityId())
            .filter(a -> a.media() instanceof Assessment)
            .ifPresent(a -> ask(p.activityId(), ((Assessment) a.media()).passingScaled(), where));
      }
    }
  }

  private void ask(String activityId, double value, String where) {
    asks.computeIfAbsent(activityId, k -> new ArrayList<>()).add(new Ask(value, where));
  }

  /**
   * The played fraction that completes a medium: the largest any rule asks, else {@code
   * fallback}.
   */
  double playedThreshold(Activity a, double fallback, String path, ReportBuilder report) {
    List<Ask> mine = asks.getOrDefault(a.id(), List.of());
    if (mine.isEmpty()) {
      return fallback;
    }
    double max = merged(a, mine, "played fractions", path, report);
    if (max < SMALLEST_THRESHOLD) {
      report.info(
          Kind.RULE_NOT_EXPRESSED,
          path,
          "a rule asks for "
              + percent(max)
              + " of the medium to be played, which is met before anything plays; the SCO"
              + " completes once "
              + percent(SMALLEST_THRESHOLD)
              + " has played");
      return SMALLEST_THRESHOLD;
    }
    return max;
  }

  /**
   * The scaled score that completes an assessment: the highest any rule asks; empty when no rule
   * asks for a score, and the assessment is completed by submitting one.
   */
  Optional<Double> completionScore(Activity a, String path, ReportBuilder report) {
    List<Ask> mine = asks.getOrDefault(a.id(), List.of());
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(merged(a, mine, "scores", path, report));
  }

  private static double merged(
      Activity a, List<Ask> mine, String what, String path, ReportBuilder report) {
    double max = mine.stream().mapToDouble(Ask::value).max().orElseThrow();
    Set<String> values = new TreeSet<>();
    mine.forEach(k -> values.add(percent(k.value())));
    if (values.size() > 1) {
      Set<String> where = new LinkedHashSet<>();
      mine.forEach(k -> where.add(k.where()));
      report.info(
          Kind.COMPLETION_CRITERION_MERGED,
          path,
          "rules ask different "
              + what
              + " of '"
              + a.id()
              + "' ("
              + String.join(", ", values)
              + ", in "
              + String.join(", ", where)
              + "); its SCO completes at the highest, "
              + percent(max));
    }
    return max;
  }

  /**
   * Reports the parts of an activity's own rule that its SCO cannot state. Facts about the
   * activity itself are its completion criterion; everything else is reported.
   */
  void activityRule(Activity a, String path, ReportBuilder report, boolean scorm2004) {
    a.completion().ifPresent(r -> walkActivityRule(a, r, path + ".completion", report, scorm2004));
  }

  private void walkActivityRule(
      Activity a, CompletionRule r, String path, ReportBuilder report, boolean scorm2004) {
    if (r instanceof AllOf all) {
      parts(all.rules(), path, (p, at) -> walkActivityRule(a, p, at, report, scorm2004));
    } else if (r instanceof AnyOf any) {
      parts(any.rules(), path, (p, at) -> walkActivityRule(a, p, at, report, scorm2004));
    } else if (r instanceof AtLeast least) {
      parts(least.rules(), path, (p, at) -> walkActivityRule(a, p, at, report, scorm2004));
    } else if (r instanceof Weighted w) {
      for (int i = 0; i < w.parts().size(); i++) {
        walkActivityRule(a, w.parts().get(i).rule(), path + ".parts[" + i + "]", report, scorm2004);
      }
    } else if (r instanceof Before b) {
      deadline(b, path, report);
      walkActivityRule(a, b.rule(), path + ".rule", report, scorm2004);
    } else if (!isFactAbout(r, a.id())) {
      report.warn(
          Kind.RULE_NOT_EXPRESSED,
          path,
          "'"
              + describe(r)
              + "' in the rule of activity '"
              + a.id()
              + "' cannot be stated: "
              + reason(r, Container.ACTIVITY)
              + "; the SCO completes from what it reports itself");
    }
  }

  private static boolean isFactAbout(CompletionRule r, String activityId) {
    return (r instanceof MediaPlayed p && p.activityId().equals(activityId))
        || (r instanceof Passed p2 && p2.activityId().equals(activityId))
        || (r instanceof ScoreAtLeast s && s.activityId().equals(activityId));
  }

  /** The rollup of a module's item, reporting what of its rule cannot be stated. */
  Rollup moduleRollup(CourseModule m, String path, ReportBuilder report) {
    Set<String> children = new LinkedHashSet<>();
    m.activities().forEach(a -> children.add(a.id()));
    Set<String> required = new LinkedHashSet<>();
    m.activities().stream().filter(Activity::required).forEach(a -> required.add(a.id()));
    Rollup fallback = new Rollup(SetKind.ALL, 0, required, false);
    if (m.completion().isEmpty()) {
      return vacuous(fallback, path, "module '" + m.id() + "' has no required activity", report);
    }
    Compiled c = compile(m.completion().get(), path + ".completion", Container.MODULE, children);
    deadlines(m.completion().get(), path + ".completion", report);
    if (c.rollup != null) {
      return c.rollup;
    }
    report.warn(
        Kind.RULE_NOT_EXPRESSED,
        c.failedAt,
        "the rule of module '"
            + m.id()
            + "' ("
            + describe(m.completion().get())
            + ") cannot be stated as SCORM 2004 rollup: "
            + c.reason
            + "; the module's item rolls up the default instead: completed when all its required"
            + " activities are");
    return vacuous(fallback, path, "module '" + m.id() + "' has no required activity", report);
  }

  /** The rollup of the organization, reporting what of the course's rule cannot be stated. */
  Rollup courseRollup(String path, ReportBuilder report) {
    Set<String> children = new LinkedHashSet<>();
    course.modules().forEach(m -> children.add(m.id()));
    Set<String> required = new LinkedHashSet<>();
    course.modules().stream().filter(CourseModule::required).forEach(m -> required.add(m.id()));
    Rollup fallback = new Rollup(SetKind.ALL, 0, required, false);
    if (course.completion().isEmpty()) {
      return vacuous(fallback, path, "the course has no required module", report);
    }
    CompletionRule rule = course.completion().get();
    Compiled c = compile(rule, path + ".completion", Container.COURSE, children);
    deadlines(rule, path + ".completion", report);
    if (c.rollup != null) {
      return c.rollup;
    }
    report.warn(
        Kind.RULE_NOT_EXPRESSED,
        c.failedAt,
        "the course's rule ("
            + describe(rule)
            + ") cannot be stated as SCORM 2004 rollup: "
            + c.reason
            + "; the organization rolls up the default instead: completed when all required"
            + " modules are, each by its own rule or all its required activities");
    return vacuous(fallback, path, "the course has no required module", report);
  }

  private static Rollup vacuous(Rollup r, String path, String what, ReportBuilder report) {
    if (r.contributing().isEmpty()) {
      report.warn(
          Kind.RULE_NOT_EXPRESSED,
          path,
          what
              + ", so Framsteg counts it completed from the start; SCORM rollup has no child to"
              + " roll up and an LMS may never mark it completed");
    }
    return r;
  }

  /** Reports every deadline in a rule: SCORM has none. */
  private void deadlines(CompletionRule r, String path, ReportBuilder report) {
    if (r instanceof AllOf all) {
      parts(all.rules(), path, (p, at) -> deadlines(p, at, report));
    } else if (r instanceof AnyOf any) {
      parts(any.rules(), path, (p, at) -> deadlines(p, at, report));
    } else if (r instanceof AtLeast least) {
      parts(least.rules(), path, (p, at) -> deadlines(p, at, report));
    } else if (r instanceof Weighted w) {
      for (int i = 0; i < w.parts().size(); i++) {
        deadlines(w.parts().get(i).rule(), path + ".parts[" + i + "]", report);
      }
    } else if (r instanceof Before b) {
      deadline(b, path, report);
      deadlines(b.rule(), path + ".rule", report);
    }
  }

  private static void deadline(Before b, String path, ReportBuilder report) {
    report.warn(
        Kind.RULE_NOT_EXPRESSED,
        path,
        "the deadline ("
            + describe(b.deadline())
            + ") cannot be stated: SCORM has no deadlines; the rule inside it is stated without"
            + " one");
  }

  /** The containers a rule can belong to. */
  private enum Container {
    ACTIVITY,
    MODULE,
    COURSE
  }

  /** A compiled container rule, or where and why it could not be compiled. */
  private static final class Compiled {
    Rollup rollup;
    String failedAt;
    String reason;

    static Compiled of(Rollup r) {
      Compiled c = new Compiled();
      c.rollup = r;
      return c;
    }

    static Compiled fail(String at, String reason) {
      Compiled c = new Compiled();
      c.failedAt = at;
      c.reason = reason;
      return c;
    }
  }

  private Compiled compile(
      CompletionRule rule, String path, Container container, Set<String> children) {
    while (rule instanceof Before b) {
      rule = b.rule();
      path = path + ".rule";
    }
    Optional<String> child = childOf(rule, container, children);
    if (child.isPresent()) {
      return Compiled.of(new Rollup(SetKind.ALL, 1, Set.of(child.get()), true));
    }
    if (rule instanceof AllOf all) {
      Set<String> set = new LinkedHashSet<>();
      Optional<Compiled> failure = flattenAll(all.rules(), path, container, children, set);
      return failure.orElseGet(() -> Compiled.of(new Rollup(SetKind.ALL, set.size(), set, true)));
    }
    List<CompletionRule> parts;
    int count;
    if (rule instanceof AnyOf any) {
      parts = any.rules();
      count = 1;
    } else if (rule instanceof AtLeast least) {
      parts = least.rules();
      count = least.count();
    } else {
      return Compiled.fail(path, reasonAt(rule, container));
    }
    Set<String> set = new LinkedHashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      CompletionRule part = parts.get(i);
      String at = path + ".rules[" + i + "]";
      while (part instanceof Before b) {
        part = b.rule();
        at = at + ".rule";
      }
      Optional<String> c = childOf(part, container, children);
      if (c.isEmpty()) {
        boolean combination =
            part instanceof AllOf || part instanceof AnyOf || part instanceof AtLeast;
        return Compiled.fail(
            at,
            combination
                ? "'"
                    + describe(part)
                    + "' nests a combination in '"
                    + kindWord(rule)
                    + "': one rollup rule combines its children's states once"
                : reasonAt(part, container));
      }
      if (!set.add(c.get())) {
        return Compiled.fail(
            at,
            "two parts are about '"
                + c.get()
                + "': a rollup rule counts each child once, so '"
                + kindWord(rule)
                + "' would count differently");
      }
    }
    if (count >= set.size()) {
      return Compiled.of(new Rollup(SetKind.ALL, set.size(), set, true));
    }
    return Compiled.of(
        new Rollup(count == 1 ? SetKind.ANY : SetKind.AT_LEAST, count, set, true));
  }

  /** Adds the children of nested allOf parts to {@code into}; the first failure, if any. */
  private Optional<Compiled> flattenAll(
      List<CompletionRule> rules,
      String path,
      Container container,
      Set<String> children,
      Set<String> into) {
    for (int i = 0; i < rules.size(); i++) {
      CompletionRule part = rules.get(i);
      String at = path + ".rules[" + i + "]";
      while (part instanceof Before b) {
        part = b.rule();
        at = at + ".rule";
      }
      if (part instanceof AllOf inner) {
        Optional<Compiled> failure = flattenAll(inner.rules(), at, container, children, into);
        if (failure.isPresent()) {
          return failure;
        }
        continue;
      }
      Optional<String> child = childOf(part, container, children);
      if (child.isEmpty()) {
        return Optional.of(
            Compiled.fail(
                at,
                part instanceof AnyOf || part instanceof AtLeast
                    ? "'"
                        + describe(part)
                        + "' nests a combination in 'all of': one rollup rule combines its"
                        + " children's states once"
                    : reasonAt(part, container)));
      }
      into.add(child.get());
    }
    return Optional.empty();
  }

  private static String kindWord(CompletionRule r) {
    if (r instanceof AnyOf) {
      return "any of";
    }
    if (r instanceof AtLeast a) {
      return "at least " + a.count();
    }
    return "all of";
  }

  /** The child a rule is a fact about, when it is one. */
  private Optional<String> childOf(CompletionRule r, Container container, Set<String> children) {
    String id = null;
    if (container == Container.COURSE) {
      if (r instanceof ModuleCompleted m) {
        id = m.moduleId();
      }
    } else if (r instanceof ActivityCompleted a) {
      id = a.activityId();
    } else if (r instanceof MediaPlayed p) {
      id = p.activityId();
    } else if (r instanceof Passed p) {
      id = p.activityId();
    } else if (r instanceof ScoreAtLeast s) {
      id = s.activityId();
    }
    return id != null && children.contains(id) ? Optional.of(id) : Optional.empty();
  }

  private String reasonAt(CompletionRule r, Container container) {
    return "'" + describe(r) + "' " + reason(r, container);
  }

  /** Why a leaf or combination cannot be stated in a container, in words. */
  private String reason(CompletionRule r, Container container) {
    if (r instanceof Weighted) {
      return "has a weighted threshold, and SCORM rollup counts children, it does not weigh them";
    }
    if (r instanceof TimeSpentAtLeast) {
      return "asks for time spent, and SCORM has no rule that requires time (limit conditions"
          + " only cap it)";
    }
    if (r instanceof MarkedDone) {
      return "asks for an activity marked done by hand, and SCORM has no such status";
    }
    if (r instanceof ModuleCompleted m) {
      return container == Container.COURSE
          ? "names a module that is not in the course"
          : "asks for the completion of module '"
              + m.moduleId()
              + "', and a "
              + (container == Container.MODULE ? "module's rollup" : "SCO")
              + " sees only "
              + (container == Container.MODULE ? "its own activities" : "itself");
    }
    if (r instanceof AllOf || r instanceof AnyOf || r instanceof AtLeast) {
      return "nests combinations that one rollup rule cannot state";
    }
    Optional<String> activity = activityOf(r);
    if (activity.isPresent()) {
      if (container == Container.COURSE) {
        return "is about activity '"
            + activity.get()
            + "', and the organization's rollup sees modules, not activities";
      }
      if (container == Container.MODULE) {
        CourseModule home = moduleOf.get(activity.get());
        return "is about activity '"
            + activity.get()
            + "'"
            + (home == null ? "" : " of module '" + home.id() + "'")
            + ", and a module's rollup sees only its own activities";
      }
      return "waits for activity '"
          + activity.get()
          + "', and a SCO completes from what it reports itself";
    }
    return "has no SCORM equivalent";
  }

  private static Optional<String> activityOf(CompletionRule r) {
    if (r instanceof ActivityCompleted a) {
      return Optional.of(a.activityId());
    }
    if (r instanceof MediaPlayed p) {
      return Optional.of(p.activityId());
    }
    if (r instanceof Passed p) {
      return Optional.of(p.activityId());
    }
    if (r instanceof ScoreAtLeast s) {
      return Optional.of(s.activityId());
    }
    if (r instanceof MarkedDone d) {
      return Optional.of(d.activityId());
    }
    return Optional.empty();
  }

  // ---- reading rules ----

  private interface PartVisitor {
    void visit(CompletionRule part, String path);
  }

  private static void parts(List<CompletionRule> rules, String path, PartVisitor visitor) {
    for (int i = 0; i < rules.size(); i++) {
      visitor.visit(rules.get(i), path + ".rules[" + i + "]");
    }
  }

  /** Every leaf of a rule, in order. */
  static List<CompletionRule> leaves(CompletionRule r) {
    List<CompletionRule> out = new ArrayList<>();
    collect(r, out);
    return out;
  }

  private static void collect(CompletionRule r, List<CompletionRule> out) {
    if (r instanceof AllOf all) {
      all.rules().forEach(p -> collect(p, out));
    } else if (r instanceof AnyOf any) {
      any.rules().forEach(p -> collect(p, out));
    } else if (r instanceof AtLeast least) {
      least.rules().forEach(p -> collect(p, out));
    } else if (r instanceof Weighted w) {
      w.parts().forEach(p -> collect(p.rule(), out));
    } else if (r instanceof Before b) {
      collect(b.rule(), out);
    } else {
      out.add(r);
    }
  }

  /** A short description of a rule for report messages, at most about 160 characters. */
  static String describe(CompletionRule r) {
    String s = describeFull(r);
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }

  private static String describeFull(CompletionRule r) {
    if (r instanceof AllOf all) {
      return "all of " + list(all.rules());
    }
    if (r instanceof AnyOf any) {
      return "any of " + list(any.rules());
    }
    if (r instanceof AtLeast least) {
      return "at least " + least.count() + " of " + list(least.rules());
    }
    if (r instanceof Weighted w) {
      List<CompletionRule> rules = new ArrayList<>();
      w.parts().forEach(p -> rules.add(p.rule()));
      return "weighted " + percent(w.threshold()) + " of " + list(rules);
    }
    if (r instanceof Before b) {
      return describe(b.rule()) + " " + describe(b.deadline());
    }
    if (r instanceof ActivityCompleted a) {
      return "completed " + a.activityId();
    }
    if (r instanceof ModuleCompleted m) {
      return "module completed " + m.moduleId();
    }
    if (r instanceof MediaPlayed p) {
      return "watched " + percent(p.fraction()) + " of " + p.activityId();
    }
    if (r instanceof ScoreAtLeast s) {
      return "score at least " + percent(s.minimum()) + " in " + s.activityId();
    }
    if (r instanceof Passed p) {
      return "passed " + p.activityId();
    }
    if (r instanceof TimeSpentAtLeast t) {
      return "time spent at least " + t.minimum();
    }
    if (r instanceof MarkedDone d) {
      return "marked done " + d.activityId();
    }
    return r.toString();
  }

  private static String describe(Deadline d) {
    if (d instanceof Deadline.At at) {
      return "before " + at.instant();
    }
    return "within " + ((Deadline.DaysAfterEnrolment) d).days() + " days of enrolment";
  }

  private static String list(List<CompletionRule> rules) {
    List<String> parts = new ArrayList<>();
    rules.forEach(r -> parts.add(describeFull(r)));
    return "[" + String.join(", ", parts) + "]";
  }

  /** A fraction as a percentage without needless digits: 0.9 is "90 %", 1/3 "33.333 %". */
  static String percent(double fraction) {
    BigDecimal p =
        BigDecimal.valueOf(fraction)
            .multiply(BigDecimal.valueOf(100))
            .setScale(3, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return p.toPlainString() + " %";
  }

  /** The locale-independent decimal of a fraction, as SCORM's decimals want it. */
  static String decimal(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
  }
}
