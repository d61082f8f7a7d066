package org.framsteg.xapi.cmi5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framsteg.xapi.cmi5.Courses.BASE;
import static org.framsteg.xapi.cmi5.Courses.LAUNCH;
import static org.framsteg.xapi.cmi5.Courses.assessment;
import static org.framsteg.xapi.cmi5.Courses.course;
import static org.framsteg.xapi.cmi5.Courses.module;
import static org.framsteg.xapi.cmi5.Courses.podcast;
import static org.framsteg.xapi.cmi5.Courses.single;
import static org.framsteg.xapi.cmi5.Courses.sv;
import static org.framsteg.xapi.cmi5.Courses.video;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Au;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Block;
import org.framsteg.xapi.cmi5.Cmi5ExportReport.Entry;
import org.framsteg.xapi.cmi5.Cmi5ExportReport.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Cmi5ExportTest {

  private static final Cmi5Export EXPORT = Cmi5Export.to(LAUNCH);

  private static Cmi5Export.Result export(Course course) {
    return EXPORT.export(course);
  }

  private static Au onlyAu(Cmi5Export.Result r) {
    assertThat(r.structure().aus()).hasSize(1);
    return r.structure().aus().get(0);
  }

  private static void assertValid(Cmi5Export.Result r) {
    assertThat(Cmi5Schema.errors(r.xml())).as(r.xmlText()).isEmpty();
  }

  @Nested
  class Structure {
    @Test
    void seedSizedCourseIsOneBlockPerModuleAndOneAuPerActivityAndValidatesAgainstTheSchema() {
      Course course = Courses.seedSized();
      Cmi5Export.Result r = export(course);

      assertValid(r);
      assertThat(r.structure().courseId()).isEqualTo(BASE);
      assertThat(r.structure().children()).hasSize(5).allMatch(n -> n instanceof Block);
      assertThat(r.structure().blocks()).extracting(Block::id)
          .containsExactly(BASE + "/m1", BASE + "/m2", BASE + "/m3", BASE + "/podd", BASE + "/prov");
      assertThat(r.structure().aus()).hasSize(24).extracting(Au::id)
          .containsExactlyElementsOf(course.activities().map(Activity::id).toList());
      long videos = r.structure().aus().stream()
          .filter(a -> a.activityType().equals(Optional.of("https://w3id.org/xapi/video/activity-type/video")))
          .count();
      assertThat(videos).isEqualTo(15);
      assertThat(r.structure().title().get("sv")).contains("Att leda digital transformation");
      assertThat(r.structure().title().get("en")).contains("Leading digital transformation");
      assertThat(r.xmlText()).contains("<langstring lang=\"sv\">Att leda digital transformation</langstring>");
    }

    @Test
    void seedSizedCourseReportsTheRulesCmi5CannotHold() {
      Cmi5Export.Result r = export(Courses.seedSized());

      assertThat(r.report().at("modules[3].completion")).extracting(Entry::toString).containsExactly(
          "modules[3].completion: atLeast(6 of 8) cannot be expressed in cmi5 (cmi5 moveOn is per AU; a block is"
              + " satisfied only when all its AUs are)");
      // watched(video, 0.9) and passed(exam) are the activities' own rules, which their AUs carry.
      assertThat(r.report().at("completion")).extracting(Entry::toString).containsExactly(
          "completion.allOf[1]: atLeast(6 of 8) cannot be expressed in cmi5 (cmi5 moveOn is per AU; the course is"
              + " satisfied only when all its AUs and blocks are)");
      assertThat(r.report().at("modules[0].activities[0]")).extracting(Entry::toString).containsExactly(
          "modules[0].activities[0].completion: watched(" + BASE + "/m1/video-1, 0.9): the fraction 0.9 cannot be"
              + " expressed in cmi5.xml; the AU carries it and must send Completed once 90 % of the media has been"
              + " played (moveOn Completed)");
      assertThat(r.report().entries(Kind.SUBSTITUTED)).isEmpty();
      assertThat(r.report().entries(Kind.OMITTED)).isEmpty();
    }

    @Test
    void coreRefusesModulesWithoutActivitiesSoTheExportNeverSeesThem() {
      assertThatThrownBy(() -> course(CourseModule.builder().id(BASE + "/tom").title(sv("Tom")).build()))
          .isInstanceOf(org.framsteg.core.course.CourseValidationException.class)
          .hasMessageContaining("a module needs at least one activity");
    }

    @Test
    void theSameCourseGivesTheSameBytes() {
      byte[] first = export(Courses.seedSized()).xml();
      byte[] second = Cmi5Export.to(LAUNCH).export(Courses.seedSized()).xml();

      assertThat(second).isEqualTo(first);
      assertThat(new String(first, StandardCharsets.UTF_8))
          .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<courseStructure xmlns=\""
              + Cmi5CourseStructure.NAMESPACE + "\">\n  <course id=\"" + BASE + "\">");
    }

    @Test
    void theExportReadsBackAsTheSameStructure() {
      Cmi5Export.Result r = export(Courses.seedSized());
      assertThat(Cmi5Xml.read(r.xml())).isEqualTo(r.structure());
    }
  }

  @Nested
  class MoveOnAndMasteryScore {
    @Test
    void anActivityWithoutRuleIsCompleted() {
      Cmi5Export.Result r = export(single(video(BASE + "/v1").build()));
      Au au = onlyAu(r);
      assertThat(au.moveOn()).isEqualTo(MoveOn.COMPLETED);
      assertThat(au.masteryScore()).isEmpty();
      assertThat(r.report().isEmpty()).isTrue();
      assertThat(r.xmlText()).contains("moveOn=\"Completed\"").doesNotContain("masteryScore");
      assertValid(r);
    }

    @Test
    void watchedIsCompletedAndTheFractionIsReportedAsCarriedByTheAu() {
      String id = BASE + "/v1";
      Cmi5Export.Result r = export(single(video(id).completion(CompletionRule.watched(id, 0.75)).build()));
      assertThat(onlyAu(r).moveOn()).isEqualTo(MoveOn.COMPLETED);
      assertThat(r.report().entries()).singleElement().satisfies(e -> {
        assertThat(e.path()).isEqualTo("modules[0].activities[0].completion");
        assertThat(e.kind()).isEqualTo(Kind.NOT_EXPRESSIBLE);
        assertThat(e.message()).contains("the fraction 0.75 cannot be expressed in cmi5.xml")
            .contains("the AU carries it").contains("75 %");
      });
    }

    @Test
    void passedIsPassedWithThePassingScoreScaledAsMasteryScore() {
      String id = BASE + "/prov";
      Cmi5Export.Result r = export(single(assessment(id, 20, 14).completion(CompletionRule.passed(id)).build()));
      Au au = onlyAu(r);
      assertThat(au.moveOn()).isEqualTo(MoveOn.PASSED);
      assertThat(au.masteryScore()).contains(new BigDecimal("0.7"));
      assertThat(r.xmlText()).contains("moveOn=\"Passed\" masteryScore=\"0.7\" launchMethod=\"AnyWindow\"");
      assertThat(r.report().isEmpty()).isTrue();
      assertValid(r);
    }

    @Test
    void scoreAtLeastIsPassedWithThatMasteryScore() {
      String id = BASE + "/prov";
      Cmi5Export.Result r = export(single(assessment(id, 20, 14)
          .completion(CompletionRule.scoreAtLeast(id, 0.85)).build()));
      assertThat(onlyAu(r).moveOn()).isEqualTo(MoveOn.PASSED);
      assertThat(onlyAu(r).masteryScore()).contains(new BigDecimal("0.85"));
      assertThat(r.report().isEmpty()).isTrue();
    }

    @Test
    void anAssessmentWithoutRuleCarriesItsPassingScoreSoTheAuJudgesAsTheCourseDoes() {
      Cmi5Export.Result r = export(single(assessment(BASE + "/prov", 10, 6).build()));
      assertThat(onlyAu(r).moveOn()).isEqualTo(MoveOn.COMPLETED);
      assertThat(onlyAu(r).masteryScore()).contains(new BigDecimal("0.6"));
    }

    @Test
    void allOfACompletionAndPassingIsCompletedAndPassed() {
      String id = BASE + "/prov";
      Cmi5Export.Result r = export(single(assessment(id, 20, 14).completion(
          CompletionRule.allOf(CompletionRule.markedDone(id), CompletionRule.passed(id))).build()));
      assertThat(onlyAu(r).moveOn()).isEqualTo(MoveOn.COMPLETED_AND_PASSED);
      assertThat(onlyAu(r).masteryScore()).contains(new BigDecimal("0.7"));
      assertThat(r.report().entries()).extracting(Entry::path)
          .containsExactly("modules[0].activities[0].completion.allOf[0]");
      assertValid(r);
    }

    @Test
    void anyOfACompletionAndPassingIsCompletedOrPassed() {
      String id = BASE + "/prov";
      Cmi5Export.Result r = export(single(assessment(id, 20, 14).completion(
          CompletionRule.anyOf(CompletionRule.timeSpent(Duration.ofMinutes(30)), CompletionRule.passed(id))).build()));
      assertThat(onlyAu(r).moveOn()).isEqualTo(MoveOn.COMPLETED_OR_PASSED);
      assertThat(r.report().entries()).singleElement().satisfies(e -> {
        assertThat(e.path()).isEqualTo("modules[0].activities[0].completion.anyOf[0]");
        assertThat(e.message()).startsWith("timeSpent(PT30M) cannot be expressed in cmi5");
      });
    }

    @Test
    void atLeastAllIsAllOfAndAtLeastOneIsAnyOfWithoutReport() {
      String id = BASE + "/prov";
      CompletionRule done = CompletionRule.markedDone(id);
      CompletionRule passed = CompletionRule.passed(id);
      Cmi5Export.Result all = export(single(assessment(id, 4, 3).completion(CompletionRule.atLeast(2, done, passed))
          .build()));
      Cmi5Export.Result one = export(single(assessment(id, 4, 3).completion(CompletionRule.atLeast(1, done, passed))
          .build()));
      assertThat(onlyAu(all).moveOn()).isEqualTo(MoveOn.COMPLETED_AND_PASSED);
      assertThat(onlyAu(one).moveOn()).isEqualTo(MoveOn.COMPLETED_OR_PASSED);
      assertThat(all.report().entries()).extracting(Entry::kind).containsOnly(Kind.NOT_EXPRESSIBLE)
          .hasSize(1);   // markedDone only
      assertThat(one.report().entries()).hasSize(1);
    }

    @Test
    void atLeastSomeOfManyIsApproximatedByAnyPartAndReported() {
      String id = BASE + "/prov";
      Cmi5Export.Result r = export(single(assessment(id, 4, 3).completion(CompletionRule.atLeast(2,
          CompletionRule.markedDone(id), CompletionRule.passed(id), CompletionRule.timeSpent(Duration.ofHours(1))))
          .build()));
      assertThat(onlyAu(r).moveOn()).isEqualTo(MoveOn.COMPLETED_OR_PASSED);
      assertThat(r.report().at("modules[0].activities[0].completion")).extracting(Entry::toString)
          .contains("modules[0].activities[0].completion: atLeast(2 of 3) cannot be expressed in cmi5 (moveOn"
              + " combines only Completed and Passed, all or any); moveOn CompletedOrPassed is written, which one"
              + " part already satisfies");
    }

    @Test
    void weightedIsAllOfOrAnyOfWhenTheWeightsSaySoAndReportedOtherwise() {
      String id = BASE + "/prov";
      CompletionRule done = CompletionRule.markedDone(id);
      CompletionRule passed = CompletionRule.passed(id);
      CompletionRule time = CompletionRule.timeSpent(Duration.ofHours(1));
      Cmi5Export.Result any = export(single(assessment(id, 4, 3).completion(new CompletionRule.Weighted(
          List.of(new CompletionRule.Weight(1, done), new CompletionRule.Weight(1, passed)), 0.5)).build()));
      Cmi5Export.Result every = export(single(assessment(id, 4, 3).completion(new CompletionRule.Weighted(
          List.of(new CompletionRule.Weight(1, done), new CompletionRule.Weight(3, passed)), 1.0)).build()));
      Cmi5Export.Result some = export(single(assessment(id, 4, 3).completion(new CompletionRule.Weighted(
          List.of(new CompletionRule.Weight(1, done), new CompletionRule.Weight(1, passed),
              new CompletionRule.Weight(1, time)), 0.6)).build()));
      assertThat(onlyAu(any).moveOn()).isEqualTo(MoveOn.COMPLETED_OR_PASSED);
      assertThat(onlyAu(every).moveOn()).isEqualTo(MoveOn.COMPLETED_AND_PASSED);
      assertThat(onlyAu(some).moveOn()).isEqualTo(MoveOn.COMPLETED_OR_PASSED);
      assertThat(any.report().at("modules[0].activities[0].completion")).extracting(Entry::path)
          .doesNotContain("modules[0].activities[0].completion");
      assertThat(some.report().entries()).extracting(Entry::toString)
          .anyMatch(s -> s.startsWith("modules[0].activities[0].completion: weighted(0.6 of 3 weighted parts)"
              + " cannot be expressed in cmi5 (moveOn has no weights)"));
    }

    @Test
    void deadlinesAreReportedAndTheRuleInsideIsExported() {
      String id = BASE + "/prov";
      Cmi5Export.Result r = export(single(assessment(id, 4, 3).completion(CompletionRule.withinDays(10,
          CompletionRule.passed(id))).build()));
      assertThat(onlyAu(r).moveOn()).isEqualTo(MoveOn.PASSED);
      assertThat(onlyAu(r).masteryScore()).contains(new BigDecimal("0.75"));
      assertThat(r.report().entries()).extracting(Entry::toString).containsExactly(
          "modules[0].activities[0].completion: withinDays(10) cannot be expressed in cmi5 (the course structure"
              + " has no deadlines); the rule inside is exported without it");
    }

    @Test
    void markedDoneAndTimeSpentAreCompletedAndReported() {
      String id = BASE + "/v1";
      Cmi5Export.Result done = export(single(video(id).completion(CompletionRule.markedDone(id)).build()));
      Cmi5Export.Result time = export(single(video(id).completion(CompletionRule.timeSpent(Duration.ofHours(2)))
          .build()));
      assertThat(onlyAu(done).moveOn()).isEqualTo(MoveOn.COMPLETED);
      assertThat(onlyAu(time).moveOn()).isEqualTo(MoveOn.COMPLETED);
      assertThat(done.report().entries()).singleElement().extracting(Entry::message).asString()
          .startsWith("markedDone(" + id + ") cannot be expressed in cmi5").contains("§9.3.7");
      assertThat(time.report().entries()).singleElement().extracting(Entry::message).asString()
          .startsWith("timeSpent(PT2H) cannot be expressed in cmi5 (the course structure has no time requirements)");
    }

    @Test
    void aMasteryScoreWithMoreThanFourDecimalsIsRoundedDownAndReported() {
      String id = BASE + "/prov";
      Cmi5Export.Result thirds = export(single(assessment(id, 3, 2).completion(CompletionRule.passed(id)).build()));
      Cmi5Export.Result fine = export(single(assessment(id, 4, 3).completion(
          CompletionRule.scoreAtLeast(id, 0.12345)).build()));
      assertThat(onlyAu(thirds).masteryScore()).contains(new BigDecimal("0.6666"));
      assertThat(thirds.report().entries()).singleElement().satisfies(e -> {
        assertThat(e.kind()).isEqualTo(Kind.SUBSTITUTED);
        assertThat(e.path()).isEqualTo("modules[0].activities[0].completion");
        assertThat(e.message()).startsWith("masteryScore 0.6666 is the passing score 2 of 3 (0.66666666…) rounded"
            + " down to the 4 decimal places cmi5 allows (§13.1.4)");
      });
      assertThat(onlyAu(fine).masteryScore()).contains(new BigDecimal("0.1234"));
      assertThat(fine.report().entries()).singleElement().extracting(Entry::message).asString()
          .startsWith("masteryScore 0.1234 is the minimum score (0.12345) rounded down");
      assertValid(thirds);
    }

    @Test
    void differentScoreThresholdsInOneRuleKeepTheStricterForAllOfAndTheLaxerForAnyOf() {
      String id = BASE + "/prov";
      CompletionRule high = CompletionRule.scoreAtLeast(id, 0.8);
      CompletionRule passed = CompletionRule.passed(id);   // 14 of 20 = 0.7
      Cmi5Export.Result all = export(single(assessment(id, 20, 14).completion(CompletionRule.allOf(high, passed))
          .build()));
      Cmi5Export.Result any = export(single(assessment(id, 20, 14).completion(CompletionRule.anyOf(high, passed))
          .build()));
      assertThat(onlyAu(all).moveOn()).isEqualTo(MoveOn.PASSED);
      assertThat(onlyAu(all).masteryScore()).contains(new BigDecimal("0.8"));
      assertThat(onlyAu(any).masteryScore()).contains(new BigDecimal("0.7"));
      assertThat(all.report().entries()).singleElement().extracting(Entry::message).asString()
          .contains("one masteryScore per AU, and the highest (0.8, the minimum score) is written");
      assertThat(any.report().entries()).singleElement().extracting(Entry::message).asString()
          .contains("the lowest (0.7, the passing score 14 of 20)");
    }

    @Test
    void optionalActivitiesAreNotApplicableAndTheirRuleIsReportedAsUnused() {
      String v = BASE + "/v1";
      String p = BASE + "/p1";
      Cmi5Export.Result r = export(course(module(BASE + "/m1",
          video(v).required(false).build(),
          podcast(p, 1).required(false).completion(CompletionRule.watched(p, 0.5)).build(),
          video(BASE + "/v2").build())));
      assertThat(r.structure().aus()).extracting(Au::moveOn)
          .containsExactly(MoveOn.NOT_APPLICABLE, MoveOn.NOT_APPLICABLE, MoveOn.COMPLETED);
      assertThat(r.report().entries()).extracting(Entry::toString).containsExactly(
          "modules[0].activities[1].completion: watched(" + p + ", 0.5) is not used by the LMS: the activity is"
              + " optional (required=false), so its AU has moveOn NotApplicable");
      assertThat(r.xmlText()).contains("moveOn=\"NotApplicable\"");
      assertValid(r);
    }

    @Test
    void optionalModulesHaveNotApplicableAusAndAreReported() {
      String a = BASE + "/x/prov";
      CourseModule extra = CourseModule.builder().id(BASE + "/x").title(sv("Extra")).description(sv("D")).required(false)
          .addActivities(assessment(a, 20, 14).completion(CompletionRule.passed(a)).build())
          .completion(CompletionRule.completed(a)).build();
      Cmi5Export.Result r = export(course(module(BASE + "/m1", video(BASE + "/v1").build()), extra));
      assertThat(r.structure().aus()).extracting(Au::moveOn).containsExactly(MoveOn.COMPLETED, MoveOn.NOT_APPLICABLE);
      assertThat(r.structure().aus().get(1).masteryScore()).contains(new BigDecimal("0.7"));
      assertThat(r.report().entries()).extracting(Entry::path).containsExactly(
          "modules[1].required", "modules[1].completion", "modules[1].activities[0].completion");
      assertThat(r.report().at("modules[1].activities[0].completion")).singleElement()
          .extracting(Entry::message).asString().endsWith("its module is optional, so its AU has moveOn NotApplicable");
    }
  }

  @Nested
  class ModuleAndCourseRules {
    private Course withModuleRule(CompletionRule rule, Activity... activities) {
      return course(CourseModule.builder().id(BASE + "/m1").title(sv("M")).description(sv("D"))
          .addActivities(activities).completion(rule).build());
    }

    @Test
    void aModuleRuleThatSaysAllRequiredActivitiesIsExpressedByTheBlock() {
      Cmi5Export.Result r = export(withModuleRule(
          CompletionRule.allOf(CompletionRule.completed(BASE + "/v1"), CompletionRule.completed(BASE + "/v2")),
          video(BASE + "/v1").build(), video(BASE + "/v2").build(), video(BASE + "/v3").required(false).build()));
      assertThat(r.report().isEmpty()).as(r.report().toString()).isTrue();
    }

    @Test
    void atLeastOfAModuleIsReportedNamingTheRuleAndItsPath() {
      Cmi5Export.Result r = export(withModuleRule(CompletionRule.atLeast(1,
              CompletionRule.completed(BASE + "/v1"), CompletionRule.completed(BASE + "/v2")),
          video(BASE + "/v1").build(), video(BASE + "/v2").build()));
      assertThat(r.report().entries()).extracting(Entry::toString).containsExactly(
          "modules[0].completion: atLeast(1 of 2) cannot be expressed in cmi5 (cmi5 moveOn is per AU; a block is"
              + " satisfied only when all its AUs are)");
    }

    @Test
    void aModuleRuleNamingOnlySomeActivitiesIsReportedWithTheDifference() {
      Cmi5Export.Result r = export(withModuleRule(CompletionRule.completed(BASE + "/v1"),
          video(BASE + "/v1").build(), video(BASE + "/v2").build()));
      assertThat(r.report().entries()).singleElement().extracting(Entry::toString).asString()
          .startsWith("modules[0].completion: completed(" + BASE + "/v1) cannot be expressed in cmi5: a block is"
              + " satisfied when all its AUs are (moveOn is per AU)")
          .contains("the rule does not need '" + BASE + "/v2', whose AUs cmi5 requires");
    }

    @Test
    void eachInexpressiblePartOfAModuleRuleIsReportedAtItsOwnPath() {
      String v1 = BASE + "/v1";
      Cmi5Export.Result r = export(withModuleRule(CompletionRule.withinDays(5, CompletionRule.allOf(
              CompletionRule.watched(v1, 0.8), CompletionRule.markedDone(v1),
              CompletionRule.anyOf(CompletionRule.completed(v1)),
              new CompletionRule.Weighted(List.of(new CompletionRule.Weight(1, CompletionRule.completed(v1))), 1),
              CompletionRule.timeSpent(Duration.ofHours(1)))),
          video(v1).build()));
      assertThat(r.report().entries()).extracting(Entry::toString).containsExactly(
          "modules[0].completion: withinDays(5) cannot be expressed in cmi5 (the course structure has no deadlines)",
          "modules[0].completion.before.rule.allOf[0]: watched(" + v1 + ", 0.8) cannot be expressed in cmi5 at"
              + " module level (moveOn is per AU): the LMS counts the AU by its moveOn, so the AU must send"
              + " Completed only once 80 % has been played",
          "modules[0].completion.before.rule.allOf[1]: markedDone(" + v1 + ") cannot be expressed in cmi5 (the"
              + " course structure has no marking by hand; the LMS can waive the AU instead, cmi5 §9.3.7)",
          "modules[0].completion.before.rule.allOf[2]: anyOf(1 rule) cannot be expressed in cmi5 (cmi5 moveOn is"
              + " per AU; a block is satisfied only when all its AUs are)",
          "modules[0].completion.before.rule.allOf[3]: weighted(1 of 1 weighted parts) cannot be expressed in"
              + " cmi5 (cmi5 moveOn is per AU; a block is satisfied only when all its AUs are)",
          "modules[0].completion.before.rule.allOf[4]: timeSpent(PT1H) cannot be expressed in cmi5 (the course"
              + " structure has no time requirements)");
    }

    @Test
    void theDefaultCourseRuleAndItsExplicitFormNeedNoReport() {
      CourseModule m1 = module(BASE + "/m1", video(BASE + "/v1").build());
      CourseModule m2 = CourseModule.builder().from(module(BASE + "/m2", video(BASE + "/v2").build()))
          .description(sv("D")).build();
      Course explicit = Course.builder().from(course(m1, m2)).completion(CompletionRule.allOf(
          CompletionRule.moduleCompleted(m1.id()), CompletionRule.moduleCompleted(m2.id()))).build();
      assertThat(export(explicit).report().at("completion")).isEmpty();
      assertThat(export(course(m1, m2)).report().at("completion")).isEmpty();
    }

    @Test
    void aCoursePartThatIsAnActivitysOwnRuleIsCarriedByThatAu() {
      String v1 = BASE + "/v1";
      String prov = BASE + "/prov";
      CourseModule m1 = module(BASE + "/m1", video(v1).completion(CompletionRule.watched(v1, 0.9)).build(),
          assessment(prov, 10, 7).completion(CompletionRule.passed(prov)).build());
      Course same = Course.builder().from(course(m1)).completion(CompletionRule.allOf(
          CompletionRule.watched(v1, 0.9), CompletionRule.passed(prov))).build();
      Course other = Course.builder().from(course(m1)).completion(CompletionRule.allOf(
          CompletionRule.watched(v1, 0.5), CompletionRule.passed(prov))).build();
      assertThat(export(same).report().at("completion")).isEmpty();
      assertThat(export(other).report().at("completion")).extracting(Entry::path)
          .containsExactly("completion.allOf[0]");
    }

    @Test
    void aCourseDeadlineIsReportedOnce() {
      CourseModule m1 = module(BASE + "/m1", video(BASE + "/v1").build());
      Course c = Course.builder().from(course(m1))
          .completion(CompletionRule.withinDays(30, CompletionRule.moduleCompleted(m1.id()))).build();
      assertThat(export(c).report().at("completion")).extracting(Entry::toString).containsExactly(
          "completion: withinDays(30) cannot be expressed in cmi5 (the course structure has no deadlines)");
    }

    @Test
    void courseRulesCmi5CannotHoldAreReported() {
      CourseModule m1 = module(BASE + "/m1", video(BASE + "/v1").build(), video(BASE + "/v2").build());
      Course base = course(m1);
      Course time = Course.builder().from(base).completion(CompletionRule.timeSpent(Duration.ofHours(3))).build();
      Course any = Course.builder().from(base).completion(CompletionRule.anyOf(
          CompletionRule.completed(BASE + "/v1"), CompletionRule.completed(BASE + "/v2"))).build();
      Course watched = Course.builder().from(base).completion(CompletionRule.watched(BASE + "/v1", 0.5)).build();
      assertThat(export(time).report().at("completion")).extracting(Entry::toString)
          .containsExactly("completion: timeSpent(PT3H) cannot be expressed in cmi5 (the course structure has no"
              + " time requirements)");
      assertThat(export(any).report().at("completion")).extracting(Entry::toString)
          .containsExactly("completion: anyOf(2 rules) cannot be expressed in cmi5 (cmi5 moveOn is per AU; the"
              + " course is satisfied only when all its AUs and blocks are)");
      assertThat(export(watched).report().at("completion")).singleElement().extracting(Entry::message)
          .asString().contains("at course level").contains("50 %");
    }

    @Test
    void aCourseRuleNeedingAnOptionalModuleIsReported() {
      CourseModule m1 = module(BASE + "/m1", video(BASE + "/v1").build());
      CourseModule m2 = CourseModule.builder().from(module(BASE + "/m2", video(BASE + "/v2").build()))
          .required(false).build();
      Course c = Course.builder().from(course(m1, m2)).completion(CompletionRule.allOf(
          CompletionRule.moduleCompleted(m1.id()), CompletionRule.moduleCompleted(m2.id()))).build();
      assertThat(export(c).report().at("completion")).isEmpty();   // m2's AUs are NotApplicable: nothing to need
      Course needsActivity = Course.builder().from(course(m1, m2)).completion(CompletionRule.allOf(
          CompletionRule.moduleCompleted(m1.id()), CompletionRule.completed(BASE + "/v2"))).build();
      assertThat(export(needsActivity).report().at("completion")).singleElement().extracting(Entry::message)
          .asString().contains("the rule needs '" + BASE + "/v2', whose AUs have moveOn NotApplicable");
    }
  }

  @Nested
  class TextsIdsAndUrls {
    @Test
    void descriptionsFallBackToTheTitleAndAreReported() {
      Course c = Course.builder().id(BASE).title(sv("Kurs")).addModules(
          CourseModule.builder().id(BASE + "/m1").title(sv("Modul")).addActivities(
              video(BASE + "/v1").description(Optional.empty()).build()).build()).build();
      Cmi5Export.Result r = export(c);
      assertThat(r.structure().description()).isEqualTo(r.structure().title());
      assertThat(r.structure().blocks().get(0).description().first()).isEqualTo("Modul");
      assertThat(r.structure().aus().get(0).description().first()).isEqualTo("Video " + BASE + "/v1");
      assertThat(r.report().entries()).extracting(Entry::path, Entry::kind).containsExactly(
          org.assertj.core.groups.Tuple.tuple("description", Kind.SUBSTITUTED),
          org.assertj.core.groups.Tuple.tuple("modules[0].description", Kind.SUBSTITUTED),
          org.assertj.core.groups.Tuple.tuple("modules[0].activities[0].description", Kind.SUBSTITUTED));
      assertThat(r.report().entries().get(0).message())
          .isEqualTo("The course has no description, which cmi5 requires (§13.1); the title is written as the"
              + " description");
      assertValid(r);
    }

    @Test
    void everyLanguageOfATextIsOneLangstring() {
      Activity a = video(BASE + "/v1").title(LocalizedText.of("sv", "Inledning").and("en-gb", "Introduction")
          .and("zh-hant-tw", "介紹")).build();
      Cmi5Export.Result r = export(single(a));
      assertThat(r.xmlText()).contains("<langstring lang=\"sv\">Inledning</langstring>",
          "<langstring lang=\"en-GB\">Introduction</langstring>", "<langstring lang=\"zh-Hant-TW\">介紹</langstring>");
      assertValid(r);
    }

    @Test
    void idsThatAreNotAbsoluteIrisAreDerivedUnderTheIdBaseAndReported() {
      Course c = Course.builder().id("kurs-1").title(sv("Kurs")).description(sv("D")).addModules(
          CourseModule.builder().id("modul 1".replace(' ', '_')).title(sv("M")).description(sv("D"))
              .addActivities(video("film/ett").description(sv("D")).build()).build()).build();
      Cmi5Export.Result r = Cmi5Export.builder().launchBase(LAUNCH).idBase(URI.create("https://ids.example.org/x/"))
          .build().export(c);
      assertThat(r.structure().courseId()).isEqualTo("https://ids.example.org/x/course/kurs-1");
      assertThat(r.structure().blocks().get(0).id()).isEqualTo("https://ids.example.org/x/block/modul_1");
      assertThat(r.structure().aus().get(0).id()).isEqualTo("https://ids.example.org/x/au/film%2Fett");
      assertThat(r.report().entries()).extracting(Entry::toString).containsExactly(
          "id: 'kurs-1' is not an absolute IRI, which cmi5 ids are (§13.1); the course is written with id"
              + " 'https://ids.example.org/x/course/kurs-1'",
          "modules[0].id: 'modul_1' is not an absolute IRI, which cmi5 ids are (§13.1); a module is written with"
              + " id 'https://ids.example.org/x/block/modul_1'",
          "modules[0].activities[0].id: 'film/ett' is not an absolute IRI, which cmi5 ids are (§13.1); an"
              + " activity is written with id 'https://ids.example.org/x/au/film%2Fett'");
      assertThat(r.structure().aus().get(0).url()).contains("activity=film%2Fett");
      assertValid(r);
    }

    @Test
    void theLaunchBaseIsTheDefaultIdBase() {
      Cmi5Export.Result r = export(single(video("v1").build()));
      assertThat(r.structure().aus().get(0).id()).isEqualTo("https://lms.example.org/framsteg/au/v1");
    }

    @Test
    void anIdUsedTwiceInTheStructureIsMadeUniqueAndReported() {
      Course c = Course.builder().id(BASE).title(sv("Kurs")).description(sv("D")).addModules(
          CourseModule.builder().id(BASE).title(sv("M")).description(sv("D"))
              .addActivities(video(BASE + "/v1").description(sv("D")).build()).build()).build();
      Cmi5Export.Result r = export(c);
      assertThat(r.structure().blocks().get(0).id()).isEqualTo(BASE + "-2");
      assertThat(r.report().entries()).extracting(Entry::toString).containsExactly(
          "modules[0].id: '" + BASE + "' is already an id of this course structure, and cmi5 ids are unique within"
              + " it (§13.1.2, §13.1.4); a module is written with id '" + BASE + "-2'");
      assertValid(r);
    }

    @Test
    void iriIdsWithNonAsciiLettersAreKept() {
      String id = "https://exempel.se/kurs/övning-1";
      Cmi5Export.Result r = export(single(video(id).description(sv("D")).build()));
      assertThat(r.structure().aus().get(0).id()).isEqualTo(id);
      assertThat(r.report().at("modules[0].activities[0].id")).isEmpty();
      assertValid(r);
    }

    @Test
    void theLaunchUrlNamesTheActivityAndItsMediaResolvedAgainstTheBase() {
      Course c = course(module(BASE + "/m1", video(BASE + "/v1").build(), podcast(BASE + "/p1", 1).build(),
          assessment(BASE + "/prov", 4, 3).build(), Courses.link(BASE + "/l").build(),
          Courses.document(BASE + "/d").build()));
      List<Au> aus = export(c).structure().aus();
      String enc = "https%3A%2F%2Fexample.org%2Fledarskap%2F";
      assertThat(aus).extracting(Au::url).containsExactly(
          "https://lms.example.org/framsteg/?activity=" + enc + "v1"
              + "&media=https%3A%2F%2Flms.example.org%2Fframsteg%2Fmedia%2Fv1.mp4",
          "https://lms.example.org/framsteg/?activity=" + enc + "p1&media=https%3A%2F%2Fpod.example.org%2Fep1.mp3",
          "https://lms.example.org/framsteg/?activity=" + enc + "prov",
          "https://lms.example.org/framsteg/?activity=" + enc + "l&media=https%3A%2F%2Fwww.kb.se%2F",
          "https://lms.example.org/framsteg/?activity=" + enc + "d"
              + "&media=https%3A%2F%2Flms.example.org%2Fframsteg%2Fmaterial%2Fd.pdf");
      assertThat(aus).extracting(au -> au.activityType().orElseThrow()).containsExactly(
          "https://w3id.org/xapi/video/activity-type/video", "http://adlnet.gov/expapi/activities/media",
          "http://adlnet.gov/expapi/activities/assessment", "http://adlnet.gov/expapi/activities/link",
          "http://adlnet.gov/expapi/activities/file");
      assertThat(aus).allSatisfy(au -> assertThat(URI.create(au.url()).isAbsolute()).isTrue());
    }

    @Test
    void aLaunchBaseWithAQueryKeepsItAndTheXmlEscapesTheAmpersand() {
      Cmi5Export.Result r = Cmi5Export.to(URI.create("https://lms.example.org/play.html?theme=dark"))
          .export(single(assessment(BASE + "/prov", 4, 3).build()));
      assertThat(onlyAu(r).url()).isEqualTo("https://lms.example.org/play.html?theme=dark&activity="
          + "https%3A%2F%2Fexample.org%2Fledarskap%2Fprov");
      assertThat(r.xmlText()).contains("<url>https://lms.example.org/play.html?theme=dark&amp;activity=");
      assertValid(r);
    }

    @Test
    void launchBasesThatCannotCarryFullyQualifiedUrlsAreRefused() {
      assertThatThrownBy(() -> Cmi5Export.to(URI.create("framsteg/"))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("launchBase: must be an absolute, hierarchical URL");
      assertThatThrownBy(() -> Cmi5Export.to(URI.create("mailto:a@example.org")))
          .hasMessageStartingWith("launchBase: must be an absolute, hierarchical URL");
      assertThatThrownBy(() -> Cmi5Export.to(URI.create("https://lms.example.org/#x")))
          .hasMessage("launchBase: must not have a fragment, was 'https://lms.example.org/#x'");
      assertThatThrownBy(() -> Cmi5Export.to(URI.create("https://lms.example.org/?actor=x")))
          .hasMessage("launchBase: must not use the query parameter 'actor': the LMS adds it at launch (cmi5 §8.1)");
      assertThatThrownBy(() -> Cmi5Export.to(URI.create("https://lms.example.org/?activity=x")))
          .hasMessage("launchBase: must not use the query parameter 'activity': the export adds it");
      assertThatThrownBy(() -> Cmi5Export.builder().launchBase(LAUNCH).idBase(URI.create("https://x.org/?q")).build())
          .hasMessageStartingWith("idBase: must be an absolute, hierarchical IRI without query or fragment");
    }

    @Test
    void theLaunchMethodIsAnyWindowUnlessSet() {
      Course c = single(video(BASE + "/v1").build());
      assertThat(onlyAu(export(c)).launchMethod()).isEqualTo(LaunchMethod.ANY_WINDOW);
      Cmi5Export.Result own = Cmi5Export.builder().launchBase(LAUNCH).launchMethod(LaunchMethod.OWN_WINDOW).build()
          .export(c);
      assertThat(own.xmlText()).contains("launchMethod=\"OwnWindow\"");
      assertValid(own);
    }

    @Test
    void metadataCmi5HasNoPlaceForIsReported() {
      Course c = Course.builder().id(BASE).version("3").title(sv("Kurs")).description(sv("D"))
          .publisher("Kungliga biblioteket").audience(sv("Chefer")).licence("CC-BY-4.0")
          .addModules(CourseModule.builder().id(BASE + "/m1").title(sv("M")).description(sv("D")).addActivities(
              Courses.document(BASE + "/d").description(sv("D")).estimatedTime(Duration.ofMinutes(20)).build(),
              Activity.builder().id(BASE + "/prov").title(sv("Prov")).description(sv("D"))
                  .media(org.framsteg.core.course.Assessment.builder().maxScore(10).passingScore(5)
                      .attemptsAllowed(3).build()).build()).build())
          .build();
      Cmi5Export.Result r = export(c);
      assertThat(r.report().entries()).extracting(Entry::path, Entry::kind).containsExactly(
          org.assertj.core.groups.Tuple.tuple("version", Kind.OMITTED),
          org.assertj.core.groups.Tuple.tuple("publisher", Kind.OMITTED),
          org.assertj.core.groups.Tuple.tuple("audience", Kind.OMITTED),
          org.assertj.core.groups.Tuple.tuple("licence", Kind.OMITTED),
          org.assertj.core.groups.Tuple.tuple("modules[0].activities[0].estimatedTime", Kind.OMITTED),
          org.assertj.core.groups.Tuple.tuple("modules[0].activities[1].media.attemptsAllowed", Kind.NOT_EXPRESSIBLE));
      assertThat(r.report().entries().get(5).message())
          .isEqualTo("attemptsAllowed 3 cannot be expressed in cmi5.xml; the AU must limit attempts itself");
    }
  }

  @Nested
  class HostileTexts {
    @Test
    void markupInTitlesIsEscapedAndReadsBackUnchanged() {
      String hostile = "]]> <script>alert('x')</script> & \"citat\" &amp; <![CDATA[ x ]]>";
      Activity a = video(BASE + "/v1").title(sv(hostile)).description(sv("<!-- --> <?pi?> &#0;")).build();
      Cmi5Export.Result r = export(single(a));
      assertValid(r);
      assertThat(r.xmlText()).doesNotContain("<script>").doesNotContain("]]>").contains("]]&gt; &lt;script&gt;");
      Au back = Cmi5Xml.read(r.xml()).aus().get(0);
      assertThat(back.title().first()).isEqualTo(hostile);
      assertThat(back.description().first()).isEqualTo("<!-- --> <?pi?> &#0;");
      assertThat(r.report().isEmpty()).isTrue();
    }

    @Test
    void charactersXmlForbidsAreRemovedAndReportedNeverWritten() {
      Activity a = video(BASE + "/v1").title(LocalizedText.of("sv", "Noll\u0000ett\u0001tab\tok")
              .and("en", "bad \uFFFE\uFFFF and lone \uD800 surrogate, good 🎬"))
          .description(sv("\u0007")).build();
      Cmi5Export.Result r = export(single(a));
      assertValid(r);
      Au au = r.structure().aus().get(0);
      assertThat(au.title().get("sv")).contains("Nollett" + "tab\tok");
      assertThat(au.title().get("en")).contains("bad  and lone  surrogate, good 🎬");
      assertThat(au.description().first()).isEmpty();
      assertThat(r.report().entries()).extracting(Entry::toString).containsExactly(
          "modules[0].activities[0].title[sv]: removed U+0000, U+0001, which XML 1.0 does not allow",
          "modules[0].activities[0].title[en]: removed U+FFFE, U+FFFF, U+D800, which XML 1.0 does not allow",
          "modules[0].activities[0].description[sv]: removed U+0007, which XML 1.0 does not allow; nothing is left"
              + " of the text");
      assertThat(Cmi5Xml.read(r.xml())).isEqualTo(r.structure());
    }

    @Test
    void lineEndsAndSurroundingSpaceAreWrittenAsAnLmsReadsThem() {
      Activity a = video(BASE + "/v1").title(sv("  rad ett\r\nrad två\rslut  ")).build();
      Cmi5Export.Result r = export(single(a));
      assertThat(r.structure().aus().get(0).title().first()).isEqualTo("rad ett\nrad två\nslut");
      assertThat(r.xmlText()).doesNotContain("\r");
      assertThat(Cmi5Xml.read(r.xml())).isEqualTo(r.structure());
    }
  }
}
