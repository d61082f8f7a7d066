package org.framsteg.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framsteg.scorm.runtime.CmiAssertions.elements;
import static org.framsteg.scorm.runtime.CmiAssertions.rejects;
import static org.framsteg.scorm.runtime.CmiAssertions.violations;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Scorm2004CmiTest {
  private static final Function<Map<String, String>, ?> READ = Scorm2004Cmi::fromElements;

  private static Scorm2004Cmi read(String... keyValues) {
    return Scorm2004Cmi.fromElements(elements(keyValues));
  }

  /** One interaction with the given extra elements. */
  private static Map<String, String> interaction(String... keyValues) {
    Map<String, String> map = elements("cmi.interactions.0.id", "urn:q:1");
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put("cmi.interactions.0." + keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  // ------------------------------------------------------------ ranges of real(10,7) elements

  @ParameterizedTest
  @ValueSource(strings = {"-1", "1", "0", "0.5", "-0.9999999", "1.0000000"})
  void scaledScoreMustBeBetweenMinusOneAndOne(String scaled) {
    assertThat(read("cmi.score.scaled", scaled).score().scaled()).contains(new BigDecimal(scaled));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1.0000001", "1.01", "2", "-100"})
  void scaledScoreOutsideMinusOneToOneIsRejected(String scaled) {
    rejects(READ, elements("cmi.score.scaled", scaled), "cmi.score.scaled", "from -1 to 1 (SCORM 2004 4th ed. RTE 4.2.20)");
    rejects(READ, elements("cmi.objectives.0.id", "o", "cmi.objectives.0.score.scaled", scaled),
        "cmi.objectives.0.score.scaled", "from -1 to 1");
  }

  @Test
  void rawMinMaxAndWeightingAreRealsWithoutRange() {
    Scorm2004Cmi cmi = read("cmi.score.raw", "-250.5", "cmi.score.min", "-1000", "cmi.score.max", "1000000");
    assertThat(cmi.score().raw()).contains(new BigDecimal("-250.5"));
    assertThat(read("cmi.interactions.0.id", "q", "cmi.interactions.0.weighting", "-3").interactions().get(0).weighting())
        .contains(new BigDecimal("-3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "1e-3", "0x1p3", "+0.5", "0.5 ", "\u0660.5", ""})
  void realNumbersForbidNaNInfinityHexExponentAndSigns(String text) {
    if (text.isEmpty()) {
      assertThat(read("cmi.progress_measure", text).progressMeasure()).isEmpty();
      return;
    }
    rejects(READ, elements("cmi.progress_measure", text), "cmi.progress_measure", "real(10,7) number");
    rejects(READ, elements("cmi.score.raw", text), "cmi.score.raw", "real(10,7) number");
  }

  @Test
  void progressMeasureAndCompletionThresholdAreBetweenZeroAndOne() {
    assertThat(read("cmi.progress_measure", "0", "cmi.completion_threshold", "1").completionThreshold())
        .contains(BigDecimal.ONE);
    rejects(READ, elements("cmi.progress_measure", "1.5"), "cmi.progress_measure", "from 0 to 1 (SCORM 2004 4th ed. RTE 4.2.18)");
    rejects(READ, elements("cmi.completion_threshold", "-0.1"), "cmi.completion_threshold", "from 0 to 1");
    rejects(READ, elements("cmi.objectives.0.id", "o", "cmi.objectives.0.progress_measure", "2"),
        "cmi.objectives.0.progress_measure", "from 0 to 1");
  }

  @Test
  void scaledPassingScoreIsBetweenMinusOneAndOne() {
    assertThat(read("cmi.scaled_passing_score", "-1").scaledPassingScore()).contains(new BigDecimal("-1"));
    rejects(READ, elements("cmi.scaled_passing_score", "1.2"), "cmi.scaled_passing_score", "from -1 to 1");
  }

  @Test
  void learnerPreferenceRanges() {
    Scorm2004Cmi cmi =
        read("cmi.learner_preference.audio_level", "2.5", "cmi.learner_preference.delivery_speed", "0",
            "cmi.learner_preference.audio_captioning", "-1", "cmi.learner_preference.language", "en-US");
    assertThat(cmi.preferenceAudioLevel()).contains(new BigDecimal("2.5"));
    assertThat(cmi.preferenceAudioCaptioning()).contains(-1);
    assertThat(cmi.preferenceLanguage()).contains("en-US");
    assertThat(read("cmi.learner_preference.language", "").preferenceLanguage()).contains("");
    rejects(READ, elements("cmi.learner_preference.audio_level", "-1"), "cmi.learner_preference.audio_level", "at least 0");
    rejects(READ, elements("cmi.learner_preference.delivery_speed", "-0.5"),
        "cmi.learner_preference.delivery_speed", "at least 0");
    rejects(READ, elements("cmi.learner_preference.audio_captioning", "2"),
        "cmi.learner_preference.audio_captioning", "one of -1, 0, 1");
    rejects(READ, elements("cmi.learner_preference.language", "english!"), "cmi.learner_preference.language",
        "RFC 3066");
  }

  // ------------------------------------------------------------ vocabularies

  @Test
  void statusVocabularies() {
    Scorm2004Cmi cmi = read("cmi.completion_status", "not attempted", "cmi.success_status", "failed");
    assertThat(cmi.completionStatus()).contains(Scorm2004CompletionStatus.NOT_ATTEMPTED);
    assertThat(cmi.successStatus()).contains(Scorm2004SuccessStatus.FAILED);
    rejects(READ, elements("cmi.completion_status", "passed"), "cmi.completion_status", "unknown vocabulary value \"passed\"");
    rejects(READ, elements("cmi.success_status", "completed"), "cmi.success_status", "unknown vocabulary");
  }

  @Test
  void exitHasNormalAndTheEmptyToken() {
    assertThat(read("cmi.exit", "normal").exit()).contains(CmiExit.NORMAL);
    assertThat(read("cmi.exit", "").exit()).contains(CmiExit.NONE);
    assertThat(read("cmi.entry", "").entry()).contains(CmiEntry.NONE);
    rejects(READ, elements("cmi.exit", "quit"), "cmi.exit", "unknown vocabulary");
  }

  @Test
  void modeCreditAndTimeLimitAction() {
    Scorm2004Cmi cmi = read("cmi.mode", "browse", "cmi.credit", "credit", "cmi.time_limit_action", "exit,message");
    assertThat(cmi.mode()).contains(CmiMode.BROWSE);
    assertThat(cmi.credit()).contains(CmiCredit.CREDIT);
    assertThat(cmi.timeLimitAction()).contains(CmiTimeLimitAction.EXIT_MESSAGE);
    rejects(READ, elements("cmi.mode", "normal "), "cmi.mode", "unknown vocabulary");
  }

  @Test
  void interactionResultUsesIncorrectNotWrong() {
    assertThat(read("cmi.interactions.0.id", "q", "cmi.interactions.0.result", "incorrect").interactions().get(0).result())
        .contains(new CmiResult.Judged(CmiResult.Judgement.INCORRECT));
    assertThat(read("cmi.interactions.0.id", "q", "cmi.interactions.0.result", "-12.5").interactions().get(0).result())
        .contains(new CmiResult.Numeric(new BigDecimal("-12.5")));
    rejects(READ, interaction("result", "wrong"), "cmi.interactions.0.result", "unknown vocabulary value \"wrong\"");
  }

  // ------------------------------------------------------------ strings and identifiers

  @Test
  void characterstringsAreAtMostTheirSmallestPermittedMaximum() {
    for (Map.Entry<String, Integer> e :
        Map.of("cmi.location", 1000, "cmi.suspend_data", 64000, "cmi.launch_data", 4000).entrySet()) {
      assertThat(Scorm2004Cmi.fromElements(Map.of(e.getKey(), "x".repeat(e.getValue()))).toElements())
          .containsKey(e.getKey());
      rejects(READ, elements(e.getKey(), "x".repeat(e.getValue() + 1)), e.getKey(),
          "of at most " + e.getValue() + " characters");
    }
  }

  @Test
  void localizedStringsCountTextAfterTheLanguageDelimiter() {
    String text = "y".repeat(250);
    assertThat(read("cmi.learner_name", "{lang=sv-SE}" + text).learnerName()).contains("{lang=sv-SE}" + text);
    rejects(READ, elements("cmi.learner_name", text + "y"), "cmi.learner_name", "at most 250 characters");
    rejects(READ, elements("cmi.learner_name", "{lang=not a tag}Anna"), "cmi.learner_name", "language_type");
    assertThat(read("cmi.comments_from_learner.0.comment", "{lang=en}" + "z".repeat(4000)).commentsFromLearner())
        .hasSize(1);
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.0.description", "d".repeat(251)),
        "cmi.interactions.0.description", "at most 250 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"learner-1", "urn:example:learner:42", "http://example.com/a?b=c", "q_1.2"})
  void identifiersAreUris(String id) {
    assertThat(read("cmi.learner_id", id).learnerId()).contains(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "bad^char", "<q1>", "   "})
  void identifiersThatAreNotUrisAreRejected(String id) {
    rejects(READ, elements("cmi.learner_id", id), "cmi.learner_id", "long_identifier_type");
    rejects(READ, elements("cmi.objectives.0.id", id), "cmi.objectives.0.id", "long_identifier_type");
  }

  @Test
  void longIdentifiersAreAtMost4000Characters() {
    assertThat(read("cmi.learner_id", "a".repeat(4000)).learnerId()).isPresent();
    rejects(READ, elements("cmi.learner_id", "a".repeat(4001)), "cmi.learner_id", "1 to 4000 characters");
  }

  @Test
  void objectiveIdsAreUnique() {
    rejects(READ, elements("cmi.objectives.0.id", "o", "cmi.objectives.1.id", "o"), "cmi.objectives.1.id",
        "objective ids are unique");
    assertThatThrownBy(
            () ->
                Scorm2004Cmi.builder()
                    .addObjectives(Scorm2004Objective.builder().id("o").build())
                    .addObjectives(Scorm2004Objective.builder().id("o").build())
                    .build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("cmi.objectives.1.id");
  }

  // ------------------------------------------------------------ times

  @Test
  void sessionTotalMaxTimeAndLatencyAreTimeIntervals() {
    Scorm2004Cmi cmi =
        read("cmi.session_time", "PT1H30M", "cmi.total_time", "P1DT0.5S", "cmi.max_time_allowed", "PT45M",
            "cmi.interactions.0.id", "q", "cmi.interactions.0.latency", "PT2.25S");
    assertThat(cmi.sessionTime()).contains(Duration.ofMinutes(90));
    assertThat(cmi.totalTime()).contains(Duration.ofDays(1).plusMillis(500));
    assertThat(cmi.toElements()).containsEntry("cmi.total_time", "PT24H0.5S");
    assertThat(cmi.interactions().get(0).latency()).contains(Duration.ofMillis(2250));
    rejects(READ, elements("cmi.session_time", "01:30:00"), "cmi.session_time", "timeinterval");
    rejects(READ, elements("cmi.session_time", "PT1.123S"), "cmi.session_time", "1 or 2 decimal digits");
  }

  @Test
  void timestampsOfInteractionsAndComments() {
    Scorm2004Cmi cmi =
        read("cmi.interactions.0.id", "q", "cmi.interactions.0.timestamp", "2021-03-04T05:06:07.8+01:00",
            "cmi.comments_from_lms.0.timestamp", "2021-03");
    assertThat(cmi.interactions().get(0).timestamp().map(CmiTimestamp::toString))
        .contains("2021-03-04T05:06:07.8+01:00");
    assertThat(cmi.commentsFromLms().get(0).timestamp().map(CmiTimestamp::toString)).contains("2021-03");
    rejects(READ, interaction("timestamp", "2021-03-04T05:06:07Z"), "cmi.interactions.0.timestamp", "needs hh:mm:ss.s");
    rejects(READ, interaction("timestamp", "2045-01-01"), "cmi.interactions.0.timestamp", "1970 to 2038");
  }

  // ------------------------------------------------------------ evaluated statuses (RTE 4.2.4.1, 4.2.22)

  @ParameterizedTest
  @CsvSource({
    // threshold, progress, stored status, evaluated
    "0.8, 0.8, incomplete, COMPLETED",
    "0.8, 0.9, , COMPLETED",
    "0.8, 0.79, completed, INCOMPLETE",
    "0.8, , completed, UNKNOWN",
    ", 0.1, completed, COMPLETED",
    ", , incomplete, INCOMPLETE",
    ", , , UNKNOWN",
    "0, 0, not attempted, COMPLETED"
  })
  void completionStatusIsEvaluatedAgainstThresholdAndProgressMeasure(
      String threshold, String progress, String stored, Scorm2004CompletionStatus evaluated) {
    Map<String, String> map = elements();
    if (threshold != null) {
      map.put("cmi.completion_threshold", threshold);
    }
    if (progress != null) {
      map.put("cmi.progress_measure", progress);
    }
    if (stored != null) {
      map.put("cmi.completion_status", stored);
    }
    Scorm2004Cmi cmi = Scorm2004Cmi.fromElements(map);
    assertThat(cmi.evaluatedCompletionStatus()).isEqualTo(evaluated);
    assertThat(cmi.completionStatus().map(Scorm2004CompletionStatus::token)).isEqualTo(java.util.Optional.ofNullable(stored));
  }

  @ParameterizedTest
  @CsvSource({
    // passing score, scaled score, stored status, evaluated
    "0.6, 0.6, failed, PASSED",
    "0.6, 0.59, passed, FAILED",
    "0.6, , passed, UNKNOWN",
    "-0.5, -0.4, , PASSED",
    ", 0.1, failed, FAILED",
    ", , passed, PASSED",
    ", , , UNKNOWN"
  })
  void successStatusIsEvaluatedAgainstScaledPassingScore(
      String passing, String scaled, String stored, Scorm2004SuccessStatus evaluated) {
    Map<String, String> map = elements();
    if (passing != null) {
      map.put("cmi.scaled_passing_score", passing);
    }
    if (scaled != null) {
      map.put("cmi.score.scaled", scaled);
    }
    if (stored != null) {
      map.put("cmi.success_status", stored);
    }
    assertThat(Scorm2004Cmi.fromElements(map).evaluatedSuccessStatus()).isEqualTo(evaluated);
  }

  // ------------------------------------------------------------ interaction responses (RTE 4.2.9)

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "true-false | true",
    "true-false | false",
    "choice | ''",
    "choice | a[,]b[,]c",
    "sequencing | step1[,]step2",
    "likert | strongly_agree",
    "matching | a[.]1[,]b[.]2",
    "numeric | -3.25",
    "fill-in | {lang=en}cat[,]dog",
    "long-fill-in | {lang=de}Ein langer Text",
    "performance | s1[.]answer[,][.]only-answer",
    "other | anything at all"
  })
  void learnerResponsesFollowTheFormatOfTheirType(String type, String response) {
    Scorm2004Interaction i =
        Scorm2004Cmi.fromElements(interaction("type", type, "learner_response", response)).interactions().get(0);
    assertThat(i.learnerResponse()).contains(response);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "true-false | t | is true or false",
    "choice | a[,]a | each choice once",
    "choice | a[,] | short identifiers",
    "sequencing | '' | short identifiers",
    "likert | a[,]b | short_identifier_type",
    "matching | a[.]b[.]c | source[.]target pairs",
    "matching | a-b | source[.]target pairs",
    "numeric | 1e3 | real number",
    "fill-in | {lang=en!}x | localized strings",
    "performance | noseparator | name[.]answer steps"
  })
  void learnerResponsesBreakingTheFormatOfTheirTypeAreRejected(String type, String response, String rule) {
    rejects(READ, interaction("type", type, "learner_response", response), "cmi.interactions.0.learner_response", rule);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "numeric | 1[:]5",
    "numeric | [:]5",
    "numeric | 1[:]",
    "fill-in | {case_matters=true}{order_matters=false}red[,]blue",
    "long-fill-in | {case_matters=false}Some text",
    "performance | {order_matters=true}step[.]1[:]3",
    "choice | a[,]b"
  })
  void correctResponsePatternsFollowTheFormatOfTheirType(String type, String pattern) {
    assertThat(Scorm2004Cmi.fromElements(interaction("type", type, "correct_responses.0.pattern", pattern))
        .interactions().get(0).correctResponses()).containsExactly(pattern);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "numeric | 5 | range min[:]max",
    "numeric | 5[:]1 | minimum does not exceed",
    "numeric | a[:]b | real numbers",
    "fill-in | {case_matters=yes}red | {case_matters=true|false}",
    "fill-in | {case_matters=true}{case_matters=true}red | at most once",
    "long-fill-in | {case_matters=maybe}text | delimiters at most once"
  })
  void correctResponsePatternsBreakingTheFormatOfTheirTypeAreRejected(String type, String pattern, String rule) {
    List<CmiViolation> found = violations(READ, interaction("type", type, "correct_responses.0.pattern", pattern));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).element()).isEqualTo("cmi.interactions.0.correct_responses.0.pattern");
    assertThat(found.get(0).rule()).contains(rule);
  }

  @Test
  void responsesNeedTheInteractionType() {
    rejects(READ, interaction("learner_response", "a"), "cmi.interactions.0.learner_response",
        "needs cmi.interactions.0.type to be set");
    rejects(READ, interaction("correct_responses.0.pattern", "a"), "cmi.interactions.0.correct_responses",
        "need cmi.interactions.0.type to be set");
  }

  @Test
  void aBlankResponseOfAnUntypedInteractionIsNotSet() {
    Scorm2004Interaction i = Scorm2004Cmi.fromElements(interaction("learner_response", "")).interactions().get(0);
    assertThat(i.learnerResponse()).isEmpty();
    assertThat(Scorm2004Cmi.fromElements(interaction("type", "choice", "learner_response", ""))
        .interactions().get(0).learnerResponse()).contains("");
  }

  @Test
  void singleAnswerTypesHaveAtMostOneCorrectResponse() {
    rejects(READ, interaction("type", "true-false", "correct_responses.0.pattern", "true",
        "correct_responses.1.pattern", "false"), "cmi.interactions.0.correct_responses", "at most one correct response");
    assertThat(Scorm2004Cmi.fromElements(interaction("type", "choice", "correct_responses.0.pattern", "a",
        "correct_responses.1.pattern", "b")).interactions().get(0).correctResponses()).hasSize(2);
  }

  @Test
  void interactionObjectiveIdsAreUniqueWithinTheInteraction() {
    rejects(READ, interaction("objectives.0.id", "o", "objectives.1.id", "o"), "cmi.interactions.0.objectives.1.id",
        "unique");
  }

  // ------------------------------------------------------------ records, keywords and extensions

  @Test
  void commentsAreReadInOrderAndNeedOneElement() {
    Scorm2004Cmi cmi =
        read("cmi.comments_from_learner.1.location", "p2", "cmi.comments_from_learner.0.comment", "first",
            "cmi.comments_from_learner._count", "2");
    assertThat(cmi.commentsFromLearner()).extracting(c -> c.comment().orElse(c.location().orElse("")))
        .containsExactly("first", "p2");
    rejects(READ, elements("cmi.comments_from_lms.0.timestamp", ""), "cmi.comments_from_lms.0", "at least one of");
    assertThatThrownBy(() -> Scorm2004Comment.builder().build()).isInstanceOf(CmiDataException.class);
  }

  @Test
  void recordsNeedAnIdAndContiguousIndexes() {
    rejects(READ, elements("cmi.objectives.0.success_status", "passed"), "cmi.objectives.0.id", "required");
    rejects(READ, elements("cmi.interactions.0.id", "q", "cmi.interactions.2.id", "r"), "cmi.interactions.1",
        "contiguous from 0");
    rejects(READ, elements("cmi.comments_from_learner.1.comment", "x"), "cmi.comments_from_learner.0",
        "contiguous from 0");
  }

  @Test
  void versionMustBe10AndKeywordsAreNotWritten() {
    Scorm2004Cmi cmi =
        read("cmi._version", "1.0", "cmi._children", "a,b", "cmi.score._children", "scaled,raw,min,max",
            "cmi.interactions._count", "0", "cmi.objectives.0.id", "o", "cmi.objectives.0.score._children", "x");
    assertThat(cmi.toElements()).containsOnlyKeys("cmi.objectives.0.id");
    rejects(READ, elements("cmi._version", "3.4"), "cmi._version", "1.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cmi.core.lesson_status", "cmi.student_data.mastery_score", "cmi.score.percent",
      "cmi.objectives.0.status", "cmi.interactions.0.student_response", "cmi.learner_preference.audio"})
  void elementsOfScorm12AndUnknownElementsAreErrors(String element) {
    Map<String, String> map = elements(element, "x");
    if (element.startsWith("cmi.objectives.0.")) {
      map.put("cmi.objectives.0.id", "o");
    }
    if (element.startsWith("cmi.interactions.0.")) {
      map.put("cmi.interactions.0.id", "q");
    }
    rejects(READ, map, element, "unknown element");
  }

  @Test
  void adlNavigationAndDataElementsAreKeptAsExtensions() {
    Scorm2004Cmi cmi =
        read("adl.nav.request", "{target=sco-2}choice", "adl.data.0.id", "shared", "adl.data.0.store", "v",
            "cmi.location", "p1");
    assertThat(cmi.extensions()).containsOnlyKeys("adl.nav.request", "adl.data.0.id", "adl.data.0.store");
    assertThat(Scorm2004Cmi.fromElements(cmi.toElements())).isEqualTo(cmi);
  }

  @Test
  void buildersApplyTheSameRules() {
    assertThatThrownBy(() -> Scorm2004Score.builder().scaled(new BigDecimal("1.5")).build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("score.scaled: must be a real(10,7) number from -1 to 1");
    assertThatThrownBy(() -> Scorm2004Cmi.builder().suspendData("x".repeat(64_001)).build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("cmi.suspend_data");
    assertThatThrownBy(
            () -> Scorm2004Interaction.builder().id("q").learnerResponse("a").build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("type to be set");
    assertThatThrownBy(
            () -> Scorm2004Interaction.builder().id("q").type(CmiInteractionType.TRUE_FALSE).learnerResponse("yes").build())
        .isInstanceOf(CmiDataException.class)
        .hasMessageContaining("true or false");
  }
}
