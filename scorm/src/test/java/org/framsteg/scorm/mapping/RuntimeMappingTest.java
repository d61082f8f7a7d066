package org.framsteg.scorm.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framsteg.core.testing.TestCourses.assessment;
import static org.framsteg.core.testing.TestCourses.course;
import static org.framsteg.core.testing.TestCourses.document;
import static org.framsteg.core.testing.TestCourses.id;
import static org.framsteg.core.testing.TestCourses.module;
import static org.framsteg.core.testing.TestCourses.video;
import static org.framsteg.core.testing.TestCourses.withRule;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.core.progress.Score;
import org.framsteg.core.progress.Segment;
import org.framsteg.core.testing.TestCourses;
import org.framsteg.scorm.runtime.CmiCredit;
import org.framsteg.scorm.runtime.CmiEntry;
import org.framsteg.scorm.runtime.CmiMode;
import org.framsteg.scorm.runtime.Scorm12Cmi;
import org.framsteg.scorm.runtime.Scorm12LessonStatus;
import org.framsteg.scorm.runtime.Scorm2004Cmi;
import org.framsteg.scorm.runtime.Scorm2004CompletionStatus;
import org.framsteg.scorm.runtime.Scorm2004SuccessStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every element {@link RuntimeMapping} maps, and every case it notes instead, both ways. */
class RuntimeMappingTest {
  static final String V = id("v");
  static final String D = id("d");
  static final String Q = id("q");
  static final Activity VIDEO = withRule(video("v", Duration.ofSeconds(100)),
      CompletionRule.watched(V, 0.9));
  static final Course COURSE = course(module("m", VIDEO, document("d"), assessment("q", 20, 14)));
  static final RuntimeMapping MAPPING = RuntimeMapping.of(COURSE);
  static final Instant END = Instant.parse("2026-03-02T10:15:00Z");

  static ScoSession session(String activity) {
    return new ScoSession("s-7", activity, END);
  }

