package org.framsteg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.core.testing.TestCourses.ENROLLED;
import static org.framsteg.core.testing.TestCourses.courseOf;
import static org.framsteg.core.testing.TestCourses.document;
import static org.framsteg.core.testing.TestCourses.id;

import java.util.Optional;
import org.framsteg.core.course.Course;
import org.framsteg.core.learner.EnrolmentStatus;
import org.junit.jupiter.api.Test;

class CourseEngineTest {
  final Course course = courseOf(Optional.empty(), document("d1"));
  final CourseEngine engine = CourseEngine.of(course);

  @Test
  void anEngineKnowsTheActivitiesOfItsCourse() {
    assertThat(engine.course()).isSameAs(course);
    assertThat(engine.knows(id("d1"))).isTrue();
    assertThat(engine.knows(id("d2"))).isFalse();
    assertThat(engine).hasToString("CourseEngine[https://example.org/kurs v1]");
  }

  @Test
  void aLearnerEnrolledAtAnInstantIsActiveWithoutADueDate() {
    var s = engine.start(ENROLLED);

    assertThat(s.enrolmentStatus()).isEqualTo(EnrolmentStatus.ACTIVE);
    assertThat(s.due()).isEmpty();
    assertThat(s.enrolledAt()).isEqualTo(ENROLLED);
    assertThat(s.engine()).isSameAs(engine);
  }

  @Test
  void aCourseWithoutRequiredModulesIsCompletedByAllItsModules() {
    Course c = Course.builder().from(course).modules(java.util.List.of(
        org.framsteg.core.course.CourseModule.builder().from(course.modules().get(0)).required(false).build()))
        .build();
    var s = CourseEngine.of(c).start(ENROLLED);

    assertThat(s.completion(ENROLLED).explanation().met()).isFalse();
    assertThat(s.apply(new org.framsteg.core.progress.ProgressEvent.Completed("e1", ENROLLED, id("d1")))
        .completion(ENROLLED).isCompleted()).isTrue();
  }
}
