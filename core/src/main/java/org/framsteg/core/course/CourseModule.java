package org.framsteg.core.course;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An ordered group of activities in a course (a chapter, a week, a theme).
 *
 * <pre>{@code
 * CourseModule m = CourseModule.builder().id("https://example.org/course/m1")
 *     .title(LocalizedText.of("sv", "Att leda förändring")).addActivities(a1, a2).build();
 * }</pre>
 *
 * <p>Without its own rule a module is completed when all its required activities are.
 */
@Value.Immutable
@FramstegStyle
public abstract class CourseModule {

  /** The stable identifier, unique within the course. */
  public abstract String id();

  /** The title shown to learners. */
  @NotNull
  public abstract LocalizedText title();

  /** A longer description. */
  public abstract Optional<LocalizedText> description();

  /** The activities, in order. */
  public abstract List<Activity> activities();

  /** Whether the default course rule requires this module; true unless set. */
  @Value.Default
  public boolean required() {
    return true;
  }

  /** When this module counts as completed; by default all required activities completed. */
  public abstract Optional<CompletionRule> completion();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CourseModule}. */
  public static final class Builder extends ImmutableCourseModule.Builder {}

  @Value.Check
  void check() {
    Checks.module(this);
  }
}