  static Map<String, String> map(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  static SessionEvents events12(String activity, String... pairs) {
    return MAPPING.events(session(activity), Scorm12Cmi.fromElements(map(pairs)));
  }

  static SessionEvents events2004(String activity, String... pairs) {
    return MAPPING.events(session(activity), Scorm2004Cmi.fromElements(map(pairs)));
  }

  /** The events other than the Started every session gives. */
  static List<ProgressEvent> besidesStarted(SessionEvents e) {
    assertThat(e.events().get(0)).isEqualTo(new ProgressEvent.Started("s-7#start", END,
        e.events().get(0).activity().orElseThrow()));
    return e.events().subList(1, e.events().size());
  }

  static List<String> elements(List<MappingNote> notes) {
    return notes.stream().map(MappingNote::element).toList();
  }

  @Nested
  class FromAScorm12Session {
    @Test
    void anEmptySessionIsAStartOfTheActivity() {
      SessionEvents e = events12(D);
      assertThat(e.events()).containsExactly(new ProgressEvent.Started("s-7#start", END, D));
      assertThat(e.notes()).isEmpty();
    }

    @Test
    void lessonLocationIsTheResumePointInSeconds() {
      assertThat(besidesStarted(events12(V, "cmi.core.lesson_location", "12.5"))).containsExactly(
          new ProgressEvent.Positioned("s-7#cmi.core.lesson_location", END, V,
              Duration.ofMillis(12500)));
    }

    @Test
    void aLocationThatIsNoNumberIsNotedNotGuessed() {
      SessionEvents e = events12(V, "cmi.core.lesson_location", "chapter-3");
      assertThat(besidesStarted(e)).isEmpty();
      assertThat(e.notes()).singleElement().satisfies(n -> {
        assertThat(n.element()).isEqualTo("cmi.core.lesson_location");
        assertThat(n.message()).isEqualTo("'chapter-3' not mapped: not a position in seconds");
      });
    }

    @Test
    void theLocationOfADocumentIsNoted() {
      SessionEvents e = events12(D, "cmi.core.lesson_location", "12");
      assertThat(besidesStarted(e)).isEmpty();
      assertThat(e.notes()).extracting(MappingNote::message).containsExactly(
          "'12' not mapped: only video and audio activities keep a resume point in Framsteg");
    }

    @Test
    void suspendDataInTheF1FormatIsOnePlayedEventPerSegment() {
      assertThat(besidesStarted(events12(V, "cmi.suspend_data", "F1:0-u,1e-2s"))).containsExactly(
          new ProgressEvent.Played("s-7#cmi.suspend_data[0]", END, V, Segment.ofSeconds(0, 3)),
          new ProgressEvent.Played("s-7#cmi.suspend_data[1]", END, V, Segment.ofSeconds(5, 10)));
    }

    @Test
    void suspendDataInAnotherFormatOrOfADocumentIsNoted() {
      SessionEvents other = events12(V, "cmi.suspend_data", "page=4;quiz=1");
      assertThat(besidesStarted(other)).isEmpty();
      assertThat(other.notes()).extracting(MappingNote::message).containsExactly(
          "not mapped: not in the F1 played-segments format ('page=4;quiz=1')");
      SessionEvents doc = events12(D, "cmi.suspend_data", "F1:0-u");
      assertThat(besidesStarted(doc)).isEmpty();
      assertThat(elements(doc.notes())).containsExactly("cmi.suspend_data");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"completed, true", "passed, true", "incomplete, false", "failed, false",
        "not attempted, false"})
    void completedAndPassedMeanCompleted(String status, boolean completed) {
      List<ProgressEvent> e = besidesStarted(events12(D, "cmi.core.lesson_status", status));
      assertThat(e).isEqualTo(completed
          ? List.of(new ProgressEvent.Completed("s-7#cmi.core.lesson_status", END, D)) : List.of());
    }

    @Test
    void browsedIsNoted() {
      SessionEvents e = events12(D, "cmi.core.lesson_status", "browsed");
      assertThat(besidesStarted(e)).isEmpty();
      assertThat(elements(e.notes())).containsExactly("cmi.core.lesson_status");
    }

    @Test
    void aRawScoreIsOnTheScaleOfZeroToHundred() {
      assertThat(besidesStarted(events12(Q, "cmi.core.score.raw", "85"))).containsExactly(
          new ProgressEvent.Scored("s-7#cmi.core.score", END, Q, 1,
              new Score(0.85, OptionalDouble.of(85), OptionalDouble.of(0), OptionalDouble.of(100)),
              Optional.empty()));
    }

    @Test
    void aRawScoreWithinMinAndMaxIsScaledByThem() {
      List<ProgressEvent> e = besidesStarted(events12(Q, "cmi.core.score.raw", "17",
          "cmi.core.score.min", "0", "cmi.core.score.max", "20", "cmi.core.lesson_status", "passed"));
      assertThat(e).containsExactly(
          new ProgressEvent.Completed("s-7#cmi.core.lesson_status", END, Q),
          new ProgressEvent.Scored("s-7#cmi.core.score", END, Q, 1, Score.raw(17, 0, 20),
              Optional.of(true)));
    }

    @Test
    void failedIsAFailedScoreAndNoCompletion() {
      assertThat(besidesStarted(events12(Q, "cmi.core.score.raw", "40", "cmi.core.lesson_status",
          "failed"))).singleElement().isInstanceOfSatisfying(ProgressEvent.Scored.class, s ->
          assertThat(s.passed()).contains(false));
    }

    @Test
    void boundsThatDoNotHoldTheRawScoreAreNotedAndTheScaleOfHundredUsed() {
      SessionEvents e = events12(Q, "cmi.core.score.raw", "50", "cmi.core.score.max", "20");
      assertThat(besidesStarted(e)).singleElement().isInstanceOfSatisfying(
          ProgressEvent.Scored.class, s -> assertThat(s.score().scaled()).isEqualTo(0.5));
      assertThat(elements(e.notes())).containsExactly("cmi.core.score");
    }

    @Test
    void aScoreOfANonAssessmentAndAPassWithoutAScoreAreNoted() {
      SessionEvents doc = events12(D, "cmi.core.score.raw", "50");
      assertThat(besidesStarted(doc)).isEmpty();
      assertThat(doc.notes()).extracting(MappingNote::message)
          .containsExactly("not mapped: the activity is not an assessment");
      SessionEvents quiz = events12(Q, "cmi.core.lesson_status", "passed");
      assertThat(besidesStarted(quiz)).containsExactly(
          new ProgressEvent.Completed("s-7#cmi.core.lesson_status", END, Q));
      assertThat(quiz.notes()).singleElement().satisfies(n ->
          assertThat(n.message()).startsWith("'passed' without a score"));
    }

    @Test
    void theSessionsAttemptNumbersTheScore() {
      SessionEvents e = MAPPING.events(new ScoSession("s-9", Q, END, 3),
          Scorm12Cmi.fromElements(map("cmi.core.score.raw", "90")));
      assertThat(e.events()).filteredOn(ProgressEvent.Scored.class::isInstance)
          .singleElement().satisfies(s -> assertThat(((ProgressEvent.Scored) s).attempt()).isEqualTo(3));
    }

    @Test
    void sessionTimeIsTimeSpentOnTheActivityEndingWithTheSession() {
      assertThat(besidesStarted(events12(D, "cmi.core.session_time", "0000:12:30.5")))
          .containsExactly(new ProgressEvent.TimeSpent("s-7#cmi.core.session_time", END,
              Optional.of(D), END.minusMillis(750_500), END));
      assertThat(besidesStarted(events12(D, "cmi.core.session_time", "00:00:00"))).isEmpty();
    }

    @Test
    void objectivesInteractionsCommentsPreferencesAndExtensionsAreNoted() {
      SessionEvents e = events12(D, "cmi.objectives.0.id", "o1", "cmi.interactions.0.id", "q1",
          "cmi.interactions.0.type", "true-false", "cmi.comments", "Bra kurs",
          "cmi.student_preference.audio", "50", "lms.bookmark", "x");
      assertThat(besidesStarted(e)).isEmpty();
      assertThat(elements(e.notes())).containsExactly("cmi.comments", "cmi.objectives.0",
          "cmi.interactions.0", "cmi.student_preference", "lms.bookmark");
    }
  }

