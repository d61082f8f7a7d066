package org.framsteg.scorm.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;
import org.framsteg.core.testing.CourseArbitraries;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.ScormExport;
import org.framsteg.scorm.ScormVersion;

/**
 * A Framsteg course exported as a SCORM package and imported again keeps what the manifest
 * carries: its modules and activities in order, their titles in the course's main language, the
 * kind, source and duration of packed videos and the rule that completes them, documents, links,
 * and assessments' pass marks (and, in 2004, attempts).
 */
class ExportImportRoundTripTest {
  @Provide
  Arbitrary<Course> courses() {
    return CourseArbitraries.courses();
  }

  private static CourseImport roundTrip(Course course, ScormExport export) throws IOException {
    Map<String, byte[]> packed = new TreeMap<>();
    course.activities().forEach(a -> {
      if (a.media() instanceof Video v && !v.source().isAbsolute()) {
        packed.put(v.source().toString(), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
      }
    });
    for (Map.Entry<String, byte[]> e : packed.entrySet()) {
      export = export.packMedia(e.getKey(), e.getValue());
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    export.write(course, zip);
    return CourseImporter.defaults().toCourse(
        PackageReader.defaults().read(new ByteArrayInputStream(zip.toByteArray())));
  }

  private static String mainLanguage(Course c) {
    return c.languages().isEmpty() ? c.title().primaryLanguage() : c.languages().get(0);
  }

  @Property(tries = 60)
  void aScorm2004ExportImportsAsTheSameCourseStructure(@ForAll("courses") Course course)
      throws IOException {
    keepsWhatTheManifestCarries(course, roundTrip(course, ScormExport.scorm2004()),
        ScormVersion.SCORM_2004_4TH);
  }

  @Property(tries = 60)
  void aScorm12ExportImportsAsTheSameCourseStructure(@ForAll("courses") Course course)
      throws IOException {
    keepsWhatTheManifestCarries(course, roundTrip(course, ScormExport.scorm12()),
        ScormVersion.SCORM_12);
  }

  private static void keepsWhatTheManifestCarries(Course original, CourseImport imported,
      ScormVersion version) {
    Course back = imported.course();
    Locale main = Locale.forLanguageTag(mainLanguage(original));
    assertThat(back.title().primary()).isEqualTo(original.title().get(main));
    assertThat(back.modules()).hasSameSizeAs(original.modules());
    for (int m = 0; m < original.modules().size(); m++) {
      CourseModule was = original.modules().get(m);
      CourseModule is = back.modules().get(m);
      assertThat(is.title().primary()).isEqualTo(was.title().get(main));
      assertThat(is.activities()).hasSameSizeAs(was.activities());
      for (int a = 0; a < was.activities().size(); a++) {
        Activity before = was.activities().get(a);
        Activity after = is.activities().get(a);
        assertThat(after.title().primary()).isEqualTo(before.title().get(main));
        sameMedia(original, before, after, version);
      }
    }
  }

  private static void sameMedia(Course original, Activity before, Activity after,
      ScormVersion version) {
    Media was = before.media();
    Media is = after.media();
    if (was instanceof Video v && !v.source().isAbsolute()) {
      assertThat(is).isInstanceOfSatisfying(Video.class, back -> {
        assertThat(back.source()).isEqualTo(v.source());
        assertThat(back.duration()).isEqualTo(v.duration());
      });
      if (version.isScorm2004()) {
        double expected = watchedFractions(original, before.id()).stream()
            .mapToDouble(Double::doubleValue).max().orElse(1.0);
        assertThat(after.completion()).hasValueSatisfying(r ->
            assertThat(r).isInstanceOfSatisfying(CompletionRule.MediaPlayed.class, p -> {
              assertThat(p.activityId()).isEqualTo(after.id());
              assertThat(p.fraction()).isCloseTo(expected, within(1e-9));
            }));
      } else {
        assertThat(after.completion()).isEmpty();
      }
    } else if (was instanceof TimedMedia) {
      // A medium outside the package is named only in the launch page: a document of the page.
      assertThat(is).isInstanceOf(Document.class);
      assertThat(imported(after)).isTrue();
    } else if (was instanceof Document d) {
      assertThat(is).isInstanceOfSatisfying(Document.class, back ->
          assertThat(back.source()).isEqualTo(d.source()));
    } else if (was instanceof WebLink l) {
      assertThat(is).isEqualTo(l);
    } else if (was instanceof Assessment s) {
      assertThat(is).isInstanceOfSatisfying(Assessment.class, back -> {
        assertThat(back.passingScaled()).isCloseTo(s.passingScaled(), within(1e-9));
        assertThat(back.attemptsAllowed()).isEqualTo(version.isScorm2004()
            ? s.attemptsAllowed() : java.util.Optional.empty());
      });
    }
  }

  private static boolean imported(Activity a) {
    return a.id().startsWith("urn:scorm:");
  }

  /** The fractions of every watched rule about an activity, anywhere in the course. */
  private static List<Double> watchedFractions(Course c, String activityId) {
    List<CompletionRule> rules = new ArrayList<>();
    c.completion().ifPresent(rules::add);
    c.modules().forEach(m -> m.completion().ifPresent(rules::add));
    c.activities().forEach(a -> a.completion().ifPresent(rules::add));
    List<Double> out = new ArrayList<>();
    while (!rules.isEmpty()) {
      CompletionRule r = rules.remove(rules.size() - 1);
      if (r instanceof CompletionRule.MediaPlayed p && p.activityId().equals(activityId)) {
        out.add(p.fraction());
      } else if (r instanceof CompletionRule.AllOf x) {
        rules.addAll(x.rules());
      } else if (r instanceof CompletionRule.AnyOf x) {
        rules.addAll(x.rules());
      } else if (r instanceof CompletionRule.AtLeast x) {
        rules.addAll(x.rules());
      } else if (r instanceof CompletionRule.Weighted x) {
        x.parts().forEach(w -> rules.add(w.rule()));
      } else if (r instanceof CompletionRule.Before x) {
        rules.add(x.rule());
      }
    }
    return out;
  }
}
