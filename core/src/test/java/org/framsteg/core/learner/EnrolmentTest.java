package org.framsteg.core.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.framsteg.core.Violation;
import org.framsteg.core.course.CourseValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnrolmentTest {
  static final Learner ANNA = Learner.mailbox("anna@example.org");
  static final String COURSE = "https://example.org/kurs";
  static final Instant T0 = Instant.parse("2026-01-12T08:00:00Z");
  static final Instant T1 = T0.plus(Duration.ofDays(3));

  /** The moves a user can ask for, by the status they lead to. */
  static final Map<EnrolmentStatus, BiFunction<Enrolment, Instant, Enrolment>> MOVES = Map.of(
      EnrolmentStatus.ACTIVE, Enrolment::activate,
      EnrolmentStatus.COMPLETED, Enrolment::complete,
      EnrolmentStatus.WITHDRAWN, Enrolment::withdraw,
      EnrolmentStatus.EXPIRED, Enrolment::expire);

  /** An enrolment in the given status. */
  static Enrolment in(EnrolmentStatus status) {
    Enrolment active = Enrolment.of(ANNA, COURSE, T0);
    return switch (status) {
      case INVITED -> Enrolment.invite(ANNA, COURSE, T0);
      case ACTIVE -> active;
      case COMPLETED -> active.complete(T0);
      case WITHDRAWN -> active.withdraw(T0);
      case EXPIRED -> active.expire(T0);
    };
  }

  @Test
  void anEnrolmentIsActiveFromItsStartAndAnInvitationIsInvited() {
    Enrolment e = Enrolment.of(ANNA, COURSE, T0);

    assertThat(e.status()).isEqualTo(EnrolmentStatus.ACTIVE);
    assertThat(e.enrolledAt()).isEqualTo(T0);
    assertThat(e.due()).isEmpty();
    assertThat(Enrolment.invite(ANNA, COURSE, T0).status()).isEqualTo(EnrolmentStatus.INVITED);
  }

  @Test
  void theLegalTransitionsAreExactlyThese() {
    assertThat(EnrolmentStatus.INVITED.next()).containsExactlyInAnyOrder(
        EnrolmentStatus.ACTIVE, EnrolmentStatus.WITHDRAWN, EnrolmentStatus.EXPIRED);
    assertThat(EnrolmentStatus.ACTIVE.next()).containsExactlyInAnyOrder(
        EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN, EnrolmentStatus.EXPIRED);
    assertThat(EnrolmentStatus.COMPLETED.next()).isEmpty();
    assertThat(EnrolmentStatus.WITHDRAWN.next()).containsExactly(EnrolmentStatus.ACTIVE);
    assertThat(EnrolmentStatus.EXPIRED.next()).containsExactly(EnrolmentStatus.ACTIVE);
  }

  @ParameterizedTest
  @EnumSource(EnrolmentStatus.class)
  void everyLegalMoveChangesTheStatusAndRecordsWhen(EnrolmentStatus from) {
    for (EnrolmentStatus to : from.next()) {
      Enrolment moved = MOVES.get(to).apply(in(from), T1);

      assertThat(moved.status()).as("%s -> %s", from, to).isEqualTo(to);
      assertThat(moved.changedAt()).contains(T1);
      assertThat(moved.enrolledAt()).isEqualTo(T0);
      assertThat(moved.learner()).isEqualTo(ANNA);
    }
  }

  @ParameterizedTest
  @EnumSource(EnrolmentStatus.class)
  void everyIllegalMoveIsRefusedNamingBothStatuses(EnrolmentStatus from) {
    EnumSet<EnrolmentStatus> illegal = EnumSet.complementOf(EnumSet.copyOf(from.next().isEmpty()
        ? EnumSet.noneOf(EnrolmentStatus.class) : from.next()));
    illegal.remove(EnrolmentStatus.INVITED); // nothing moves back to an invitation, and no method asks to
    for (EnrolmentStatus to : illegal) {
      Enrolment before = in(from);

      IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
          () -> MOVES.get(to).apply(before, T1));

      assertThat(e).as("%s -> %s", from, to).isNotNull();
      assertThat(e.from()).isEqualTo(from);
      assertThat(e.to()).isEqualTo(to);
      assertThat(e.getMessage()).contains("mailto:anna@example.org").contains("from " + from)
          .contains("to " + to);
    }
  }

  @Test
  void theMessageSaysWhatIsAllowed() {
    assertThatThrownBy(() -> in(EnrolmentStatus.COMPLETED).withdraw(T1))
        .hasMessage("enrolment of mailto:anna@example.org: cannot move from COMPLETED to WITHDRAWN; allowed: none");
    assertThatThrownBy(() -> in(EnrolmentStatus.EXPIRED).complete(T1))
        .hasMessage("enrolment of mailto:anna@example.org: cannot move from EXPIRED to COMPLETED; allowed: [ACTIVE]");
  }

  @Test
  void reEnrolmentAfterExpiryStartsAnewWithANewDueDate() {
    Enrolment expired = Enrolment.of(ANNA, COURSE, T0).dueBy(T0.plus(Duration.ofDays(30))).expire(T1);
    Instant again = T0.plus(Duration.ofDays(40));

    Enrolment renewed = expired.reenrol(again, Optional.of(again.plus(Duration.ofDays(30))));

    assertThat(renewed.status()).isEqualTo(EnrolmentStatus.ACTIVE);
    assertThat(renewed.enrolledAt()).isEqualTo(again);
    assertThat(renewed.changedAt()).contains(again);
    assertThat(renewed.due()).contains(again.plus(Duration.ofDays(30)));
    assertThat(renewed.withdraw(again).status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
  }

  @Test
  void reEnrolmentWithoutADueDateDropsTheOldOne() {
    Enrolment expired = Enrolment.of(ANNA, COURSE, T0).dueBy(T0.plus(Duration.ofDays(30))).expire(T1);

    assertThat(expired.reenrol(T1, Optional.empty()).due()).isEmpty();
  }

  @Test
  void reEnrolmentAfterWithdrawalIsAllowedButNotWhileActiveOrCompleted() {
    assertThat(in(EnrolmentStatus.WITHDRAWN).reenrol(T1, Optional.empty()).status()).isEqualTo(EnrolmentStatus.ACTIVE);
    for (EnrolmentStatus s : EnumSet.of(EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED)) {
      IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
          () -> in(s).reenrol(T1, Optional.empty()));
      assertThat(e).as("re-enrol from %s", s).isNotNull();
      assertThat(e.getMessage()).contains("from " + s).contains("to ACTIVE");
    }
  }

  @Test
  void theDueDateMustNotComeBeforeTheEnrolment() {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class,
        () -> Enrolment.of(ANNA, COURSE, T1).dueBy(T0));

    assertThat(e.violations()).containsExactly(new Violation("due", "must not be before enrolledAt (" + T1 + ")"));
    assertThat(catchThrowableOfType(CourseValidationException.class,
        () -> in(EnrolmentStatus.EXPIRED).reenrol(T1, Optional.of(T0)))).isNotNull();
  }

  @Test
  void theCourseIdMustNotBeBlank() {
    assertThatThrownBy(() -> Enrolment.of(ANNA, " ", T0)).isInstanceOf(CourseValidationException.class)
        .hasMessage("courseId: must not be blank");
  }

  @Test
  void anEnrolmentIsOverdueAfterItsDueDateUnlessCompleted() {
    Instant due = T0.plus(Duration.ofDays(30));
    Enrolment e = Enrolment.of(ANNA, COURSE, T0).dueBy(due);

    assertThat(e.isOverdue(due)).isFalse();
    assertThat(e.isOverdue(due.plusMillis(1))).isTrue();
    assertThat(e.complete(T1).isOverdue(due.plusMillis(1))).isFalse();
    assertThat(e.timeLeft(due.minus(Duration.ofDays(2)))).contains(Duration.ofDays(2));
    assertThat(e.timeLeft(due.plus(Duration.ofDays(1)))).contains(Duration.ofDays(-1));
    assertThat(Enrolment.of(ANNA, COURSE, T0).timeLeft(T1)).isEmpty();
  }
}
