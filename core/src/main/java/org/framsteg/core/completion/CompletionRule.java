package org.framsteg.core.completion;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * When a course, a module or an activity counts as completed: a closed set of composable rules.
 *
 * <pre>{@code
 * CompletionRule rule = CompletionRule.allOf(
 *     CompletionRule.allOf(videoIds.stream().map(v -> CompletionRule.watched(v, 0.9)).toList()),
 *     CompletionRule.atLeast(6, podcastIds.stream().map(p -> CompletionRule.watched(p, 0.9)).toList()));
 * }</pre>
 *
 * <p>Rules refer to activities and modules by id; a course checks when it is built that every id
 * exists and that no rule depends on itself. The engine evaluates rules to a {@link Completion}
 * with an {@link Explanation} per rule.
 */
public sealed interface CompletionRule {

  /** Every part must be met. Progress is the mean of the parts' progress. */
  record AllOf(List<CompletionRule> rules) implements CompletionRule {
    public AllOf {
      rules = parts(rules, "allOf.rules");
    }
  }

  /** One part is enough. Progress is that of the part furthest along. */
  record AnyOf(List<CompletionRule> rules) implements CompletionRule {
    public AnyOf {
      rules = parts(rules, "anyOf.rules");
    }
  }

  /** At least {@code count} of the parts must be met. */
  record AtLeast(int count, List<CompletionRule> rules) implements CompletionRule {
    public AtLeast {
      rules = parts(rules, "atLeast.rules");
      if (count < 1 || count > rules.size()) {
        throw new IllegalArgumentException("atLeast.count: must be between 1 and the number of rules ("
            + rules.size() + "), was " + count);
      }
    }
  }

