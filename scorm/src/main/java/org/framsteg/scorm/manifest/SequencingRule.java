package org.framsteg.scorm.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pre-, exit- or post-condition rule ({@code imsss:preConditionRule} and its siblings): if the
 * conditions hold (combined by {@link #combination()}), take the action.
 *
 * <pre>{@code
 * SequencingRule skipIfSatisfied = sequencing.preConditionRules().get(0);
 * boolean skips = skipIfSatisfied.action() == SequencingRule.Action.SKIP;
 * }</pre>
 *
 * @param combination {@code ruleConditions/@conditionCombination}, default all
 * @param conditions {@code ruleConditions/ruleCondition}
 * @param action {@code ruleAction/@action}
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (Sequencing Rule
 *     Description)</a>
 */
public record SequencingRule(ConditionCombination combination, List<Condition> conditions,
    Action action) {
  public SequencingRule {
    Objects.requireNonNull(combination, "combination");
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(action, "action");
  }

  /**
   * One {@code imsss:ruleCondition}.
   *
   * @param type {@code @condition}
   * @param negated {@code @operator="not"}
   * @param referencedObjective {@code @referencedObjective}; absent means the primary objective
   * @param measureThreshold {@code @measureThreshold}, -1 to 1, for the measure comparisons
   */
  public record Condition(ConditionType type, boolean negated,
      Optional<String> referencedObjective, Optional<Double> measureThreshold) {
    public Condition {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(referencedObjective, "referencedObjective");
      Objects.requireNonNull(measureThreshold, "measureThreshold");
    }
  }

  /** A rule action; which are allowed depends on the kind of rule. */
  public enum Action {
    SKIP("skip", Kind.PRE),
    DISABLED("disabled", Kind.PRE),
    HIDDEN_FROM_CHOICE("hiddenFromChoice", Kind.PRE),
    STOP_FORWARD_TRAVERSAL("stopForwardTraversal", Kind.PRE),
    EXIT("exit", Kind.EXIT),
    EXIT_PARENT("exitParent", Kind.POST),
    EXIT_ALL("exitAll", Kind.POST),
    RETRY("retry", Kind.POST),
    RETRY_ALL("retryAll", Kind.POST),
    CONTINUE("continue", Kind.POST),
    PREVIOUS("previous", Kind.POST);

    private final String token;
    private final Kind kind;

    Action(String token, Kind kind) {
      this.token = token;
      this.kind = kind;
    }

    /** The value as the schema spells it. */
    public String token() {
      return token;
    }

    /** The kind of rule this action belongs to. */
    public Kind kind() {
      return kind;
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

  /** The kinds of sequencing rule. */
  public enum Kind {
    PRE,
    EXIT,
    POST
  }
}
