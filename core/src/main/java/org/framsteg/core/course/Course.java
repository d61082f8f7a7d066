package org.framsteg.core.course;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.framsteg.core.FramstegStyle;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A course: metadata and ordered modules of ordered activities, with the rule that says when a
 * learner has completed it.
 *
 * <pre>{@code
 * Course course = Course.builder().id("https://example.org/course").title(LocalizedText.of("sv", "Kurs"))
 *     .addLanguages("sv", "en").addModules(module).build();   // throws CourseValidationException listing every problem
 * }</pre>
 *
 * <p>Building checks the whole course: unique ids, rules that refer to existing activities and
 * modules, no rule that depends on itself, at-least-n not above the number of parts, valid
 * language tags. Without its own rule a course is completed when all its required modules are.
 */
@Value.Immutable
@FramstegStyle
public abstract class Course {

  /** The stable identifier of the course (an IRI is best). */
  public abstract String id();

  /**
   * The version of this definition. Progress carries over between versions for activities whose
   * ids remain.
   */
  @Value.Default
  public String version() {
    return "1";
  }

  /** The title. */
  @NotNull
  public abstract LocalizedText title();

  /** A description for learners and catalogues. */
  public abstract Optional<LocalizedText> description();

  /** The languages the course is given in, as BCP 47 tags, the main language first. */
  public abstract List<String> languages();

  /** Who publishes the course. */
  public abstract Optional<String> publisher();

  /** Who the course is for. */
  public abstract Optional<LocalizedText> audience();

  /** The licence of the material, as an SPDX identifier or a URL. */
  public abstract Optional<String> licence();

  /** The modules, in order. */
  public abstract List<CourseModule> modules();

  /** When the course counts as completed; by default all required modules completed. */
  public abstract Optional<CompletionRule> completion();

  /** All activities of all modules, in course order. */
  public final Stream<Activity> activities() {
    return modules().stream().flatMap(m -> m.activities().stream());
  }

  /** The activity with this id. */
  public final Optional<Activity> activity(String activityId) {
    return activities().filter(a -> a.id().equals(activityId)).findFirst();
  }

  /** The module with this id. */
  public final Optional<CourseModule> module(String moduleId) {
    return modules().stream().filter(m -> m.id().equals(moduleId)).findFirst();
  }

  /** The total {@link Activity#effort()} of all activities. */
  public final Duration totalEffort() {
    return activities().map(Activity::effort).reduce(Duration.ZERO, Duration::plus);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Course}. */
  public static final class Builder extends ImmutableCourse.Builder {}

  @Value.Check
  void check() {
    Checks.course(this);
  }
}
