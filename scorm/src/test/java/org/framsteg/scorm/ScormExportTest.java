package org.framsteg.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.framsteg.scorm.testing.Exported.child;
import static org.framsteg.scorm.testing.Exported.children;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.scorm.ExportReport.Kind;
import org.framsteg.scorm.manifest.Item;
import org.framsteg.scorm.manifest.Lom;
import org.framsteg.scorm.manifest.Manifest;
import org.framsteg.scorm.manifest.Metadata;
import org.framsteg.scorm.manifest.Organization;
import org.framsteg.scorm.manifest.Resource;
import org.framsteg.scorm.manifest.ResourceFile;
import org.framsteg.scorm.manifest.ScormType;
import org.framsteg.scorm.testing.ExportCourses;
import org.framsteg.scorm.testing.Exported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** The seed-sized course exported to both SCORM versions, checked against schemas and reader. */
class ScormExportTest {
  static final Course SEED =
      ExportCourses.seed(n -> Duration.ofMinutes(n <= 15 ? 32 : 41), "mp4", "mp3");

  static Stream<ScormExport> versions() {
    return Stream.of(ScormExport.scorm12(), ScormExport.scorm2004());
  }

  static ScormExport packingSeedMedia(ScormExport export) {
    for (Map.Entry<String, byte[]> f : ExportCourses.smallFiles(SEED).entrySet()) {
      export = export.packMedia(f.getKey(), f.getValue());
    }
    return export;
  }

