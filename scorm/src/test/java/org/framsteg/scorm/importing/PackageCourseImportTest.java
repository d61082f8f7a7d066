package org.framsteg.scorm.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.core.progress.Segment;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.ScormPackage;
import org.framsteg.scorm.mapping.RuntimeMapping;
import org.framsteg.scorm.mapping.ScoSession;
import org.framsteg.scorm.runtime.Scorm2004Cmi;
import org.framsteg.scorm.testing.TestZip;
import org.junit.jupiter.api.Test;

/** A whole package, zipped in the test, read safely, imported and then tracked. */
class PackageCourseImportTest {
  private static final String MANIFEST = """
      <?xml version="1.0" encoding="UTF-8"?>
      <manifest identifier="se.example.kallkritik" version="2"
          xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
          xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
          xmlns:lom="http://ltsc.ieee.org/xsd/LOM">
        <metadata>
          <schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion>
          <lom:lom><lom:general>
            <lom:title><lom:string language="sv">Källkritik på nätet</lom:string></lom:title>
            <lom:language>sv</lom:language>
          </lom:general></lom:lom>
        </metadata>
        <organizations default="kurs">
          <organization identifier="kurs">
            <title>Källkritik på nätet</title>
            <item identifier="del1">
              <title>Att granska en källa</title>
              <item identifier="film" identifierref="film-sco">
                <title>Inledande film</title>
                <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.9"/>
                <metadata><lom:lom><lom:technical><lom:duration><lom:duration>PT2M</lom:duration>
                </lom:duration></lom:technical></lom:lom></metadata>
              </item>
              <item identifier="text" identifierref="pdf"><title>Checklista</title></item>
              <item identifier="lank" identifierref="webb"><title>Mer att läsa</title></item>
            </item>
            <item identifier="prov" identifierref="prov-sco">
              <title>Kunskapstest</title>
              <imsss:sequencing>
                <imsss:objectives>
                  <imsss:primaryObjective objectiveID="klarat" satisfiedByMeasure="true">
                    <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>
                  </imsss:primaryObjective>
                </imsss:objectives>
              </imsss:sequencing>
            </item>
          </organization>
        </organizations>
        <resources>
          <resource identifier="film-sco" type="webcontent" adlcp:scormType="sco" href="film/index.html">
            <file href="film/index.html"/><file href="film/framsteg-sco.js"/>
            <file href="film/framsteg-player.css"/><file href="film/inledning.mp4"/>
          </resource>
          <resource identifier="pdf" type="webcontent" adlcp:scormType="asset" href="checklista.pdf">
            <file href="checklista.pdf"/>
          </resource>
          <resource identifier="webb" type="webcontent" adlcp:scormType="asset"
              href="https://www.kb.se/samverkan/kallkritik.html"/>
          <resource identifier="prov-sco" type="webcontent" adlcp:scormType="sco" href="prov/index.html">
            <file href="prov/index.html"/>
          </resource>
        </resources>
      </manifest>
      """;

