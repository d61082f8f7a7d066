package org.framsteg.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framsteg.scorm.runtime.CmiAssertions.elements;
import static org.framsteg.scorm.runtime.CmiAssertions.rejects;
import static org.framsteg.scorm.runtime.CmiAssertions.violations;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Scorm12CmiTest {
  private static final Function<Map<String, String>, ?> READ = Scorm12Cmi::fromElements;

  private static Scorm12Cmi read(String... keyValues) {
    return Scorm12Cmi.fromElements(elements(keyValues));
  }

  // ------------------------------------------------------------ cmi.core

  @ParameterizedTest
  @ValueSource(strings = {"0", "100", "85.5", "100.00", "0.0", "07", ".5", "5."})
  void scoreRawMustBeACmiDecimalBetween0And100(String raw) {
    assertThat(read("cmi.core.score.raw", raw).score().raw()).contains(new BigDecimal(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "100.01", "150", "-0.001"})
  void scoreRawOutside0To100IsRejected(String raw) {
    rejects(READ, elements("cmi.core.score.raw", raw), "cmi.core.score.raw",
        "must be a CMIDecimal between 0 and 100 (SCORM 1.2 RTE 3.4)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e2", "1E2", "0x10", "+5", " 5", "5 ",
      "5,5", "1.2.3", "-", ".", "five", "\u0665", "1d", "1f"})
  void cmiDecimalGrammarForbidsNaNInfinityHexExponentAndSigns(String raw) {
    rejects(READ, elements("cmi.core.score.raw", raw), "cmi.core.score.raw", "must be a CMIDecimal");
    rejects(READ, elements("cmi.core.score.min", raw), "cmi.core.score.min", "must be a CMIDecimal");
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.weighting", raw),
        "cmi.interactions.0.weighting", "must be a CMIDecimal");
  }

  @Test
  void cmiDecimalOfMoreThan64CharactersIsRejected() {
    String long65 = "1." + "0".repeat(63);
    rejects(READ, elements("cmi.core.score.raw", long65), "cmi.core.score.raw", "CMIDecimal");
    assertThat(read("cmi.core.score.raw", "1." + "0".repeat(62)).score().raw()).isPresent();
  }

  @Test
  void scoreMinAndMaxAndMasteryScoreAreBetween0And100() {
    assertThat(read("cmi.core.score.min", "0", "cmi.core.score.max", "100").score().max())
        .contains(new BigDecimal("100"));
    rejects(READ, elements("cmi.core.score.max", "101"), "cmi.core.score.max", "between 0 and 100");
    rejects(READ, elements("cmi.student_data.mastery_score", "-5"),
        "cmi.student_data.mastery_score", "between 0 and 100");
    assertThat(read("cmi.student_data.mastery_score", "80").masteryScore()).contains(new BigDecimal("80"));
  }

  @Test
  void decimalsKeepTheScaleTheyWereWrittenWith() {
    Scorm12Cmi cmi = read("cmi.core.score.raw", "85.50");
    assertThat(cmi.toElements()).containsEntry("cmi.core.score.raw", "85.50");
  }

  @ParameterizedTest
  @ValueSource(strings = {"passed", "completed", "failed", "incomplete", "browsed", "not attempted"})
  void lessonStatusVocabulary(String token) {
    assertThat(read("cmi.core.lesson_status", token).lessonStatus().map(Scorm12LessonStatus::token))
        .contains(token);
  }

  @ParameterizedTest
  @ValueSource(strings = {"complete", "Passed", "not_attempted", "unknown", " passed"})
  void lessonStatusOutsideTheVocabularyIsRejected(String token) {
    rejects(READ, elements("cmi.core.lesson_status", token), "cmi.core.lesson_status",
        "unknown vocabulary value");
  }

  @Test
  void exitVocabularyHasTheEmptyTokenButNotNormal() {
    assertThat(read("cmi.core.exit", "").exit()).contains(CmiExit.NONE);
    assertThat(read("cmi.core.exit", "suspend").exit()).contains(CmiExit.SUSPEND);
    rejects(READ, elements("cmi.core.exit", "normal"), "cmi.core.exit", "unknown vocabulary value \"normal\"");
    assertThatThrownBy(() -> Scorm12Cmi.builder().exit(CmiExit.NORMAL).build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("cmi.core.exit");
  }

  @Test
  void entryCreditModeAndTimeLimitActionVocabularies() {
    Scorm12Cmi cmi =
        read("cmi.core.entry", "ab-initio", "cmi.core.credit", "no-credit", "cmi.core.lesson_mode",
            "review", "cmi.student_data.time_limit_action", "continue,no message");
    assertThat(cmi.entry()).contains(CmiEntry.AB_INITIO);
    assertThat(cmi.credit()).contains(CmiCredit.NO_CREDIT);
    assertThat(cmi.lessonMode()).contains(CmiMode.REVIEW);
    assertThat(cmi.timeLimitAction()).contains(CmiTimeLimitAction.CONTINUE_NO_MESSAGE);
    assertThat(read("cmi.core.entry", "").entry()).contains(CmiEntry.NONE);
    rejects(READ, elements("cmi.core.credit", "yes"), "cmi.core.credit", "unknown vocabulary");
    rejects(READ, elements("cmi.core.lesson_mode", "preview"), "cmi.core.lesson_mode", "unknown vocabulary");
    rejects(READ, elements("cmi.student_data.time_limit_action", "exit, message"),
        "cmi.student_data.time_limit_action", "unknown vocabulary");
  }

  @ParameterizedTest
  @ValueSource(strings = {"student-1", "S_42", "a.b@c", "x"})
  void studentIdMustBeACmiIdentifier(String id) {
    assertThat(read("cmi.core.student_id", id).studentId()).contains(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "tab\there", "caf\u00e9", "line\n"})
  void studentIdWithWhiteSpaceOrNonAsciiIsRejected(String id) {
    rejects(READ, elements("cmi.core.student_id", id), "cmi.core.student_id", "must be a CMIIdentifier");
  }

  @Test
  void cmiIdentifierIsAtMost255Characters() {
    assertThat(read("cmi.core.student_id", "a".repeat(255)).studentId()).isPresent();
    rejects(READ, elements("cmi.core.student_id", "a".repeat(256)), "cmi.core.student_id", "1 to 255");
  }

  @Test
  void cmiString255ElementsAreAtMost255Characters() {
    for (String element :
        List.of("cmi.core.lesson_location", "cmi.core.student_name", "cmi.student_preference.language")) {
      assertThat(Scorm12Cmi.fromElements(Map.of(element, "\u00e9".repeat(255))).toElements())
          .containsEntry(element, "\u00e9".repeat(255));
      rejects(READ, elements(element, "x".repeat(256)), element, "CMIString255 of at most 255 characters");
    }
  }

  @Test
  void cmiString4096ElementsAreAtMost4096Characters() {
    for (String element :
        List.of("cmi.suspend_data", "cmi.launch_data", "cmi.comments", "cmi.comments_from_lms")) {
      assertThat(Scorm12Cmi.fromElements(Map.of(element, "x".repeat(4096))).toElements())
          .containsEntry(element, "x".repeat(4096));
      rejects(READ, elements(element, "x".repeat(4097)), element, "CMIString4096 of at most 4096 characters");
    }
  }

  @Test
  void charactersAreCountedAsCodePointsNotUtf16Units() {
    String emoji255 = "\ud83d\ude00".repeat(255);
    assertThat(read("cmi.core.lesson_location", emoji255).lessonLocation()).contains(emoji255);
  }

  @Test
  void sessionTotalAndMaxTimeAreCmiTimespans() {
    Scorm12Cmi cmi =
        read("cmi.core.session_time", "0001:30:00.5", "cmi.core.total_time", "12:00:00",
            "cmi.student_data.max_time_allowed", "00:45:00");
    assertThat(cmi.sessionTime()).contains(Duration.parse("PT1H30M0.5S"));
    assertThat(cmi.totalTime()).contains(Duration.ofHours(12));
    assertThat(cmi.maxTimeAllowed()).contains(Duration.ofMinutes(45));
    rejects(READ, elements("cmi.core.session_time", "PT1H"), "cmi.core.session_time", "CMITimespan");
    rejects(READ, elements("cmi.core.total_time", "00:75:00"), "cmi.core.total_time", "minutes must be 00 to 59");
  }

  @Test
  void studentPreferenceRanges() {
    Scorm12Cmi cmi =
        read("cmi.student_preference.audio", "-1", "cmi.student_preference.speed", "-100",
            "cmi.student_preference.text", "1");
    assertThat(cmi.preferenceAudio()).contains(-1);
    assertThat(cmi.preferenceSpeed()).contains(-100);
    assertThat(cmi.preferenceText()).contains(1);
    rejects(READ, elements("cmi.student_preference.audio", "101"), "cmi.student_preference.audio",
        "CMISInteger between -1 and 100");
    rejects(READ, elements("cmi.student_preference.speed", "-101"), "cmi.student_preference.speed",
        "between -100 and 100");
    rejects(READ, elements("cmi.student_preference.text", "2"), "cmi.student_preference.text", "between -1 and 1");
    rejects(READ, elements("cmi.student_preference.text", "0.5"), "cmi.student_preference.text", "CMISInteger");
    rejects(READ, elements("cmi.student_preference.audio", "99999999999"), "cmi.student_preference.audio",
        "CMISInteger");
  }

  // ------------------------------------------------------------ objectives and interactions

  @Test
  void objectivesAreReadInIndexOrder() {
    Scorm12Cmi cmi =
        read("cmi.objectives.1.id", "b", "cmi.objectives.0.id", "a", "cmi.objectives.0.status", "passed",
            "cmi.objectives.1.score.raw", "40", "cmi.objectives._count", "2");
    assertThat(cmi.objectives()).extracting(Scorm12Objective::id).containsExactly("a", "b");
    assertThat(cmi.objectives().get(0).status()).contains(Scorm12LessonStatus.PASSED);
    assertThat(cmi.objectives().get(1).score().raw()).contains(new BigDecimal("40"));
  }

  @Test
  void interactionElementsHaveTheirDataTypes() {
    Scorm12Cmi cmi =
        read(
            "cmi.interactions.0.id", "q1",
            "cmi.interactions.0.objectives.0.id", "obj1",
            "cmi.interactions.0.time", "14:05:09.25",
            "cmi.interactions.0.type", "choice",
            "cmi.interactions.0.correct_responses.0.pattern", "a,b",
            "cmi.interactions.0.weighting", "-2.5",
            "cmi.interactions.0.student_response", "a",
            "cmi.interactions.0.result", "wrong",
            "cmi.interactions.0.latency", "00:00:12.5");
    Scorm12Interaction q = cmi.interactions().get(0);
    assertThat(q.objectiveIds()).containsExactly("obj1");
    assertThat(q.time()).contains(LocalTime.of(14, 5, 9, 250_000_000));
    assertThat(q.type()).contains(CmiInteractionType.CHOICE);
    assertThat(q.correctResponses()).containsExactly("a,b");
    assertThat(q.weighting()).contains(new BigDecimal("-2.5"));
    assertThat(q.result()).contains(new CmiResult.Judged(CmiResult.Judgement.INCORRECT));
    assertThat(q.latency()).contains(Duration.ofMillis(12_500));
  }

  @Test
  void interactionResultIsAVocabularyTokenOrACmiDecimal() {
    assertThat(read("cmi.interactions.0.id", "q", "cmi.interactions.0.result", "0.75").interactions().get(0).result())
        .contains(new CmiResult.Numeric(new BigDecimal("0.75")));
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.result", "wright"),
        "cmi.interactions.0.result", "unknown vocabulary value \"wright\"");
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.result", "incorrect"),
        "cmi.interactions.0.result", "unknown vocabulary value \"incorrect\"");
  }

  @Test
  void interactionTypesOfScorm2004AreRejected() {
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.type", "long-fill-in"),
        "cmi.interactions.0.type", "unknown vocabulary");
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.type", "other"),
        "cmi.interactions.0.type", "unknown vocabulary");
  }

  @Test
  void interactionTimeIsACmiTimeOfDay() {
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.time", "25:00:00"),
        "cmi.interactions.0.time", "hours must be 00 to 23");
  }

  @Test
  void trueFalseResponsesAreZeroOneTOrF() {
    assertThat(read("cmi.interactions.0.id", "q", "cmi.interactions.0.type", "true-false",
        "cmi.interactions.0.student_response", "t").interactions()).hasSize(1);
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.type", "true-false",
        "cmi.interactions.0.student_response", "true"), "cmi.interactions.0.student_response", "0, 1, t, f");
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.type", "true-false",
        "cmi.interactions.0.correct_responses.0.pattern", "yes"),
        "cmi.interactions.0.correct_responses.0.pattern", "0, 1, t, f");
  }

  @Test
  void numericResponsesAreCmiDecimals() {
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.type", "numeric",
        "cmi.interactions.0.student_response", "1e3"), "cmi.interactions.0.student_response", "CMIDecimal");
  }

  @Test
  void responsesAreCmiFeedbackOfAtMost255Characters() {
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.student_response", "x".repeat(256)),
        "cmi.interactions.0.student_response", "CMIFeedback of at most 255 characters");
  }

  @Test
  void everyRecordHasAnId() {
    rejects(READ, elements("cmi.objectives.0.status", "passed"), "cmi.objectives.0.id", "required");
    rejects(READ, elements("cmi.objectives.0.id", ""), "cmi.objectives.0.id", "required");
    rejects(READ, elements("cmi.interactions.0.result", "correct"), "cmi.interactions.0.id", "required");
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.objectives.0.id", ""),
        "cmi.interactions.0.objectives.0.id", "required");
  }

  // ------------------------------------------------------------ indexes

  @Test
  void indexesMustBeContiguousFromZeroAndTheFirstGapIsNamed() {
    rejects(READ, elements("cmi.objectives.0.id", "a", "cmi.objectives.2.id", "c", "cmi.objectives.5.id", "f"),
        "cmi.objectives.1", "contiguous from 0, but cmi.objectives.2 is set");
    rejects(READ, elements("cmi.interactions.1.id", "q"), "cmi.interactions.0", "contiguous from 0");
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.objectives.1.id", "o"),
        "cmi.interactions.0.objectives.0", "contiguous from 0");
  }

  @Test
  void indexesAreNumericallyOrderedNotLexically() {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      map.put("cmi.objectives." + i + ".id", "o" + i);
    }
    Scorm12Cmi cmi = Scorm12Cmi.fromElements(map);
    assertThat(cmi.objectives().get(10).id()).isEqualTo("o10");
    List<String> keys = new ArrayList<>(cmi.toElements().keySet());
    assertThat(keys.indexOf("cmi.objectives.2.id")).isLessThan(keys.indexOf("cmi.objectives.10.id"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "01", "+1", "00"})
  void negativeSignedOrZeroPaddedIndexesAreRejected(String index) {
    List<CmiViolation> found =
        violations(READ, elements("cmi.objectives.0.id", "a", "cmi.objectives." + index + ".id", "b"));
    assertThat(found).extracting(CmiViolation::element).contains("cmi.objectives." + index + ".id");
    assertThat(found).anyMatch(v -> v.rule().contains("non-negative integer without sign or leading zeros"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000", "99999999999999999999999999999999999999"})
  void aHugeIndexIsAGapAndAllocatesNothingPerIndex(String index) {
    rejects(READ, elements("cmi.interactions." + index + ".id", "q"), "cmi.interactions.0",
        "cmi.interactions." + index + " is set");
  }

  @Test
  void countMustEqualTheNumberOfRecords() {
    assertThat(read("cmi.objectives.0.id", "a", "cmi.objectives._count", "1").objectives()).hasSize(1);
    rejects(READ, elements("cmi.objectives.0.id", "a", "cmi.objectives._count", "3"),
        "cmi.objectives._count", "must equal the number of records, 1");
    rejects(READ, elements("cmi.interactions._count", "1"), "cmi.interactions._count", "0");
  }

  // ------------------------------------------------------------ keywords, unknowns, extensions

  @Test
  void versionMustBe34AndChildrenAreIgnored() {
    assertThat(read("cmi._version", "3.4", "cmi.core._children", "student_id,student_name",
        "cmi.core.score._children", "raw,min,max").toElements()).isEmpty();
    rejects(READ, elements("cmi._version", "1.0"), "cmi._version", "3.4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cmi.core.foo", "cmi.score.raw", "cmi.core", "cmi", "cmi.completion_status",
      "cmi.objectives.0.success_status", "cmi.interactions.0.learner_response", "cmi.objectives.x.id",
      "cmi.interactions.0.objectives.0.name", "cmi.objectives.0"})
  void unknownElementsAreErrors(String element) {
    Map<String, String> map = elements(element, "x");
    if (element.startsWith("cmi.objectives.0.")) {
      map.put("cmi.objectives.0.id", "o");
    }
    if (element.startsWith("cmi.interactions.0.")) {
      map.put("cmi.interactions.0.id", "q");
    }
    List<CmiViolation> found = violations(READ, map);
    assertThat(found).anyMatch(v -> v.element().equals(element) && v.rule().contains("unknown element"));
  }

  @Test
  void namespacesAreCaseSensitive() {
    rejects(READ, elements("CMI.core.lesson_status", "passed"), "CMI.core.lesson_status", "case-sensitive");
    rejects(READ, elements("cmi.core.Lesson_Status", "passed"), "cmi.core.Lesson_Status", "unknown element");
  }

  @Test
  void elementsOutsideTheCmiNamespaceAreKeptVerbatim() {
    Scorm12Cmi cmi = read("nav.event", "continue", "vendor.x.y", "", "cmi.core.lesson_status", "passed");
    assertThat(cmi.extensions()).containsOnly(Map.entry("nav.event", "continue"), Map.entry("vendor.x.y", ""));
    assertThat(cmi.toElements()).containsEntry("nav.event", "continue").containsEntry("vendor.x.y", "");
    assertThatThrownBy(() -> Scorm12Cmi.builder().putExtensions("cmi.core.foo", "x").build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("namespace other than cmi");
  }

  @Test
  void blankValuesOfTypesWithoutAnEmptyValueMeanNotSet() {
    Scorm12Cmi cmi =
        read("cmi.core.score.raw", "", "cmi.core.session_time", "", "cmi.core.lesson_status", "",
            "cmi.core.student_id", "", "cmi.core.lesson_location", "");
    assertThat(cmi.score().raw()).isEmpty();
    assertThat(cmi.sessionTime()).isEmpty();
    assertThat(cmi.lessonStatus()).isEmpty();
    assertThat(cmi.studentId()).isEmpty();
    assertThat(cmi.lessonLocation()).contains("");
    assertThat(cmi.toElements()).containsOnlyKeys("cmi.core.lesson_location");
  }

  @Test
  void nullKeysAndValuesAreTypedErrors() {
    Map<String, String> map = new HashMap<>();
    map.put(null, "x");
    map.put("cmi.core.lesson_status", null);
    List<CmiViolation> found = violations(READ, map);
    assertThat(found).extracting(CmiViolation::element).containsExactlyInAnyOrder("(null)", "cmi.core.lesson_status");
  }

  @Test
  void allProblemsAreReportedTogetherInElementOrder() {
    List<CmiViolation> found =
        violations(
            READ,
            elements(
                "cmi.core.score.raw", "150",
                "cmi.core.lesson_status", "done",
                "cmi.interactions.0.id", "q",
                "cmi.interactions.0.result", "wright",
                "cmi.interactions.3.id", "q3",
                "cmi.core.bogus", "1"));
    assertThat(found)
        .extracting(CmiViolation::element)
        .containsExactly(
            "cmi.core.bogus",
            "cmi.core.lesson_status",
            "cmi.core.score.raw",
            "cmi.interactions.0.result",
            "cmi.interactions.1");
    assertThat(found.get(3).toString())
        .isEqualTo("cmi.interactions.0.result: unknown vocabulary value \"wright\"; one of correct, wrong,"
            + " unanticipated, neutral or a CMIDecimal (SCORM 1.2 RTE 3.4.5)");
  }

  // ------------------------------------------------------------ builders

  @Test
  void buildersApplyTheSameRules() {
    assertThatThrownBy(() -> Scorm12Score.builder().raw(new BigDecimal("150")).build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("score.raw: must be a CMIDecimal between 0 and 100");
    assertThatThrownBy(() -> Scorm12Cmi.builder().lessonLocation("x".repeat(256)).build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("cmi.core.lesson_location");
    assertThatThrownBy(() -> Scorm12Cmi.builder().sessionTime(Duration.ofMillis(1)).build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("precision of 0.01 s");
    assertThatThrownBy(() -> Scorm12Interaction.builder().id("q").type(CmiInteractionType.OTHER).build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("cmi.interactions.n.type");
    assertThatThrownBy(() -> Scorm12Interaction.builder().id("has space").build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("CMIIdentifier");
  }

  @Test
  void writtenElementsReadBackToAnEqualValue() {
    Scorm12Cmi cmi =
        Scorm12Cmi.builder()
            .studentId("s1")
            .lessonStatus(Scorm12LessonStatus.INCOMPLETE)
            .score(Scorm12Score.builder().raw(new BigDecimal("12.5")).build())
            .sessionTime(Duration.ofSeconds(75))
            .addObjectives(Scorm12Objective.builder().id("o").build())
            .addInteractions(
                Scorm12Interaction.builder()
                    .id("q")
                    .addObjectiveIds("o")
                    .type(CmiInteractionType.NUMERIC)
                    .addCorrectResponses("42")
                    .result(new CmiResult.Numeric(new BigDecimal("1")))
                    .build())
            .build();
    assertThat(cmi.toElements())
        .containsEntry("cmi.core.session_time", "00:01:15")
        .containsEntry("cmi.interactions.0.correct_responses.0.pattern", "42");
    assertThat(Scorm12Cmi.fromElements(cmi.toElements())).isEqualTo(cmi);
  }
}
