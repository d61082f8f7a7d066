package org.framsteg.scorm.internal.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.framsteg.scorm.manifest.AdlObjective;
import org.framsteg.scorm.manifest.AuxiliaryResource;
import org.framsteg.scorm.manifest.ConditionCombination;
import org.framsteg.scorm.manifest.ConstrainedChoiceConsiderations;
import org.framsteg.scorm.manifest.ControlMode;
import org.framsteg.scorm.manifest.DeliveryControls;
import org.framsteg.scorm.manifest.LimitConditions;
import org.framsteg.scorm.manifest.Manifest;
import org.framsteg.scorm.manifest.Objective;
import org.framsteg.scorm.manifest.RandomizationControls;
import org.framsteg.scorm.manifest.RollupConsiderations;
import org.framsteg.scorm.manifest.RollupRules;
import org.framsteg.scorm.manifest.Sequencing;
import org.framsteg.scorm.manifest.SequencingRule;

/**
 * The sequencing in effect for an activity: its own {@code imsss:sequencing}, each element absent
 * there taken from the collection entry its {@code IDRef} names (CAM §5.1, sequencing collection).
 * Also writes the short descriptions of rules that the import report uses.
 */
final class EffectiveSequencing {
  private final Sequencing own;
  private final Optional<Sequencing> shared;

  private EffectiveSequencing(Sequencing own, Optional<Sequencing> shared) {
    this.own = own;
    this.shared = shared;
  }

  static Optional<EffectiveSequencing> of(Optional<Sequencing> own, Manifest manifest) {
    return own.map(s -> new EffectiveSequencing(s, s.idRef().flatMap(manifest::sequencing)));
  }

  /** The collection entry this builds on, if it names one that exists. */
  Optional<String> sharedId() {
    return shared.flatMap(Sequencing::id);
  }

  private <T> Optional<T> pick(Function<Sequencing, Optional<T>> f) {
    Optional<T> mine = f.apply(own);
    return mine.isPresent() ? mine : shared.flatMap(f);
  }

  private <T> List<T> pickList(Function<Sequencing, List<T>> f) {
    List<T> mine = f.apply(own);
    return !mine.isEmpty() || shared.isEmpty() ? mine : f.apply(shared.get());
  }

  Optional<ControlMode> controlMode() {
    return pick(Sequencing::controlMode);
  }

  List<SequencingRule> preConditionRules() {
    return pickList(Sequencing::preConditionRules);
  }

  List<SequencingRule> exitConditionRules() {
    return pickList(Sequencing::exitConditionRules);
  }

  List<SequencingRule> postConditionRules() {
    return pickList(Sequencing::postConditionRules);
  }

  Optional<LimitConditions> limitConditions() {
    return pick(Sequencing::limitConditions);
  }

  List<AuxiliaryResource> auxiliaryResources() {
    return pickList(Sequencing::auxiliaryResources);
  }

  Optional<RollupRules> rollupRules() {
    return pick(Sequencing::rollupRules);
  }

  Optional<Objective> primaryObjective() {
    return pick(Sequencing::primaryObjective);
  }

  List<Objective> objectives() {
    return pickList(Sequencing::objectives);
  }

  Optional<RandomizationControls> randomizationControls() {
    return pick(Sequencing::randomizationControls);
  }

  Optional<DeliveryControls> deliveryControls() {
    return pick(Sequencing::deliveryControls);
  }

  Optional<ConstrainedChoiceConsiderations> constrainedChoiceConsiderations() {
    return pick(Sequencing::constrainedChoiceConsiderations);
  }

  Optional<RollupConsiderations> rollupConsiderations() {
    return pick(Sequencing::rollupConsiderations);
  }

  List<AdlObjective> adlObjectives() {
    return pickList(Sequencing::adlObjectives);
  }

  // ---- descriptions ----

  /** {@code skip if satisfied}, {@code retry if not satisfied or not objectiveStatusKnown}. */
  static String describe(SequencingRule rule) {
    String joiner = rule.combination() == ConditionCombination.ALL ? " and " : " or ";
    return rule.action().token() + " if " + rule.conditions().stream()
        .map(EffectiveSequencing::describe).collect(Collectors.joining(joiner));
  }

  private static String describe(SequencingRule.Condition c) {
    StringBuilder sb = new StringBuilder(c.negated() ? "not " : "").append(c.type().token());
    c.referencedObjective().ifPresent(o -> sb.append(" of '").append(o).append('\''));
    if (c.type().usesMeasureThreshold()) {
      c.measureThreshold().ifPresent(t -> sb.append(' ').append(number(t)));
    }
    return sb.toString();
  }

  /** {@code satisfied if all satisfied}, {@code completed if atLeastCount 2 completed}. */
  static String describe(RollupRules.Rule rule) {
    String set = switch (rule.childActivitySet()) {
      case AT_LEAST_COUNT -> "atLeastCount " + rule.minimumCount();
      case AT_LEAST_PERCENT -> "atLeastPercent " + number(rule.minimumPercent());
      default -> rule.childActivitySet().token();
    };
    String joiner = rule.combination() == ConditionCombination.ALL ? " and " : " or ";
    return rule.action().token() + " if " + set + " " + rule.conditions().stream()
        .map(c -> (c.negated() ? "not " : "") + c.type().token())
        .collect(Collectors.joining(joiner));
  }

  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d)
        : String.format(Locale.ROOT, "%s", d);
  }
}
