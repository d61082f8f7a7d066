package org.framsteg.scorm.runtime;

import java.math.BigDecimal;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.internal.runtime.Scorm2004Model;
import org.framsteg.scorm.internal.runtime.Violations;
import org.immutables.value.Value;

/**
 * One SCORM 2004 objective, {@code cmi.objectives.n.*} (SCORM 2004 4th ed. RTE 4.2.17).
 *
 * <pre>{@code
 * Scorm2004Objective o = Scorm2004Objective.builder().id("urn:example:obj-1")
 *     .successStatus(Scorm2004SuccessStatus.PASSED).build();
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract class Scorm2004Objective {

  /** {@code id}, a long_identifier_type (a URI of at most 4000 characters); required, unique. */
  public abstract String id();

  /** {@code score.*}. */
  @Value.Default
  public Scorm2004Score score() {
    return Scorm2004Score.builder().build();
  }

  /** {@code success_status}. */
  public abstract Optional<Scorm2004SuccessStatus> successStatus();

  /** {@code completion_status}. */
  public abstract Optional<Scorm2004CompletionStatus> completionStatus();

  /** {@code progress_measure}, from 0 to 1. */
  public abstract Optional<BigDecimal> progressMeasure();

  /** {@code description}, a localized_string_type (SPM 250). */
  public abstract Optional<String> description();

  /** A builder of objectives. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds objectives; {@code build()} throws {@link CmiDataException} for invalid values. */
  public static final class Builder extends ImmutableScorm2004Objective.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    Scorm2004Model.checkObjective("cmi.objectives.n", this, v);
    v.throwIfAny();
  }
}
