package org.framsteg.core.progress;

import java.util.OptionalDouble;

/**
 * A score: scaled to [-1, 1] and, where known, raw with its bounds.
 *
 * <pre>{@code
 * Score s = Score.raw(14, 0, 20);    // scaled 0.7
 * Score t = Score.scaled(0.85);
 * }</pre>
 *
 * @param scaled the score as a fraction of the range, in [-1, 1]
 * @param raw the raw score, when known
 * @param min the lowest possible raw score, when known
 * @param max the highest possible raw score, when known
 */
public record Score(double scaled, OptionalDouble raw, OptionalDouble min, OptionalDouble max) {
  public Score {
    if (!(scaled >= -1 && scaled <= 1)) {
      throw new IllegalArgumentException("score.scaled: must be in [-1, 1], was " + scaled);
    }
    // -0.0 and 0.0 are the same score; records compare doubles bit by bit.
    scaled = scaled + 0.0;
    if (raw == null || min == null || max == null) {
      throw new IllegalArgumentException("score: raw, min and max must be given (or empty), not null");
    }
    if (min.isPresent() && max.isPresent() && !(min.getAsDouble() < max.getAsDouble())) {
      throw new IllegalArgumentException("score.min: must be below score.max");
    }
    if (raw.isPresent()) {
      double r = raw.getAsDouble();
      if (!Double.isFinite(r)) {
        throw new IllegalArgumentException("score.raw: must be finite");
      }
      if ((min.isPresent() && r < min.getAsDouble()) || (max.isPresent() && r > max.getAsDouble())) {
        throw new IllegalArgumentException("score.raw: must be within [min, max], was " + r);
      }
    }
  }

  /** A score given only as a scaled value. */
  public static Score scaled(double scaled) {
    return new Score(scaled, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** A raw score in [min, max]; scaled is (raw - min) / (max - min). */
  public static Score raw(double raw, double min, double max) {
    if (!(min < max)) {
      throw new IllegalArgumentException("score.min: must be below score.max, were " + min + " and " + max);
    }
    return new Score((raw - min) / (max - min), OptionalDouble.of(raw), OptionalDouble.of(min),
        OptionalDouble.of(max));
  }
}
