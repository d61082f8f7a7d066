package org.framsteg.core.course;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import java.util.OptionalInt;
import org.framsteg.core.FramstegStyle;
import org.framsteg.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A quiz or test with a score.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder().maxScore(20).passingScore(14).attemptsAllowed(3).build();
 * double passScaled = a.passingScaled();   // 0.7
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract sealed class Assessment implements Media permits ImmutableAssessment {

  /** The highest raw score. */
  @Positive(message = "must be positive")
  public abstract double maxScore();

  /** The raw score needed to pass; between 0 and {@link #maxScore()}. */
  @PositiveOrZero(message = "must be 0 or more")
  public abstract double passingScore();

  /** How many attempts a learner has; empty for unlimited. */
  public abstract Optional<@Positive(message = "must be 1 or more") Integer> attemptsAllowed();

  /** The passing score as a fraction of the maximum, in [0, 1]. */
  public final double passingScaled() {
    return passingScore() / maxScore();
  }

  /** {@link #attemptsAllowed()} as a primitive optional. */
  public final OptionalInt attempts() {
    return attemptsAllowed().map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  @Override
  public final MediaKind kind() {
    return MediaKind.ASSESSMENT;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {}

  @Value.Check
  void check() {
    Checks.media(this);
  }
}
