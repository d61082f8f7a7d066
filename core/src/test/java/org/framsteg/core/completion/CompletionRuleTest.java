package org.framsteg.core.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framsteg.core.completion.CompletionRule.allOf;
import static org.framsteg.core.completion.CompletionRule.anyOf;
import static org.framsteg.core.completion.CompletionRule.atLeast;
import static org.framsteg.core.completion.CompletionRule.before;
import static org.framsteg.core.completion.CompletionRule.completed;
import static org.framsteg.core.completion.CompletionRule.markedDone;
import static org.framsteg.core.completion.CompletionRule.moduleCompleted;
import static org.framsteg.core.completion.CompletionRule.passed;
import static org.framsteg.core.completion.CompletionRule.scoreAtLeast;
import static org.framsteg.core.completion.CompletionRule.timeSpent;
import static org.framsteg.core.completion.CompletionRule.watched;
import static org.framsteg.core.completion.CompletionRule.withinDays;
import static org.framsteg.core.testing.TestCourses.ENROLLED;
import static org.framsteg.core.testing.TestCourses.assessment;
import static org.framsteg.core.testing.TestCourses.document;
import static org.framsteg.core.testing.TestCourses.id;
import static org.framsteg.core.testing.TestCourses.link;
import static org.framsteg.core.testing.TestCourses.module;
import static org.framsteg.core.testing.TestCourses.optional;
import static org.framsteg.core.testing.TestCourses.podcast;
import static org.framsteg.core.testing.TestCourses.video;
import static org.framsteg.core.testing.TestCourses.withRule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.core.testing.Events;
import org.framsteg.core.testing.TestCourses;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each kind of rule met, not met, and failed (no longer reachable), evaluated as the course's rule
 * over a course of a video, a podcast episode, two documents, a link and a quiz of three attempts.
 */
class CompletionRuleTest {
  static final Instant NOW = ENROLLED.plus(Duration.ofDays(10));

  final Events e = new Events(ENROLLED.plus(Duration.ofHours(1)));

  static List<Activity> activities() {
    return List.of(video("v1", Duration.ofMinutes(10)), podcast("p1", Duration.ofMinutes(20)), document("d1"),
        link("l1"), assessment("q1", 20, 14, 3));
  }

  static Course course(CompletionRule rule, CourseModule... more) {
    CourseModule[] modules = new CourseModule[more.length + 1];
    modules[0] = module("m1", activities().toArray(Activity[]::new));
    System.arraycopy(more, 0, modules, 1, more.length);
    return TestCourses.course(rule, modules);
  }

  static Explanation explain(Course course, Instant now, ProgressEvent... events) {
    ProgressState s = CourseEngine.of(course).start(ENROLLED).applyAll(List.of(events));
    return s.completion(now).explanation();
  }

  static Explanation explain(CompletionRule rule, ProgressEvent... events) {
    return explain(course(rule), NOW, events);
  }

  static void assertMet(Explanation x) {
    assertThat(x.met()).as("met").isTrue();
    assertThat(x.failed()).as("failed").isFalse();
    assertThat(x.progress()).isEqualTo(1.0);
  }

  static void assertOpen(Explanation x) {
    assertThat(x.met()).as("met").isFalse();
    assertThat(x.failed()).as("failed").isFalse();
    assertThat(x.progress()).isLessThan(1.0);
  }

  static void assertFailed(Explanation x) {
    assertThat(x.met()).as("met").isFalse();
    assertThat(x.failed()).as("failed").isTrue();
  }

  /** Three failed attempts at the quiz: it can no longer be passed. */
  ProgressEvent[] quizFailedThrice() {
    return new ProgressEvent[] {e.scored("q1", 1, 0.2), e.scored("q1", 2, 0.5), e.scored("q1", 3, 0.6)};
  }

  @Nested
  class AllOf {
    final CompletionRule rule = allOf(completed(id("d1")), markedDone(id("l1")));

