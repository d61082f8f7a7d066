package org.framsteg.core;

import java.time.Instant;
import java.util.Objects;
import org.framsteg.core.course.Course;
import org.framsteg.core.internal.Access;
import org.framsteg.core.internal.Compiled;
import org.framsteg.core.learner.Enrolment;
import org.framsteg.core.progress.Migration;
import org.framsteg.core.progress.ProgressState;

/**
 * The engine for one course version: prepares the course once and starts the progress state of
 * each enrolment. Thread-safe and immutable; share one per course version.
 *
 * <pre>{@code
 * CourseEngine engine = CourseEngine.of(course);
 * ProgressState state = engine.start(enrolment).apply(event1).apply(event2);
 * Completion c = state.completion(Instant.now());
 * }</pre>
 *
 * <p>Folding is pure: {@code state.apply(event)} returns a new state and the order and repetition
 * of events do not change the result.
 */
public final class CourseEngine {
  private final Compiled compiled;

  static {
    Access.engine(e -> e.compiled);
  }

  private CourseEngine(Course course) {
    this.compiled = new Compiled(course);
  }

  /** An engine for a course. */
  public static CourseEngine of(Course course) {
    return new CourseEngine(Objects.requireNonNull(course, "course"));
  }

  /** The course this engine evaluates. */
  public Course course() {
    return compiled.course;
  }

  /** The state of a new enrolment: nothing done yet. */
  public ProgressState start(Enrolment enrolment) {
    Objects.requireNonNull(enrolment, "enrolment");
    if (!enrolment.courseId().equals(course().id())) {
      throw new IllegalArgumentException("enrolment.courseId: '" + enrolment.courseId()
          + "' is not this engine's course '" + course().id() + "'");
    }
    return ProgressState.start(this, enrolment.enrolledAt(), enrolment.due(), enrolment.status(),
        enrolment.changedAt().orElse(enrolment.enrolledAt()));
  }

  /** The state of a learner enrolled at {@code enrolledAt}, without a due date. */
  public ProgressState start(Instant enrolledAt) {
    return ProgressState.start(this, enrolledAt, java.util.Optional.empty(),
        org.framsteg.core.learner.EnrolmentStatus.ACTIVE, enrolledAt);
  }

  /**
   * Moves a state made on another version of the course onto this one. Progress carries over for
   * activities whose ids remain; the result says what carried over and what no longer counts.
   */
  public Migration migrate(ProgressState state) {
    return state.migrateTo(this);
  }

  /** Whether an activity with this id is in the course. */
  public boolean knows(String activityId) {
    return compiled.indexOf(activityId) >= 0;
  }

  @Override
  public String toString() {
    return "CourseEngine[" + course().id() + " v" + course().version() + "]";
  }
}
