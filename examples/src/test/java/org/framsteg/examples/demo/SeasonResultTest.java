package org.framsteg.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.examples.SeedCourse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeasonResultTest {
  private static SeasonResult result;

  @BeforeAll
  static void season() {
    result = SeasonResult.of(Simulation.of(SeedCourse.create(), Season.of(120, 99L)), SeasonResult.Progress.NONE);
  }

  @Test
  void completionByWeekIsCumulativeAndEndsWithEveryoneWhoCompleted() {
    int[] completed = result.completedByWeek();
    int[] enrolled = result.enrolledByWeek();
    assertThat(completed).hasSize(20);
    for (int w = 1; w < completed.length; w++) {
      assertThat(completed[w]).isGreaterThanOrEqualTo(completed[w - 1]);
      assertThat(enrolled[w]).isGreaterThanOrEqualTo(enrolled[w - 1]);
      assertThat(completed[w]).isLessThanOrEqualTo(enrolled[w]);
    }
    assertThat(completed[19]).isEqualTo(result.count(CompletionStatus.COMPLETED)).isPositive();
    assertThat(enrolled[19]).isEqualTo(120);
  }

  @Test
  void everyLearnerWhoDidNotCompleteStoppedSomewhereOrNeverStarted() {
    int stopped = result.stops().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(stopped + result.stoppedBeforeStarting())
        .isEqualTo(result.outcomes().size() - result.count(CompletionStatus.COMPLETED));
    assertThat(result.stops()).hasSize(23);
  }

  @Test
  void theWatchedShareIsTheMeanOverAllLearners() {
    assertThat(result.watchedShare()).hasSize(15);
    result.watchedShare().forEach((id, share) -> {
      assertThat(share).isBetween(0.0, 1.0);
      assertThat(result.watchedEnough().get(id)).isBetween(result.count(CompletionStatus.COMPLETED), 120);
    });
  }

  @Test
  void theOutcomeIsTheEngineFoldOfTheEvents() {
    CourseEngine engine = result.engine();
    IntStream.of(0, 17, 64).forEach(i -> {
      LearnerOutcome o = result.outcomes().get(i);
      var folded = engine.start(o.history().enrolment()).applyAll(o.history().events());
      assertThat(o.state()).isEqualTo(folded);
      assertThat(o.completion()).isEqualTo(folded.completion(result.season().end()));
    });
  }
}