  private static ScormPackage pkg() throws IOException {
    byte[] zip = TestZip.create().add("imsmanifest.xml", MANIFEST)
        .add("film/index.html", "<!doctype html><title>Film</title>")
        .add("film/framsteg-sco.js", "/* player */")
        .add("film/framsteg-player.css", "body{}")
        .stored("film/inledning.mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'})
        .add("checklista.pdf", "%PDF-1.4")
        .add("prov/index.html", "<!doctype html><title>Prov</title>")
        .bytes();
    return PackageReader.defaults().read(new java.io.ByteArrayInputStream(zip));
  }

  @Test
  void aPackageImportsAsACourseOfItsOrganization() throws IOException {
    CourseImport imported = CourseImporter.defaults().toCourse(pkg());
    Course c = imported.course();
    assertThat(c.id()).isEqualTo("urn:scorm:se.example.kallkritik");
    assertThat(c.version()).isEqualTo("2");
    assertThat(c.title().asMap()).isEqualTo(Map.of("sv", "Källkritik på nätet"));
    assertThat(c.modules()).extracting(m -> m.title().primary())
        .containsExactly("Att granska en källa", "Kunskapstest");

    Activity film = c.activity("urn:scorm:se.example.kallkritik/film").orElseThrow();
    assertThat(film.media()).isInstanceOfSatisfying(Video.class, v -> {
      assertThat(v.source()).isEqualTo(URI.create("film/inledning.mp4"));
      assertThat(v.duration()).isEqualTo(Duration.ofMinutes(2));
    });
    assertThat(film.completion()).contains(CompletionRule.watched(film.id(), 0.9));
    assertThat(c.activity("urn:scorm:se.example.kallkritik/text").orElseThrow().media())
        .isEqualTo(Document.builder().source(URI.create("checklista.pdf")).build());
    assertThat(c.activity("urn:scorm:se.example.kallkritik/lank").orElseThrow().media())
        .isEqualTo(WebLink.of(URI.create("https://www.kb.se/samverkan/kallkritik.html")));
    assertThat(c.activity("urn:scorm:se.example.kallkritik/prov").orElseThrow().media())
        .isInstanceOfSatisfying(Assessment.class, a -> assertThat(a.passingScaled())
            .isEqualTo(0.7, org.assertj.core.api.Assertions.within(1e-12)));
    assertThat(imported.report().warnings()).isEmpty();
    assertThat(imported.activityIds()).containsKeys("film", "text", "lank", "prov");
  }

  @Test
  void theImportedCourseIsTrackedFromItsScosRunTimeData() throws IOException {
    CourseImport imported = CourseImporter.defaults().toCourse(pkg());
    Course course = imported.course();
    CourseEngine engine = CourseEngine.of(course);
    Instant enrolled = Instant.parse("2026-03-02T09:00:00Z");
    ProgressState state = engine.start(enrolled);
    RuntimeMapping scorm = RuntimeMapping.of(course);
    String film = imported.activityId("film").orElseThrow();
    String prov = imported.activityId("prov").orElseThrow();

    // The player SCO played 0 to 110 s of the 120 s film (0.92 >= the threshold of 0.9).
    Scorm2004Cmi filmSession = Scorm2004Cmi.fromElements(Map.of(
        "cmi.location", "110", "cmi.suspend_data", "F1:0-uk",
        "cmi.completion_status", "completed", "cmi.progress_measure", "0.9167",
        "cmi.completion_threshold", "0.9", "cmi.session_time", "PT1M55S"));
    state = state.applyAll(scorm.events(new ScoSession("s-1", film,
        enrolled.plusSeconds(600)), filmSession).events());
    Scorm2004Cmi quizSession = Scorm2004Cmi.fromElements(Map.of(
        "cmi.score.scaled", "0.8", "cmi.scaled_passing_score", "0.7",
        "cmi.completion_status", "completed", "cmi.session_time", "PT5M"));
    state = state.applyAll(scorm.events(new ScoSession("s-2", prov,
        enrolled.plusSeconds(1200)), quizSession).events());

    assertThat(state.activity(film).played().segments())
        .containsExactly(Segment.ofSeconds(0, 110));
    assertThat(state.activity(film).position()).contains(Duration.ofSeconds(110));
    assertThat(state.activity(prov).passed()).isTrue();
    assertThat(state.timeSpent()).isEqualTo(Duration.ofMinutes(5).plusSeconds(115));
    assertThat(state.completion(enrolled.plusSeconds(1300)).status())
        .isEqualTo(CompletionStatus.IN_PROGRESS);

    state = state.applyAll(java.util.List.of(
        new org.framsteg.core.progress.ProgressEvent.Completed("t", enrolled.plusSeconds(1300),
            imported.activityId("text").orElseThrow()),
        new org.framsteg.core.progress.ProgressEvent.Completed("l", enrolled.plusSeconds(1300),
            imported.activityId("lank").orElseThrow())));
    assertThat(state.completion(enrolled.plusSeconds(1400)).status())
        .isEqualTo(CompletionStatus.COMPLETED);
  }
}
