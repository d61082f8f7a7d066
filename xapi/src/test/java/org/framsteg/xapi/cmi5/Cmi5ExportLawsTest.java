package org.framsteg.xapi.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.testing.CourseArbitraries;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Au;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Block;
import org.framsteg.xapi.cmi5.Cmi5ExportReport.Entry;

/**
 * Laws of the cmi5 export over generated courses: the shared generators of core's test-jar
 * ({@link CourseArbitraries}: every media kind and rule shape, course metadata, optional parts) and
 * {@link CourseGen} (ids that are not IRIs, a course id shared with a module, titles XML cannot hold).
 */
class Cmi5ExportLawsTest {

  private static final Cmi5Export EXPORT = Cmi5Export.to(URI.create("https://lms.example.org/framsteg/"));
  private static final Pattern ACTIVITY = Pattern.compile("[?&]activity=([^&]*)");
  private static final Pattern PATH = Pattern.compile("^(?:modules\\[(\\d+)\\](?:\\.activities\\[(\\d+)\\])?)?.*");

  @Provide
  Arbitrary<Course> courses() {
    return Arbitraries.oneOf(CourseArbitraries.courses(), CourseGen.courses());
  }

  @Property(tries = 100)
  @AddLifecycleHook(SpecDir.NeedsCmi5Schema.class)
  void everyExportValidatesAgainstTheOfficialSchema(@ForAll("courses") Course course) {
    Cmi5Export.Result r = EXPORT.export(course);
    assertThat(Cmi5Schema.errors(r.xml())).as(r.xmlText()).isEmpty();
  }

  @Property(tries = 100)
  void everyActivityAppearsAsExactlyOneAuInCourseOrder(@ForAll("courses") Course course) {
    Cmi5CourseStructure s = EXPORT.export(course).structure();
    List<String> launched = new ArrayList<>();
    for (Au au : s.aus()) {
      Matcher m = ACTIVITY.matcher(au.url());
      assertThat(m.find()).as(au.url()).isTrue();
      launched.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
    }
    List<String> activities = course.activities().map(Activity::id).toList();
    assertThat(launched).containsExactlyElementsOf(activities);
    long nonEmptyModules = course.modules().stream().filter(m -> !m.activities().isEmpty()).count();
    assertThat(s.blocks()).hasSize((int) nonEmptyModules);
    Set<String> ids = new HashSet<>();
    ids.add(s.courseId());
    s.blocks().stream().map(Block::id).forEach(id -> assertThat(ids.add(id)).as("unique " + id).isTrue());
    s.aus().stream().map(Au::id).forEach(id -> assertThat(ids.add(id)).as("unique " + id).isTrue());
  }

  @Property(tries = 100)
  void anExportReadsBackAsTheStructureItWrote(@ForAll("courses") Course course) {
    Cmi5Export.Result r = EXPORT.export(course);
    assertThat(Cmi5Xml.read(r.xml())).isEqualTo(r.structure());
  }

  @Property(tries = 50)
  void theSameCourseAlwaysGivesTheSameBytesAndReport(@ForAll("courses") Course course) {
    Cmi5Export.Result first = EXPORT.export(course);
    Cmi5Export.Result second = Cmi5Export.to(URI.create("https://lms.example.org/framsteg/"))
        .export(Course.builder().from(course).build());
    assertThat(second.xml()).isEqualTo(first.xml());
    assertThat(second.report()).isEqualTo(first.report());
  }

  @Property(tries = 100)
  void everyReportEntryNamesAPartOfTheCourse(@ForAll("courses") Course course) {
    for (Entry e : EXPORT.export(course).report().entries()) {
      Matcher m = PATH.matcher(e.path());
      assertThat(m.matches()).isTrue();
      if (m.group(1) != null) {
        int module = Integer.parseInt(m.group(1));
        assertThat(module).as(e.toString()).isLessThan(course.modules().size());
        if (m.group(2) != null) {
          assertThat(Integer.parseInt(m.group(2))).as(e.toString())
              .isLessThan(course.modules().get(module).activities().size());
        }
      } else {
        assertThat(e.path()).as(e.toString()).matches(
            "|id|title\\[.*\\]|description(\\[.*\\])?|version|publisher|audience|licence|completion(\\..*)?");
      }
      assertThat(e.message()).isNotBlank();
    }
  }

  @Property(tries = 100)
  void optionalActivitiesAndModulesAreNotApplicableAndNothingElseIs(@ForAll("courses") Course course) {
    Cmi5CourseStructure s = EXPORT.export(course).structure();
    List<Boolean> optional = course.modules().stream().flatMap(m -> m.activities().stream()
        .map(a -> !a.required() || !m.required())).toList();
    assertThat(s.aus()).extracting(au -> au.moveOn() == MoveOn.NOT_APPLICABLE).containsExactlyElementsOf(optional);
  }
}
