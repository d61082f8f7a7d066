package org.framsteg.xapi;

import java.math.BigDecimal;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * The outcome of a graded Activity: scaled ({@code -1..1}), raw, and the raw range.
 *
 * <pre>{@code
 * Score s = Score.builder().scaled(new BigDecimal("0.95")).raw(new BigDecimal("19")).max(new BigDecimal("20")).build();
 * double percent = s.scaled().orElseThrow().doubleValue() * 100;
 * }</pre>
 *
 * <p>Numbers are {@link BigDecimal} so that no digit given in JSON is lost. The rules ({@code
 * scaled} in [-1, 1], {@code min < max}, {@code raw} within them) are checked by {@link
 * StatementValidator}. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2451-score">xAPI-Data 2.4.5.1
 * Score</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract class Score {

  /** The score scaled or normalised to a number between -1 and 1, inclusive. */
  public abstract Optional<BigDecimal> scaled();

  /** The score achieved, between {@code min} and {@code max} when they are given. */
  public abstract Optional<BigDecimal> raw();

  /** The lowest possible score. */
  public abstract Optional<BigDecimal> min();

  /** The highest possible score. */
  public abstract Optional<BigDecimal> max();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Score}; every property is optional. */
  public static final class Builder extends ImmutableScore.Builder {}
}
