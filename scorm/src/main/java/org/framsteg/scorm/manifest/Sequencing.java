package org.framsteg.scorm.manifest;

import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * One {@code imsss:sequencing} element as written, with the ADL extensions
 * ({@code adlseq:constrainedChoiceConsiderations}, {@code adlseq:rollupConsiderations},
 * {@code adlseq:objectives}). Framsteg may not map all of it; it is all read.
 *
 * <p>An element that is absent stays {@link Optional#empty()} (its defaults are then the
 * schema's, or those of the collection entry named by {@link #idRef()}, CAM §5.1); attributes of
 * present elements carry the schema defaults.
 *
 * <pre>{@code
 * Sequencing s = item.sequencing().orElseThrow();
 * boolean flow = s.controlMode().map(ControlMode::flow).orElse(false);
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 Sequencing</a>
 * @see <a href="http://www.imsglobal.org/simplesequencing/">IMS Simple Sequencing 1.0</a>
 */
@Value.Immutable
@FramstegStyle
public abstract class Sequencing {
  public static Builder builder() {
    return new Builder();
  }

  /** Builds sequencing. */
  public static final class Builder extends ImmutableSequencing.Builder {}

  /** {@code @ID}: set on entries of the sequencing collection. */
  public abstract Optional<String> id();

  /** {@code @IDRef}: the collection entry this element builds on. */
  public abstract Optional<String> idRef();

  public abstract Optional<ControlMode> controlMode();

  /** {@code sequencingRules/preConditionRule}. */
  public abstract List<SequencingRule> preConditionRules();

  /** {@code sequencingRules/exitConditionRule}. */
  public abstract List<SequencingRule> exitConditionRules();

  /** {@code sequencingRules/postConditionRule}. */
  public abstract List<SequencingRule> postConditionRules();

  public abstract Optional<LimitConditions> limitConditions();

  /** {@code auxiliaryResources/auxiliaryResource} (not used by SCORM 2004, read for completeness). */
  public abstract List<AuxiliaryResource> auxiliaryResources();

  public abstract Optional<RollupRules> rollupRules();

  /** {@code objectives/primaryObjective}. */
  public abstract Optional<Objective> primaryObjective();

  /** {@code objectives/objective}. */
  public abstract List<Objective> objectives();

  public abstract Optional<RandomizationControls> randomizationControls();

  public abstract Optional<DeliveryControls> deliveryControls();

  public abstract Optional<ConstrainedChoiceConsiderations> constrainedChoiceConsiderations();

  public abstract Optional<RollupConsiderations> rollupConsiderations();

  /** {@code adlseq:objectives/adlseq:objective}: maps of score, completion and progress. */
  public abstract List<AdlObjective> adlObjectives();

  /** Whether there is at least one pre-, exit- or post-condition rule. */
  public boolean hasSequencingRules() {
    return !preConditionRules().isEmpty() || !exitConditionRules().isEmpty()
        || !postConditionRules().isEmpty();
  }
}
