package org.framsteg.scorm.runtime;

import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.internal.runtime.Scorm12Model;
import org.framsteg.scorm.internal.runtime.Violations;
import org.immutables.value.Value;

/**
 * One SCORM 1.2 objective, {@code cmi.objectives.n.*} (SCORM 1.2 RTE 3.4): its identifier, score
 * and status.
 *
 * <pre>{@code
 * Scorm12Objective o = Scorm12Objective.builder().id("obj-1").status(Scorm12LessonStatus.PASSED).build();
 * String id = o.id();
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract class Scorm12Objective {

  /** {@code cmi.objectives.n.id}, a CMIIdentifier; required. */
  public abstract String id();

  /** {@code cmi.objectives.n.score.*}. */
  @Value.Default
  public Scorm12Score score() {
    return Scorm12Score.builder().build();
  }

  /** {@code cmi.objectives.n.status}. */
  public abstract Optional<Scorm12LessonStatus> status();

  /** A builder of objectives. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds objectives; {@code build()} throws {@link CmiDataException} for invalid values. */
  public static final class Builder extends ImmutableScorm12Objective.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    Scorm12Model.checkObjective("cmi.objectives.n", this, v);
    v.throwIfAny();
  }
}
