package org.framsteg.core.learner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.core.Violation;
import org.framsteg.core.course.CourseValidationException;
import org.immutables.value.Value;

/**
 * A learner's enrolment in a course, with its lifecycle: invited, active, completed, or ended by
 * withdrawal or expiry, and re-enrolment after those.
 *
 * <pre>{@code
 * Enrolment e = Enrolment.of(learner, course.id(), Instant.parse("2026-01-10T08:00:00Z"))
 *     .dueBy(Instant.parse("2026-06-30T22:00:00Z"));
 * e = e.complete(Instant.now());   // throws IllegalTransitionException when not allowed
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract class Enrolment {

  /** Who is enrolled. */
  public abstract Learner learner();

  /** The id of the course. */
  public abstract String courseId();

  /** The status now. */
  @Value.Default
  public EnrolmentStatus status() {
    return EnrolmentStatus.ACTIVE;
  }

  /** When the learner was (last) enrolled; deadlines "days after enrolment" count from here. */
  public abstract Instant enrolledAt();

  /** When the course must be completed by, if there is a due date. */
  public abstract Optional<Instant> due();

  /** When the status last changed. */
  public abstract Optional<Instant> changedAt();

  /** An active enrolment from {@code enrolledAt}. */
  public static Enrolment of(Learner learner, String courseId, Instant enrolledAt) {
    return builder().learner(learner).courseId(courseId).enrolledAt(enrolledAt).build();
  }

  /** An invitation, which becomes active with {@link #activate(Instant)}. */
  public static Enrolment invite(Learner learner, String courseId, Instant at) {
    return builder().learner(learner).courseId(courseId).enrolledAt(at)
        .status(EnrolmentStatus.INVITED).changedAt(at).build();
  }

  /** This enrolment with a due date. */
  public final Enrolment dueBy(Instant due) {
    return builder().from(this).due(due).build();
  }

  /** The invitation accepted. */
  public final Enrolment activate(Instant at) {
    return move(EnrolmentStatus.ACTIVE, at);
  }

  /** The course completed. */
  public final Enrolment complete(Instant at) {
    return move(EnrolmentStatus.COMPLETED, at);
  }

  /** The learner withdrew. */
  public final Enrolment withdraw(Instant at) {
    return move(EnrolmentStatus.WITHDRAWN, at);
  }

  /** The enrolment ran out. */
  public final Enrolment expire(Instant at) {
    return move(EnrolmentStatus.EXPIRED, at);
  }

  /**
   * Enrolled again after expiry or withdrawal: active from {@code at}, with a new due date (or
   * none). Progress made before is kept by the engine.
   */
  public final Enrolment reenrol(Instant at, Optional<Instant> newDue) {
    if (status() != EnrolmentStatus.EXPIRED && status() != EnrolmentStatus.WITHDRAWN) {
      throw new IllegalTransitionException(learner().key(), status(), EnrolmentStatus.ACTIVE);
    }
    return builder().from(this).status(EnrolmentStatus.ACTIVE).enrolledAt(at).changedAt(at)
        .due(newDue).build();
  }

  /** Whether the due date has passed at {@code now} without the enrolment being completed. */
  public final boolean isOverdue(Instant now) {
    return status() != EnrolmentStatus.COMPLETED && due().map(now::isAfter).orElse(false);
  }

  /** The time left until the due date, if any (negative when overdue). */
  public final Optional<Duration> timeLeft(Instant now) {
    return due().map(d -> Duration.between(now, d));
  }

  private Enrolment move(EnrolmentStatus target, Instant at) {
    if (!status().canMoveTo(target)) {
      throw new IllegalTransitionException(learner().key(), status(), target);
    }
    return builder().from(this).status(target).changedAt(at).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Enrolment}. */
  public static final class Builder extends ImmutableEnrolment.Builder {}

  @Value.Check
  void check() {
    if (courseId().isBlank()) {
      throw new CourseValidationException(List.of(new Violation("courseId", "must not be blank")));
    }
    if (due().isPresent() && due().get().isBefore(enrolledAt())) {
      throw new CourseValidationException(List.of(new Violation("due",
          "must not be before enrolledAt (" + enrolledAt() + ")")));
    }
  }
}
