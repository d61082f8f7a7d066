package org.framsteg.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.framsteg.core.learner.EnrolmentStatus;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.Score;
import org.framsteg.core.progress.Segment;

/**
 * Events for example tests, with ids e1, e2, ... and a clock that the test moves.
 *
 * <pre>{@code
 * Events e = new Events(TestCourses.ENROLLED);
 * state = state.apply(e.after(Duration.ofDays(2)).played(TestCourses.id("v1"), 0, 90));
 * }</pre>
 *
 * <p>Activity arguments are local names, made full ids with {@link TestCourses#id}.
 */
public final class Events {
  private final Instant start;
  private Instant now;
  private int next = 1;

  public Events(Instant start) {
    this.start = start;
    this.now = start;
  }

  /** Sets the clock to {@code start + offset}. */
  public Events after(Duration offset) {
    now = start.plus(offset);
    return this;
  }

  /** Sets the clock. */
  public Events at(Instant instant) {
    now = instant;
    return this;
  }

  /** The clock. */
  public Instant now() {
    return now;
  }

  private String id() {
    return "e" + next++;
  }

  public ProgressEvent.Started started(String local) {
    return new ProgressEvent.Started(id(), now, TestCourses.id(local));
  }

  public ProgressEvent.Played played(String local, double fromSeconds, double toSeconds) {
    return new ProgressEvent.Played(id(), now, TestCourses.id(local), Segment.ofSeconds(fromSeconds, toSeconds));
  }

  public ProgressEvent.Positioned positioned(String local, Duration position) {
    return new ProgressEvent.Positioned(id(), now, TestCourses.id(local), position);
  }

  public ProgressEvent.Completed completed(String local) {
    return new ProgressEvent.Completed(id(), now, TestCourses.id(local));
  }

  public ProgressEvent.MarkedDone markedDone(String local) {
    return new ProgressEvent.MarkedDone(id(), now, TestCourses.id(local), Optional.of("mailto:larare@example.org"));
  }

  /** A scored attempt whose pass follows from the score. */
  public ProgressEvent.Scored scored(String local, int attempt, double scaled) {
    return new ProgressEvent.Scored(id(), now, TestCourses.id(local), attempt, Score.scaled(scaled),
        Optional.empty());
  }

  /** A scored attempt with the source's verdict. */
  public ProgressEvent.Scored scored(String local, int attempt, double scaled, boolean passed) {
    return new ProgressEvent.Scored(id(), now, TestCourses.id(local), attempt, Score.scaled(scaled),
        Optional.of(passed));
  }

  /** A session in the course from the clock on. */
  public ProgressEvent.TimeSpent spent(Duration length) {
    return new ProgressEvent.TimeSpent(id(), now, now.plus(length));
  }

  /** A session in an activity from the clock on. */
  public ProgressEvent.TimeSpent spentIn(String local, Duration length) {
    return new ProgressEvent.TimeSpent(id(), now.plus(length), Optional.of(TestCourses.id(local)), now,
        now.plus(length));
  }

  public ProgressEvent.EnrolmentChanged enrolment(EnrolmentStatus status) {
    return new ProgressEvent.EnrolmentChanged(id(), now, status);
  }
}
