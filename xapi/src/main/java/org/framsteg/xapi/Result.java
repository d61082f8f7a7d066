package org.framsteg.xapi;

import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * A measured outcome: score, success, completion, response, duration and extensions.
 *
 * <pre>{@code
 * Result r = Result.builder().completion(true).success(true)
 *     .duration(XapiDuration.of(Duration.ofMinutes(42))).build();
 * }</pre>
 *
 * <p>See <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#245-result">xAPI-Data
 * 2.4.5 Result</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract class Result {

  /** The score. */
  public abstract Optional<Score> score();

  /** Whether the attempt was successful. */
  public abstract Optional<Boolean> success();

  /** Whether the Activity was completed. */
  public abstract Optional<Boolean> completion();

  /** The learner's response, in the format of the Activity's interaction type. */
  public abstract Optional<String> response();

  /** The time the experience took. */
  public abstract Optional<XapiDuration> duration();

  /** Extensions of the result. */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Result}; every property is optional. */
  public static final class Builder extends ImmutableResult.Builder {}
}
