package org.framsteg.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.framsteg.core.completion.CompletionRule.allOf;
import static org.framsteg.core.completion.CompletionRule.anyOf;
import static org.framsteg.core.completion.CompletionRule.atLeast;
import static org.framsteg.core.completion.CompletionRule.completed;
import static org.framsteg.core.completion.CompletionRule.markedDone;
import static org.framsteg.core.completion.CompletionRule.moduleCompleted;
import static org.framsteg.core.completion.CompletionRule.passed;
import static org.framsteg.core.completion.CompletionRule.scoreAtLeast;
import static org.framsteg.core.completion.CompletionRule.timeSpent;
import static org.framsteg.core.completion.CompletionRule.watched;
import static org.framsteg.core.completion.CompletionRule.withinDays;
import static org.framsteg.core.testing.TestCourses.assessment;
import static org.framsteg.core.testing.TestCourses.course;
import static org.framsteg.core.testing.TestCourses.id;
import static org.framsteg.core.testing.TestCourses.module;
import static org.framsteg.core.testing.TestCourses.optional;
import static org.framsteg.core.testing.TestCourses.podcast;
import static org.framsteg.core.testing.TestCourses.video;
import static org.framsteg.core.testing.TestCourses.withRule;
import static org.framsteg.scorm.testing.Exported.child;
import static org.framsteg.scorm.testing.Exported.children;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Course;
import org.framsteg.scorm.ExportReport.Entry;
import org.framsteg.scorm.ExportReport.Kind;
import org.framsteg.scorm.ExportReport.Severity;
import org.framsteg.scorm.manifest.Item;
import org.framsteg.scorm.manifest.Objective;
import org.framsteg.scorm.manifest.RollupRules;
import org.framsteg.scorm.manifest.Sequencing;
import org.framsteg.scorm.testing.Exported;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * How completion rules become SCORM: SCO completion criteria for facts about one activity,
 * SCORM 2004 rollup for modules and the course, and a report entry for everything else.
 */
class ScormExportRulesTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** Exports with a base URL, so that no media is reported missing. */
  private static Exported export2004(Course c) {
    return export(ScormExport.scorm2004(), c);
  }

  private static Exported export12(Course c) {
    return export(ScormExport.scorm12(), c);
  }

  private static Exported export(ScormExport e, Course c) {
    Exported out =
        Exported.of(e.mediaBaseUrl(java.net.URI.create("https://cdn.example.org/kurs/")), c);
    assertThat(out.schemaErrors()).as("schema messages").isEmpty();
    assertThat(out.read().report().warnings()).as("reader warnings").isEmpty();
    return out;
  }

  private static Item item(Exported e, String local) {
    return e.read().manifest().allItems().stream()
        .filter(i -> i.identifier().equals("item-" + local))
        .findFirst()
        .orElseThrow();
  }

  private static RollupRules rollup(Exported e, String local) {
    return item(e, local).sequencing().flatMap(Sequencing::rollupRules).orElseThrow();
  }

  /** The rollup rules of an item; none when it has no rollupRules element. */
  private static List<RollupRules.Rule> rules(Exported e, String local) {
    return item(e, local)
        .sequencing()
        .flatMap(Sequencing::rollupRules)
        .map(RollupRules::rules)
        .orElse(List.of());
  }

  private static List<Entry> notExpressed(Exported e) {
    return e.report().entries(Kind.RULE_NOT_EXPRESSED);
  }

  private static String page(Exported e, String local) {
    return new String(e.entries().get("sco/" + local + ".html"), StandardCharsets.UTF_8);
  }

  // ---- modules: the default rule and optional activities

  @Test
  void anOptionalActivityDoesNotCountTowardsItsModulesCompletion() {
    Course c =
        course(
            module(
                "m1", video("v1", TEN_MINUTES), optional(podcast("p1", TEN_MINUTES))));

    Exported e = export2004(c);

    assertThat(item(e, "v1").sequencing().flatMap(Sequencing::rollupRules))
        .hasValueSatisfying(r -> assertThat(r.rollupProgressCompletion()).isTrue());
    assertThat(rollup(e, "p1").rollupProgressCompletion()).isFalse();
    assertThat(rollup(e, "p1").rollupObjectiveSatisfied()).isFalse();
    assertThat(rules(e, "m1")).isEmpty();
    assertThat(e.report().warnings()).isEmpty();
  }

  @Test
  void scorm12CannotMakeAnActivityOrAModuleOptional() {
    Course c =
        course(
            module("m1", video("v1", TEN_MINUTES), optional(podcast("p1", TEN_MINUTES))),
            org.framsteg.core.course.CourseModule.builder()
                .from(module("m2", video("v2", TEN_MINUTES)))
                .required(false)
                .build());

    Exported e = export12(c);

    assertThat(notExpressed(e))
        .extracting(Entry::path)
        .containsExactly("modules[0].activities[1].required", "modules[1].required");
    assertThat(notExpressed(e)).allMatch(x -> x.severity() == Severity.WARNING);
  }

  @Test
  void aModuleWithoutRequiredActivitiesIsReportedAsNeverRollingUp() {
    Course c = course(module("m1", optional(video("v1", TEN_MINUTES))));

    Exported e = export2004(c);

    assertThat(notExpressed(e))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.path()).isEqualTo("modules[0]");
              assertThat(x.message()).contains("has no required activity");
            });
  }

  // ---- modules: rules that can be stated

  @Test
  void aModuleRuleOfAllOfSomeActivitiesMakesOnlyThoseCount() {
    Course c =
        course(
            module(
                "m1",
                allOf(completed(id("v1")), watched(id("v2"), 0.5)),
                video("v1", TEN_MINUTES),
                video("v2", TEN_MINUTES),
                video("v3", TEN_MINUTES)));

    Exported e = export2004(c);

    assertThat(item(e, "v1").sequencing().flatMap(Sequencing::rollupRules).orElseThrow()
            .rollupProgressCompletion())
        .isTrue();
    assertThat(rollup(e, "v2").rollupProgressCompletion()).isTrue();
    assertThat(rollup(e, "v3").rollupProgressCompletion()).isFalse();
    assertThat(item(e, "v2").completionThreshold().orElseThrow().minProgressMeasure())
        .isCloseTo(0.5, within(1e-12));
    assertThat(item(e, "v1").completionThreshold().orElseThrow().minProgressMeasure())
        .isEqualTo(1.0);
    assertThat(page(e, "v2")).contains("\"completionThreshold\": 0.5");
    assertThat(e.report().warnings()).isEmpty();
  }

  @Test
  void atLeastNOfAModulesActivitiesIsAnAtLeastCountRollupRule() {
    Course c =
        course(
            module(
                "m1",
                atLeast(2, completed(id("v1")), completed(id("v2")), watched(id("p1"), 0.9)),
                video("v1", TEN_MINUTES),
                video("v2", TEN_MINUTES),
                podcast("p1", TEN_MINUTES)));

    Exported e = export2004(c);

    RollupRules.Rule rule = rollup(e, "m1").rules().get(0);
    assertThat(rollup(e, "m1").rules()).hasSize(1);
    assertThat(rule.childActivitySet()).isEqualTo(RollupRules.ChildActivitySet.AT_LEAST_COUNT);
    assertThat(rule.minimumCount()).isEqualTo(2);
    assertThat(rule.action()).isEqualTo(RollupRules.Action.COMPLETED);
    assertThat(rule.conditions())
        .singleElement()
        .satisfies(
            k -> assertThat(k.type()).isEqualTo(org.framsteg.scorm.manifest.ConditionType.COMPLETED));
    assertThat(item(e, "p1").completionThreshold().orElseThrow().minProgressMeasure())
        .isCloseTo(0.9, within(1e-12));
    assertThat(e.report().warnings()).isEmpty();
  }

  @Test
  void anyOfAModulesActivitiesIsAnAnyRollupRule() {
    Course c =
        course(
            module(
                "m1",
                anyOf(completed(id("v1")), completed(id("v2"))),
                video("v1", TEN_MINUTES),
                video("v2", TEN_MINUTES),
                video("v3", TEN_MINUTES)));

    Exported e = export2004(c);

    assertThat(rollup(e, "m1").rules())
        .singleElement()
        .satisfies(
            r -> assertThat(r.childActivitySet()).isEqualTo(RollupRules.ChildActivitySet.ANY));
    assertThat(rollup(e, "v3").rollupProgressCompletion()).isFalse();
  }

  @Test
  void theCourseRuleOverModulesRollsUpOnTheOrganization() {
    Course c =
        course(
            anyOf(moduleCompleted(id("m1")), moduleCompleted(id("m2"))),
            module("m1", video("v1", TEN_MINUTES)),
            module("m2", video("v2", TEN_MINUTES)),
            module("m3", video("v3", TEN_MINUTES)));

    Exported e = export2004(c);

    Sequencing org =
        e.read().manifest().defaultOrganization().orElseThrow().sequencing().orElseThrow();
    assertThat(org.rollupRules().orElseThrow().rules())
        .singleElement()
        .satisfies(
            r -> assertThat(r.childActivitySet()).isEqualTo(RollupRules.ChildActivitySet.ANY));
    assertThat(org.controlMode().orElseThrow().flow()).isTrue();
    assertThat(rollup(e, "m3").rollupProgressCompletion()).isFalse();
    assertThat(e.report().warnings()).isEmpty();
  }

  @Test
  void aDeadlineIsReportedAndTheRuleInsideItIsStated() {
    Course c =
        course(
            module(
                "m1",
                withinDays(30, allOf(completed(id("v1")))),
                video("v1", TEN_MINUTES),
                video("v2", TEN_MINUTES)));

    Exported e = export2004(c);

    assertThat(notExpressed(e))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.path()).isEqualTo("modules[0].completion");
              assertThat(x.message()).contains("within 30 days of enrolment").contains("deadline");
            });
    assertThat(rollup(e, "v2").rollupProgressCompletion()).isFalse();
  }

  // ---- modules and the course: rules that cannot be stated

  @Test
  void weightedTimeSpentMarkedDoneAndOtherModulesCannotBeStatedAndFallBackToTheDefault() {
    Course c =
        course(
            module(
                "m1",
                new CompletionRule.Weighted(
                    List.of(
                        new CompletionRule.Weight(2, completed(id("v1"))),
                        new CompletionRule.Weight(1, completed(id("v2")))),
                    0.6),
                video("v1", TEN_MINUTES),
                optional(video("v2", TEN_MINUTES))),
            module("m2", allOf(timeSpent(Duration.ofHours(1))), video("v3", TEN_MINUTES)),
            module("m3", anyOf(markedDone(id("v4")), completed(id("v4"))), video("v4", TEN_MINUTES)),
            module("m4", moduleCompleted(id("m1")), video("v5", TEN_MINUTES)),
            module("m5", completed(id("v1")), video("v6", TEN_MINUTES)));

    Exported e = export2004(c);

    assertThat(notExpressed(e))
        .extracting(Entry::path)
        .containsExactly(
            "modules[0].completion",
            "modules[1].completion.rules[0]",
            "modules[2].completion.rules[0]",
            "modules[3].completion",
            "modules[4].completion");
    assertThat(notExpressed(e))
        .extracting(Entry::message)
        .satisfiesExactly(
            m -> assertThat(m).contains("weighted threshold"),
            m -> assertThat(m).contains("time spent"),
            m -> assertThat(m).contains("marked done by hand"),
            m -> assertThat(m).contains("module '" + id("m1") + "'").contains("own activities"),
            m -> assertThat(m).contains("of module '" + id("m1") + "'"));
    assertThat(notExpressed(e))
        .allSatisfy(
            x -> assertThat(x.message()).contains("rolls up the default instead"));
    // The default: all required activities, so the optional v2 does not count.
    assertThat(rollup(e, "v2").rollupProgressCompletion()).isFalse();
    assertThat(rules(e, "m1")).isEmpty();
  }

  @Test
  void nestedCombinationsAndTwoPartsAboutOneActivityCannotBeStated() {
    Course c =
        course(
            module(
                "m1",
                anyOf(allOf(completed(id("v1")), completed(id("v2"))), completed(id("v3"))),
                video("v1", TEN_MINUTES),
                video("v2", TEN_MINUTES),
                video("v3", TEN_MINUTES)),
            module(
                "m2",
                atLeast(1, watched(id("v4"), 0.5), completed(id("v4")), completed(id("v5"))),
                video("v4", TEN_MINUTES),
                video("v5", TEN_MINUTES)));

    Exported e = export2004(c);

    assertThat(notExpressed(e))
        .extracting(Entry::path, Entry::message)
        .satisfiesExactly(
            x -> {
              assertThat(x.toList().get(0)).isEqualTo("modules[0].completion.rules[0]");
              assertThat((String) x.toList().get(1)).contains("nests a combination");
            },
            x -> {
              assertThat(x.toList().get(0)).isEqualTo("modules[1].completion.rules[1]");
              assertThat((String) x.toList().get(1)).contains("two parts are about");
            });
  }

  @Test
  void scorm12HasNoRollupForModuleOrCourseRules() {
    Course c =
        course(
            allOf(moduleCompleted(id("m1"))),
            module("m1", allOf(completed(id("v1"))), video("v1", TEN_MINUTES)));

    Exported e = export12(c);

    assertThat(notExpressed(e))
        .extracting(Entry::path)
        .containsExactly("course.completion", "modules[0].completion");
    assertThat(notExpressed(e)).allSatisfy(x -> assertThat(x.message()).contains("SCORM 1.2"));
  }

  // ---- activities: criteria of one SCO

  @Test
  void anActivitysOwnWatchedRuleIsItsCompletionThresholdAndTheRestIsReported() {
    Course c =
        course(
            module(
                "m1",
                video("v1", TEN_MINUTES),
                withRule(
                    video("v2", TEN_MINUTES),
                    allOf(watched(id("v2"), 0.75), completed(id("v1")), markedDone(id("v2"))))));

    Exported e = export2004(c);

    assertThat(item(e, "v2").completionThreshold().orElseThrow().minProgressMeasure())
        .isCloseTo(0.75, within(1e-12));
    assertThat(page(e, "v2")).contains("\"completionThreshold\": 0.75");
    assertThat(notExpressed(e))
        .extracting(Entry::path)
        .containsExactly(
            "modules[0].activities[1].completion.rules[1]",
            "modules[0].activities[1].completion.rules[2]");
    assertThat(notExpressed(e).get(0).message()).contains("waits for activity '" + id("v1") + "'");
  }

  @Test
  void differentFractionsAskedOfOneMediumAreMergedToTheLargest() {
    Course c =
        course(
            allOf(watched(id("v1"), 0.8), moduleCompleted(id("m1"))),
            module("m1", allOf(watched(id("v1"), 0.5)), video("v1", TEN_MINUTES)));

    Exported e = export2004(c);

    assertThat(item(e, "v1").completionThreshold().orElseThrow().minProgressMeasure())
        .isCloseTo(0.8, within(1e-12));
    assertThat(e.report().entries(Kind.COMPLETION_CRITERION_MERGED))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.path()).isEqualTo("modules[0].activities[0]");
              assertThat(x.message()).contains("50 %").contains("80 %");
            });
  }

  @Test
  void aMediumNoRuleAsksAboutCompletesAtTheExportsThreshold() {
    Course c = course(module("m1", video("v1", TEN_MINUTES)));

    Exported full = export2004(c);
    Exported most = export(ScormExport.scorm2004().completionThreshold(0.95), c);

    assertThat(item(full, "v1").completionThreshold().orElseThrow().minProgressMeasure())
        .isEqualTo(1.0);
    assertThat(item(most, "v1").completionThreshold().orElseThrow().minProgressMeasure())
        .isCloseTo(0.95, within(1e-12));
    assertThat(page(most, "v1")).contains("\"completionThreshold\": 0.95");
  }

  @Test
  void aFractionOfZeroCompletesOnceAnythingPlays() {
    Course c = course(module("m1", allOf(watched(id("v1"), 0)), video("v1", TEN_MINUTES)));

    Exported e = export2004(c);

    assertThat(item(e, "v1").completionThreshold().orElseThrow().minProgressMeasure())
        .isCloseTo(0.001, within(1e-12));
    assertThat(notExpressed(e))
        .singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
  }

  // ---- assessments

  @Test
  void scorm2004StatesThePassMarkAsAMeasureObjectiveAndAttemptsAsALimit() {
    Course c = course(module("m1", passed(id("q1")), assessment("q1", 20, 14, 3)));

    Exported e = export2004(c);

    Sequencing s = item(e, "q1").sequencing().orElseThrow();
    Objective primary = s.primaryObjective().orElseThrow();
    assertThat(primary.satisfiedByMeasure()).isTrue();
    assertThat(primary.minNormalizedMeasure()).isCloseTo(0.7, within(1e-12));
    assertThat(s.limitConditions().orElseThrow().attemptLimit()).hasValue(3);
    assertThat(s.deliveryControls().orElseThrow().objectiveSetByContent()).isTrue();
    assertThat(s.rollupRules()).isEmpty();
    assertThat(page(e, "q1"))
        .contains("\"maxScore\": 20")
        .contains("\"passingScaled\": 0.7")
        .contains("\"completionScaled\": 0.7")
        .contains("\"attemptsAllowed\": 3")
        .contains("Pass mark: 14 of 20.");
    assertThat(e.read().manifest().resource("shared-framsteg").orElseThrow().files())
        .extracting(f -> f.href())
        .containsExactly("sco/framsteg-player.css", "sco/framsteg-assessment.js");
    assertThat(e.report().entries()).isEmpty();
  }

  @Test
  void anAssessmentNoRuleAsksAScoreOfCompletesOnAnyRecordedScore() {
    Course c = course(module("m1", assessment("q1", 10, 5)));

    Exported e = export2004(c);

    assertThat(page(e, "q1")).contains("\"completionScaled\": null");
  }

  @Test
  void scorm12StatesThePassMarkAsAMasteryScoreAndReportsWhatItCannot() {
    Course c =
        course(module("m1", allOf(scoreAtLeast(id("q1"), 0.9)), assessment("q1", 20, 14, 3)));

    Exported e = export12(c);

    assertThat(item(e, "q1").masteryScore()).hasValueSatisfying(v -> assertThat(v).isEqualTo(70.0));
    Element masteryScore =
        child(e.item("item-q1"), Exported.ADLCP_12, "masteryscore");
    assertThat(masteryScore.getTextContent()).isEqualTo("70");
    assertThat(e.report().entries())
        .extracting(Entry::kind, Entry::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.RULE_NOT_EXPRESSED, "modules[0].completion"),
            org.assertj.core.groups.Tuple.tuple(Kind.RULE_NOT_EXPRESSED, "modules[0].activities[0]"),
            org.assertj.core.groups.Tuple.tuple(
                Kind.FIELD_NOT_EXPRESSED, "modules[0].activities[0].media.attemptsAllowed"));
    assertThat(page(e, "q1")).contains("\"completionScaled\": null");
  }

  // ---- module order

  @Test
  void scorm2004ModulesInOrderAreDisabledUntilThePreviousModuleIsCompleted() {
    Course c =
        course(
            module("m1", video("v1", TEN_MINUTES)),
            module("m2", video("v2", TEN_MINUTES)),
            module("m3", video("v3", TEN_MINUTES)));

    Exported e = export(ScormExport.scorm2004().modulesInOrder(true), c);

    assertThat(item(e, "m1").sequencing().orElseThrow().preConditionRules()).isEmpty();
    for (String m : List.of("m2", "m3")) {
      Sequencing s = item(e, m).sequencing().orElseThrow();
      assertThat(s.preConditionRules())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.action().token()).isEqualTo("disabled");
                assertThat(r.conditions())
                    .allSatisfy(k -> assertThat(k.referencedObjective()).isPresent());
              });
      assertThat(s.adlObjectives()).hasSize(2);
    }
    Element org = e.elements(Exported.CP_2004, "organization").get(0);
    assertThat(org.getAttributeNS(Exported.ADLSEQ, "objectivesGlobalToSystem")).isEqualTo("false");
    assertThat(children(child(e.item("item-m2"), Exported.IMSSS, "sequencing"), Exported.ADLSEQ,
            "objectives"))
        .hasSize(1);
  }

  @Test
  void scorm12ModulesInOrderArePrerequisitesOnThePreviousModulesRequiredActivities() {
    Course c =
        course(
            module("m1", video("v1", TEN_MINUTES), optional(video("v2", TEN_MINUTES))),
            module("m2", video("v3", TEN_MINUTES), video("v4", TEN_MINUTES)));

    Exported e = export(ScormExport.scorm12().modulesInOrder(true), c);

    assertThat(item(e, "v1").prerequisites()).isEmpty();
    assertThat(item(e, "v3").prerequisites()).contains("item-v1");
    assertThat(item(e, "v4").prerequisites()).contains("item-v1");
  }

  @Test
  void scorm12ModulesInOrderWaitOnlyForScosSinceNoLmsTracksAnAsset() {
    Course c =
        course(
            module("m1", org.framsteg.core.testing.TestCourses.document("d1"), video("v1", TEN_MINUTES)),
            module("m2", org.framsteg.core.testing.TestCourses.link("l2")),
            module("m3", video("v3", TEN_MINUTES)));

    Exported e = export(ScormExport.scorm12().modulesInOrder(true), c);

    assertThat(item(e, "l2").prerequisites()).contains("item-v1");
    assertThat(item(e, "v3").prerequisites()).isEmpty();
    assertThat(notExpressed(e))
        .filteredOn(x -> x.severity() == Severity.WARNING)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.path()).isEqualTo("modules[2]");
              assertThat(x.message()).contains("no SCO");
            });
  }
}