  /** A part of a {@link Weighted} rule and its weight. */
  record Weight(double weight, CompletionRule rule) {
    public Weight {
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("weight: must be a positive number, was " + weight);
      }
      Objects.requireNonNull(rule, "rule");
    }
  }

  /**
   * Met when the weights of the met parts add up to at least {@code threshold} of all weights.
   *
   * @param threshold a fraction in (0, 1]
   */
  record Weighted(List<Weight> parts, double threshold) implements CompletionRule {
    public Weighted {
      Objects.requireNonNull(parts, "weighted.parts");
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("weighted.parts: must not be empty");
      }
      parts = List.copyOf(parts);
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("weighted.threshold: must be in (0, 1], was " + threshold);
      }
    }
  }

  /** The activity is completed (by an event, by hand, or by its own rule). */
  record ActivityCompleted(String activityId) implements CompletionRule {
    public ActivityCompleted {
      activityId = id(activityId, "activityCompleted.activity");
    }
  }

  /** The module is completed (by its own rule or, without one, all its required activities). */
  record ModuleCompleted(String moduleId) implements CompletionRule {
    public ModuleCompleted {
      moduleId = id(moduleId, "moduleCompleted.module");
    }
  }

  /**
   * At least {@code fraction} of a timed medium (video, audio, podcast) has been played, counting
   * each second once however often it was played.
   */
  record MediaPlayed(String activityId, double fraction) implements CompletionRule {
    public MediaPlayed {
      activityId = id(activityId, "mediaPlayed.activity");
      checkFraction(fraction, "mediaPlayed.fraction");
    }
  }

  /** The best scaled score of an assessment is at least {@code minimum} (a fraction in [0, 1]). */
  record ScoreAtLeast(String activityId, double minimum) implements CompletionRule {
    public ScoreAtLeast {
      activityId = id(activityId, "scoreAtLeast.activity");
      checkFraction(minimum, "scoreAtLeast.minimum");
    }
  }

  /** An assessment has been passed. */
  record Passed(String activityId) implements CompletionRule {
    public Passed {
      activityId = id(activityId, "passed.activity");
    }
  }

  /** The learner has spent at least {@code minimum} in the course, each instant counted once. */
  record TimeSpentAtLeast(Duration minimum) implements CompletionRule {
    public TimeSpentAtLeast {
      Objects.requireNonNull(minimum, "timeSpent.minimum");
      if (minimum.isNegative() || minimum.isZero()) {
        throw new IllegalArgumentException("timeSpent.minimum: must be positive, was " + minimum);
      }
    }
  }

  /** Someone (a teacher, an administrator) has marked the activity done by hand. */
  record MarkedDone(String activityId) implements CompletionRule {
    public MarkedDone {
      activityId = id(activityId, "markedDone.activity");
    }
  }

  /**
   * The inner rule is met by what happened no later than the deadline. After the deadline an unmet
   * rule has failed.
   */
  record Before(Deadline deadline, CompletionRule rule) implements CompletionRule {
    public Before {
      Objects.requireNonNull(deadline, "before.deadline");
      Objects.requireNonNull(rule, "before.rule");
    }
  }

  /** A deadline: a fixed instant, or a number of days after the learner enrolled. */
  sealed interface Deadline {
    /** A fixed instant. */
    record At(Instant instant) implements Deadline {
      public At {
        Objects.requireNonNull(instant, "deadline.at");
      }
    }

    /** A number of days (of 24 hours) after enrolment. */
    record DaysAfterEnrolment(int days) implements Deadline {
      public DaysAfterEnrolment {
        if (days < 0) {
          throw new IllegalArgumentException("deadline.daysAfterEnrolment: must be 0 or more, was " + days);
        }
      }
    }

    /** The instant of this deadline for a learner who enrolled at {@code enrolledAt}. */
    default Instant resolve(Instant enrolledAt) {
      if (this instanceof At at) {
        return at.instant();
      }
      return enrolledAt.plus(Duration.ofDays(((DaysAfterEnrolment) this).days()));
    }
  }

  // ---- factories, so rules read as sentences ----

  /** {@link AllOf}. */
  static CompletionRule allOf(CompletionRule... rules) {
    return new AllOf(Arrays.asList(rules));
  }

  /** {@link AllOf}. */
  static CompletionRule allOf(List<? extends CompletionRule> rules) {
    return new AllOf(List.copyOf(rules));
  }

  /** {@link AnyOf}. */
  static CompletionRule anyOf(CompletionRule... rules) {
    return new AnyOf(Arrays.asList(rules));
  }

  /** {@link AnyOf}. */
  static CompletionRule anyOf(List<? extends CompletionRule> rules) {
    return new AnyOf(List.copyOf(rules));
  }

  /** {@link AtLeast}. */
  static CompletionRule atLeast(int count, List<? extends CompletionRule> rules) {
    return new AtLeast(count, List.copyOf(rules));
  }

  /** {@link AtLeast}. */
  static CompletionRule atLeast(int count, CompletionRule... rules) {
    return new AtLeast(count, Arrays.asList(rules));
  }

  /** {@link ActivityCompleted}. */
  static CompletionRule completed(String activityId) {
    return new ActivityCompleted(activityId);
  }

  /** {@link ModuleCompleted}. */
  static CompletionRule moduleCompleted(String moduleId) {
    return new ModuleCompleted(moduleId);
  }

  /** {@link MediaPlayed}: watched or listened to at least {@code fraction}. */
  static CompletionRule watched(String activityId, double fraction) {
    return new MediaPlayed(activityId, fraction);
  }

  /** {@link ScoreAtLeast}. */
  static CompletionRule scoreAtLeast(String activityId, double minimum) {
    return new ScoreAtLeast(activityId, minimum);
  }

  /** {@link Passed}. */
  static CompletionRule passed(String activityId) {
    return new Passed(activityId);
  }

  /** {@link TimeSpentAtLeast}. */
  static CompletionRule timeSpent(Duration minimum) {
    return new TimeSpentAtLeast(minimum);
  }

  /** {@link MarkedDone}. */
  static CompletionRule markedDone(String activityId) {
    return new MarkedDone(activityId);
  }

  /** {@link Before} a fixed instant. */
  static CompletionRule before(Instant deadline, CompletionRule rule) {
    return new Before(new Deadline.At(deadline), rule);
  }

  /** {@link Before} a number of days after enrolment. */
  static CompletionRule withinDays(int days, CompletionRule rule) {
    return new Before(new Deadline.DaysAfterEnrolment(days), rule);
  }

  private static List<CompletionRule> parts(List<CompletionRule> rules, String field) {
    Objects.requireNonNull(rules, field);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be empty");
    }
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) == null) {
        throw new IllegalArgumentException(field + "[" + i + "]: must not be null");
      }
    }
    return List.copyOf(rules);
  }

  private static String id(String id, String field) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return id;
  }

  private static void checkFraction(double value, String field) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(field + ": must be in [0, 1], was " + value);
    }
  }
}
