package org.framsteg.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framsteg.core.testing.TestCourses.ENROLLED;
import static org.framsteg.core.testing.TestCourses.assessment;
import static org.framsteg.core.testing.TestCourses.courseOf;
import static org.framsteg.core.testing.TestCourses.document;
import static org.framsteg.core.testing.TestCourses.id;
import static org.framsteg.core.testing.TestCourses.video;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.course.Course;
import org.framsteg.core.learner.Enrolment;
import org.framsteg.core.learner.EnrolmentStatus;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.testing.Events;
import org.junit.jupiter.api.Test;

class ProgressStateTest {
  private final Course course = courseOf(Optional.empty(), video("v1", Duration.ofMinutes(10)),
      document("d1"), assessment("q1", 20, 14, 3));
  private final CourseEngine engine = CourseEngine.of(course);
  private final Events e = new Events(ENROLLED);

  @Test
  void aNewStateIsEmptyAndNotStarted() {
    ProgressState s = engine.start(ENROLLED);

    assertThat(s.isEmpty()).isTrue();
    assertThat(s.timeSpent()).isZero();
    assertThat(s.enrolmentStatus()).isEqualTo(EnrolmentStatus.ACTIVE);
    assertThat(s.completion(ENROLLED).status()).isEqualTo(CompletionStatus.NOT_STARTED);
    assertThat(s.activity(id("v1")))
        .isEqualTo(new ActivityProgress(id("v1"), false, false, false, PlayedSegments.empty(), Optional.empty(),
            java.util.OptionalDouble.empty(), false, java.util.OptionalInt.empty()));
  }

  @Test
  void aStartedDocumentHasNoPlayedPartsPositionOrScore() {
    ProgressState s = engine.start(ENROLLED).apply(e.started("d1"));

    ActivityProgress d = s.activity(id("d1"));
    assertThat(d.started()).isTrue();
    assertThat(d.played().isEmpty()).isTrue();
    assertThat(d.position()).isEmpty();
    assertThat(d.bestScore()).isEmpty();
    assertThat(d.attempts()).isEmpty();
  }

  @Test
  void aVideoReportsItsPlayedPartsAndTheLastPositionButNoScore() {
    ProgressState s = engine.start(ENROLLED)
        .apply(e.played("v1", 0, 60))
        .apply(e.played("v1", 30, 90))
        .apply(e.after(Duration.ofMinutes(5)).positioned("v1", Duration.ofSeconds(90)));

    ActivityProgress v = s.activity(id("v1"));
    assertThat(v.played().segments()).containsExactly(Segment.ofSeconds(0, 90));
    assertThat(v.position()).contains(Duration.ofSeconds(90));
    assertThat(v.bestScore()).isEmpty();
    assertThat(v.attempts()).isEmpty();
  }

  @Test
  void anAssessmentReportsItsBestScoreAttemptsAndPassButNoPosition() {
    ProgressState s = engine.start(ENROLLED)
        .apply(e.scored("q1", 1, 0.5))
        .apply(e.scored("q1", 2, 0.8))
        .apply(e.scored("q1", 2, 0.8));

    ActivityProgress q = s.activity(id("q1"));
    assertThat(q.bestScore()).hasValue(0.8);
    assertThat(q.attempts()).hasValue(2);
    assertThat(q.passed()).isTrue();
    assertThat(q.position()).isEmpty();
    assertThat(q.played().isEmpty()).isTrue();
  }

