package org.framsteg.core.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.core.completion.CompletionRule.allOf;
import static org.framsteg.core.completion.CompletionRule.atLeast;
import static org.framsteg.core.completion.CompletionRule.before;
import static org.framsteg.core.completion.CompletionRule.completed;
import static org.framsteg.core.completion.CompletionRule.markedDone;
import static org.framsteg.core.completion.CompletionRule.moduleCompleted;
import static org.framsteg.core.completion.CompletionRule.passed;
import static org.framsteg.core.completion.CompletionRule.scoreAtLeast;
import static org.framsteg.core.completion.CompletionRule.timeSpent;
import static org.framsteg.core.completion.CompletionRule.watched;
import static org.framsteg.core.testing.TestCourses.ENROLLED;
import static org.framsteg.core.testing.TestCourses.assessment;
import static org.framsteg.core.testing.TestCourses.document;
import static org.framsteg.core.testing.TestCourses.id;
import static org.framsteg.core.testing.TestCourses.module;
import static org.framsteg.core.testing.TestCourses.podcast;
import static org.framsteg.core.testing.TestCourses.video;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.learner.Enrolment;
import org.framsteg.core.learner.EnrolmentStatus;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.core.testing.Events;
import org.framsteg.core.testing.TestCourses;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompletionTest {
  static final Locale SV = Locale.forLanguageTag("sv");
  static final Locale EN = Locale.ENGLISH;
  static final Instant DUE = ENROLLED.plus(Duration.ofDays(30));

  final Events e = new Events(ENROLLED.plus(Duration.ofHours(2)));

  @Nested
  class Status {
    final Course course = TestCourses.course(allOf(completed(id("d1")), passed(id("q1"))),
        module("m1", document("d1"), assessment("q1", 10, 6, 2)));
    final CourseEngine engine = CourseEngine.of(course);
    final ProgressState start = engine.start(
        Enrolment.of(Learner.mailbox("anna@example.org"), course.id(), ENROLLED).dueBy(DUE));
    final Instant beforeDue = DUE.minus(Duration.ofDays(1));

    CompletionStatus status(ProgressState s, Instant now) {
      return s.completion(now).status();
    }

    @Test
    void isNotStartedBeforeAnything() {
      assertThat(status(start, beforeDue)).isEqualTo(CompletionStatus.NOT_STARTED);
      assertThat(start.completion(beforeDue).percent()).isZero();
    }

    @Test
    void isInProgressOnceSomethingHappened() {
      assertThat(status(start.apply(e.started("d1")), beforeDue)).isEqualTo(CompletionStatus.IN_PROGRESS);
      assertThat(status(start.apply(e.spent(Duration.ofMinutes(5))), beforeDue))
          .isEqualTo(CompletionStatus.IN_PROGRESS);
    }

    @Test
    void isCompletedWhenTheRuleIsMetEvenAfterTheDueDate() {
      ProgressState done = start.apply(e.completed("d1")).apply(e.scored("q1", 1, 0.6));

      assertThat(status(done, beforeDue)).isEqualTo(CompletionStatus.COMPLETED);
      assertThat(status(done, DUE.plus(Duration.ofDays(3)))).isEqualTo(CompletionStatus.COMPLETED);
      assertThat(done.completion(beforeDue).percent()).isEqualTo(100);
      assertThat(done.completion(beforeDue).deadline()).isEmpty();
    }

    @Test
    void isCompletedWhenTheEnrolmentIsMarkedCompleted() {
      ProgressState s = start.apply(e.enrolment(EnrolmentStatus.COMPLETED));

      assertThat(status(s, beforeDue)).isEqualTo(CompletionStatus.COMPLETED);
    }

    @Test
    void failsWhenTheAttemptsAreUsedUp() {
      ProgressState s = start.apply(e.scored("q1", 1, 0.1)).apply(e.scored("q1", 2, 0.5));

      assertThat(status(s, beforeDue)).isEqualTo(CompletionStatus.FAILED);
      assertThat(s.completion(beforeDue).summary(EN)).isEqualTo("pass \u201cPart q1\u201d (no attempts left)");
      assertThat(s.completion(beforeDue).summary(SV)).isEqualTo("klara \u201dAvsnitt q1\u201d (inga försök kvar)");
    }

    @Test
    void expiresWhenTheDueDatePassesBeforeTheRuleIsMet() {
      ProgressState s = start.apply(e.completed("d1"));

      assertThat(status(s, DUE)).isEqualTo(CompletionStatus.IN_PROGRESS);
      assertThat(status(s, DUE.plusMillis(1))).isEqualTo(CompletionStatus.EXPIRED);
      assertThat(status(start, DUE.plusMillis(1))).isEqualTo(CompletionStatus.EXPIRED);
    }

    @Test
    void expiresWhenTheEnrolmentExpires() {
      ProgressState s = start.apply(e.completed("d1")).apply(e.enrolment(EnrolmentStatus.EXPIRED));

      assertThat(status(s, beforeDue)).isEqualTo(CompletionStatus.EXPIRED);
    }

    @Test
    void isWithdrawnWhenTheLearnerWithdrew() {
      ProgressState s = start.apply(e.completed("d1")).apply(e.enrolment(EnrolmentStatus.WITHDRAWN));

      assertThat(status(s, beforeDue)).isEqualTo(CompletionStatus.WITHDRAWN);
      assertThat(status(s, DUE.plus(Duration.ofDays(1)))).isEqualTo(CompletionStatus.WITHDRAWN);
    }

    @Test
    void isInProgressAgainAfterAReactivation() {
      ProgressState s = start.apply(e.completed("d1"))
          .apply(e.after(Duration.ofDays(3)).enrolment(EnrolmentStatus.WITHDRAWN))
          .apply(e.after(Duration.ofDays(4)).enrolment(EnrolmentStatus.ACTIVE));

      assertThat(status(s, beforeDue)).isEqualTo(CompletionStatus.IN_PROGRESS);
    }

    @Test
    void reEnrolmentAfterExpiryKeepsTheProgressAndHasTheNewDueDate() {
      Enrolment first = Enrolment.of(Learner.mailbox("anna@example.org"), course.id(), ENROLLED).dueBy(DUE);
      List<ProgressEvent> events = List.of(e.completed("d1"), e.scored("q1", 1, 0.2));
      Instant later = DUE.plus(Duration.ofDays(10));
      Enrolment again = first.expire(DUE.plusMillis(1)).reenrol(later, Optional.of(later.plus(Duration.ofDays(30))));

      ProgressState expired = engine.start(first.expire(DUE.plusMillis(1))).applyAll(events);
      ProgressState renewed = engine.start(again).applyAll(events);

      assertThat(status(expired, later)).isEqualTo(CompletionStatus.EXPIRED);
      assertThat(status(renewed, later.plus(Duration.ofDays(1)))).isEqualTo(CompletionStatus.IN_PROGRESS);
      assertThat(renewed.activity(id("d1")).completed()).isTrue();
      assertThat(renewed.completion(later).deadline()).contains(later.plus(Duration.ofDays(30)));
    }
  }

  @Nested
  class Percent {
    @Test
    void isTheProgressOfTheRuleRoundedDown() {
      Course c = TestCourses.course(allOf(completed(id("d1")), completed(id("d2")), watched(id("v1"), 0.9)),
          module("m1", document("d1"), document("d2"), video("v1", Duration.ofMinutes(10))));
      ProgressState s = CourseEngine.of(c).start(ENROLLED).apply(e.completed("d1")).apply(e.played("v1", 0, 270));

      // (1 + 0 + 0.45 / 0.9) / 3 = 0.5
      assertThat(s.completion(DUE).percent()).isEqualTo(50);
    }

    @Test
    void isNever100UntilCompleted() {
      Course c = TestCourses.course(watched(id("v1"), 0.999),
          module("m1", video("v1", Duration.ofMinutes(1000))));
      ProgressState s = CourseEngine.of(c).start(ENROLLED).apply(e.played("v1", 0, 59_939));

      Completion almost = s.completion(DUE);
      assertThat(almost.status()).isEqualTo(CompletionStatus.IN_PROGRESS);
      assertThat(almost.percent()).isEqualTo(99);
      assertThat(s.apply(e.played("v1", 0, 59_940)).completion(DUE).percent()).isEqualTo(100);
    }
  }

  /** The example of the documentation: 15 videos and at least 6 of 8 podcast episodes. */
  @Nested
  class RemainingSummary {
    final List<Activity> videos = new ArrayList<>();
    final List<Activity> episodes = new ArrayList<>();
    final Course course;
    final Instant now = ENROLLED.plus(Duration.ofDays(18));

    RemainingSummary() {
      for (int i = 1; i <= 15; i++) {
        videos.add(video("v" + i, Duration.ofMinutes(40)));
      }
      for (int i = 1; i <= 8; i++) {
        episodes.add(podcast("p" + i, Duration.ofMinutes(30)));
      }
      course = TestCourses.course(
          allOf(allOf(videos.stream().map(v -> watched(v.id(), 0.9)).toList()),
              atLeast(6, episodes.stream().map(p -> watched(p.id(), 0.9)).toList())),
          module("videor", videos.toArray(Activity[]::new)), module("poddar", episodes.toArray(Activity[]::new)));
    }

    ProgressState eleven(int episodesDone) {
      ProgressState s = CourseEngine.of(course)
          .start(Enrolment.of(Learner.mailbox("anna@example.org"), course.id(), ENROLLED).dueBy(DUE));
      for (int i = 1; i <= 11; i++) {
        s = s.apply(e.played("v" + i, 0, 2400));
      }
      s = s.apply(e.played("v12", 0, 14 * 60));
      for (int i = 1; i <= episodesDone; i++) {
        s = s.apply(e.played("p" + i, 0, 1800));
      }
      return s;
    }

    @Test
    void countsTheVideosLeftAndTheMaterialTheyNeed() {
      Completion c = eleven(6).completion(now);

      assertThat(c.status()).isEqualTo(CompletionStatus.IN_PROGRESS);
      assertThat(c.remaining().needed(MediaKind.VIDEO)).isEqualTo(15);
      assertThat(c.remaining().left(MediaKind.VIDEO)).isEqualTo(4);
      assertThat(c.remaining().needed(MediaKind.PODCAST_EPISODE)).isEqualTo(6);
      assertThat(c.remaining().left(MediaKind.PODCAST_EPISODE)).isZero();
      assertThat(c.remaining().material()).isEqualTo(Duration.ofMinutes(130));
      assertThat(c.deadline()).contains(DUE);
      assertThat(c.summary(EN)).isEqualTo("4 of 15 videos left, about 2 h 10 min of material; deadline in 12 days");
      assertThat(c.summary(SV)).isEqualTo("4 av 15 videor kvar, cirka 2 tim 10 min material; sista dag om 12 dagar");
    }

    @Test
    void countsOnlyTheEpisodesClosestToDoneOfThoseStillNeeded() {
      ProgressState s = eleven(4).apply(e.played("p5", 0, 900));
      Completion c = s.completion(now);

      assertThat(c.remaining().left(MediaKind.PODCAST_EPISODE)).isEqualTo(2);
      assertThat(c.remaining().material()).isEqualTo(Duration.ofMinutes(130 + 12 + 27));
      assertThat(c.summary(EN)).isEqualTo(
          "4 of 15 videos and 2 of 6 podcast episodes left, about 2 h 49 min of material; deadline in 12 days");
      assertThat(c.summary(SV)).isEqualTo(
          "4 av 15 videor och 2 av 6 poddavsnitt kvar, cirka 2 tim 49 min material; sista dag om 12 dagar");
    }

    @Test
    void saysWhenTheDeadlineIsTodayOrHasPassed() {
      Completion today = eleven(6).completion(DUE.minus(Duration.ofHours(3)));
      assertThat(today.summary(EN)).endsWith("; deadline in 1 day");
      assertThat(eleven(6).completion(DUE).summary(EN)).endsWith("; deadline today");
      Completion late = eleven(6).completion(DUE.plus(Duration.ofDays(3)));
      assertThat(late.status()).isEqualTo(CompletionStatus.EXPIRED);
      assertThat(late.summary(EN)).endsWith("; deadline passed 3 days ago");
      assertThat(late.summary(SV)).endsWith("; sista dag passerades för 3 dagar sedan");
    }

    @Test
    void aCompletedCourseSaysSo() {
      ProgressState s = eleven(6);
      for (int i = 12; i <= 15; i++) {
        s = s.apply(e.played("v" + i, 0, 2400));
      }

      Completion c = s.completion(now);
      assertThat(c.summary(EN)).isEqualTo("Completed.");
      assertThat(c.summary(SV)).isEqualTo("Slutförd.");
      assertThat(c.describe(EN)).startsWith("Completed, 100%: Completed.\n[x] all of these\n");
    }
  }

  @Nested
  class Explanations {
    final Course course = TestCourses.course(allOf(watched(id("v1"), 0.9), passed(id("q1")),
            atLeast(2, completed(id("d1")), markedDone(id("d2")), scoreAtLeast(id("q1"), 0.8)),
            new CompletionRule.Weighted(List.of(new CompletionRule.Weight(1, moduleCompleted(id("m2"))),
                new CompletionRule.Weight(3, timeSpent(Duration.ofHours(1)))), 0.75),
            before(ENROLLED.plus(Duration.ofDays(20)), watched(id("p1"), 0.5))),
        module("m1", video("v1", Duration.ofMinutes(10)), assessment("q1", 20, 14, 3), document("d1")),
        module("m2", document("d2"), podcast("p1", Duration.ofMinutes(30))));
    final ProgressState s = CourseEngine.of(course).start(ENROLLED)
        .apply(e.played("v1", 0, 270)).apply(e.scored("q1", 1, 0.65)).apply(e.completed("d1"))
        .apply(e.spent(Duration.ofMinutes(20)));

    @Test
    void inEnglish() {
      Completion c = s.completion(ENROLLED.plus(Duration.ofDays(25)));

      assertThat(c.explanation().describe(EN)).isEqualTo(String.join("\n",
          "[!] all of these",
          "  [ ] watch 90% of \u201cPart v1\u201d (45% watched)",
          "  [ ] pass \u201cPart q1\u201d",
          "  [ ] at least 2 of these (1 done)",
          "    [x] complete \u201cPart d1\u201d",
          "    [ ] be marked done on \u201cPart d2\u201d",
          "    [ ] score at least 80% on \u201cPart q1\u201d (best so far: 65%)",
          "  [ ] parts weighing at least 75% of the whole (0% so far)",
          "    [ ] complete the module \u201cPart m2\u201d",
          "      [ ] all of these",
          "        [ ] complete \u201cPart d2\u201d",
          "        [ ] complete \u201cPart p1\u201d",
          "    [ ] spend at least 1 h in the course (20 min so far)",
          "  [!] by 2026-02-01 (deadline passed)",
          "    [ ] listen to 50% of \u201cPart p1\u201d (0% listened to)",
          ""));
      assertThat(c.status()).isEqualTo(CompletionStatus.FAILED);
      assertThat(c.summary(EN)).isEqualTo("by 2026-02-01 (deadline passed)");
      assertThat(c.summary(SV)).isEqualTo("senast 2026-02-01 (sista dagen har passerat)");
    }

    @Test
    void inSwedish() {
      Completion c = s.completion(ENROLLED.plus(Duration.ofDays(10)));

      assertThat(c.explanation().describe(SV)).isEqualTo(String.join("\n",
          "[ ] allt detta",
          "  [ ] se 90 % av \u201dAvsnitt v1\u201d (45 % sett)",
          "  [ ] klara \u201dAvsnitt q1\u201d",
          "  [ ] minst 2 av dessa (1 klar)",
          "    [x] slutför \u201dAvsnitt d1\u201d",
          "    [ ] bli markerad som klar på \u201dAvsnitt d2\u201d",
          "    [ ] få minst 80 % på \u201dAvsnitt q1\u201d (bästa hittills: 65 %)",
          "  [ ] delar som väger minst 75 % av helheten (hittills 0 %)",
          "    [ ] slutför modulen \u201dAvsnitt m2\u201d",
          "      [ ] allt detta",
          "        [ ] slutför \u201dAvsnitt d2\u201d",
          "        [ ] slutför \u201dAvsnitt p1\u201d",
          "    [ ] ägna minst 1 tim åt kursen (hittills 20 min)",
          "  [ ] senast 2026-02-01",
          "    [ ] lyssna på 50 % av \u201dAvsnitt p1\u201d (0 % lyssnat)",
          ""));
      assertThat(c.describe(SV)).startsWith("Pågår, ");
    }

    @Test
    void otherLanguagesGetEnglishAndTitlesFollowTheLocale() {
      Completion c = s.completion(ENROLLED.plus(Duration.ofDays(10)));

      assertThat(c.explanation().describe(Locale.GERMAN)).isEqualTo(c.explanation().describe(EN));
      assertThat(c.explanation().parts().get(0).sentence(Locale.forLanguageTag("sv-FI")))
          .isEqualTo("se 90 % av \u201dAvsnitt v1\u201d (45 % sett)");
    }

    @Test
    void theUnmetLeavesAreTheThingsLeftToDo() {
      Completion c = s.completion(ENROLLED.plus(Duration.ofDays(10)));

      assertThat(c.explanation().unmetLeaves()).extracting(x -> x.rule()).containsExactly(
          watched(id("v1"), 0.9), passed(id("q1")), markedDone(id("d2")), scoreAtLeast(id("q1"), 0.8),
          completed(id("d2")), completed(id("p1")), timeSpent(Duration.ofHours(1)), watched(id("p1"), 0.5));
    }
  }

  @Test
  void percentMustBeBetweenZeroAndHundred() {
    Explanation x = new Explanation(timeSpent(Duration.ofMinutes(1)), Optional.empty(), Optional.empty(), false,
        false, 0, java.util.OptionalDouble.empty(), List.of(), Remaining.NONE);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Completion(CompletionStatus.IN_PROGRESS, 101, x,
        Remaining.NONE, Optional.empty(), ENROLLED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("percent:");
  }
}
