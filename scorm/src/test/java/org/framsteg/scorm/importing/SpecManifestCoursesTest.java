package org.framsteg.scorm.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.scorm.ImportReport;
import org.framsteg.scorm.ImportReport.Severity;
import org.framsteg.scorm.ManifestImport;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.manifest.Item;
import org.framsteg.scorm.manifest.Manifest;
import org.framsteg.scorm.manifest.Organization;
import org.framsteg.scorm.manifest.Sequencing;
import org.framsteg.scorm.testing.SpecFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every manifest of the spec folder imports as a valid course whose structure follows the
 * manifest: the launchable items become the activities, in document order and with their titles;
 * the top-level clusters and runs of leaves become the modules; each sequencing rule, rollup rule
 * and hidden item is in the report at its item's path.
 */
class SpecManifestCoursesTest {
  private static final Pattern SEQUENCING_RULE =
      Pattern.compile("(pre|exit|post)Condition rule '.*");

  static Stream<Path> samples() {
    return SpecFiles.sampleManifests().stream();
  }

  static Stream<Path> adlManifests() {
    return SpecFiles.adlCtsManifests().stream();
  }

  private static CourseImport importing(Path file) throws IOException {
    return CourseImporter.defaults().toCourse(PackageReader.defaults().readManifest(file));
  }

