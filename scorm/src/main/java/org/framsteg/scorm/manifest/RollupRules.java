package org.framsteg.scorm.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code imsss:rollupRules}: whether and how an activity's children's status rolls up to it.
 *
 * <pre>{@code
 * RollupRules r = sequencing.rollupRules().orElseThrow();
 * boolean counts = r.rollupObjectiveSatisfied() && r.objectiveMeasureWeight() > 0;
 * }</pre>
 *
 * @param rollupObjectiveSatisfied default true
 * @param rollupProgressCompletion default true
 * @param objectiveMeasureWeight 0 to 1, default 1
 * @param rules {@code rollupRule}
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (Rollup Rule
 *     Description, Rollup Controls)</a>
 */
public record RollupRules(boolean rollupObjectiveSatisfied, boolean rollupProgressCompletion,
    double objectiveMeasureWeight, List<Rule> rules) {
  public RollupRules {
    rules = List.copyOf(rules);
  }

  /**
   * One {@code imsss:rollupRule}.
   *
   * @param childActivitySet {@code @childActivitySet}, default all
   * @param minimumCount {@code @minimumCount}, default 0
   * @param minimumPercent {@code @minimumPercent}, 0 to 1, default 0
   * @param combination {@code rollupConditions/@conditionCombination}, default any
   * @param conditions {@code rollupConditions/rollupCondition}
   * @param action {@code rollupAction/@action}
   */
  public record Rule(ChildActivitySet childActivitySet, int minimumCount, double minimumPercent,
      ConditionCombination combination, List<Condition> conditions, Action action) {
    public Rule {
      Objects.requireNonNull(childActivitySet, "childActivitySet");
      Objects.requireNonNull(combination, "combination");
      conditions = List.copyOf(conditions);
      Objects.requireNonNull(action, "action");
    }
  }

  /**
   * One {@code imsss:rollupCondition}.
   *
   * @param type {@code @condition}
   * @param negated {@code @operator="not"}
   */
  public record Condition(ConditionType type, boolean negated) {
    public Condition {
      Objects.requireNonNull(type, "type");
    }
  }

  /** {@code @childActivitySet}. */
  public enum ChildActivitySet {
    ALL("all"),
    ANY("any"),
    NONE("none"),
    AT_LEAST_COUNT("atLeastCount"),
    AT_LEAST_PERCENT("atLeastPercent");

    private final String token;

    ChildActivitySet(String token) {
      this.token = token;
    }

    public String token() {
      return token;
    }

    /** The set a token names, ignoring case. */
    public static Optional<ChildActivitySet> fromToken(String token) {
      for (ChildActivitySet s : values()) {
        if (s.token.equalsIgnoreCase(token.strip())) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  /** {@code rollupAction/@action}. */
  public enum Action {
    SATISFIED("satisfied"),
    NOT_SATISFIED("notSatisfied"),
    COMPLETED("completed"),
    INCOMPLETE("incomplete");

    private final String token;

    Action(String token) {
      this.token = token;
    }

    public String token() {
      return token;
    }

    /** The action a token names, ignoring case. */
    public static Optional<Action> fromToken(String token) {
      for (Action a : values()) {
        if (a.token.equalsIgnoreCase(token.strip())) {
          return Optional.of(a);
        }
      }
      return Optional.empty();
    }
  }
}
