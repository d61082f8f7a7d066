package org.framsteg.core.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.framsteg.core.completion.CompletionRule.allOf;
import static org.framsteg.core.completion.CompletionRule.anyOf;
import static org.framsteg.core.completion.CompletionRule.completed;
import static org.framsteg.core.completion.CompletionRule.moduleCompleted;
import static org.framsteg.core.completion.CompletionRule.passed;
import static org.framsteg.core.completion.CompletionRule.scoreAtLeast;
import static org.framsteg.core.completion.CompletionRule.watched;
import static org.framsteg.core.testing.TestCourses.assessment;
import static org.framsteg.core.testing.TestCourses.course;
import static org.framsteg.core.testing.TestCourses.document;
import static org.framsteg.core.testing.TestCourses.id;
import static org.framsteg.core.testing.TestCourses.module;
import static org.framsteg.core.testing.TestCourses.podcast;
import static org.framsteg.core.testing.TestCourses.video;
import static org.framsteg.core.testing.TestCourses.withRule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.Violation;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.testing.TestCourses;
import org.junit.jupiter.api.Test;

class CourseTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  private static List<Violation> violations(Runnable build) {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class, build::run);
    assertThat(e).as("a CourseValidationException").isNotNull();
    return e.violations();
  }

  @Test
  void aValidCourseKeepsItsModulesAndActivitiesInOrder() {
    Course c = course(module("m1", video("v1", TEN_MINUTES), document("d1")),
        module("m2", assessment("q1", 20, 14)));

    assertThat(c.activities().map(Activity::id)).containsExactly(id("v1"), id("d1"), id("q1"));
    assertThat(c.activity(id("d1"))).isPresent();
    assertThat(c.activity(id("none"))).isEmpty();
    assertThat(c.module(id("m2")).map(CourseModule::activities)).hasValueSatisfying(a -> assertThat(a).hasSize(1));
    assertThat(c.version()).isEqualTo("1");
    assertThat(c.totalEffort()).isEqualTo(TEN_MINUTES);
  }

  @Test
  void totalEffortCountsEstimatesAndMediaDurations() {
    Activity reading = Activity.builder().from(document("d1")).estimatedTime(Duration.ofMinutes(25)).build();
    Course c = course(module("m1", video("v1", TEN_MINUTES), reading, podcast("p1", Duration.ofMinutes(40))));

    assertThat(c.totalEffort()).isEqualTo(Duration.ofMinutes(75));
  }

  @Test
  void activityIdsMustBeUniqueAcrossModules() {
    List<Violation> v = violations(() -> course(module("m1", document("x")), module("m2", video("x", TEN_MINUTES))));

    assertThat(v).containsExactly(new Violation("modules[1].activities[0].id",
        "duplicate id '" + id("x") + "', also used at modules[0].activities[0]"));
  }

  @Test
  void moduleIdsMustBeUniqueAndDistinctFromActivityIds() {
    List<Violation> v = violations(() -> course(module("m1", document("d1")), module("m1", document("d2")),
        module("d1", document("d3"))));

    assertThat(v).containsExactly(
        new Violation("modules[1].id", "duplicate id '" + id("m1") + "', also used at modules[0]"),
        new Violation("modules[2].id", "duplicate id '" + id("d1") + "', also used at modules[0].activities[0]"));
  }

  @Test
  void activityIdsMustBeUniqueWithinAModule() {
    List<Violation> v = violations(() -> module("m1", document("x"), document("x")));

    assertThat(v).containsExactly(new Violation("activities[1].id", "duplicate id '" + id("x") + "'"));
  }

  @Test
  void aRuleMustNotNameAnUnknownActivity() {
    List<Violation> v = violations(() -> course(allOf(completed(id("d1")), completed(id("nope"))),
        module("m1", document("d1"))));

    assertThat(v).containsExactly(new Violation("completion.allOf[1].activity", "no activity with id '" + id("nope") + "'"));
  }

  @Test
  void aRuleMustNotNameAnUnknownModule() {
    List<Violation> v = violations(() -> course(anyOf(moduleCompleted(id("m1")), moduleCompleted(id("m9"))),
        module("m1", document("d1"))));

    assertThat(v).containsExactly(new Violation("completion.anyOf[1].module", "no module with id '" + id("m9") + "'"));
  }

  @Test
  void onlyTimedMediaCanBePlayed() {
    List<Violation> v = violations(() -> course(watched(id("d1"), 0.9), module("m1", document("d1"))));

    assertThat(v).containsExactly(new Violation("completion.activity",
        "'" + id("d1") + "' is a document; only video, audio and podcast activities can be played"));
  }

  @Test
  void onlyAssessmentsCanBePassedOrScored() {
    List<Violation> v = violations(() -> course(allOf(passed(id("v1")), scoreAtLeast(id("v1"), 0.5)),
        module("m1", video("v1", TEN_MINUTES))));

    assertThat(v).containsExactly(
        new Violation("completion.allOf[0].activity", "'" + id("v1") + "' is a video, not an assessment"),
        new Violation("completion.allOf[1].activity", "'" + id("v1") + "' is a video, not an assessment"));
  }

  @Test
  void aModuleRuleMayNameActivitiesOfOtherModulesAndEarlierModules() {
    Course c = course(module("m1", document("d1")),
        module("m2", allOf(moduleCompleted(id("m1")), completed(id("d1")), completed(id("d2"))), document("d2")));

    assertThat(c.module(id("m2")).flatMap(CourseModule::completion)).isPresent();
  }

  @Test
  void anActivityRuleMayNameAnotherActivity() {
    Activity quiz = assessment("q1", 10, 6);
    Activity video = withRule(video("v1", TEN_MINUTES), anyOf(watched(id("v1"), 0.9), passed(id("q1"))));

    Course c = course(module("m1", video, quiz));

    assertThat(c.activity(id("v1")).flatMap(Activity::completion)).isPresent();
  }

  @Test
  void aRuleInsideAnActivityIsCheckedAgainstTheWholeCourse() {
    Activity video = withRule(video("v1", TEN_MINUTES), anyOf(watched(id("v1"), 0.9), passed(id("d1"))));

    List<Violation> v = violations(() -> course(module("m1", video, document("d1"))));

    assertThat(v).containsExactly(new Violation("modules[0].activities[0].completion.anyOf[1].activity",
        "'" + id("d1") + "' is a document, not an assessment"));
  }

  @Test
  void anActivityAloneRejectsARuleOnItsOwnKindOrItsOwnCompletion() {
    assertThat(violations(() -> withRule(document("d1"), watched(id("d1"), 0.5))))
        .containsExactly(new Violation("completion.activity",
            "'" + id("d1") + "' is a document; only video, audio and podcast activities can be played"));
    assertThat(violations(() -> withRule(document("d1"), anyOf(completed(id("d1")), completed(id("d2"))))))
        .containsExactly(new Violation("completion",
            "an activity's rule must not depend on the activity's own completion"));
  }

  @Test
  void moduleRulesMustNotDependOnThemselves() {
    List<Violation> v = violations(() -> course(
        module("m1", moduleCompleted(id("m2")), document("d1")),
        module("m2", moduleCompleted(id("m1")), document("d2"))));

    assertThat(v).containsExactly(new Violation("modules[0].completion",
        "the rule depends on itself through " + id("m1") + " -> " + id("m2") + " -> " + id("m1")));
  }

  @Test
  void activityRulesMustNotDependOnThemselves() {
    Activity a = withRule(document("a"), completed(id("b")));
    Activity b = withRule(document("b"), anyOf(CompletionRule.markedDone(id("b")), completed(id("a"))));

    List<Violation> v = violations(() -> course(module("m1", a, b)));

    assertThat(v).containsExactly(new Violation("modules[0].activities[0].completion",
        "the rule depends on itself through " + id("a") + " -> " + id("b") + " -> " + id("a")));
  }

  @Test
  void anActivityRuleMustNotDependOnItsOwnModuleWhoseDefaultRuleDependsOnIt() {
    Activity a = withRule(document("a"), moduleCompleted(id("m1")));

    List<Violation> v = violations(() -> course(module("m1", a, document("b"))));

    assertThat(v).containsExactly(new Violation("modules[0].activities[0].completion",
        "the rule depends on itself through " + id("a") + " -> " + id("m1") + " -> " + id("a")));
  }

  @Test
  void aCycleThroughModuleAndActivityRulesIsFoundAndEachCycleReportedOnce() {
    Activity a = withRule(document("a"), moduleCompleted(id("m2")));
    Activity c = withRule(document("c"), completed(id("d")));
    Activity d = withRule(document("d"), completed(id("c")));

    List<Violation> v = violations(() -> course(
        module("m1", a),
        module("m2", completed(id("a")), document("b")),
        module("m3", c, d)));

    assertThat(v).containsExactly(
        new Violation("modules[0].activities[0].completion",
            "the rule depends on itself through " + id("a") + " -> " + id("m2") + " -> " + id("a")),
        new Violation("modules[2].activities[0].completion",
            "the rule depends on itself through " + id("c") + " -> " + id("d") + " -> " + id("c")));
  }

  @Test
  void idsMustNotBeBlankOrContainWhiteSpace() {
    assertThat(violations(() -> Activity.builder().from(document("d1")).id(" ").build()))
        .containsExactly(new Violation("id", "must not be blank"));
    assertThat(violations(() -> Activity.builder().from(document("d1")).id("https://example.org/a b").build()))
        .containsExactly(new Violation("id", "must not contain white space or control characters"));
    assertThat(violations(() -> CourseModule.builder().id("m\t1").title(TestCourses.title("m"))
        .addActivities(document("d1")).build()))
        .containsExactly(new Violation("id", "must not contain white space or control characters"));
    assertThat(violations(() -> Course.builder().from(course(module("m1", document("d1")))).id("").build()))
        .containsExactly(new Violation("id", "must not be blank"));
  }

  @Test
  void languagesMustBeWellFormedLanguageTags() {
    List<Violation> v = violations(() -> Course.builder().from(course(module("m1", document("d1"))))
        .languages(List.of("sv", "sv_SE", "en")).build());

    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("languages[1]");
      assertThat(x.message()).contains("'sv_SE'").contains("BCP 47");
    });
  }

  @Test
  void theVersionMustNotBeBlank() {
    assertThat(violations(() -> Course.builder().from(course(module("m1", document("d1")))).version(" ").build()))
        .containsExactly(new Violation("version", "must not be blank"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class, () ->
        Course.builder().id("https://example.org/kurs").version("").title(LocalizedText.of("sv", "Kurs"))
            .addLanguages("sv", "x_y")
            .addModules(module("m1", document("x")), module("m2", video("x", TEN_MINUTES)))
            .completion(allOf(completed(id("nope")), watched(id("x"), 0.5), moduleCompleted(id("m3"))))
            .build());

    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
        "version", "languages[1]", "modules[1].activities[0].id", "completion.allOf[0].activity",
        "completion.allOf[1].activity", "completion.allOf[2].module");
    assertThat(e.getMessage()).startsWith("6 problems:\n  ");
  }

  @Test
  void aSingleProblemIsTheWholeMessage() {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class,
        () -> course(completed(id("nope")), module("m1", document("d1"))));

    assertThat(e).hasMessage("completion.activity: no activity with id '" + id("nope") + "'");
  }

  @Test
  void aCourseWithoutARuleNeedsItsRequiredModules() {
    Course c = course(module("m1", document("d1")));

    assertThat(c.completion()).isEmpty();
    assertThat(c.modules().get(0).required()).isTrue();
    assertThat(Optional.of(c.modules().get(0).activities().get(0).required())).contains(true);
  }
}