    @Test
    void isMetWhenEveryPartIs() {
      assertMet(explain(rule, e.completed("d1"), e.markedDone("l1")));
    }

    @Test
    void isNotMetWhileAPartIsNotAndItsProgressIsTheMeanOfItsParts() {
      Explanation x = explain(rule, e.completed("d1"));

      assertOpen(x);
      assertThat(x.progress()).isEqualTo(0.5);
      assertThat(x.parts()).extracting(Explanation::met).containsExactly(true, false);
    }

    @Test
    void failsWhenAPartFails() {
      assertFailed(explain(allOf(completed(id("d1")), passed(id("q1"))), quizFailedThrice()));
    }
  }

  @Nested
  class AnyOf {
    final CompletionRule rule = anyOf(passed(id("q1")), watched(id("v1"), 0.5));

    @Test
    void isMetWhenOnePartIs() {
      assertMet(explain(rule, e.played("v1", 0, 300)));
    }

    @Test
    void isNotMetWhileNoPartIsAndShowsTheProgressOfThePartFurthestAlong() {
      Explanation x = explain(rule, e.played("v1", 0, 150));

      assertOpen(x);
      assertThat(x.progress()).isEqualTo(0.5);
    }

    @Test
    void failsOnlyWhenEveryPartFails() {
      assertOpen(explain(rule, quizFailedThrice()));
      assertFailed(explain(anyOf(passed(id("q1")), scoreAtLeast(id("q1"), 0.9)), quizFailedThrice()));
    }
  }

  @Nested
  class AtLeast {
    final CompletionRule rule = atLeast(2, completed(id("d1")), markedDone(id("l1")), passed(id("q1")));

    @Test
    void isMetWhenEnoughPartsAre() {
      Explanation x = explain(rule, e.completed("d1"), e.scored("q1", 1, 0.9));

      assertMet(x);
      assertThat(x.measured()).hasValue(2);
    }

    @Test
    void isNotMetWithFewerAndCountsOnlyThePartsClosestToDone() {
      Explanation x = explain(rule, e.completed("d1"));

      assertOpen(x);
      assertThat(x.progress()).isEqualTo(0.5);
      assertThat(x.measured()).hasValue(1);
      assertThat(x.remaining().left()).isEqualTo(1);
    }

    @Test
    void failsWhenTooFewPartsCanStillBeMet() {
      CompletionRule twoOfThree = atLeast(2, passed(id("q1")), scoreAtLeast(id("q1"), 0.8), completed(id("d1")));

      assertFailed(explain(twoOfThree, quizFailedThrice()));
    }