  @Nested
  class FromAScorm2004Session {
    @Test
    void locationAndSuspendDataAreAsIn12() {
      assertThat(besidesStarted(events2004(V, "cmi.location", "30", "cmi.suspend_data", "F1:0-8c")))
          .containsExactly(
              new ProgressEvent.Positioned("s-7#cmi.location", END, V, Duration.ofSeconds(30)),
              new ProgressEvent.Played("s-7#cmi.suspend_data[0]", END, V, Segment.ofSeconds(0, 30)));
    }

    @Test
    void completedAsTheLmsEvaluatesItIsCompleted() {
      assertThat(besidesStarted(events2004(D, "cmi.completion_status", "completed")))
          .containsExactly(new ProgressEvent.Completed("s-7#cmi.completion_status", END, D));
      assertThat(besidesStarted(events2004(D, "cmi.completion_status", "incomplete"))).isEmpty();
    }

    @Test
    void aThresholdTheProgressMeasureDoesNotReachUndoesTheScosCompletion() {
      SessionEvents e = events2004(V, "cmi.completion_status", "completed",
          "cmi.completion_threshold", "0.9", "cmi.progress_measure", "0.5");
      assertThat(besidesStarted(e)).isEmpty();
      assertThat(e.notes()).extracting(MappingNote::element)
          .containsExactly("cmi.completion_status", "cmi.progress_measure");
      assertThat(e.notes().get(0).message()).startsWith("'completed' is evaluated as 'incomplete'");
    }

    @Test
    void aThresholdTheProgressMeasureReachesCompletes() {
      assertThat(besidesStarted(events2004(V, "cmi.completion_status", "incomplete",
          "cmi.completion_threshold", "0.9", "cmi.progress_measure", "0.95")))
          .containsExactly(new ProgressEvent.Completed("s-7#cmi.completion_status", END, V));
    }

    @Test
    void aScaledScoreWithTheEvaluatedSuccessIsAScore() {
      assertThat(besidesStarted(events2004(Q, "cmi.score.scaled", "0.85", "cmi.score.raw", "17",
          "cmi.score.min", "0", "cmi.score.max", "20", "cmi.success_status", "passed")))
          .containsExactly(new ProgressEvent.Scored("s-7#cmi.score", END, Q, 1,
              new Score(0.85, OptionalDouble.of(17), OptionalDouble.of(0), OptionalDouble.of(20)),
              Optional.of(true)));
    }

