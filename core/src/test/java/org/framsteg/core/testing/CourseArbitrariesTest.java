package org.framsteg.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.testing.CourseArbitraries.CourseWithEvents;

/** The shared generators keep their promises: shapes, ids and event streams as documented. */
class CourseArbitrariesTest {

  @Provide
  Arbitrary<Course> courses() {
    return CourseArbitraries.courses();
  }

  @Provide
  Arbitrary<CourseWithEvents> data() {
    return CourseArbitraries.coursesWithEvents();
  }

  @Property(tries = 200)
  void coursesHaveOneToFourModulesOfOneToEightActivitiesWithIriIds(@ForAll("courses") Course course) {
    assertThat(course.id()).matches("https://example\\.org/c/\\d+");
    assertThat(course.modules()).hasSizeBetween(1, 4);
    for (CourseModule m : course.modules()) {
      assertThat(m.id()).startsWith(course.id() + "/");
      assertThat(m.activities()).hasSizeBetween(1, 8);
      for (Activity a : m.activities()) {
        assertThat(a.id()).startsWith(m.id() + "/");
        assertThat(a.title().asMap()).containsKeys("sv", "en");
      }
    }
  }

  @Property(tries = 1)
  void aSampleOfCoursesUsesEveryMediaKindAndEveryRuleKind() {
    Set<MediaKind> kinds = EnumSet.noneOf(MediaKind.class);
    Set<Class<?>> rules = new HashSet<>();
    CourseArbitraries.courses().sampleStream().limit(300).forEach(c -> {
      c.activities().forEach(a -> kinds.add(a.media().kind()));
      c.completion().ifPresent(r -> collect(r, rules));
      c.modules().forEach(m -> m.completion().ifPresent(r -> collect(r, rules)));
      c.activities().forEach(a -> a.completion().ifPresent(r -> collect(r, rules)));
    });
    assertThat(kinds).containsExactlyInAnyOrder(MediaKind.values());
    assertThat(rules).containsExactlyInAnyOrder(CompletionRule.class.getPermittedSubclasses());
  }

  @Property(tries = 200)
  void eventsHaveUniqueIdsKnownActivitiesAndTimestampsFromEnrolment(@ForAll("data") CourseWithEvents d) {
    Set<String> ids = new HashSet<>();
    for (ProgressEvent e : d.events()) {
      assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
      assertThat(e.timestamp()).isBetween(d.enrolledAt(), d.enrolledAt().plus(CourseArbitraries.HORIZON)
          .plus(java.time.Duration.ofHours(2)));
      e.activity().ifPresent(a -> assertThat(d.engine().knows(a)).isTrue());
    }
  }

  private static void collect(CompletionRule rule, Set<Class<?>> out) {
    out.add(rule.getClass());
    if (rule instanceof CompletionRule.AllOf r) {
      r.rules().forEach(x -> collect(x, out));
    } else if (rule instanceof CompletionRule.AnyOf r) {
      r.rules().forEach(x -> collect(x, out));
    } else if (rule instanceof CompletionRule.AtLeast r) {
      r.rules().forEach(x -> collect(x, out));
    } else if (rule instanceof CompletionRule.Weighted r) {
      r.parts().forEach(x -> collect(x.rule(), out));
    } else if (rule instanceof CompletionRule.Before r) {
      collect(r.rule(), out);
    }
  }
}