  @Test
  void all189ManifestsOfTheAdlTestSuiteAreThere() {
    assertThat(SpecFiles.adlCtsManifests()).hasSize(189);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleImportsAsACourseThatFollowsItsManifest(Path file) throws IOException {
    ManifestImport read = PackageReader.defaults().readManifest(file);
    CourseImport imported = CourseImporter.defaults().toCourse(read);
    followsTheManifest(read.manifest(), imported);
    if (file.getFileName().toString().contains("INVALID")) {
      assertThat(imported.report().warnings()).as("warnings of a known-invalid sample").isNotEmpty();
    } else {
      assertThat(imported.report().warnings()).as("warnings").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adlManifests")
  void everyAdlTestSuiteManifestImportsAsACourseThatFollowsIt(Path file) throws IOException {
    ManifestImport read = PackageReader.defaults().readManifest(file);
    CourseImport imported = CourseImporter.defaults().toCourse(read);
    followsTheManifest(read.manifest(), imported);
    assertThat(imported.report().warnings()).as("warnings").isEmpty();
    assertThat(imported.course().id()).isEqualTo("urn:scorm:" + read.manifest().identifier());
  }

  /** The checks every imported manifest must pass. */
  static void followsTheManifest(Manifest m, CourseImport imported) {
    Course course = imported.course();
    Organization org = m.defaultOrganization().orElseThrow();
    CourseEngine.of(course);

    List<Item> launchable = new ArrayList<>();
    org.items().forEach(i -> launchable(m, i, launchable));
    assertThat(course.activities().map(a -> a.title().primary()))
        .as("activity titles in document order")
        .containsExactlyElementsOf(launchable.stream()
            .map(i -> i.title().map(String::strip).orElse(i.identifier())).toList());
    assertThat(course.modules()).as("modules").hasSize(expectedModules(m, org));
    assertThat(course.modules()).allSatisfy(mod -> assertThat(mod.activities()).isNotEmpty());
    assertThat(imported.activityIds().keySet()).containsExactlyElementsOf(launchable.stream()
        .map(Item::identifier).distinct().toList());
    assertThat(course.activities().map(Activity::id))
        .allSatisfy(id -> assertThat(id).startsWith(course.id() + "/"));

    List<Located> items = new ArrayList<>();
    int orgIndex = m.organizations().indexOf(org) + 1;
    for (int i = 0; i < org.items().size(); i++) {
      locate(org.items().get(i), "/manifest/organizations/organization[" + orgIndex + "]/item["
          + (i + 1) + "]", items);
    }
    for (Located l : items) {
      List<String> here = imported.report().entries().stream()
          .filter(e -> e.severity() == Severity.NOT_MAPPED)
          .filter(e -> e.path().equals("imsmanifest.xml: " + l.path()))
          .map(ImportReport.Entry::message).toList();
      Optional<Sequencing> shared = l.item().sequencing().flatMap(Sequencing::idRef)
          .flatMap(m::sequencing);
      int rules = l.item().sequencing().map(s -> pickRules(s, shared)).orElse(0);
      assertThat(here.stream().filter(s -> SEQUENCING_RULE.matcher(s).matches()))
          .as("sequencing rules reported at %s", l.path()).hasSize(rules);
      int rollups = l.item().sequencing().map(s -> (s.rollupRules().isPresent() ? s.rollupRules()
          : shared.flatMap(Sequencing::rollupRules)).map(r -> r.rules().size()).orElse(0)).orElse(0);
      assertThat(here.stream().filter(s -> s.startsWith("rollup rule '")))
          .as("rollup rules reported at %s", l.path()).hasSize(rollups);
      assertThat(here.stream().filter(s -> s.startsWith("isvisible=\"false\"")))
          .as("hidden item reported at %s", l.path()).hasSize(l.item().visible() ? 0 : 1);
      assertThat(here.stream().filter(s -> s.startsWith("adlcp:prerequisites")))
          .hasSize(l.item().prerequisites().filter(p -> !p.isBlank()).isPresent() ? 1 : 0);
      if (l.depth() > 2 && !l.item().isLeaf()) {
        assertThat(here).as("flattened cluster at %s", l.path())
            .anySatisfy(s -> assertThat(s).startsWith("cluster '").contains("flattened"));
      }
    }
  }

  private static int pickRules(Sequencing own, Optional<Sequencing> shared) {
    return pick(own.preConditionRules().size(), shared.map(s -> s.preConditionRules().size()))
        + pick(own.exitConditionRules().size(), shared.map(s -> s.exitConditionRules().size()))
        + pick(own.postConditionRules().size(), shared.map(s -> s.postConditionRules().size()));
  }

  private static int pick(int own, Optional<Integer> shared) {
    return own > 0 ? own : shared.orElse(0);
  }

  private static void launchable(Manifest m, Item item, List<Item> out) {
    if (m.resourceOf(item).flatMap(r -> r.href()).isPresent()) {
      out.add(item);
    }
    item.children().forEach(c -> launchable(m, c, out));
  }

  private static int expectedModules(Manifest m, Organization org) {
    int modules = 0;
    boolean runWithActivity = false;
    for (Item i : org.items()) {
      List<Item> inside = new ArrayList<>();
      launchable(m, i, inside);
      if (i.isLeaf()) {
        runWithActivity |= !inside.isEmpty();
        continue;
      }
      if (runWithActivity) {
        modules++;
        runWithActivity = false;
      }
      if (!inside.isEmpty()) {
        modules++;
      }
    }
    return runWithActivity ? modules + 1 : modules;
  }

  private record Located(Item item, String path, int depth) {}

  private static void locate(Item item, String path, List<Located> out) {
    out.add(new Located(item, path, path.split("/item\\[").length - 1));
    for (int i = 0; i < item.children().size(); i++) {
      locate(item.children().get(i), path + "/item[" + (i + 1) + "]", out);
    }
  }

  // ---- samples checked by hand against the files ----

  @Test
  void scorm12MultiScoIsFourModulesOfTheGolfChapters() throws IOException {
    Course c = importing(SpecFiles.sample("scorm12-multi-sco-one-file-per-sco.imsmanifest.xml"))
        .course();
    assertThat(c.modules()).extracting(mod -> mod.title().primary()).containsExactly(
        "Playing the Game", "Etiquette", "Handicapping", "Having Fun");
    assertThat(c.modules()).extracting(mod -> mod.activities().size()).containsExactly(6, 4, 5, 3);
    assertThat(c.module("urn:scorm:com.scorm.golfsamples.contentpackaging.multioscosinglefile.12"
        + "/playing_item")).isPresent();
    assertThat(c.activities().map(a -> a.title().primary())).startsWith("How to Play", "Par");
  }

  @Test
  void scorm12PrerequisitesSampleHasTwoAssessmentsAndReportsEachPrerequisite() throws IOException {
    CourseImport imported = importing(SpecFiles.sample(
        "scorm12-prerequisites-INVALID-dataFromLMS-camelcase.synthetic.imsmanifest.xml"));
    List<Activity> all = imported.course().activities().toList();
    assertThat(all).extracting(a -> a.media() instanceof Assessment as ? as.passingScore() : -1.0)
        .containsExactly(80.0, -1.0, -1.0, 90.0);
    assertThat(imported.course().modules()).singleElement().satisfies(mod ->
        assertThat(mod.title().primary()).isEqualTo("Prerequisites Test Course"));
    assertThat(imported.report().notMapped()).filteredOn(e -> e.message().startsWith(
        "adlcp:prerequisites")).extracting(e -> e.path() + " " + e.message()).containsExactly(
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[2] adlcp:prerequisites "
            + "'module1' not mapped: Framsteg does not lock activities",
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[3] adlcp:prerequisites "
            + "'module1 AND module2' not mapped: Framsteg does not lock activities",
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[4] adlcp:prerequisites "
            + "'(module1 AND module2) OR module3' not mapped: Framsteg does not lock activities");
  }

  @Test
  void simpleRemediationKeepsItsHiddenWrapperAsTheModuleAndReportsItsRules() throws IOException {
    CourseImport imported = importing(SpecFiles.sample(
        "scorm2004-3rd-sequencing-simple-remediation.imsmanifest.xml"));
    CourseModule wrapper = imported.course().modules().get(0);
    assertThat(imported.course().modules()).hasSize(1);
    assertThat(wrapper.title().primary()).isEqualTo("Remediation Wrapper");
    assertThat(wrapper.activities()).hasSize(8);
    String item1 = "imsmanifest.xml: /manifest/organizations/organization[1]/item[1]";
    assertThat(imported.report().notMapped()).filteredOn(e -> e.path().equals(item1))
        .extracting(ImportReport.Entry::message).contains(
            "isvisible=\"false\" not mapped: Framsteg shows every activity",
            "postCondition rule 'exitAll if satisfied' not mapped: Framsteg does not sequence "
                + "activities");
    assertThat(imported.report().notMapped()).filteredOn(e -> e.path().equals(item1 + "/item[1]"))
        .extracting(ImportReport.Entry::message).contains("preCondition rule 'skip if satisfied' "
            + "(with sequencing collection entry 'content_seq_rules') not mapped: Framsteg does "
            + "not sequence activities");
  }

  @Test
  void nestedItemsOfCm04aAreFlattenedIntoTheirModules() throws IOException {
    CourseImport imported = importing(SpecFiles.sample(
        "scorm2004-4th-adl-cts-CM-04a-nested-items.imsmanifest.xml"));
    assertThat(imported.course().modules()).extracting(mod -> mod.title().primary())
        .containsExactly("Activity 1", "Activity 4", "Activity 8", "Activity 15");
    assertThat(imported.course().module("urn:scorm:LMSTestPackage_CM-04a/activity_8").orElseThrow()
        .activities()).extracting(a -> a.title().primary())
        .containsExactly("Activity 9", "Activity 12", "Activity 13", "Activity 14");
    assertThat(imported.report().notMapped()).filteredOn(e -> e.message().startsWith("cluster"))
        .extracting(ImportReport.Entry::path).containsExactly(
            "imsmanifest.xml: /manifest/organizations/organization[1]/item[3]/item[2]",
            "imsmanifest.xml: /manifest/organizations/organization[1]/item[3]/item[2]/item[1]");
  }

  @Test
  void sharedDataOfTheDmiPackageIsReportedPerItem() throws IOException {
    CourseImport imported = importing(SpecFiles.sample(
        "scorm2004-4th-adl-cts-DMI-shared-data-adlcp-data.imsmanifest.xml"));
    assertThat(imported.report().notMapped()).filteredOn(e -> e.message().startsWith("adlcp:data with"))
        .extracting(ImportReport.Entry::message).containsExactly(
            "adlcp:data with 4 shared data maps ('tarID1', 'tarID2', 'tarID3', 'tarID4') not "
                + "mapped: Framsteg keeps no shared data",
            "adlcp:data with 7 shared data maps ('tarID1', 'tarID2', 'tarID3', 'tarID4', "
                + "'tarID5', 'tarID6', 'tarID7') not mapped: Framsteg keeps no shared data",
            "adlcp:data with 3 shared data maps ('tarID5', 'tarID6', 'tarID7') not mapped: "
                + "Framsteg keeps no shared data",
            "adlcp:data with 8 shared data maps ('tarID1', 'tarID2', 'tarID3', 'tarID4', "
                + "'tarID5', 'tarID6', 'tarID7', 'tarID8') not mapped: Framsteg keeps no shared "
                + "data");
  }

  @Test
  void globalObjectiveMapsOfCo10AreReported() throws IOException {
    CourseImport imported = importing(SpecFiles.sample(
        "scorm2004-4th-adl-cts-CO-10-global-objectives-mapinfo.imsmanifest.xml"));
    assertThat(imported.report().notMapped()).filteredOn(e ->
        e.message().startsWith("adlseq:objective")).hasSize(12);
  }
}
