package org.framsteg.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.core.completion.CompletionRule.allOf;
import static org.framsteg.core.completion.CompletionRule.completed;
import static org.framsteg.core.completion.CompletionRule.passed;
import static org.framsteg.core.completion.CompletionRule.watched;
import static org.framsteg.core.completion.CompletionRule.withinDays;
import static org.framsteg.core.testing.TestCourses.ENROLLED;
import static org.framsteg.core.testing.TestCourses.assessment;
import static org.framsteg.core.testing.TestCourses.courseOf;
import static org.framsteg.core.testing.TestCourses.document;
import static org.framsteg.core.testing.TestCourses.id;
import static org.framsteg.core.testing.TestCourses.video;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.testing.CourseArbitraries.CourseWithEvents;
import org.framsteg.core.testing.CourseArbitraries;
import org.framsteg.core.testing.Events;
import org.framsteg.core.testing.TestCourses;
import org.junit.jupiter.api.Test;

/** Moving progress between versions of a course. */
class MigrationTest {
  private final Events e = new Events(ENROLLED.plus(Duration.ofHours(1)));

  private static Course version(String version, CompletionRule rule, Activity... activities) {
    return Course.builder().from(courseOf(Optional.of(rule), activities)).version(version).build();
  }

  @Test
  void progressCarriesOverForKeptActivitiesAndNewOnesAreReported() {
    Course v1 = version("1", completed(id("d1")), document("d1"), video("v1", Duration.ofMinutes(10)));
    Course v2 = version("2", completed(id("d1")), document("d1"), video("v1", Duration.ofMinutes(10)),
        document("d2"));
    ProgressState s = CourseEngine.of(v1).start(ENROLLED).apply(e.completed("d1")).apply(e.played("v1", 0, 120));

    Migration m = CourseEngine.of(v2).migrate(s);

    assertThat(m.carriedOver()).containsExactly(id("d1"), id("v1"));
    assertThat(m.added()).containsExactly(id("d2"));
    assertThat(m.changed()).isEmpty();
    assertThat(m.dropped()).isEmpty();
    assertThat(m.state().activity(id("v1")).played().segments()).containsExactly(Segment.ofSeconds(0, 120));
    assertThat(m.state().engine().course().version()).isEqualTo("2");
  }

  @Test
  void aShortenedMediumKeepsOnlyThePartsWithinItsNewDuration() {
    Course v1 = version("1", watched(id("v1"), 0.9), video("v1", Duration.ofMinutes(10)));
    Course v2 = version("2", watched(id("v1"), 0.9), video("v1", Duration.ofMinutes(6)));
    ProgressState s = CourseEngine.of(v1).start(ENROLLED).apply(e.played("v1", 0, 300))
        .apply(e.played("v1", 420, 540)).apply(e.positioned("v1", Duration.ofMinutes(9)));

    Migration m = CourseEngine.of(v2).migrate(s);

    assertThat(m.changed()).containsExactly(id("v1"));
    ActivityProgress v = m.state().activity(id("v1"));
    assertThat(v.played().segments()).containsExactly(Segment.ofSeconds(0, 300));
    assertThat(v.position()).contains(Duration.ofMinutes(6));
    assertThat(s.completion(NOW).explanation().met()).isFalse();
    assertThat(m.state().completion(NOW).status()).isEqualTo(CompletionStatus.IN_PROGRESS);
    assertThat(m.state().completion(NOW).explanation().measured()).hasValue(300.0 / 360);
  }

  @Test
  void anActivityOfAnotherKindKeepsOnlyWhatBothKindsHave() {
    Course v1 = version("1", completed(id("x")), video("x", Duration.ofMinutes(10)));
    Course v2 = version("2", completed(id("x")), document("x"));
    ProgressState s = CourseEngine.of(v1).start(ENROLLED).apply(e.played("x", 0, 120)).apply(e.markedDone("x"));

    Migration m = CourseEngine.of(v2).migrate(s);

    assertThat(m.changed()).containsExactly(id("x"));
    assertThat(m.state().activity(id("x")).markedDone()).isTrue();
    assertThat(m.state().activity(id("x")).played().isEmpty()).isTrue();
    assertThat(m.state().completion(NOW).isCompleted()).isTrue();
  }

  @Test
  void aMediumOfAnotherTimedKindKeepsItsPlayedPartsAndIsReportedChanged() {
    Course v1 = version("1", watched(id("x"), 0.9), video("x", Duration.ofMinutes(10)));
    Course v2 = version("2", watched(id("x"), 0.9), TestCourses.podcast("x", Duration.ofMinutes(10)));
    ProgressState s = CourseEngine.of(v1).start(ENROLLED).apply(e.played("x", 0, 600));

    Migration m = CourseEngine.of(v2).migrate(s);

    assertThat(m.changed()).containsExactly(id("x"));
    assertThat(m.state().completion(NOW).isCompleted()).isTrue();
  }

