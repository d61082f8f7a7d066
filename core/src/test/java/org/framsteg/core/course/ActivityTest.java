package org.framsteg.core.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.framsteg.core.testing.TestCourses.document;
import static org.framsteg.core.testing.TestCourses.video;

import java.time.Duration;
import org.framsteg.core.Violation;
import org.junit.jupiter.api.Test;

class ActivityTest {

  @Test
  void anActivityIsRequiredUnlessSaidOtherwise() {
    assertThat(document("d1").required()).isTrue();
    assertThat(Activity.builder().from(document("d1")).required(false).build().required()).isFalse();
  }

  @Test
  void theEffortIsTheEstimateElseTheDurationElseZero() {
    assertThat(video("v1", Duration.ofMinutes(12)).effort()).isEqualTo(Duration.ofMinutes(12));
    assertThat(document("d1").effort()).isZero();
    assertThat(Activity.builder().from(document("d1")).estimatedTime(Duration.ofMinutes(20)).build().effort())
        .isEqualTo(Duration.ofMinutes(20));
    assertThat(Activity.builder().from(video("v1", Duration.ofMinutes(12))).estimatedTime(Duration.ofMinutes(30))
        .build().effort()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void anEstimatedTimeMustBePositive() {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class,
        () -> Activity.builder().from(document("d1")).estimatedTime(Duration.ZERO).build());

    assertThat(e.violations()).containsExactly(new Violation("estimatedTime", "must be positive"));
  }

  @Test
  void anEstimatedTimeMustBeWithinWhatCanBeSummed() {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class,
        () -> Activity.builder().from(document("d1")).estimatedTime(Duration.ofSeconds(Long.MAX_VALUE)).build());

    assertThat(e.violations()).extracting(Violation::path).containsExactly("estimatedTime");
  }

  @Test
  void aCopyWithAChangedFieldKeepsTheOthers() {
    Activity a = video("v1", Duration.ofMinutes(12));
    Activity b = Activity.builder().from(a).required(false).build();

    assertThat(b.id()).isEqualTo(a.id());
    assertThat(b.media()).isEqualTo(a.media());
    assertThat(b).isNotEqualTo(a);
  }
}
