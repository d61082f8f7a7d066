package org.framsteg.core.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.List;
import org.framsteg.core.Violation;
import org.framsteg.core.course.CourseValidationException;
import org.junit.jupiter.api.Test;

class LearnerTest {
  static final URI LMS = URI.create("https://bibliotek.example.org");

  static List<Violation> violations(Runnable build) {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class, build::run);
    assertThat(e).as("a CourseValidationException").isNotNull();
    return e.violations();
  }

  @Test
  void aMailboxIsAMailtoIriWithOrWithoutThePrefixGiven() {
    assertThat(Learner.mailbox("anna@example.org").mbox()).contains("mailto:anna@example.org");
    assertThat(Learner.mailbox("mailto:anna@example.org").mbox()).contains("mailto:anna@example.org");
    assertThat(Learner.mailbox("anna@example.org").key()).isEqualTo("mailto:anna@example.org");
  }

  @Test
  void anAccountIsAHomePageAndAName() {
    Learner b = Learner.account(LMS, "u-4711");

    assertThat(b.accountHomePage()).contains(LMS);
    assertThat(b.accountName()).contains("u-4711");
    assertThat(b.mbox()).isEmpty();
    assertThat(b.key()).isEqualTo("https://bibliotek.example.org|u-4711");
  }

  @Test
  void aDisplayNameIsOptionalAndNotPartOfTheKey() {
    Learner a = Learner.builder().mbox("mailto:anna@example.org").name("Anna").build();

    assertThat(a.name()).contains("Anna");
    assertThat(a.key()).isEqualTo(Learner.mailbox("anna@example.org").key());
  }

  @Test
  void aLearnerHasExactlyOneIdentifier() {
    assertThat(violations(() -> Learner.builder().build()))
        .containsExactly(new Violation("", "a learner needs exactly one identifier: a mailbox or an account"));
    assertThat(violations(() -> Learner.builder().mbox("mailto:anna@example.org").accountHomePage(LMS)
        .accountName("u-1").build()))
        .containsExactly(new Violation("", "a learner needs exactly one identifier: a mailbox or an account"));
  }

  @Test
  void aMailboxHasOneAddressWithoutSpaces() {
    for (String bad : List.of("anna", "anna@", "@example.org", "anna@b@example.org", "anna smith@example.org")) {
      assertThat(violations(() -> Learner.mailbox(bad))).as(bad).singleElement()
          .satisfies(v -> assertThat(v.path()).isEqualTo("mbox"));
    }
    assertThat(violations(() -> Learner.builder().mbox("anna@example.org").build()))
        .containsExactly(new Violation("mbox", "must be a mailto: IRI with an address, was 'anna@example.org'"));
  }

  @Test
  void anAccountNeedsAnAbsoluteHomePageAndAName() {
    assertThat(violations(() -> Learner.account(URI.create("lms"), "u-1")))
        .containsExactly(new Violation("accountHomePage", "an account needs an absolute home page URL"));
    assertThat(violations(() -> Learner.account(LMS, " ")))
        .containsExactly(new Violation("accountName", "an account needs a name"));
    assertThat(violations(() -> Learner.builder().accountName("u-1").build()))
        .containsExactly(new Violation("accountHomePage", "an account needs an absolute home page URL"));
  }
}
