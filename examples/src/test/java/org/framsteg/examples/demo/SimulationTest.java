package org.framsteg.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.examples.SeedCourse;
import org.junit.jupiter.api.Test;

class SimulationTest {
  private static final Course COURSE = SeedCourse.create();

  @Test
  void theSameSeedGivesTheSameEvents() {
    List<LearnerHistory> a = Simulation.of(COURSE, Season.of(30, 7L)).learners();
    List<LearnerHistory> b = Simulation.of(COURSE, Season.of(30, 7L)).learners();
    assertThat(a).isEqualTo(b);
    assertThat(a.stream().mapToInt(h -> h.events().size()).sum()).isGreaterThan(1000);
  }

  @Test
  void anotherSeedGivesAnotherSeason() {
    List<LearnerHistory> a = Simulation.of(COURSE, Season.of(30, 7L)).learners();
    List<LearnerHistory> b = Simulation.of(COURSE, Season.of(30, 8L)).learners();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void aLearnerDoesNotDependOnHowManyOthersThereAre() {
    LearnerHistory alone = Simulation.of(COURSE, Season.of(6, 11L)).learner(5);
    LearnerHistory inACrowd = Simulation.of(COURSE, Season.of(500, 11L)).learner(5);
    assertThat(alone).isEqualTo(inACrowd);
  }

  @Property(tries = 12)
  void everyEventIsInTheSeasonInOrderAboutTheCourseAndWithinTheMedia(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 10_000) int learner) {
    Season season = Season.of(learner + 1, seed);
    LearnerHistory h = Simulation.of(COURSE, season).learner(learner);
    CourseEngine engine = CourseEngine.of(COURSE);
    Instant previous = h.enrolment().enrolledAt();
    Set<String> ids = new HashSet<>();
    for (ProgressEvent e : h.events()) {
      assertThat(e.timestamp()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(season.end());
      previous = e.timestamp();
      assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
      e.activity().ifPresent(id -> assertThat(engine.knows(id)).isTrue());
      if (e instanceof ProgressEvent.Played p) {
        Duration length = ((TimedMedia) COURSE.activity(p.activityId()).orElseThrow().media()).duration();
        assertThat(p.segment().to()).isLessThanOrEqualTo(length);
        assertThat(p.segment().length()).isPositive();
      }
      if (e instanceof ProgressEvent.TimeSpent t) {
        assertThat(t.start()).isAfterOrEqualTo(h.enrolment().enrolledAt());
      }
    }
    // The engine accepts every event.
    assertThat(engine.start(h.enrolment()).applyAll(h.events())).isNotNull();
  }

  @Test
  void episodesAtOneAndAHalfTimesSpeedCoverNinetySecondsInAMinute() {
    Simulation sim = Simulation.of(COURSE, Season.of(400, 3L).withReportEvery(Duration.ofSeconds(30)));
    int checked = 0;
    for (LearnerHistory h : sim.learners()) {
      if (h.podcastSpeed() != 1.5) {
        continue;
      }
      ProgressEvent.Played before = null;
      for (ProgressEvent e : h.events()) {
        if (!(e instanceof ProgressEvent.Played p)) {
          before = null;
          continue;
        }
        boolean episode = COURSE.activity(p.activityId()).orElseThrow().media().kind() == MediaKind.PODCAST_EPISODE;
        if (episode && before != null && before.activityId().equals(p.activityId())
            && before.segment().to().equals(p.segment().from())) {
          // Back-to-back reports of one stretch: wall-clock time is media time / 1.5.
          long wall = Duration.between(before.timestamp(), p.timestamp()).toMillis();
          long media = p.segment().length().toMillis();
          assertThat((double) wall).isCloseTo(media / 1.5, org.assertj.core.data.Offset.offset(1.0));
          checked++;
        }
        before = p;
      }
    }
    assertThat(checked).as("back-to-back episode reports at 1.5x").isGreaterThan(100);
  }

  @Test
  void playersWithAHeartbeatReportAtLeastThatOften() {
    Simulation sim = Simulation.of(COURSE, Season.of(20, 5L).withReportEvery(Duration.ofSeconds(10)));
    List<ProgressEvent.Played> played = new ArrayList<>();
    sim.learners().forEach(h -> h.events().forEach(e -> {
      if (e instanceof ProgressEvent.Played p) {
        played.add(p);
      }
    }));
    assertThat(played).isNotEmpty().allSatisfy(p ->
        assertThat(p.segment().length()).isLessThanOrEqualTo(Duration.ofSeconds(10)));
  }

  @Test
  void aSeasonHasEveryKindOfLearnerAndEveryOutcome() {
    SeasonResult r = SeasonResult.of(Simulation.of(COURSE, Season.of(200, 2026L)), SeasonResult.Progress.NONE);
    Set<Profile> profiles = EnumSet.noneOf(Profile.class);
    r.outcomes().forEach(o -> profiles.add(o.history().profile()));
    assertThat(profiles).containsExactlyInAnyOrder(Profile.values());
    for (CompletionStatus s : List.of(CompletionStatus.COMPLETED, CompletionStatus.IN_PROGRESS,
        CompletionStatus.NOT_STARTED, CompletionStatus.EXPIRED, CompletionStatus.WITHDRAWN)) {
      assertThat(r.count(s)).as(s.name()).isPositive();
    }
    assertThat(r.outcomes()).anySatisfy(o -> assertThat(o.history().podcastSpeed()).isEqualTo(1.5));
    assertThat(r.outcomes()).as("some complete after their due date")
        .anySatisfy(o -> {
          assertThat(o.completion().isCompleted()).isTrue();
          assertThat(o.history().enrolment().due()).isPresent();
          assertThat(r.season().endOfWeek(o.completedInWeek().getAsInt()))
              .isAfter(o.history().enrolment().due().get());
        });
    assertThat(r.outcomes()).as("some withdraw")
        .anySatisfy(o -> assertThat(o.history().events()).anyMatch(e -> e instanceof ProgressEvent.EnrolmentChanged));
  }
}
