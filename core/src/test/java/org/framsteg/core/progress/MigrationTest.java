package org.framsteg.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.testing.CourseArbitraries;
import org.framsteg.core.testing.CourseArbitraries.CourseWithEvents;

/** Moving progress between versions of a course. */
class MigrationTest {

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
    assertThat(m.state()).isEqualTo(target.start(d.enrolment()).applyAll(restricted(d.events(), removed)));
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
        if (random.nextInt(10) < 4) {
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