  @Test
  void completionIsJudgedAgainstTheNewVersion() {
    Course v1 = version("1", watched(id("v1"), 0.9), video("v1", Duration.ofMinutes(10)), document("d1"));
    Course v2 = version("2", allOf(watched(id("v1"), 0.9), completed(id("d1"))), video("v1", Duration.ofMinutes(10)),
        document("d1"));
    ProgressState s = CourseEngine.of(v1).start(ENROLLED).apply(e.played("v1", 0, 600));

    ProgressState onV2 = CourseEngine.of(v2).migrate(s).state();

    assertThat(s.completion(NOW).status()).isEqualTo(CompletionStatus.COMPLETED);
    assertThat(onV2.completion(NOW).status()).isEqualTo(CompletionStatus.IN_PROGRESS);
    assertThat(onV2.completion(NOW).percent()).isEqualTo(50);
  }

  @Test
  void aRaisedPassingScoreIsAppliedToScoresWithoutAVerdict() {
    Course v1 = version("1", passed(id("q1")), assessment("q1", 10, 5));
    Course v2 = version("2", passed(id("q1")), assessment("q1", 10, 8));
    ProgressState s = CourseEngine.of(v1).start(ENROLLED).apply(e.scored("q1", 1, 0.6));

    Migration m = CourseEngine.of(v2).migrate(s);

    assertThat(s.activity(id("q1")).passed()).isTrue();
    assertThat(m.changed()).containsExactly(id("q1"));
    assertThat(m.state().activity(id("q1")).passed()).isFalse();
    assertThat(m.state().completion(NOW).status()).isEqualTo(CompletionStatus.IN_PROGRESS);
    assertThat(m.state().apply(e.scored("q1", 2, 0.8)).completion(NOW).isCompleted()).isTrue();
  }

  @Test
  void aVerdictGivenByTheSourceStandsInTheNewVersion() {
    Course v1 = version("1", passed(id("q1")), assessment("q1", 10, 5));
    Course v2 = version("2", passed(id("q1")), assessment("q1", 10, 8));
    ProgressState s = CourseEngine.of(v1).start(ENROLLED).apply(e.scored("q1", 1, 0.6, true));

    assertThat(CourseEngine.of(v2).migrate(s).state().completion(NOW).isCompleted()).isTrue();
  }

  @Test
  void aDeadlineNewInThisVersionCountsWhatWasDoneBeforeIt() {
    Course v1 = version("1", watched(id("v1"), 0.9), video("v1", Duration.ofMinutes(10)));
    Course v2 = version("2", withinDays(30, watched(id("v1"), 0.9)), video("v1", Duration.ofMinutes(10)));
    ProgressState s = CourseEngine.of(v1).start(ENROLLED)
        .apply(e.after(Duration.ofDays(5)).played("v1", 0, 600));

    CourseEngine engine = CourseEngine.of(v2);
    ProgressState onV2 = engine.migrate(s).state();

    assertThat(onV2.completion(ENROLLED.plus(Duration.ofDays(40))).status()).isEqualTo(CompletionStatus.COMPLETED);
    assertThat(onV2).isEqualTo(engine.start(ENROLLED).apply(e.after(Duration.ofDays(5)).played("v1", 0, 600)));
  }

  @Test
  void aDeadlineNewInThisVersionIsNotMissedBecauseOfLaterVisits() {
    Course v1 = version("1", watched(id("v1"), 0.9), video("v1", Duration.ofMinutes(10)));
    Course v2 = version("2", withinDays(30, watched(id("v1"), 0.9)), video("v1", Duration.ofMinutes(10)));
    ProgressState s = CourseEngine.of(v1).start(ENROLLED)
        .apply(e.after(Duration.ofDays(5)).played("v1", 0, 600))
        .apply(e.after(Duration.ofDays(45)).started("v1"))
        .apply(e.positioned("v1", Duration.ofMinutes(2)))
        .apply(e.spentIn("v1", Duration.ofMinutes(3)));

    ProgressState onV2 = CourseEngine.of(v2).migrate(s).state();

    assertThat(onV2.completion(ENROLLED.plus(Duration.ofDays(50))).status()).isEqualTo(CompletionStatus.COMPLETED);
  }

  @Test
  void aDeadlineNewInThisVersionDoesNotCountWhatMayHaveBeenDoneAfterIt() {
    Course v1 = version("1", watched(id("v1"), 0.9), video("v1", Duration.ofMinutes(10)));
    Course v2 = version("2", withinDays(30, watched(id("v1"), 0.9)), video("v1", Duration.ofMinutes(10)));
    ProgressState s = CourseEngine.of(v1).start(ENROLLED)
        .apply(e.after(Duration.ofDays(5)).played("v1", 0, 300))
        .apply(e.after(Duration.ofDays(35)).played("v1", 300, 600));

    ProgressState onV2 = CourseEngine.of(v2).migrate(s).state();

    assertThat(onV2.completion(ENROLLED.plus(Duration.ofDays(40))).status()).isEqualTo(CompletionStatus.FAILED);
  }

