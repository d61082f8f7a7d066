package org.framsteg.core.course;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.internal.Checks;
import org.hibernate.validator.constraints.time.DurationMin;
import org.immutables.value.Value;

/**
 * One thing a learner does in a course: watch a video, listen to an episode, read, take a test.
 *
 * <pre>{@code
 * Activity a = Activity.builder().id("https://example.org/course/v1").title(LocalizedText.of("sv", "Inledning"))
 *     .media(video).completion(CompletionRule.watched("https://example.org/course/v1", 0.9)).build();
 * }</pre>
 *
 * <p>The id is a stable identifier the course author chooses (an IRI is best): it becomes the xAPI
 * activity id and the SCORM item identifier, and progress is kept by it across course versions.
 * Without its own rule an activity counts as completed when a completed or marked-done event arrives.
 */
@Value.Immutable
@FramstegStyle
public abstract class Activity {

  /** The stable identifier, unique within the course. */
  public abstract String id();

  /** The title shown to learners. */
  @NotNull
  public abstract LocalizedText title();

  /** A longer description. */
  public abstract Optional<LocalizedText> description();

  /** What the activity presents. */
  @NotNull
  public abstract Media media();

  /** Whether the default module rule requires this activity; true unless set. */
  @Value.Default
  public boolean required() {
    return true;
  }

  /** The author's estimate of the time the activity takes, for other than timed media. */
  public abstract Optional<@DurationMin(millis = 1, message = "must be positive") Duration> estimatedTime();

  /** When this activity counts as completed, beyond a completed or marked-done event. */
  public abstract Optional<CompletionRule> completion();

  /** The time the activity takes: the estimate, else the media's duration, else zero. */
  public final Duration effort() {
    if (estimatedTime().isPresent()) {
      return estimatedTime().get();
    }
    return media() instanceof TimedMedia t ? t.duration() : Duration.ZERO;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {}

  @Value.Check
  void check() {
    Checks.activity(this);
  }
}
