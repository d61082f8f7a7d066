package org.framsteg.core.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.framsteg.core.learner.EnrolmentStatus;

/**
 * Something a learner did, or that happened to an enrolment: the input of the engine. Every event
 * has an id (unique per event, chosen by the source) and the instant it happened.
 *
 * <pre>{@code
 * ProgressEvent e = new ProgressEvent.Played("e-17", Instant.parse("2026-03-02T10:15:00Z"),
 *     "https://example.org/course/v3", Segment.ofSeconds(0, 95.5));
 * state = state.apply(e);
 * }</pre>
 *
 * <p>The engine folds events so that order and repetition do not matter: the same events in any
 * order, each applied once or many times, give the same state.
 */
public sealed interface ProgressEvent {

  /** The event's id, unique per event. */
  String id();

  /** When it happened. */
  Instant timestamp();

  /** The activity concerned, if the event is about one. */
  Optional<String> activity();

  /** The learner opened an activity. */
  record Started(String id, Instant timestamp, String activityId) implements ProgressEvent {
    public Started {
      check(id, timestamp);
      activityId = requireActivity(activityId);
    }

    @Override
    public Optional<String> activity() {
      return Optional.of(activityId);
    }
  }

  /** A segment of a timed medium was played (watched or listened to). */
  record Played(String id, Instant timestamp, String activityId, Segment segment) implements ProgressEvent {
    public Played {
      check(id, timestamp);
      activityId = requireActivity(activityId);
      Objects.requireNonNull(segment, "segment");
    }

    @Override
    public Optional<String> activity() {
      return Optional.of(activityId);
    }
  }

  /** The resume point of a timed medium moved to {@code position}. */
  record Positioned(String id, Instant timestamp, String activityId, Duration position) implements ProgressEvent {
    public Positioned {
      check(id, timestamp);
      activityId = requireActivity(activityId);
      Objects.requireNonNull(position, "position");
      if (position.isNegative() || position.toMillis() > Segment.MAX_MILLIS) {
        throw new IllegalArgumentException("position: must be between 0 and " + Segment.MAX_MILLIS
            + " ms, was " + position);
      }
      position = Duration.ofMillis(position.toMillis());
    }

    @Override
    public Optional<String> activity() {
      return Optional.of(activityId);
    }
  }

  /** The activity reports itself completed (a player at its end, a document read). */
  record Completed(String id, Instant timestamp, String activityId) implements ProgressEvent {
    public Completed {
      check(id, timestamp);
      activityId = requireActivity(activityId);
    }

    @Override
    public Optional<String> activity() {
      return Optional.of(activityId);
    }
  }

  /**
   * An attempt at an assessment was scored.
   *
   * @param attempt the attempt number, from 1 (the same attempt scored twice counts once)
   * @param passed whether the attempt passed, when the source says so; otherwise the engine
   *     compares the score with the assessment's passing score
   */
  record Scored(String id, Instant timestamp, String activityId, int attempt, Score score,
      Optional<Boolean> passed) implements ProgressEvent {
    /** The highest attempt number tracked per assessment. */
    public static final int MAX_ATTEMPT = 32;

    public Scored {
      check(id, timestamp);
      activityId = requireActivity(activityId);
      if (attempt < 1 || attempt > MAX_ATTEMPT) {
        throw new IllegalArgumentException("attempt: must be between 1 and " + MAX_ATTEMPT + ", was " + attempt);
      }
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(passed, "passed");
    }

    /** A scored first attempt whose pass or fail follows from the score. */
    public Scored(String id, Instant timestamp, String activityId, Score score) {
      this(id, timestamp, activityId, 1, score, Optional.empty());
    }

    @Override
    public Optional<String> activity() {
      return Optional.of(activityId);
    }
  }

  /**
   * The learner was active in the course from {@code start} to {@code end}. Overlapping sessions
   * count once, so the same session reported twice changes nothing.
   */
  record TimeSpent(String id, Instant timestamp, Optional<String> activity, Instant start, Instant end)
      implements ProgressEvent {
    public TimeSpent {
      check(id, timestamp);
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("end: must not be before start (" + start + "), was " + end);
      }
      start = start.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
      end = end.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** A session in the course as a whole. */
    public TimeSpent(String id, Instant start, Instant end) {
      this(id, end, Optional.empty(), start, end);
    }

    /** How long the session lasted. */
    public Duration length() {
      return Duration.between(start, end);
    }
  }

  /** Someone marked the activity done by hand. */
  record MarkedDone(String id, Instant timestamp, String activityId, Optional<String> by)
      implements ProgressEvent {
    public MarkedDone {
      check(id, timestamp);
      activityId = requireActivity(activityId);
      Objects.requireNonNull(by, "by");
    }

    @Override
    public Optional<String> activity() {
      return Optional.of(activityId);
    }
  }

  /** The enrolment moved to a new status (activated, completed, withdrawn, expired). */
  record EnrolmentChanged(String id, Instant timestamp, EnrolmentStatus status) implements ProgressEvent {
    public EnrolmentChanged {
      check(id, timestamp);
      Objects.requireNonNull(status, "status");
    }

    @Override
    public Optional<String> activity() {
      return Optional.empty();
    }
  }

  private static void check(String id, Instant timestamp) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id: an event needs an id");
    }
    Objects.requireNonNull(timestamp, "timestamp");
  }

  private static String requireActivity(String activityId) {
    if (activityId == null || activityId.isBlank()) {
      throw new IllegalArgumentException("activityId: must not be blank");
    }
    return activityId;
  }
}
