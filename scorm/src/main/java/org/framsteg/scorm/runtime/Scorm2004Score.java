package org.framsteg.scorm.runtime;

import java.math.BigDecimal;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.internal.runtime.Scorm2004Model;
import org.framsteg.scorm.internal.runtime.Violations;
import org.immutables.value.Value;

/**
 * A SCORM 2004 score, {@code cmi.score.*} (SCORM 2004 4th ed. RTE 4.2.20) and {@code
 * cmi.objectives.n.score.*} (RTE 4.2.17): scaled from -1 to 1, and raw, min and max as real(10,7)
 * numbers without a range.
 *
 * <pre>{@code
 * Scorm2004Score s = Scorm2004Score.builder().scaled(new BigDecimal("0.85")).raw(new BigDecimal("17")).build();
 * boolean positive = s.scaled().map(x -> x.signum() > 0).orElse(false);
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract class Scorm2004Score {

  /** {@code score.scaled}, from -1 to 1. */
  public abstract Optional<BigDecimal> scaled();

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
  public static final class Builder extends ImmutableScorm2004Score.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    Scorm2004Model.checkScore("score.", this, v);
    v.throwIfAny();
  }
}
