package org.framsteg.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;

/**
 * A simulated season folded by the engine: every learner's outcome and the figures a course owner
 * asks for (completion week by week, where learners stop, how much of each video is watched).
 *
 * <pre>{@code
 * SeasonResult r = SeasonResult.of(Simulation.of(SeedCourse.create(), Season.of(200, 2026L)), Progress.NONE);
 * int done = r.count(CompletionStatus.COMPLETED);
 * }</pre>
 */
public final class SeasonResult {
  private final Course course;
  private final Season season;
  private final CourseEngine engine;
  private final List<LearnerOutcome> outcomes;
  private final int[] completedByWeek;
  private final int[] enrolledByWeek;
  private final Map<String, Integer> stops;
  private final int stoppedBeforeStarting;
  private final Map<String, Double> watchedShare;
  private final Map<String, Integer> watchedEnough;

  /** Told how far a long run has come. */
  @FunctionalInterface
  public interface Progress {
    /** Says nothing. */
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} learners are simulated and folded. */
    void advanced(int done, int total);
  }

  private SeasonResult(Course course, Season season, CourseEngine engine, List<LearnerOutcome> outcomes) {
    this.course = course;
    this.season = season;
    this.engine = engine;
    this.outcomes = List.copyOf(outcomes);
    int weeks = season.weeks();
    completedByWeek = new int[weeks];
    enrolledByWeek = new int[weeks];
    Map<String, Integer> stopCount = new LinkedHashMap<>();
    Map<String, Double> share = new LinkedHashMap<>();
    Map<String, Integer> enough = new LinkedHashMap<>();
    course.activities().forEach(a -> {
      stopCount.put(a.id(), 0);
      if (a.media().kind() == MediaKind.VIDEO) {
        share.put(a.id(), 0.0);
        enough.put(a.id(), 0);
      }
    });
    int notStarted = 0;
    for (LearnerOutcome o : outcomes) {
      Instant enrolled = o.history().enrolment().enrolledAt();
      for (int w = 0; w < weeks; w++) {
        if (!enrolled.isAfter(season.endOfWeek(w + 1))) {
          enrolledByWeek[w]++;
        }
        if (o.completedInWeek().isPresent() && o.completedInWeek().getAsInt() <= w + 1) {
          completedByWeek[w]++;
        }
      }
      if (!o.completion().isCompleted()) {
        if (o.lastActivity().isPresent()) {
          stopCount.merge(o.lastActivity().get(), 1, Integer::sum);
        } else {
          notStarted++;
        }
      }
      for (String id : share.keySet()) {
        Duration length = ((TimedMedia) course.activity(id).orElseThrow().media()).duration();
        double coverage = o.state().activity(id).played().coverage(length);
        share.merge(id, coverage, Double::sum);
        if (coverage >= 0.9 - 1e-9) {
          enough.merge(id, 1, Integer::sum);
        }
      }
    }
    int n = Math.max(1, outcomes.size());
    share.replaceAll((id, sum) -> sum / n);
    this.stops = Collections.unmodifiableMap(stopCount);
    this.stoppedBeforeStarting = notStarted;
    this.watchedShare = Collections.unmodifiableMap(share);
    this.watchedEnough = Collections.unmodifiableMap(enough);
  }

  /** Simulates the season and folds every learner's events with the course's engine. */
  public static SeasonResult of(Simulation simulation, Progress progress) {
    Objects.requireNonNull(progress, "progress");
    Course course = simulation.course();
    Season season = simulation.season();
    CourseEngine engine = CourseEngine.of(course);
    List<LearnerOutcome> outcomes = new ArrayList<>(season.learners());
    for (int i = 0; i < season.learners(); i++) {
      outcomes.add(fold(engine, season, simulation.learner(i)));
      progress.advanced(i + 1, season.learners());
    }
    return new SeasonResult(course, season, engine, outcomes);
  }

  /** One learner's events folded week by week, noting the week the course was completed in. */
  static LearnerOutcome fold(CourseEngine engine, Season season, LearnerHistory history) {
    ProgressState state = engine.start(history.enrolment());
    List<ProgressEvent> events = history.events();
    OptionalInt completedIn = OptionalInt.empty();
    Optional<String> last = Optional.empty();
    int next = 0;
    for (int week = 1; week <= season.weeks(); week++) {
      Instant weekEnd = season.endOfWeek(week);
      ProgressState before = state;
      while (next < events.size() && !events.get(next).timestamp().isAfter(weekEnd)) {
        ProgressEvent e = events.get(next++);
        state = state.apply(e);
        if (e.activity().isPresent()) {
          last = e.activity();
        }
      }
      if (completedIn.isEmpty() && state != before && state.completion(weekEnd).isCompleted()) {
        completedIn = OptionalInt.of(week);
      }
    }
    Completion completion = state.completion(season.end());
    return new LearnerOutcome(history, state, completion, completedIn, last);
  }

  /** The course. */
  public Course course() {
    return course;
  }

  /** The settings of the season. */
  public Season season() {
    return season;
  }

  /** The engine the events were folded with. */
  public CourseEngine engine() {
    return engine;
  }

  /** Every learner's outcome, by learner number. */
  public List<LearnerOutcome> outcomes() {
    return outcomes;
  }

  /** How many learners had completed the course by the end of each week (index 0 is week 1). */
  public int[] completedByWeek() {
    return completedByWeek.clone();
  }

  /** How many learners had enrolled by the end of each week (index 0 is week 1). */
  public int[] enrolledByWeek() {
    return enrolledByWeek.clone();
  }

  /**
   * For each activity, in course order: how many learners who did not complete the course touched
   * it last.
   */
  public Map<String, Integer> stops() {
    return stops;
  }

  /** How many learners who did not complete the course never touched any activity. */
  public int stoppedBeforeStarting() {
    return stoppedBeforeStarting;
  }

  /** For each video, in course order: the mean watched share over all learners, in [0, 1]. */
  public Map<String, Double> watchedShare() {
    return watchedShare;
  }

  /** For each video, in course order: how many learners watched at least 90 % of it. */
  public Map<String, Integer> watchedEnough() {
    return watchedEnough;
  }

  /** How many learners have this status at the end of the season. */
  public int count(CompletionStatus status) {
    return (int) outcomes.stream().filter(o -> o.completion().status() == status).count();
  }

  /** How many events were folded in all. */
  public long events() {
    return outcomes.stream().mapToLong(o -> o.history().events().size()).sum();
  }

  /** The activity with this id. */
  public Activity activity(String id) {
    return course.activity(id).orElseThrow(() -> new IllegalArgumentException("no activity '" + id + "'"));
  }
}
