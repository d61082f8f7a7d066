package org.framsteg.xapi;

import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * A thing a learner interacts with, identified by an IRI, optionally with its definition.
 *
 * <pre>{@code
 * Activity course = Activity.of("https://example.com/courses/algebra-1");
 * Activity quiz = Activity.builder().id("https://example.com/quiz/1").definition(definition).build();
 * }</pre>
 *
 * <p>See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2441-when-the-objecttype-is-activity">xAPI-Data
 * 2.4.4.1</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract non-sealed class Activity implements StatementObject {

  /** The Activity's IRI. */
  public abstract String id();

  /** Metadata about the Activity. */
  public abstract Optional<ActivityDefinition> definition();

  /** {@code Activity}. */
  @Override
  public final String objectType() {
    return "Activity";
  }

  /** An Activity without a definition. */
  public static Activity of(String id) {
    return builder().id(id).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Activity}; {@code id} is required. */
  public static final class Builder extends ImmutableActivity.Builder {}
}