  @Test
  void theSeedCourseIsSeedSized() {
    assertThat(SEED.modules()).hasSize(5);
    assertThat(SEED.activities().filter(a -> a.media().kind().key().equals("video")))
        .hasSize(15);
    assertThat(SEED.activities().filter(a -> a.media().kind().key().equals("podcast")))
        .hasSize(8);
    assertThat(SEED.totalEffort()).isGreaterThan(Duration.ofHours(10));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void theSeedCourseValidatesAgainstTheOfficialSchemas(ScormExport export) {
    Exported e = Exported.of(packingSeedMedia(export), SEED);

    assertThat(e.schemaErrors()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void theSeedCourseReadsBackWithTheSameStructureTitlesAndResources(ScormExport export) {
    Exported e = Exported.of(packingSeedMedia(export), SEED);
    ScormPackage pkg = e.read();

    assertThat(pkg.report().warnings()).isEmpty();
    Manifest m = pkg.manifest();
    assertThat(m.scormVersion()).isEqualTo(export.version());
    assertThat(m.version()).contains("2026.1");
    Organization org = m.defaultOrganization().orElseThrow();
    assertThat(org.title()).contains("Ledarskap i förändring");
    assertThat(org.items()).hasSize(5);
    for (int i = 0; i < 5; i++) {
      CourseModule module = SEED.modules().get(i);
      Item item = org.items().get(i);
      assertThat(item.identifier()).isEqualTo("item-m" + (i + 1));
      assertThat(item.title()).contains(module.title().get("sv"));
      assertThat(item.identifierRef()).isEmpty();
      assertThat(item.children()).hasSameSizeAs(module.activities());
      for (int j = 0; j < module.activities().size(); j++) {
        Activity a = module.activities().get(j);
        Item leaf = item.children().get(j);
        assertThat(leaf.title()).contains(a.title().get("sv"));
        assertThat(leaf.isLeaf()).isTrue();
        Resource r = m.resourceOf(leaf).orElseThrow();
        assertThat(r.scormType()).contains(ScormType.SCO);
        assertThat(r.href()).hasValueSatisfying(h -> assertThat(h).startsWith("sco/"));
        assertThat(r.dependencies()).containsExactly("shared-framsteg");
        String local = a.id().substring(ExportCourses.SEED.length() + 1);
        String medium = local.substring(local.indexOf('/') + 1);
        assertThat(r.files().stream().map(ResourceFile::href))
            .contains(r.href().orElseThrow())
            .anyMatch(f -> f.startsWith("media/" + medium + "."));
        if (medium.startsWith("video")) {
          assertThat(r.files().stream().map(ResourceFile::href))
              .contains("captions/" + medium + ".sv.vtt", "captions/" + medium + ".en.vtt")
              .contains("transcripts/" + medium + ".sv.html");
        }
        assertThat(leaf.metadata().flatMap(Metadata::anyLom).flatMap(Lom::title))
            .contains(a.title().get("sv"));
      }
    }
    Resource shared = m.resource("shared-framsteg").orElseThrow();
    assertThat(shared.scormType()).contains(ScormType.ASSET);
    assertThat(shared.files().stream().map(ResourceFile::href))
        .containsExactly("sco/framsteg-player.css", "sco/framsteg-sco.js");
    assertThat(m.resources()).hasSize(23 + 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void courseMetadataCarriesTitleDescriptionLanguageAndDuration(ScormExport export) {
    Manifest m = Exported.of(packingSeedMedia(export), SEED).read().manifest();

    Metadata meta = m.metadata().orElseThrow();
    assertThat(meta.schema()).contains("ADL SCORM");
    assertThat(meta.schemaVersion()).contains(export.version().schemaVersion());
    Lom lom = meta.lom().orElseThrow();
    assertThat(lom.title()).contains("Ledarskap i förändring");
    assertThat(lom.description()).contains("Femton filmer och åtta poddavsnitt om att leda.");
    assertThat(lom.language()).hasValueSatisfying(l -> assertThat(l.getLanguage()).isEqualTo("sv"));
    assertThat(lom.duration()).contains(SEED.totalEffort());
    Item firstVideo = m.defaultOrganization().orElseThrow().items().get(0).children().get(0);
    assertThat(firstVideo.metadata().flatMap(Metadata::anyLom).flatMap(Lom::duration))
        .contains(Duration.ofMinutes(32));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void theSameCourseGivesTheSameBytes(ScormExport export) {
    ScormExport packing = packingSeedMedia(export);

    byte[] first = Exported.of(packing, SEED).zip();
    byte[] second = Exported.of(packing, SEED).zip();

    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void theZipHasTheManifestFirstFixedTimesAndEveryFileOnce(ScormExport export) {
    Exported e = Exported.of(packingSeedMedia(export), SEED);

    List<String> names = new ArrayList<>();
    e.zipEntries()
        .forEach(
            z -> {
              names.add(z.getName());
              assertThat(z.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
              assertThat(z.isDirectory()).isFalse();
            });
    assertThat(names.get(0)).isEqualTo("imsmanifest.xml");
    assertThat(names).doesNotHaveDuplicates();
    assertThat(names.subList(1, 3)).containsExactly("sco/framsteg-player.css", "sco/framsteg-sco.js");
    assertThat(names).hasSize(1 + 2 + 23 + ExportCourses.relativeReferences(SEED).size());
  }

  @Test
  void scorm2004CompletesEachMediumAtTheFractionTheRulesAskFor() {
    Exported e = Exported.of(packingSeedMedia(ScormExport.scorm2004()), SEED);

    Manifest m = e.read().manifest();
    for (Item module : m.defaultOrganization().orElseThrow().items()) {
      for (Item leaf : module.children()) {
        assertThat(leaf.completionThreshold())
            .hasValueSatisfying(
                t -> {
                  assertThat(t.completedByMeasure()).isTrue();
                  assertThat(t.minProgressMeasure()).isCloseTo(0.9, within(1e-12));
                });
        Element sequencing = child(e.item(leaf.identifier()), Exported.IMSSS, "sequencing");
        Element delivery = child(sequencing, Exported.IMSSS, "deliveryControls");
        assertThat(delivery.getAttribute("completionSetByContent")).isEqualTo("true");
        Element rollup = child(sequencing, Exported.IMSSS, "rollupRules");
        assertThat(rollup.getAttribute("rollupObjectiveSatisfied")).isEqualTo("false");
        assertThat(rollup.getAttribute("objectiveMeasureWeight")).isEqualTo("0");
        assertThat(rollup.hasAttribute("rollupProgressCompletion")).isFalse();
      }
      assertThat(module.sequencing().flatMap(s -> s.controlMode()))
          .hasValueSatisfying(
              c -> {
                assertThat(c.choice()).isTrue();
                assertThat(c.flow()).isTrue();
              });
    }
    assertThat(children(e.item("item-m1"), Exported.IMSSS, "sequencing")).hasSize(1);
  }

  @Test
  void scorm2004ReportsThatTheCourseRuleCountsActivitiesAcrossModules() {
    Exported e = Exported.of(packingSeedMedia(ScormExport.scorm2004()), SEED);

    assertThat(e.report().entries(Kind.RULE_NOT_EXPRESSED))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.severity()).isEqualTo(ExportReport.Severity.WARNING);
              assertThat(r.path()).isEqualTo("course.completion.rules[0].rules[0]");
              assertThat(r.message())
                  .contains("the organization's rollup sees modules, not activities")
                  .contains("completed when all required modules are");
            });
  }
}