  @Test
  void theResumePointIsTheOneReportedLastWhateverTheOrderOfArrival() {
    ProgressEvent later = e.after(Duration.ofMinutes(10)).positioned("v1", Duration.ofSeconds(30));
    ProgressEvent earlier = e.after(Duration.ofMinutes(5)).positioned("v1", Duration.ofSeconds(400));

    assertThat(engine.start(ENROLLED).apply(later).apply(earlier).activity(id("v1")).position())
        .contains(Duration.ofSeconds(30));
    assertThat(engine.start(ENROLLED).apply(earlier).apply(later).activity(id("v1")).position())
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void aResumePointBeyondTheEndIsTheEnd() {
    ProgressState s = engine.start(ENROLLED).apply(e.positioned("v1", Duration.ofMinutes(25)));

    assertThat(s.activity(id("v1")).position()).contains(Duration.ofMinutes(10));
  }

  @Test
  void playedPartsBeyondTheEndDoNotCount() {
    ProgressState s = engine.start(ENROLLED).apply(e.played("v1", 540, 900)).apply(e.played("v1", 700, 800));

    assertThat(s.activity(id("v1")).played().segments()).containsExactly(Segment.ofSeconds(540, 600));
  }

  @Test
  void overlappingSessionsCountOnce() {
    ProgressState s = engine.start(ENROLLED)
        .apply(e.spent(Duration.ofMinutes(30)))
        .apply(e.after(Duration.ofMinutes(20)).spent(Duration.ofMinutes(30)))
        .apply(e.after(Duration.ofHours(2)).spent(Duration.ofMinutes(10)));

    assertThat(s.timeSpent()).isEqualTo(Duration.ofMinutes(60));
  }

  @Test
  void timeSpentInAnActivityCountsForTheCourseAndStartsTheActivity() {
    ProgressState s = engine.start(ENROLLED).apply(e.spentIn("d1", Duration.ofMinutes(12)));

    assertThat(s.timeSpent()).isEqualTo(Duration.ofMinutes(12));
    assertThat(s.activity(id("d1")).started()).isTrue();
  }

  @Test
  void anEventForAnActivityOutsideTheCourseIsRejectedNamingIt() {
    ProgressState s = engine.start(ENROLLED);

    assertThatThrownBy(() -> s.apply(e.played("elsewhere", 0, 10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(id("elsewhere"));
    assertThatThrownBy(() -> s.apply(e.spentIn("elsewhere", Duration.ofMinutes(5))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(id("elsewhere"));
    assertThatThrownBy(() -> s.activity(id("elsewhere")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(id("elsewhere"));
  }

  @Test
  void theEnrolmentStatusIsTheOneReportedLastAndTiesGoTheSameWayInAnyOrder() {
    ProgressEvent withdrawn = e.after(Duration.ofDays(3)).enrolment(EnrolmentStatus.WITHDRAWN);
    ProgressEvent active = e.after(Duration.ofDays(5)).enrolment(EnrolmentStatus.ACTIVE);
    ProgressEvent expiredSameInstant = e.enrolment(EnrolmentStatus.EXPIRED);

    ProgressState a = engine.start(ENROLLED).applyAll(List.of(withdrawn, active, expiredSameInstant));
    ProgressState b = engine.start(ENROLLED).applyAll(List.of(expiredSameInstant, active, withdrawn));
    assertThat(a).isEqualTo(b);
    assertThat(a.enrolmentStatus()).isEqualTo(EnrolmentStatus.EXPIRED);
  }

  @Test
  void statesOfDifferentEnrolmentsDoNotMerge() {
    ProgressState a = engine.start(ENROLLED);
    ProgressState b = engine.start(ENROLLED.plusSeconds(1));
    ProgressState other = CourseEngine.of(course).start(ENROLLED);

    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.merge(other)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalStatesHaveEqualHashCodesAlsoWhenMergedFromSessionsOnly() {
    ProgressEvent first = e.spent(Duration.ofMinutes(10));
    ProgressEvent second = e.after(Duration.ofHours(1)).spent(Duration.ofMinutes(10));

    ProgressState merged = engine.start(ENROLLED).apply(first).merge(engine.start(ENROLLED).apply(second));
    ProgressState folded = engine.start(ENROLLED).apply(first).apply(second);

    assertThat(merged).isEqualTo(folded);
    assertThat(merged.hashCode()).isEqualTo(folded.hashCode());
  }

  @Test
  void aScoreOfZeroAndOfMinusZeroFoldToTheSameStateInEitherOrder() {
    ProgressEvent zero = new ProgressEvent.Scored("z1", ENROLLED, id("q1"), 1, Score.scaled(0.0), Optional.empty());
    ProgressEvent minusZero = new ProgressEvent.Scored("z2", ENROLLED, id("q1"), 1, Score.scaled(-0.0),
        Optional.empty());

    assertThat(engine.start(ENROLLED).apply(zero).apply(minusZero))
        .isEqualTo(engine.start(ENROLLED).apply(minusZero).apply(zero));
  }

  @Test
  void tenThousandRepeatsOfTheSamePlayedPartLeaveTheActivityRecordAsItWas() {
    ProgressState s = engine.start(ENROLLED).apply(e.played("v1", 10, 70));
    var facts = s.facts();
    int[] record = facts.activity(0);

    for (int i = 0; i < 10_000; i++) {
      s = s.apply(e.after(Duration.ofSeconds(i)).played("v1", 10 + i % 30, 40 + i % 30));
      assertThat(s.facts()).isSameAs(facts);
    }
    assertThat(s.facts().activity(0)).isSameAs(record).hasSize(4 + 2);
  }

  @Test
  void tenThousandOverlappingPlayedPartsKeepOneIntervalPerContiguousStretch() {
    ProgressState s = engine.start(ENROLLED);
    for (int i = 0; i < 10_000; i++) {
      s = s.apply(e.played("v1", i * 0.05, i * 0.05 + 1));
    }

    assertThat(s.facts().activity(0)).hasSize(4 + 2);
    assertThat(s.activity(id("v1")).played().segments()).containsExactly(Segment.ofSeconds(0, 500.95));
  }

  @Test
  void anEnrolmentForAnotherCourseCannotStartAState() {
    Enrolment elsewhere = Enrolment.of(Learner.mailbox("a@example.org"), "https://example.org/annan", ENROLLED);

    assertThatThrownBy(() -> engine.start(elsewhere)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https://example.org/annan");
  }

  @Test
  void aStateStartedFromAnEnrolmentCarriesItsDueDateAndStatus() {
    Instant due = ENROLLED.plus(Duration.ofDays(30));
    Enrolment enrolment = Enrolment.invite(Learner.mailbox("a@example.org"), course.id(), ENROLLED).dueBy(due);

    ProgressState s = engine.start(enrolment);

    assertThat(s.due()).contains(due);
    assertThat(s.enrolledAt()).isEqualTo(ENROLLED);
    assertThat(s.enrolmentStatus()).isEqualTo(EnrolmentStatus.INVITED);
  }
}