  private static final Instant NOW = ENROLLED.plus(Duration.ofDays(10));

  @Provide
  Arbitrary<CourseWithEvents> data() {
    return CourseArbitraries.coursesWithEvents();
  }

  @Provide
  Arbitrary<Duration> evaluatedAfter() {
    return Arbitraries.longs().between(0, Duration.ofDays(100).toSeconds()).map(Duration::ofSeconds);
  }

  @Property(tries = 200)
  void migratingToTheSameCourseKeepsEverything(@ForAll("data") CourseWithEvents d,
      @ForAll("evaluatedAfter") Duration after) {
    CourseEngine again = CourseEngine.of(d.course());
    ProgressState before = d.folded();

    Migration m = again.migrate(before);

    assertThat(m.state()).isEqualTo(again.start(d.enrolment()).applyAll(d.events()));
    assertThat(m.carriedOver()).containsExactlyInAnyOrderElementsOf(touched(d.events()));
    assertThat(m.changed()).isEmpty();
    assertThat(m.dropped()).isEmpty();
    assertThat(m.added()).isEmpty();
    Instant now = d.enrolledAt().plus(after);
    Completion was = before.completion(now);
    Completion is = m.state().completion(now);
    assertThat(is.status()).isEqualTo(was.status());
    assertThat(is.percent()).isEqualTo(was.percent());
    assertThat(is.explanation()).isEqualTo(was.explanation());
  }

  @Property(tries = 200)
  void migratingToACourseWithoutSomeActivitiesReportsThemDroppedAndKeepsTheRest(
      @ForAll("data") CourseWithEvents d, @ForAll Random random) {
    Set<String> removed = new LinkedHashSet<>();
    Course smaller = without(d.course(), random, removed);
    CourseEngine target = CourseEngine.of(smaller);

    Migration m = target.migrate(d.folded());

    Set<String> touched = touched(d.events());
    Set<String> dropped = new LinkedHashSet<>(touched);
    dropped.retainAll(removed);
    Set<String> kept = new LinkedHashSet<>(touched);
    kept.removeAll(removed);
    assertThat(m.dropped()).containsExactlyInAnyOrderElementsOf(dropped);
    assertThat(m.carriedOver()).containsExactlyInAnyOrderElementsOf(kept);
    assertThat(m.changed()).isEmpty();
    assertThat(m.added()).isEmpty();
    // Equal facts; the state also remembers when the dropped activities' events happened.
    ProgressState fresh = target.start(d.enrolment()).applyAll(restricted(d.events(), removed));
    assertThat(m.state().facts()).isEqualTo(fresh.facts());
    assertThat(m.state().enrolmentStatus()).isEqualTo(fresh.enrolmentStatus());
    Instant now = d.enrolledAt().plus(Duration.ofDays(20));
    assertThat(m.state().completion(now)).isEqualTo(fresh.completion(now));
    assertThat(m.state().timeSpent()).isEqualTo(d.folded().timeSpent());

    Migration back = d.engine().migrate(target.start(d.enrolment()));
    assertThat(back.added()).containsExactlyInAnyOrderElementsOf(removed);
  }

  /** The course without its rules and without a random share of its activities. */
  static Course without(Course course, Random random, Set<String> removed) {
    Course.Builder b = Course.builder().from(course).completion(Optional.empty()).modules(List.of());
    for (CourseModule m : course.modules()) {
      List<Activity> keep = new ArrayList<>();
      for (Activity a : m.activities()) {
        // A module keeps at least one activity: core refuses empty modules.
        if (random.nextInt(10) < 4 && (!keep.isEmpty() || a != m.activities().get(m.activities().size() - 1))) {
          removed.add(a.id());
        } else {
          keep.add(Activity.builder().from(a).completion(Optional.empty()).build());
        }
      }
      b.addModules(CourseModule.builder().from(m).completion(Optional.empty()).activities(keep).build());
    }
    return b.build();
  }

  /** The events as they would have been reported in a course without the removed activities. */
  static List<ProgressEvent> restricted(List<ProgressEvent> events, Set<String> removed) {
    List<ProgressEvent> out = new ArrayList<>();
    for (ProgressEvent e : events) {
      if (e.activity().isEmpty() || !removed.contains(e.activity().get())) {
        out.add(e);
      } else if (e instanceof ProgressEvent.TimeSpent t) {
        out.add(new ProgressEvent.TimeSpent(t.id(), t.timestamp(), Optional.empty(), t.start(), t.end()));
      }
    }
    return out;
  }

  static Set<String> touched(List<ProgressEvent> events) {
    Set<String> out = new LinkedHashSet<>();
    events.forEach(e -> e.activity().ifPresent(out::add));
    return out;
  }
}