    @Test
    void aScaledPassingScoreDecidesSuccessOverTheSco() {
      SessionEvents e = events2004(Q, "cmi.score.scaled", "0.5", "cmi.scaled_passing_score", "0.7",
          "cmi.success_status", "passed");
      assertThat(besidesStarted(e)).singleElement().isInstanceOfSatisfying(
          ProgressEvent.Scored.class, s -> assertThat(s.passed()).contains(false));
      assertThat(elements(e.notes())).containsExactly("cmi.success_status");
    }

    @Test
    void withoutAScaledScoreARawScoreWithinMinAndMaxIsScaled() {
      assertThat(besidesStarted(events2004(Q, "cmi.score.raw", "3", "cmi.score.min", "-1",
          "cmi.score.max", "7"))).singleElement().isInstanceOfSatisfying(ProgressEvent.Scored.class,
          s -> {
            assertThat(s.score()).isEqualTo(Score.raw(3, -1, 7));
            assertThat(s.passed()).isEmpty();
          });
    }

    @Test
    void aRawScoreAloneAndInconsistentBoundsAreNoted() {
      SessionEvents raw = events2004(Q, "cmi.score.raw", "17");
      assertThat(besidesStarted(raw)).isEmpty();
      assertThat(raw.notes()).extracting(MappingNote::message).containsExactly(
          "not mapped: without score.scaled Framsteg needs score.raw within score.min and "
              + "score.max");
      SessionEvents bad = events2004(Q, "cmi.score.scaled", "0.5", "cmi.score.raw", "30",
          "cmi.score.max", "20");
      assertThat(besidesStarted(bad)).singleElement().isInstanceOfSatisfying(
          ProgressEvent.Scored.class, s -> assertThat(s.score()).isEqualTo(Score.scaled(0.5)));
      assertThat(elements(bad.notes())).containsExactly("cmi.score");
    }

    @Test
    void aSuccessWithoutAScoreIsNoted() {
      SessionEvents e = events2004(Q, "cmi.success_status", "failed");
      assertThat(besidesStarted(e)).isEmpty();
      assertThat(e.notes()).extracting(MappingNote::message).containsExactly(
          "'failed' without a score: not mapped as a pass or fail, Framsteg records them with a "
              + "score");
    }

    @Test
    void sessionTimeIsTimeSpent() {
      assertThat(besidesStarted(events2004(D, "cmi.session_time", "PT1H2M3.5S"))).containsExactly(
          new ProgressEvent.TimeSpent("s-7#cmi.session_time", END, Optional.of(D),
              END.minus(Duration.parse("PT1H2M3.5S")), END));
    }

    @Test
    void aSessionTimeBeyondTheCalendarIsNoted() {
      Instant end = Instant.MIN.plusSeconds(5);
      SessionEvents e = MAPPING.events(new ScoSession("s-7", D, end),
          Scorm2004Cmi.fromElements(map("cmi.session_time", "PT10S")));
      assertThat(e.events()).containsExactly(new ProgressEvent.Started("s-7#start", end, D));
      assertThat(e.notes()).extracting(MappingNote::message).containsExactly(
          "PT10S not mapped: longer than the time before the session ended");
    }

    @Test
    void whatFramstegDoesNotKeepIsNoted() {
      SessionEvents e = events2004(D, "cmi.progress_measure", "0.4",
          "cmi.comments_from_learner.0.comment", "Bra", "cmi.objectives.0.id", "o1",
          "cmi.interactions.0.id", "q1", "cmi.learner_preference.audio_captioning", "1",
          "adl.nav.request", "continue");
      assertThat(besidesStarted(e)).isEmpty();
      assertThat(elements(e.notes())).containsExactly("cmi.progress_measure",
          "cmi.comments_from_learner.0", "cmi.objectives.0", "cmi.interactions.0",
          "cmi.learner_preference", "adl.nav.request");
    }

    @Test
    void theSameSessionMappedTwiceGivesTheSameEventsWhichFoldOnce() {
      Scorm2004Cmi cmi = Scorm2004Cmi.fromElements(map("cmi.location", "30", "cmi.suspend_data",
          "F1:0-8c", "cmi.session_time", "PT30S", "cmi.completion_status", "incomplete"));
      SessionEvents once = MAPPING.events(session(V), cmi);
      assertThat(MAPPING.events(session(V), cmi)).isEqualTo(once);
      ProgressState state = CourseEngine.of(COURSE).start(TestCourses.ENROLLED);
      ProgressState folded = state.applyAll(once.events());
      assertThat(folded.applyAll(once.events())).isEqualTo(folded);
      assertThat(once.events()).extracting(ProgressEvent::id).doesNotHaveDuplicates();
    }
  }

