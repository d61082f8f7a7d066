package org.framsteg.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CmiJsonTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = CmiJsonTest.class.getResourceAsStream("/runtime/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static CmiViolation rejected(String json) {
    CmiDataException e = catchThrowableOfType(CmiDataException.class, () -> CmiJson.toElements(json));
    assertThat(e).as("a CmiDataException for %s", json).isNotNull();
    return e.violations().get(0);
  }

  @Test
  void aScorm12BrowserRuntimeCommitWithBlankDefaultsIsRead() throws IOException {
    Scorm12Cmi cmi =
        Scorm12Cmi.fromElements(
            CmiJson.toElements(resource("scorm12-browser-runtime-commit-with-blank-defaults.json")));
    assertThat(cmi.lessonStatus()).contains(Scorm12LessonStatus.INCOMPLETE);
    assertThat(cmi.exit()).contains(CmiExit.SUSPEND);
    assertThat(cmi.sessionTime()).contains(Duration.ofMillis(750_500));
    assertThat(cmi.score().raw()).isEmpty();
    assertThat(cmi.objectives().get(0).score().raw()).contains(new BigDecimal("90"));
    assertThat(cmi.interactions().get(0).correctResponses()).containsExactly("c");
    assertThat(cmi.interactions().get(0).objectiveIds()).containsExactly("obj-intro");
    assertThat(cmi.timeLimitAction()).isEmpty();
  }

  @Test
  void aScorm2004BrowserRuntimeCommitIsReadWithItsNavigationRequest() throws IOException {
    Scorm2004Cmi cmi =
        Scorm2004Cmi.fromElements(
            CmiJson.toElements(resource("scorm2004-browser-runtime-commit-with-learner-preferences.json")));
    assertThat(cmi.evaluatedCompletionStatus()).isEqualTo(Scorm2004CompletionStatus.COMPLETED);
    assertThat(cmi.completionStatus()).contains(Scorm2004CompletionStatus.INCOMPLETE);
    assertThat(cmi.preferenceAudioCaptioning()).contains(0);
    assertThat(cmi.interactions().get(0).learnerResponse()).contains("true");
    assertThat(cmi.extensions()).containsEntry("adl.nav.request", "continue");
    assertThat(cmi.exit()).contains(CmiExit.NONE);
  }

  @Test
  void theCmiObjectItselfIsReadUnderCmi() {
    assertThat(CmiJson.toElements("{\"core\":{\"lesson_status\":\"passed\"}}"))
        .containsExactly(Map.entry("cmi.core.lesson_status", "passed"));
  }

  @Test
  void flattenedNamesAndJsonArraysAreRead() {
    assertThat(
            CmiJson.toElements(
                "{\"cmi.location\":\"p1\",\"cmi\":{\"objectives\":[{\"id\":\"a\"},{\"id\":\"b\"}]}}"))
        .containsEntry("cmi.location", "p1")
        .containsEntry("cmi.objectives.0.id", "a")
        .containsEntry("cmi.objectives.1.id", "b");
  }

  @Test
  void numbersBecomeTheirDecimalText() {
    assertThat(CmiJson.toElements("{\"cmi\":{\"score\":{\"raw\":85,\"scaled\":0.850,\"max\":1e2}}}"))
        .containsEntry("cmi.score.raw", "85")
        .containsEntry("cmi.score.scaled", "0.850")
        .containsEntry("cmi.score.max", "100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"cmi\":{\"location\":null}}", "{\"cmi\":{\"location\":true}}"})
  void nullsAndBooleansAreRejected(String json) {
    CmiViolation v = rejected(json);
    assertThat(v.element()).isEqualTo("cmi.location");
    assertThat(v.rule()).contains("must be a string");
  }

  @Test
  void aHugeExponentIsRejectedWithoutRenderingIt() {
    CmiViolation v = rejected("{\"cmi\":{\"score\":{\"raw\":1e999999999}}}");
    assertThat(v.element()).isEqualTo("cmi.score.raw");
    assertThat(v.rule()).contains("more than 64 digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "\"cmi\"", "{\"cmi\":", "{\"cmi\":{}} trailing", "{'cmi':{}}"})
  void malformedJsonOrANonObjectRootIsATypedError(String json) {
    assertThat(rejected(json).element()).isEqualTo("$");
  }

  @Test
  void duplicateNamesAndElementsGivenTwiceAreRejected() {
    assertThat(rejected("{\"cmi\":{\"location\":\"a\",\"location\":\"b\"}}").rule()).contains("malformed JSON");
    CmiViolation twice = rejected("{\"cmi.location\":\"a\",\"cmi\":{\"location\":\"b\"}}");
    assertThat(twice.element()).isEqualTo("cmi.location");
    assertThat(twice.rule()).contains("given twice");
  }

  @Test
  void deeplyNestedJsonIsATypedError() {
    String deep = "{\"a\":".repeat(100_000) + "\"x\"" + "}".repeat(100_000);
    assertThat(rejected(deep).element()).isEqualTo("$");
  }

  @Test
  void writingNestsElementsWithRecordsKeyedByIndex() {
    SortedMap<String, String> map = new TreeMap<>();
    map.put("cmi.objectives.0.id", "a");
    map.put("cmi.objectives.1.id", "b");
    map.put("cmi.location", "p1");
    map.put("adl.nav.request", "continue");
    assertThat(CmiJson.fromElements(map))
        .isEqualTo(
            "{\"adl\":{\"nav\":{\"request\":\"continue\"}},"
                + "\"cmi\":{\"location\":\"p1\",\"objectives\":{\"0\":{\"id\":\"a\"},\"1\":{\"id\":\"b\"}}}}");
  }

  @Test
  void elementNamesThatArePrefixesOfOthersHaveNoNestedForm() {
    CmiDataException e =
        catchThrowableOfType(
            CmiDataException.class,
            () -> CmiJson.fromElements(Map.of("vendor", "x", "vendor.a", "y")));
    assertThat(e.violations()).extracting(CmiViolation::element).containsExactly("vendor.a");
  }
}
