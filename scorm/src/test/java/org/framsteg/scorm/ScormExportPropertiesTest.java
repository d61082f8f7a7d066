package org.framsteg.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.testing.CourseArbitraries;
import org.framsteg.scorm.manifest.Item;
import org.framsteg.scorm.manifest.Manifest;
import org.framsteg.scorm.manifest.Organization;
import org.framsteg.scorm.manifest.Resource;
import org.framsteg.scorm.manifest.ScormType;
import org.framsteg.scorm.testing.ExportCourses;
import org.framsteg.scorm.testing.Exported;

/**
 * Laws of the export over the shared course generators (every media kind, every rule kind):
 * whatever the course, the package validates, reads back with the course's structure, and is the
 * same bytes when written again.
 */
class ScormExportPropertiesTest {
  @Provide
  Arbitrary<Course> courses() {
    return CourseArbitraries.courses();
  }

  @Provide
  Arbitrary<ScormExport> exports() {
    return Arbitraries.of(ScormExport.scorm12(), ScormExport.scorm2004())
        .flatMap(
            e ->
                Arbitraries.of(false, true)
                    .map(inOrder -> e.modulesInOrder(inOrder)));
  }

  /** Packs every relative reference, or refers to them under a base URL. */
  private static ScormExport withMedia(ScormExport export, Course course, boolean pack) {
    if (!pack) {
      return export.mediaBaseUrl(URI.create("https://cdn.example.org/kurs/"));
    }
    for (Map.Entry<String, byte[]> f : ExportCourses.smallFiles(course).entrySet()) {
      export = export.packMedia(f.getKey(), f.getValue());
    }
    return export;
  }

  @Property(tries = 40)
  void everyCourseExportsToAValidPackageThatReadsBackWithItsStructure(
      @ForAll("courses") Course course,
      @ForAll("exports") ScormExport export,
      @ForAll boolean pack) {
    Exported e = Exported.of(withMedia(export, course, pack), course);

    assertThat(e.schemaErrors()).isEmpty();
    ScormPackage pkg = e.read();
    assertThat(pkg.report().warnings()).isEmpty();
    Manifest m = pkg.manifest();
    assertThat(m.scormVersion()).isEqualTo(export.version());
    Organization org = m.defaultOrganization().orElseThrow();
    String main =
        course.languages().isEmpty() ? course.title().primaryLanguage() : course.languages().get(0);
    assertThat(org.title()).contains(course.title().get(main));
    assertThat(org.items()).hasSameSizeAs(course.modules());
    for (int i = 0; i < course.modules().size(); i++) {
      CourseModule module = course.modules().get(i);
      Item item = org.items().get(i);
      assertThat(item.title()).contains(module.title().get(main));
      List<Activity> activities = module.activities();
      assertThat(item.children()).hasSameSizeAs(activities);
      for (int j = 0; j < activities.size(); j++) {
        Activity a = activities.get(j);
        Item leaf = item.children().get(j);
        assertThat(leaf.title()).contains(a.title().get(main));
        Resource r = m.resourceOf(leaf).orElseThrow();
        boolean sco = a.media().kind().isTimed() || a.media().kind().key().equals("assessment");
        assertThat(r.scormType()).contains(sco ? ScormType.SCO : ScormType.ASSET);
      }
    }
    assertThat(e.report().entries(ExportReport.Kind.MEDIA_MISSING)).isEmpty();
    assertThat(e.report().entries(ExportReport.Kind.MEDIA_UNUSED)).isEmpty();
  }

  @Property(tries = 20)
  void theSameCourseAndOptionsGiveTheSameBytes(
      @ForAll("courses") Course course, @ForAll("exports") ScormExport export) {
    ScormExport packing = withMedia(export, course, true);

    Exported first = Exported.of(packing, course);
    Exported second = Exported.of(packing, course);

    assertThat(second.zip()).isEqualTo(first.zip());
    assertThat(second.report()).isEqualTo(first.report());
  }
}
