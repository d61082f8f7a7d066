package org.framsteg.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.completion.Explanation;
import org.framsteg.core.completion.Remaining;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.learner.EnrolmentStatus;
import org.framsteg.core.progress.ProgressState;

/** Evaluates the rules of a course over a progress state into a completion with explanations. */
public final class Evaluator {
  private static final double EPS = 1e-9;

  private final Compiled c;
  private final ProgressState state;
  private final Instant now;

  private Evaluator(ProgressState state, Instant now) {
    this.c = Access.compiled(state.engine());
    this.state = state;
    this.now = now;
  }

  public static Completion evaluate(ProgressState state, Instant now) {
    return new Evaluator(state, now).run();
  }

  private Completion run() {
    Explanation root = eval(c.courseRule, Access.facts(state), Long.MAX_VALUE);
    EnrolmentStatus enrolment = state.enrolmentStatus();
    boolean overdue = state.due().map(now::isAfter).orElse(false);
    CompletionStatus status;
    if (root.met() || enrolment == EnrolmentStatus.COMPLETED) {
      status = CompletionStatus.COMPLETED;
    } else if (root.failed()) {
      status = CompletionStatus.FAILED;
    } else if (enrolment == EnrolmentStatus.WITHDRAWN) {
      status = CompletionStatus.WITHDRAWN;
    } else if (enrolment == EnrolmentStatus.EXPIRED || overdue) {
      status = CompletionStatus.EXPIRED;
    } else if (state.isEmpty()) {
      status = CompletionStatus.NOT_STARTED;
    } else {
      status = CompletionStatus.IN_PROGRESS;
    }
    int percent = status == CompletionStatus.COMPLETED ? 100
        : (int) Math.min(99, Math.floor(root.progress() * 100 + EPS));
    Optional<Instant> deadline = status == CompletionStatus.COMPLETED ? Optional.empty() : deadline();
    return new Completion(status, percent, root, root.remaining(), deadline, now);
  }

  /** The nearest deadline ahead; if all have passed, the latest one missed. */
  private Optional<Instant> deadline() {
    List<Instant> all = new ArrayList<>();
    state.due().ifPresent(all::add);
    for (CompletionRule.Deadline d : c.deadlines) {
      all.add(d.resolve(state.enrolledAt()));
    }
    Optional<Instant> ahead = all.stream().filter(d -> !d.isBefore(now)).min(Comparator.naturalOrder());
    return ahead.isPresent() ? ahead : all.stream().max(Comparator.naturalOrder());
  }

