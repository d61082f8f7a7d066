package org.framsteg.scorm.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema harness says valid to what the spec README calls valid, and invalid otherwise. */
class ScormSchemasTest {
  @Test
  void scorm12SetCompilesWithOnlyTheTwelveImsmdAmbiguityErrors() {
    assertThat(ScormSchemas.scorm12()).isNotNull();
    assertThat(ScormSchemas.scorm12ToleratedErrors()).hasSize(12)
        .allSatisfy(e -> assertThat(e).contains("cos-nonambig"));
  }

  @Test
  void scorm2004SetCompilesCleanly() {
    assertThat(ScormSchemas.scorm2004()).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"scorm12-single-sco.imsmanifest.xml",
      "scorm12-multi-sco-one-file-per-sco.imsmanifest.xml",
      "scorm12-metadata-adlcp-location.imsmanifest.xml"})
  void validScorm12SamplesValidate(String name) {
    assertThat(ScormSchemas.validate(ScormSchemas.scorm12(), SpecFiles.sample(name))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"scorm2004-3rd-metadata-adlcp-location.imsmanifest.xml",
      "scorm2004-3rd-sequencing-simple-remediation.imsmanifest.xml",
      "scorm2004-4th-sequencing-posttest-rollup-jump.imsmanifest.xml",
      "scorm2004-4th-adl-cts-CO-10-global-objectives-mapinfo.imsmanifest.xml",
      "scorm2004-4th-adl-cts-CM-04a-nested-items.imsmanifest.xml",
      "scorm2004-4th-adl-cts-DMI-shared-data-adlcp-data.imsmanifest.xml"})
  void validScorm2004SamplesValidate(String name) {
    assertThat(ScormSchemas.validate(ScormSchemas.scorm2004(), SpecFiles.sample(name))).isEmpty();
  }

  @Test
  void camelCaseDataFromLmsIsInvalidInScorm12() {
    List<String> errors = ScormSchemas.validate(ScormSchemas.scorm12(), SpecFiles.sample(
        "scorm12-prerequisites-INVALID-dataFromLMS-camelcase.synthetic.imsmanifest.xml"));
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e).startsWith("26:");
      assertThat(e).contains("dataFromLMS");
    });
  }

  @Test
  void unknownRuleActionIsInvalidIn2004() throws IOException {
    String xml = read("scorm2004-3rd-sequencing-simple-remediation.imsmanifest.xml")
        .replace("action=\"exitParent\"", "action=\"jumpAround\"");
    assertThat(ScormSchemas.validate(ScormSchemas.scorm2004(), xml.getBytes(UTF_8)))
        .anySatisfy(e -> assertThat(e).contains("jumpAround"));
  }

  @Test
  void unknownAdlcpElementInsideDataIsInvalidIn2004() throws IOException {
    // Under <item> extensions are lax (an undeclared adlcp element passes); <adlcp:data> is strict.
    String xml = read("scorm2004-4th-adl-cts-DMI-shared-data-adlcp-data.imsmanifest.xml")
        .replaceFirst("<adlcp:data>", "<adlcp:data><adlcp:bogus/>");
    assertThat(ScormSchemas.validate(ScormSchemas.scorm2004(), xml.getBytes(UTF_8)))
        .anySatisfy(e -> assertThat(e).contains("bogus"));
  }

  @Test
  void badScormTypeIsInvalidIn12() throws IOException {
    String xml = read("scorm12-single-sco.imsmanifest.xml")
        .replace("adlcp:scormtype=\"sco\"", "adlcp:scormtype=\"lesson\"");
    assertThat(xml).contains("lesson");
    assertThat(ScormSchemas.validate(ScormSchemas.scorm12(), xml.getBytes(UTF_8)))
        .anySatisfy(e -> assertThat(e).contains("lesson"));
  }

  private static String read(String sample) throws IOException {
    Path file = SpecFiles.sample(sample);
    return Files.readString(file, UTF_8);
  }
}
