package org.framsteg.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import java.util.Optional;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.testing.TestCourses;
import org.framsteg.core.testing.CourseArbitraries;
import org.framsteg.core.testing.CourseArbitraries.CourseWithEvents;

/**
 * The laws of folding events into a state: order does not matter, repetition does not matter,
 * and two partial folds merge into the whole.
 */
class ProgressStateLawsTest {

  @Provide
  Arbitrary<CourseWithEvents> data() {
    return CourseArbitraries.coursesWithEvents();
  }

  @Provide
  Arbitrary<Duration> evaluatedAfter() {
    return Arbitraries.longs().between(0, Duration.ofDays(100).toSeconds()).map(Duration::ofSeconds);
  }

  @Property(tries = 300)
  void theFinalStateIsTheSameForAnyOrderOfTheSameEvents(@ForAll("data") CourseWithEvents d,
      @ForAll Random random) {
    ProgressState inOrder = d.folded();
    ProgressState shuffled = d.start().applyAll(shuffle(d.events(), random));

    assertThat(shuffled).isEqualTo(inOrder);
    assertThat(shuffled.hashCode()).isEqualTo(inOrder.hashCode());
  }

  @Property(tries = 300)
  void foldingInOneBatchEqualsApplyingEventsOneByOne(@ForAll("data") CourseWithEvents d,
      @ForAll Random random) {
    List<ProgressEvent> events = shuffle(d.events(), random);
    ProgressState oneByOne = d.start();
    for (ProgressEvent e : events) {
      oneByOne = oneByOne.apply(e);
    }
    int split = events.size() / 2;
    ProgressState twoBatches = d.start().applyAll(events.subList(0, split))
        .applyAll(events.subList(split, events.size()));

    assertThat(d.start().applyAll(events)).isEqualTo(oneByOne);
    assertThat(twoBatches).isEqualTo(oneByOne);
  }

  @Property(tries = 300)
  void applyingAnEventASecondTimeChangesNothing(@ForAll("data") CourseWithEvents d) {
    ProgressState once = d.folded();
    for (ProgressEvent e : d.events()) {
      assertThat(once.apply(e)).as("again: %s", e).isEqualTo(once);
    }
    List<ProgressEvent> twice = new ArrayList<>(d.events());
    twice.addAll(d.events());
    assertThat(d.start().applyAll(twice)).isEqualTo(once);
  }

  @Property(tries = 300)
  void foldingTwoHalvesAndMergingEqualsFoldingAll(@ForAll("data") CourseWithEvents d,
      @ForAll @IntRange(min = 0, max = 100) int splitPercent, @ForAll Random random) {
    List<ProgressEvent> events = shuffle(d.events(), random);
    int split = events.size() * splitPercent / 100;
    ProgressState first = d.start().applyAll(events.subList(0, split));
    ProgressState second = d.start().applyAll(events.subList(split, events.size()));
    ProgressState all = d.folded();

    assertThat(first.merge(second)).isEqualTo(all);
    assertThat(second.merge(first)).isEqualTo(all);
    assertThat(first.merge(second).hashCode()).isEqualTo(all.hashCode());
  }

  @Property(tries = 200)
  void mergingIsIdempotentAndMergingWithTheStartChangesNothing(@ForAll("data") CourseWithEvents d) {
    ProgressState all = d.folded();

    assertThat(all.merge(all)).isEqualTo(all);
    assertThat(all.merge(d.start())).isEqualTo(all);
    assertThat(d.start().merge(all)).isEqualTo(all);
  }

  @Property(tries = 300)
  void completionIsTheSameForAnyOrderOfTheSameEvents(@ForAll("data") CourseWithEvents d,
      @ForAll Random random, @ForAll("evaluatedAfter") Duration after) {
    Instant now = d.enrolledAt().plus(after);
    Completion inOrder = d.folded().completion(now);
    Completion shuffled = d.start().applyAll(shuffle(d.events(), random)).completion(now);

    assertThat(shuffled.status()).isEqualTo(inOrder.status());
    assertThat(shuffled.percent()).isEqualTo(inOrder.percent());
    assertThat(shuffled.explanation()).isEqualTo(inOrder.explanation());
    assertThat(shuffled.remaining()).isEqualTo(inOrder.remaining());
    assertThat(shuffled.deadline()).isEqualTo(inOrder.deadline());
  }

  @Property(tries = 300)
  void completionIsConsistentWithItself(@ForAll("data") CourseWithEvents d,
      @ForAll("evaluatedAfter") Duration after) {
    Completion c = d.folded().completion(d.enrolledAt().plus(after));

    assertThat(c.percent()).isBetween(0, 100);
    assertThat(c.percent() == 100).isEqualTo(c.isCompleted());
    assertThat(c.explanation().progress()).isBetween(0.0, 1.0);
    assertThat(c.explanation().met() && c.explanation().failed()).isFalse();
    assertThat(c.remaining().left()).isGreaterThanOrEqualTo(0);
    assertThat(c.summary(java.util.Locale.ENGLISH)).isNotBlank();
    assertThat(c.describe(java.util.Locale.forLanguageTag("sv"))).isNotBlank();
  }

  @Property(tries = 200)
  void playedSharesNeverExceedTheMedia(@ForAll("data") CourseWithEvents d) {
    ProgressState s = d.folded();
    d.course().activities().forEach(a -> {
      ActivityProgress p = s.activity(a.id());
      if (a.media() instanceof org.framsteg.core.course.TimedMedia t) {
        assertThat(p.played().covered()).isLessThanOrEqualTo(t.duration());
        assertThat(p.played().coverage(t.duration())).isBetween(0.0, 1.0);
        p.position().ifPresent(pos -> assertThat(pos).isLessThanOrEqualTo(t.duration()));
      } else {
        assertThat(p.played().isEmpty()).isTrue();
        assertThat(p.position()).isEmpty();
      }
    });
  }

  @Provide
  Arbitrary<List<int[]>> sessions() {
    return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 600),
            Arbitraries.integers().between(0, 120))
        .as((start, length) -> new int[] {start, length}).list().ofMaxSize(12);
  }

  @Property
  void timeSpentIsTheUnionOfTheSessionsAndARepeatedSessionCountsOnce(@ForAll("sessions") List<int[]> sessions,
      @ForAll Random random) {
    CourseEngine engine = CourseEngine.of(TestCourses.courseOf(Optional.empty(), TestCourses.document("d1")));
    List<ProgressEvent> events = new ArrayList<>();
    boolean[] minutes = new boolean[720];
    for (int[] s : sessions) {
      Instant start = TestCourses.ENROLLED.plus(Duration.ofMinutes(s[0]));
      events.add(new ProgressEvent.TimeSpent("t" + events.size(), start, start.plus(Duration.ofMinutes(s[1]))));
      for (int m = s[0]; m < s[0] + s[1]; m++) {
        minutes[m] = true;
      }
    }
    int covered = 0;
    for (boolean m : minutes) {
      covered += m ? 1 : 0;
    }

    ProgressState once = engine.start(TestCourses.ENROLLED).applyAll(events);
    List<ProgressEvent> again = new ArrayList<>(events);
    again.addAll(shuffle(events, random));
    ProgressState twice = engine.start(TestCourses.ENROLLED).applyAll(again);

    assertThat(once.timeSpent()).isEqualTo(Duration.ofMinutes(covered));
    assertThat(twice).isEqualTo(once);
    assertThat(twice.timeSpent()).isEqualTo(once.timeSpent());
  }

  static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