  /**
   * The explanation of a rule over facts {@code f}, which are the facts as of {@code limit} (epoch
   * milliseconds; Long.MAX_VALUE for all facts): a deadline inside another counts only when it is
   * the earlier.
   */
  private Explanation eval(CompletionRule rule, Facts f, long limit) {
    if (rule instanceof CompletionRule.AllOf r) {
      List<Explanation> parts = r.rules().stream().map(x -> eval(x, f, limit)).toList();
      boolean met = parts.stream().allMatch(Explanation::met);
      boolean failed = parts.stream().anyMatch(Explanation::failed);
      double progress = parts.stream().mapToDouble(Explanation::progress).average().orElse(1);
      Remaining rem = parts.stream().map(Explanation::remaining).reduce(Remaining.NONE, Remaining::plus);
      return node(rule, met, failed, met ? 1 : progress, OptionalDouble.empty(), parts, rem);
    } else if (rule instanceof CompletionRule.AnyOf r) {
      List<Explanation> parts = r.rules().stream().map(x -> eval(x, f, limit)).toList();
      boolean met = parts.stream().anyMatch(Explanation::met);
      boolean failed = parts.stream().allMatch(Explanation::failed);
      Explanation best = closest(parts).get(0);
      return node(rule, met, failed, met ? 1 : best.progress(), OptionalDouble.empty(), parts,
          best.remaining());
    } else if (rule instanceof CompletionRule.AtLeast r) {
      List<Explanation> parts = r.rules().stream().map(x -> eval(x, f, limit)).toList();
      long metCount = parts.stream().filter(Explanation::met).count();
      long alive = parts.stream().filter(p -> !p.failed()).count();
      List<Explanation> chosen = closest(parts).subList(0, r.count());
      double progress = chosen.stream().mapToDouble(Explanation::progress).sum() / r.count();
      Remaining rem = chosen.stream().map(Explanation::remaining).reduce(Remaining.NONE, Remaining::plus);
      boolean met = metCount >= r.count();
      return node(rule, met, !met && alive < r.count(), met ? 1 : progress, OptionalDouble.of(metCount),
          parts, rem);
    } else if (rule instanceof CompletionRule.Weighted r) {
      List<Explanation> parts = r.parts().stream().map(x -> eval(x.rule(), f, limit)).toList();
      double total = r.parts().stream().mapToDouble(CompletionRule.Weight::weight).sum();
      double achieved = 0;
      double possible = 0;
      double weightedProgress = 0;
      for (int i = 0; i < parts.size(); i++) {
        double w = r.parts().get(i).weight();
        achieved += parts.get(i).met() ? w : 0;
        possible += parts.get(i).failed() ? 0 : w;
        weightedProgress += w * parts.get(i).progress();
      }
      boolean met = achieved / total >= r.threshold() - EPS;
      boolean failed = !met && possible / total < r.threshold() - EPS;
      // What remains: the parts closest to done until their weight reaches the threshold.
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparing((Integer i) -> !parts.get(i).met())
          .thenComparing(i -> -parts.get(i).progress()));
      Remaining rem = Remaining.NONE;
      double taken = 0;
      for (int i : order) {
        if (taken / total >= r.threshold() - EPS) {
          break;
        }
        rem = rem.plus(parts.get(i).remaining());
        taken += r.parts().get(i).weight();
      }
      double progress = Math.min(1, weightedProgress / total / r.threshold());
      return node(rule, met, failed, met ? 1 : Math.min(progress, 1 - EPS), OptionalDouble.of(achieved / total),
          parts, rem);
    } else if (rule instanceof CompletionRule.Before r) {
      Instant deadline = r.deadline().resolve(state.enrolledAt());
      long own = deadline.toEpochMilli();
      Explanation inner = own < limit ? eval(r.rule(), Access.factsAsOf(state, r.deadline()), own)
          : eval(r.rule(), f, limit);
      boolean failed = inner.failed() || (!inner.met() && now.isAfter(deadline));
      return node(rule, inner.met(), failed, inner.progress(),
          OptionalDouble.of(deadline.toEpochMilli() / 1000.0), List.of(inner), inner.remaining());
    } else if (rule instanceof CompletionRule.ModuleCompleted r) {
      CourseModule m = c.modules.get(r.moduleId());
      Explanation inner = eval(c.moduleRules.get(r.moduleId()), f, limit);
      return new Explanation(rule, Optional.of(m.title()), Optional.empty(), inner.met(), inner.failed(),
          inner.progress(), OptionalDouble.empty(), List.of(inner), inner.remaining());
    } else if (rule instanceof CompletionRule.TimeSpentAtLeast r) {
      long spent = Intervals.measure(f.sessions());
      long need = r.minimum().toMillis();
      boolean met = spent >= need;
      return node(rule, met, false, Math.min(1, (double) spent / need), OptionalDouble.of(spent / 1000.0),
          List.of(), Remaining.NONE);
    }
    return leaf(rule, f, limit);
  }

  private Explanation leaf(CompletionRule rule, Facts f, long limit) {
    String id = Rules.activityOf(rule);
    if (id == null) {
      throw new IllegalStateException("unknown rule " + rule);
    }
    int i = c.indexOf(id);
    Activity a = c.activities[i];
    MediaKind kind = a.media().kind();
    int flags = f.flags(i);
    long played = f.playedMillis(i);
    int duration = c.durationMs[i];
    double coverage = duration > 0 ? Math.min(1, (double) played / duration) : 0;
    Duration materialLeft = kind.isTimed() ? Duration.ofMillis(Math.max(0, duration - played)) : a.effort();

    if (rule instanceof CompletionRule.MediaPlayed r) {
      boolean met = coverage >= r.fraction() - EPS;
      double progress = r.fraction() == 0 ? 1 : Math.min(1, coverage / r.fraction());
      long needMs = (long) Math.ceil(r.fraction() * duration);
      return leafNode(rule, a, met, false, progress, OptionalDouble.of(coverage),
          Remaining.one(kind, !met, Duration.ofMillis(Math.max(0, needMs - played))));
    } else if (rule instanceof CompletionRule.MarkedDone) {
      boolean met = (flags & Facts.MARKED) != 0;
      return leafNode(rule, a, met, false, met ? 1 : 0, OptionalDouble.empty(),
          Remaining.one(kind, !met, materialLeft));
    } else if (rule instanceof CompletionRule.Passed || rule instanceof CompletionRule.ScoreAtLeast) {
      double best = f.bestScore(i);
      int attempts = Integer.bitCount(f.attemptMask(i));
      boolean met;
      double progress;
      if (rule instanceof CompletionRule.ScoreAtLeast s) {
        met = !Double.isNaN(best) && best >= s.minimum() - EPS;
        progress = s.minimum() == 0 ? 1 : Double.isNaN(best) ? 0 : Math.max(0, Math.min(1, best / s.minimum()));
      } else {
        met = f.passed(c, i);
        double pass = c.passingScaled[i];
        progress = met ? 1 : Double.isNaN(best) ? 0 : pass <= 0 ? 0.99 : Math.max(0, Math.min(0.99, best / pass));
      }
      boolean exhausted = c.attemptsAllowed[i] > 0 && attempts >= c.attemptsAllowed[i];
      return leafNode(rule, a, met, !met && exhausted, met ? 1 : Math.min(progress, 0.99),
          Double.isNaN(best) ? OptionalDouble.empty() : OptionalDouble.of(best),
          Remaining.one(kind, !met, materialLeft));
    }
    // ActivityCompleted: an event, a mark by hand, or the activity's own rule.
    boolean byEvent = (flags & (Facts.COMPLETED | Facts.MARKED)) != 0;
    if (a.completion().isPresent()) {
      Explanation own = eval(a.completion().get(), f, limit);
      boolean met = byEvent || own.met();
      return new Explanation(rule, Optional.of(a.title()), Optional.of(kind), met, !met && own.failed(),
          met ? 1 : Math.min(own.progress(), 0.99), OptionalDouble.empty(), List.of(own),
          Remaining.one(kind, !met, materialLeft));
    }
    double progress = byEvent ? 1 : kind.isTimed() ? Math.min(coverage, 0.99) : 0;
    return leafNode(rule, a, byEvent, false, progress,
        kind.isTimed() ? OptionalDouble.of(coverage) : OptionalDouble.empty(),
        Remaining.one(kind, !byEvent, materialLeft));
  }

  private static List<Explanation> closest(List<Explanation> parts) {
    List<Explanation> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparing((Explanation e) -> !e.met()).thenComparing(e -> e.failed())
        .thenComparing(e -> -e.progress()));
    return sorted;
  }

  private static Explanation node(CompletionRule rule, boolean met, boolean failed, double progress,
      OptionalDouble measured, List<Explanation> parts, Remaining remaining) {
    return new Explanation(rule, Optional.empty(), Optional.empty(), met, failed && !met, progress, measured,
        parts, remaining);
  }

  private static Explanation leafNode(CompletionRule rule, Activity a, boolean met, boolean failed,
      double progress, OptionalDouble measured, Remaining remaining) {
    Optional<LocalizedText> title = Optional.of(a.title());
    return new Explanation(rule, title, Optional.of(a.media().kind()), met, failed && !met,
        met ? 1 : progress, measured, List.of(), remaining);
  }
}