  @Nested
  class ToLaunchData {
    final CourseEngine engine = CourseEngine.of(COURSE);
    final Instant t = TestCourses.ENROLLED.plusSeconds(60);
    final ProgressState fresh = engine.start(TestCourses.ENROLLED);

    ProgressState with(ProgressEvent... events) {
      return fresh.applyAll(List.of(events));
    }

    @Test
    void aFirstLaunchIsAbInitioAndNotAttempted() {
      LaunchData<Scorm12Cmi> l12 = MAPPING.launch12(fresh, V);
      assertThat(l12.cmi()).isEqualTo(Scorm12Cmi.builder().credit(CmiCredit.CREDIT)
          .lessonMode(CmiMode.NORMAL).entry(CmiEntry.AB_INITIO)
          .lessonStatus(Scorm12LessonStatus.NOT_ATTEMPTED).build());
      assertThat(l12.notes()).isEmpty();
      Scorm2004Cmi c = MAPPING.launch2004(fresh, V).cmi();
      assertThat(c.entry()).contains(CmiEntry.AB_INITIO);
      assertThat(c.completionStatus()).contains(Scorm2004CompletionStatus.NOT_ATTEMPTED);
      assertThat(c.completionThreshold()).contains(new BigDecimal("0.9"));
      assertThat(c.progressMeasure()).isEmpty();
      assertThat(c.location()).isEmpty();
    }

    @Test
    void aResumePointAndPlayedSegmentsAreLocationAndSuspendData() {
      ProgressState s = with(new ProgressEvent.Played("p", t, V, Segment.ofSeconds(0, 30)),
          new ProgressEvent.Positioned("q", t, V, Duration.ofMillis(30_250)));
      Scorm12Cmi c12 = MAPPING.launch12(s, V).cmi();
      assertThat(c12.lessonLocation()).contains("30.25");
      assertThat(c12.suspendData()).contains("F1:0-8c");
      assertThat(c12.entry()).contains(CmiEntry.RESUME);
      assertThat(c12.lessonStatus()).contains(Scorm12LessonStatus.INCOMPLETE);
      LaunchData<Scorm2004Cmi> l = MAPPING.launch2004(s, V);
      assertThat(l.elements()).containsEntry("cmi.location", "30.25")
          .containsEntry("cmi.suspend_data", "F1:0-8c").containsEntry("cmi.entry", "resume")
          .containsEntry("cmi.progress_measure", "0.3")
          .containsEntry("cmi.completion_threshold", "0.9")
          .containsEntry("cmi.completion_status", "incomplete");
    }

    @Test
    void startedWithNothingToResumeHasAnEmptyEntry() {
      assertThat(MAPPING.launch2004(with(new ProgressEvent.Started("s", t, D)), D).cmi().entry())
          .contains(CmiEntry.NONE);
    }

    @Test
    void completedOrMarkedDoneIsCompleted() {
      ProgressState done = with(new ProgressEvent.Completed("c", t, D));
      assertThat(MAPPING.launch12(done, D).cmi().lessonStatus()).contains(Scorm12LessonStatus.COMPLETED);
      assertThat(MAPPING.launch2004(done, D).cmi().completionStatus())
          .contains(Scorm2004CompletionStatus.COMPLETED);
      ProgressState marked = with(new ProgressEvent.MarkedDone("m", t, D, Optional.empty()));
      assertThat(MAPPING.launch12(marked, D).cmi().lessonStatus())
          .contains(Scorm12LessonStatus.COMPLETED);
    }

    @Test
    void playingPastTheThresholdIsCompletedIn2004() {
      ProgressState s = with(new ProgressEvent.Played("p", t, V, Segment.ofSeconds(0, 95)));
      Scorm2004Cmi c = MAPPING.launch2004(s, V).cmi();
      assertThat(c.completionStatus()).contains(Scorm2004CompletionStatus.COMPLETED);
      assertThat(c.evaluatedCompletionStatus()).isEqualTo(Scorm2004CompletionStatus.COMPLETED);
    }