    @Test
    void theCountMustBeBetweenOneAndTheNumberOfParts() {
      assertThatThrownBy(() -> atLeast(3, completed("a"), completed("b")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("atLeast.count:");
      assertThatThrownBy(() -> atLeast(0, completed("a")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("atLeast.count:");
    }
  }

  @Nested
  class Weighted {
    final CompletionRule rule = new CompletionRule.Weighted(List.of(
        new CompletionRule.Weight(3, watched(id("v1"), 0.9)),
        new CompletionRule.Weight(1, completed(id("d1")))), 0.75);

    @Test
    void isMetWhenTheMetPartsWeighEnough() {
      Explanation x = explain(rule, e.played("v1", 0, 600));

      assertMet(x);
      assertThat(x.measured()).hasValue(0.75);
    }

    @Test
    void isNotMetWhenTheMetPartsWeighTooLittle() {
      Explanation x = explain(rule, e.completed("d1"));

      assertOpen(x);
      assertThat(x.measured()).hasValue(0.25);
    }

    @Test
    void failsWhenThePartsStillOpenCannotReachTheThreshold() {
      CompletionRule heavyQuiz = new CompletionRule.Weighted(List.of(
          new CompletionRule.Weight(3, passed(id("q1"))),
          new CompletionRule.Weight(1, completed(id("d1")))), 0.5);

      assertFailed(explain(heavyQuiz, quizFailedThrice()));
    }

    @Test
    void weightsArePositiveAndTheThresholdAFraction() {
      assertThatThrownBy(() -> new CompletionRule.Weight(0, completed("a")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("weight:");
      assertThatThrownBy(() -> new CompletionRule.Weighted(List.of(new CompletionRule.Weight(1, completed("a"))), 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("weighted.threshold:");
      assertThatThrownBy(() -> new CompletionRule.Weighted(List.of(), 0.5))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("weighted.parts:");
    }
  }

  @Nested
  class ActivityCompleted {
    @Test
    void isMetByACompletedEventOrAMarkByHand() {
      assertMet(explain(completed(id("d1")), e.completed("d1")));
      assertMet(explain(completed(id("d1")), e.markedDone("d1")));
    }

    @Test
    void isNotMetByOpeningOrPartlyPlaying() {
      assertOpen(explain(completed(id("d1")), e.started("d1")));
      Explanation x = explain(completed(id("v1")), e.played("v1", 0, 300));
      assertOpen(x);
      assertThat(x.progress()).isEqualTo(0.5);
    }

    @Test
    void isMetByTheActivitysOwnRule() {
      Activity video = withRule(video("v1", Duration.ofMinutes(10)), watched(id("v1"), 0.8));
      Course c = TestCourses.course(completed(id("v1")), module("m1", video));

      assertMet(explain(c, NOW, e.played("v1", 0, 480)));
      assertOpen(explain(c, NOW, e.played("v1", 0, 470)));
    }

    @Test
    void failsWhenTheActivitysOwnRuleFails() {
      Activity quiz = withRule(assessment("q1", 20, 14, 3), passed(id("q1")));
      Course c = TestCourses.course(completed(id("q1")), module("m1", quiz));

      assertFailed(explain(c, NOW, quizFailedThrice()));
      assertMet(explain(c, NOW, e.completed("q1")));
    }
  }

  @Nested
  class ModuleCompleted {
    @Test
    void byDefaultNeedsEveryRequiredActivityOfTheModule() {
      CourseModule m2 = module("m2", document("d2"), optional(document("d3")));
      Course c = course(moduleCompleted(id("m2")), m2);

      assertMet(explain(c, NOW, e.completed("d2")));
      assertOpen(explain(c, NOW, e.completed("d3")));
    }

    @Test
    void followsTheModulesOwnRule() {
      CourseModule m2 = module("m2", anyOf(completed(id("d2")), completed(id("d3"))), document("d2"), document("d3"));
      Course c = course(moduleCompleted(id("m2")), m2);

      Explanation x = explain(c, NOW, e.completed("d3"));
      assertMet(x);
      assertThat(x.subject()).map(t -> t.get("en")).contains("Part m2");
    }

    @Test
    void failsWhenTheModulesRuleFails() {
      CourseModule m2 = module("m2", passed(id("q1")), document("d2"));

      assertFailed(explain(course(moduleCompleted(id("m2")), m2), NOW, quizFailedThrice()));
    }
  }

  @Nested
  class MediaPlayed {
    @Test
    void isMetWhenEnoughOfTheMediumWasPlayedCountingEachSecondOnce() {
      Explanation x = explain(watched(id("p1"), 0.9), e.played("p1", 0, 600), e.played("p1", 300, 1080));

      assertMet(x);
      assertThat(x.measured()).hasValue(0.9);
    }

    @Test
    void isNotMetByReplayingTheSamePart() {
      Explanation x = explain(watched(id("v1"), 0.9), e.played("v1", 0, 300), e.played("v1", 0, 300),
          e.played("v1", 100, 200));

      assertOpen(x);
      assertThat(x.measured()).hasValue(0.5);
      assertThat(x.progress()).isCloseTo(0.5 / 0.9, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void neverFailsWithoutADeadline() {
      assertOpen(explain(watched(id("v1"), 0.9), e.at(ENROLLED.plus(Duration.ofDays(400))).started("v1")));
    }

    @Test
    void theFractionIsBetweenZeroAndOne() {
      assertThatThrownBy(() -> watched("a", 1.5)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("mediaPlayed.fraction:");
      assertThatThrownBy(() -> watched(" ", 0.5)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("mediaPlayed.activity:");
    }
  }

  @Nested
  class ScoreAtLeast {
    @Test
    void isMetByTheBestAttempt() {
      Explanation x = explain(scoreAtLeast(id("q1"), 0.8), e.scored("q1", 1, 0.85), e.scored("q1", 2, 0.4));

      assertMet(x);
      assertThat(x.measured()).hasValue(0.85);
    }

    @Test
    void isNotMetBelowTheMinimumWhileAttemptsRemain() {
      Explanation x = explain(scoreAtLeast(id("q1"), 0.8), e.scored("q1", 1, 0.4));

      assertOpen(x);
      assertThat(x.progress()).isEqualTo(0.5);
    }

    @Test
    void failsWhenTheAttemptsAreUsedUpBelowTheMinimum() {
      assertFailed(explain(scoreAtLeast(id("q1"), 0.8), quizFailedThrice()));
    }
  }

  @Nested
  class Passed {
    @Test
    void isMetByAScoreAtTheAssessmentsPassingScore() {
      assertMet(explain(passed(id("q1")), e.scored("q1", 1, 0.7)));
      assertOpen(explain(passed(id("q1")), e.scored("q1", 1, 0.69)));
    }

    @Test
    void followsTheVerdictOfTheSourceWhenGiven() {
      assertMet(explain(passed(id("q1")), e.scored("q1", 1, 0.3, true)));
      assertOpen(explain(passed(id("q1")), e.scored("q1", 1, 0.95, false)));
    }

    @Test
    void failsWhenTheAttemptsAreUsedUpAndCountsEachAttemptOnce() {
      assertFailed(explain(passed(id("q1")), quizFailedThrice()));
      assertOpen(explain(passed(id("q1")), e.scored("q1", 1, 0.2), e.scored("q1", 1, 0.3), e.scored("q1", 2, 0.1)));
    }

    @Test
    void aPassOnTheLastAttemptIsAPass() {
      assertMet(explain(passed(id("q1")), e.scored("q1", 1, 0.2), e.scored("q1", 2, 0.5), e.scored("q1", 3, 0.75)));
    }
  }

  @Nested
  class TimeSpentAtLeast {
    @Test
    void isMetWhenTheSessionsTogetherLastLongEnough() {
      Explanation x = explain(timeSpent(Duration.ofMinutes(45)), e.spent(Duration.ofMinutes(30)),
          e.after(Duration.ofDays(1)).spentIn("d1", Duration.ofMinutes(15)));

      assertMet(x);
      assertThat(x.measured()).hasValue(45 * 60.0);
    }

    @Test
    void isNotMetByTheSameSessionReportedTwice() {
      ProgressEvent session = e.spent(Duration.ofMinutes(30));
      Explanation x = explain(timeSpent(Duration.ofMinutes(45)), session, session);

      assertOpen(x);
      assertThat(x.progress()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theMinimumMustBePositive() {
      assertThatThrownBy(() -> timeSpent(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("timeSpent.minimum:");
    }
  }

  @Nested
  class MarkedDone {
    @Test
    void isMetOnlyByAMarkByHand() {
      assertMet(explain(markedDone(id("l1")), e.markedDone("l1")));
      assertOpen(explain(markedDone(id("l1")), e.completed("l1")));
    }
  }

  @Nested
  class Before {
    final Instant deadline = ENROLLED.plus(Duration.ofDays(7));

    @Test
    void isMetByWhatHappenedByTheDeadline() {
      CompletionRule rule = before(deadline, completed(id("d1")));

      assertMet(explain(rule, e.at(deadline.minusSeconds(60)).completed("d1")));
      assertMet(explain(rule, e.at(deadline).completed("d1")));
    }

    @Test
    void eventsAfterTheDeadlineDoNotCount() {
      CompletionRule rule = before(deadline, watched(id("v1"), 0.9));

      Explanation x = explain(rule, e.at(deadline.minusSeconds(3600)).played("v1", 0, 300),
          e.at(deadline.plusSeconds(1)).played("v1", 300, 600));

      assertFailed(x);
      assertThat(x.parts().get(0).measured()).hasValue(0.5);
    }

    @Test
    void isStillOpenBeforeTheDeadlineAndFailsAfterIt() {
      CompletionRule rule = before(deadline, completed(id("d1")));

      assertOpen(explain(course(rule), deadline.minusSeconds(1), e.started("d1")));
      assertOpen(explain(course(rule), deadline, e.started("d1")));
      assertFailed(explain(course(rule), deadline.plusSeconds(1), e.started("d1")));
    }

    @Test
    void countsOnlyThePartOfASessionBeforeTheDeadline() {
      CompletionRule rule = before(deadline, timeSpent(Duration.ofHours(1)));

      Explanation x = explain(rule, e.at(deadline.minus(Duration.ofMinutes(30))).spent(Duration.ofHours(1)));

      assertThat(x.parts().get(0).measured()).hasValue(30 * 60.0);
      assertFailed(x);
    }

    @Test
    void aDeadlineInDaysCountsFromEnrolment() {
      CompletionRule rule = withinDays(7, completed(id("d1")));

      assertMet(explain(rule, e.after(Duration.ofDays(6)).completed("d1")));
      Explanation late = explain(rule, e.after(Duration.ofDays(8)).completed("d1"));
      assertFailed(late);
      assertThat(late.measured()).hasValue(ENROLLED.plus(Duration.ofDays(7)).getEpochSecond());
    }

    @Test
    void theDeadlineOfAnotherEnrolmentMovesWithIt() {
      Course c = course(withinDays(7, completed(id("d1"))));
      Instant enrolledLater = ENROLLED.plus(Duration.ofDays(5));
      ProgressState s = CourseEngine.of(c).start(enrolledLater)
          .apply(e.at(ENROLLED.plus(Duration.ofDays(10))).completed("d1"));

      assertThat(s.completion(ENROLLED.plus(Duration.ofDays(20))).explanation().met()).isTrue();
    }

    @Test
    void anEarlierDeadlineAroundALaterOneWins() {
      Activity video = withRule(video("v1", Duration.ofMinutes(10)), withinDays(40, watched(id("v1"), 0.9)));
      Course c = TestCourses.course(before(deadline, completed(id("v1"))), module("m1", video));

      Explanation late = explain(c, ENROLLED.plus(Duration.ofDays(50)),
          e.after(Duration.ofDays(20)).played("v1", 0, 600));
      Explanation onTime = explain(c, ENROLLED.plus(Duration.ofDays(50)),
          e.after(Duration.ofDays(2)).played("v1", 0, 600));

      assertFailed(late);
      assertMet(onTime);
    }

    @Test
    void aLaterDeadlineAroundAnEarlierOneKeepsTheEarlier() {
      Activity video = withRule(video("v1", Duration.ofMinutes(10)), before(deadline, watched(id("v1"), 0.9)));
      Course c = TestCourses.course(withinDays(40, completed(id("v1"))), module("m1", video));

      assertFailed(explain(c, ENROLLED.plus(Duration.ofDays(50)), e.after(Duration.ofDays(20)).played("v1", 0, 600)));
    }

    @Test
    void aDeadlineInDaysIsNotNegative() {
      assertThatThrownBy(() -> withinDays(-1, completed("a"))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("deadline.daysAfterEnrolment:");
    }
  }

  @Test
  void compositeRulesNeedParts() {
    assertThatThrownBy(() -> allOf(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allOf.rules: must not be empty");
    assertThatThrownBy(() -> anyOf(completed("a"), null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("anyOf.rules[1]: must not be null");
  }
}
