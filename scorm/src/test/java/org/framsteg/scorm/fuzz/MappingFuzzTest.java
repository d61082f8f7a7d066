package org.framsteg.scorm.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Video;
import org.framsteg.core.progress.PlayedSegments;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageLimits;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.importing.CourseImport;
import org.framsteg.scorm.importing.CourseImporter;
import org.framsteg.scorm.mapping.RuntimeMapping;
import org.framsteg.scorm.mapping.ScoSession;
import org.framsteg.scorm.mapping.SessionEvents;
import org.framsteg.scorm.mapping.SuspendData;
import org.framsteg.scorm.runtime.CmiDataException;
import org.framsteg.scorm.runtime.Scorm12Cmi;
import org.framsteg.scorm.runtime.Scorm2004Cmi;

/**
 * Jazzer fuzz tests of the course import and the run-time mapping, which take manifests, suspend
 * data and run-time data from outside. In a normal build they replay the inputs under {@code
 * src/test/resources/.../MappingFuzzTestInputs/<test>/}; fuzz one with {@code JAZZER_FUZZ=1
 * ./mvnw -pl scorm -am verify -Djazzer.hooks=true -Dtest=MappingFuzzTest#<test>}.
 */
class MappingFuzzTest {
  private static final PackageReader READER = PackageReader.withLimits(PackageLimits.builder()
      .maxEntries(32).maxTotalBytes(1 << 20).maxEntryBytes(256 << 10).maxManifestBytes(64 << 10)
      .maxElementDepth(40).maxAttributes(40).maxTextLength(4096).build());

  private static final Course COURSE = Course.builder().id("https://example.org/c")
      .title(LocalizedText.of("sv", "Kurs")).addModules(CourseModule.builder()
          .id("https://example.org/c/m").title(LocalizedText.of("sv", "Del"))
          .addActivities(activity("v", Video.builder().source(URI.create("v.mp4"))
              .duration(Duration.ofMinutes(3)).build()),
              activity("d", Document.builder().source(URI.create("d.pdf")).build()),
              activity("q", Assessment.builder().maxScore(20).passingScore(12).build()))
          .build()).build();

  private static Activity activity(String id, org.framsteg.core.course.Media media) {
    return Activity.builder().id("https://example.org/c/" + id).title(LocalizedText.of("sv", id))
        .media(media).build();
  }

  /** Any manifest the reader accepts imports as a valid course or is refused as unusable. */
  @FuzzTest(maxDuration = "30s")
  void importerThrowsOnlyPackageException(byte[] input) {
    try {
      CourseImport imported = CourseImporter.defaults().toCourse(READER.readManifest(input));
      assertThat(imported.course().activities()).isNotEmpty();
    } catch (PackageException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }

  /** Suspend data reads as played segments or as "another format", and is stable once read. */
  @FuzzTest(maxDuration = "30s")
  void suspendDataReadingNeverThrows(byte[] input) {
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    SuspendData.decode(text).ifPresent(p -> {
      String again = SuspendData.encode(p);
      assertThat(SuspendData.decode(again).map(PlayedSegments::segments))
          .contains(p.segments());
    });
  }

  /** Any element map the data model accepts maps to events of the session's activity. */
  @FuzzTest(maxDuration = "30s")
  void sessionMappingThrowsOnlyCmiDataException(FuzzedDataProvider data) {
    boolean scorm12 = data.consumeBoolean();
    String activity = "https://example.org/c/" + data.pickValue(new String[] {"v", "d", "q"});
    Map<String, String> elements = new HashMap<>();
    int n = data.consumeInt(0, 12);
    for (int i = 0; i < n; i++) {
      elements.put(data.consumeString(40), data.consumeString(200));
    }
    ScoSession session = new ScoSession("s", activity,
        Instant.ofEpochSecond(data.consumeLong(0, 4_000_000_000L)), data.consumeInt(1, 32));
    RuntimeMapping mapping = RuntimeMapping.of(COURSE);
    try {
      SessionEvents out = scorm12
          ? mapping.events(session, Scorm12Cmi.fromElements(elements))
          : mapping.events(session, Scorm2004Cmi.fromElements(elements));
      assertThat(out.events()).allSatisfy(e -> assertThat(e.activity()).contains(activity));
    } catch (CmiDataException e) {
      assertThat(e.violations()).isNotEmpty();
    }
  }
}