    @Test
    void aCompletionWithLessPlayedLeavesTheThresholdOutAndSaysSo() {
      ProgressState s = with(new ProgressEvent.Played("p", t, V, Segment.ofSeconds(0, 20)),
          new ProgressEvent.Completed("c", t, V));
      LaunchData<Scorm2004Cmi> l = MAPPING.launch2004(s, V);
      assertThat(l.cmi().completionThreshold()).isEmpty();
      assertThat(l.cmi().evaluatedCompletionStatus()).isEqualTo(Scorm2004CompletionStatus.COMPLETED);
      assertThat(elements(l.notes())).containsExactly("cmi.completion_threshold");
    }

    @Test
    void aPassedAssessmentHasItsScoreStatusAndPassingScore() {
      ProgressState s = with(new ProgressEvent.Scored("x", t, Q, Score.raw(17, 0, 20)));
      Scorm12Cmi c12 = MAPPING.launch12(s, Q).cmi();
      assertThat(c12.lessonStatus()).contains(Scorm12LessonStatus.PASSED);
      assertThat(c12.score().raw()).contains(new BigDecimal("85"));
      assertThat(c12.masteryScore()).contains(new BigDecimal("70"));
      LaunchData<Scorm2004Cmi> l = MAPPING.launch2004(s, Q);
      assertThat(l.elements()).containsEntry("cmi.score.scaled", "0.85")
          .containsEntry("cmi.score.raw", "17").containsEntry("cmi.score.min", "0")
          .containsEntry("cmi.score.max", "20").containsEntry("cmi.success_status", "passed")
          .containsEntry("cmi.scaled_passing_score", "0.7");
      assertThat(l.cmi().evaluatedSuccessStatus()).isEqualTo(Scorm2004SuccessStatus.PASSED);
      assertThat(l.notes()).isEmpty();
    }

    @Test
    void aFailedAssessmentIsFailed() {
      ProgressState s = with(new ProgressEvent.Scored("x", t, Q, Score.raw(8, 0, 20)));
      assertThat(MAPPING.launch12(s, Q).cmi().lessonStatus()).contains(Scorm12LessonStatus.FAILED);
      assertThat(MAPPING.launch2004(s, Q).cmi().successStatus())
          .contains(Scorm2004SuccessStatus.FAILED);
    }

    @Test
    void anUnscoredAssessmentHasItsPassingScoreAndUnknownSuccess() {
      Scorm2004Cmi c = MAPPING.launch2004(fresh, Q).cmi();
      assertThat(c.scaledPassingScore()).contains(new BigDecimal("0.7"));
      assertThat(c.successStatus()).contains(Scorm2004SuccessStatus.UNKNOWN);
      assertThat(c.score().scaled()).isEmpty();
    }

    @Test
    void aPassRecordedAgainstALowScoreLeavesThePassingScoreOutAndSaysSo() {
      ProgressState s = with(new ProgressEvent.Scored("x", t, Q, 1, Score.scaled(0.5),
          Optional.of(true)));
      LaunchData<Scorm2004Cmi> l = MAPPING.launch2004(s, Q);
      assertThat(l.cmi().scaledPassingScore()).isEmpty();
      assertThat(l.cmi().evaluatedSuccessStatus()).isEqualTo(Scorm2004SuccessStatus.PASSED);
      assertThat(elements(l.notes())).containsExactly("cmi.scaled_passing_score");
    }

    @Test
    void aNegativeScoreIsZeroInScorm12AndSaidSo() {
      ProgressState s = with(new ProgressEvent.Scored("x", t, Q, Score.scaled(-0.25)));
      LaunchData<Scorm12Cmi> l = MAPPING.launch12(s, Q);
      assertThat(l.cmi().score().raw()).contains(new BigDecimal("0"));
      assertThat(elements(l.notes())).containsExactly("cmi.core.score.raw");
      Scorm2004Cmi c = MAPPING.launch2004(s, Q).cmi();
      assertThat(c.score().scaled()).contains(new BigDecimal("-0.25"));
      assertThat(c.score().raw()).isEmpty();
    }

