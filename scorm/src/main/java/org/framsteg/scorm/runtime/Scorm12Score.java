package org.framsteg.scorm.runtime;

import java.math.BigDecimal;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.internal.runtime.Scorm12Model;
import org.framsteg.scorm.internal.runtime.Violations;
import org.immutables.value.Value;

/**
 * A SCORM 1.2 score, {@code cmi.core.score.*} and {@code cmi.objectives.n.score.*} (SCORM 1.2 RTE
 * 3.4): raw, minimum and maximum, each a CMIDecimal from 0 to 100 or not set (CMIBlank).
 *
 * <pre>{@code
 * Scorm12Score s = Scorm12Score.builder().raw(new BigDecimal("85.5")).max(new BigDecimal("100")).build();
 * Optional<BigDecimal> raw = s.raw();
 * }</pre>
 *
 * <p>The RTE defines the score as normalized between 0 and 100, and the ADL conformance test suite
 * checks that range for raw, min and max alike. Numbers keep the scale they were written with ({@code
 * 85.50} stays {@code 85.50}).
 */
@Value.Immutable
@FramstegStyle
public abstract class Scorm12Score {

  /** {@code score.raw}. */
  public abstract Optional<BigDecimal> raw();

  /** {@code score.min}. */
  public abstract Optional<BigDecimal> min();

  /** {@code score.max}. */
  public abstract Optional<BigDecimal> max();

  /** A builder of scores. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds scores; {@code build()} throws {@link CmiDataException} for values out of range. */
  public static final class Builder extends ImmutableScorm12Score.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    Scorm12Model.checkScore("score", this, v);
    v.throwIfAny();
  }
}