    @Test
    void aCompletedButFailedAssessmentIsCompletedIn12AndSaidSo() {
      ProgressState s = with(new ProgressEvent.Scored("x", t, Q, Score.scaled(0.2)),
          new ProgressEvent.Completed("c", t, Q));
      LaunchData<Scorm12Cmi> l = MAPPING.launch12(s, Q);
      assertThat(l.cmi().lessonStatus()).contains(Scorm12LessonStatus.COMPLETED);
      assertThat(elements(l.notes())).containsExactly("cmi.core.lesson_status");
    }

    @Test
    void totalTimeIsTheCoursesWhenItHasOneActivityAndLeftOutOtherwise() {
      ProgressState s = with(new ProgressEvent.TimeSpent("ts", t.minusSeconds(90), t));
      LaunchData<Scorm2004Cmi> many = MAPPING.launch2004(s, D);
      assertThat(many.cmi().totalTime()).isEmpty();
      assertThat(elements(many.notes())).containsExactly("cmi.total_time");
      Course single = TestCourses.course(module("m", document("d")));
      ProgressState one = CourseEngine.of(single).start(TestCourses.ENROLLED)
          .apply(new ProgressEvent.TimeSpent("ts", t.minusSeconds(90), t));
      assertThat(RuntimeMapping.of(single).launch12(one, D).cmi().totalTime())
          .contains(Duration.ofSeconds(90));
    }

    @Test
    void playedSegmentsBeyondTheScorm12LimitLoseTheirShortestAndSaySo() {
      Course hour = TestCourses.course(module("m", video("v", Duration.ofHours(1))));
      ProgressState s = CourseEngine.of(hour).start(TestCourses.ENROLLED);
      List<ProgressEvent> plays = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        plays.add(new ProgressEvent.Played("p" + i, t, V,
            Segment.ofMillis(i * 2000L, i * 2000L + 500 + (i % 3) * 100)));
      }
      s = s.applyAll(plays);
      RuntimeMapping mapping = RuntimeMapping.of(hour);
      LaunchData<Scorm12Cmi> l = mapping.launch12(s, V);
      String kept = l.cmi().suspendData().orElseThrow();
      assertThat(kept.length()).isLessThanOrEqualTo(SuspendData.SCORM_12_LIMIT);
      assertThat(SuspendData.decode(kept).orElseThrow().segments())
          .allSatisfy(seg -> assertThat(seg.length()).isGreaterThanOrEqualTo(Duration.ofMillis(600)));
      assertThat(elements(l.notes())).containsExactly("cmi.suspend_data");
      LaunchData<Scorm2004Cmi> l2004 = mapping.launch2004(s, V);
      assertThat(SuspendData.decode(l2004.cmi().suspendData().orElseThrow()).orElseThrow()
          .segments()).hasSize(1000);
      assertThat(l2004.notes()).isEmpty();
    }

    @Test
    void theWatchedFractionMayComeFromTheModulesRule() {
      Activity v = video("v", Duration.ofSeconds(100));
      Course c = TestCourses.course(module("m", CompletionRule.allOf(List.of(
          CompletionRule.watched(V, 0.75), CompletionRule.completed(D))), v, document("d")));
      ProgressState s = CourseEngine.of(c).start(TestCourses.ENROLLED);
      assertThat(RuntimeMapping.of(c).launch2004(s, V).cmi().completionThreshold())
          .contains(new BigDecimal("0.75"));
    }
  }

  @Nested
  class Arguments {
    @Test
    void anActivityOutsideTheCourseIsRefusedByName() {
      assertThatThrownBy(() -> events12(id("nowhere")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
      ProgressState s = CourseEngine.of(COURSE).start(TestCourses.ENROLLED);
      assertThatThrownBy(() -> MAPPING.launch2004(s, id("nowhere")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    }

    @Test
    void progressOfAnotherCourseIsRefused() {
      Course other = Course.builder().from(COURSE).version("2").build();
      ProgressState s = CourseEngine.of(other).start(TestCourses.ENROLLED);
      assertThatThrownBy(() -> MAPPING.launch12(s, D))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 2");
    }

    @Test
    void aSessionNeedsAnIdAndAnAttemptInRange() {
      assertThatThrownBy(() -> new ScoSession(" ", D, END))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session.id");
      assertThatThrownBy(() -> new ScoSession("s", D, END, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session.attempt");
      assertThatThrownBy(() -> new ScoSession("s", D, END, 33))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session.attempt");
    }
  }
}
