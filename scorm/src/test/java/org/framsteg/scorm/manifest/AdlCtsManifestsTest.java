package org.framsteg.scorm.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framsteg.scorm.ManifestImport;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.ScormVersion;
import org.framsteg.scorm.testing.DomCounts;
import org.framsteg.scorm.testing.ScormSchemas;
import org.framsteg.scorm.testing.SpecFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every manifest of the ADL SCORM 2004 4th edition test suite reads without a warning, and what
 * is read matches what a plain DOM count of the same file finds.
 */
class AdlCtsManifestsTest {
  static Stream<Path> adlManifests() {
    return SpecFiles.adlCtsManifests().stream();
  }

  @Test
  void theSuiteHasAll189Manifests() {
    assertThat(SpecFiles.adlCtsManifests()).hasSize(189);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adlManifests")
  void readsCompletelyAndCleanly(Path file) throws IOException {
    ManifestImport read = PackageReader.defaults().readManifest(file);
    Manifest m = read.manifest();
    DomCounts dom = DomCounts.of(file);

    assertThat(read.report().warnings()).as("warnings").isEmpty();
    assertThat(m.scormVersion()).isEqualTo(ScormVersion.SCORM_2004_4TH);
    assertThat(m.organizations()).hasSize(dom.cp("organization"));
    assertThat(m.defaultOrganization()).isPresent();
    assertThat(m.allItems()).hasSize(dom.cp("item"));
    assertThat(m.allItems()).extracting(i -> i.title().orElse("")).containsExactlyElementsOf(dom.itemTitles());
    assertThat(depth(m)).isEqualTo(dom.itemDepth());
    assertThat(m.resources()).hasSize(dom.cp("resource"));
    assertThat(m.resources().stream().mapToInt(r -> r.files().size()).sum()).isEqualTo(dom.cp("file"));
    assertThat(m.resources().stream().mapToInt(r -> r.dependencies().size()).sum())
        .isEqualTo(dom.cp("dependency"));
    assertThat(m.resources()).allSatisfy(r -> assertThat(r.scormType()).isPresent());

    List<Sequencing> all = sequencings(m);
    assertThat(all).hasSize(dom.count(DomCounts.IMSSS, "sequencing"));
    assertThat(m.sequencingCollection()).hasSize(
        dom.count(DomCounts.IMSSS, "sequencingCollection") == 0 ? 0
            : (int) all.stream().filter(s -> s.id().isPresent()).count());
    assertThat(sum(all, s -> s.preConditionRules().size()))
        .isEqualTo(dom.count(DomCounts.IMSSS, "preConditionRule"));
    assertThat(sum(all, s -> s.exitConditionRules().size()))
        .isEqualTo(dom.count(DomCounts.IMSSS, "exitConditionRule"));
    assertThat(sum(all, s -> s.postConditionRules().size()))
        .isEqualTo(dom.count(DomCounts.IMSSS, "postConditionRule"));
    assertThat(sum(all, s -> s.preConditionRules().stream().mapToInt(r -> r.conditions().size()).sum()
        + s.exitConditionRules().stream().mapToInt(r -> r.conditions().size()).sum()
        + s.postConditionRules().stream().mapToInt(r -> r.conditions().size()).sum()))
        .isEqualTo(dom.count(DomCounts.IMSSS, "ruleCondition"));
    assertThat(sum(all, s -> s.rollupRules().map(r -> r.rules().size()).orElse(0)))
        .isEqualTo(dom.count(DomCounts.IMSSS, "rollupRule"));
    assertThat(sum(all, s -> s.controlMode().isPresent() ? 1 : 0))
        .isEqualTo(dom.count(DomCounts.IMSSS, "controlMode"));
    assertThat(sum(all, s -> s.limitConditions().isPresent() ? 1 : 0))
        .isEqualTo(dom.count(DomCounts.IMSSS, "limitConditions"));
    assertThat(sum(all, s -> s.deliveryControls().isPresent() ? 1 : 0))
        .isEqualTo(dom.count(DomCounts.IMSSS, "deliveryControls"));
    assertThat(sum(all, s -> s.randomizationControls().isPresent() ? 1 : 0))
        .isEqualTo(dom.count(DomCounts.IMSSS, "randomizationControls"));
    assertThat(sum(all, s -> s.primaryObjective().isPresent() ? 1 : 0))
        .isEqualTo(dom.count(DomCounts.IMSSS, "primaryObjective"));
    assertThat(sum(all, s -> s.objectives().size()))
        .isEqualTo(dom.count(DomCounts.IMSSS, "objective"));
    assertThat(sum(all, s -> s.objectives().stream().mapToInt(o -> o.mapInfo().size()).sum()
        + s.primaryObjective().map(o -> o.mapInfo().size()).orElse(0)))
        .isEqualTo(dom.count(DomCounts.IMSSS, "mapInfo"));
    assertThat(sum(all, s -> s.adlObjectives().size()))
        .isEqualTo(dom.count(DomCounts.ADLSEQ, "objective"));
    assertThat(sum(all, s -> s.adlObjectives().stream().mapToInt(o -> o.mapInfo().size()).sum()))
        .isEqualTo(dom.count(DomCounts.ADLSEQ, "mapInfo"));
    assertThat(sum(all, s -> s.rollupConsiderations().isPresent() ? 1 : 0))
        .isEqualTo(dom.count(DomCounts.ADLSEQ, "rollupConsiderations"));
    assertThat(sum(all, s -> s.constrainedChoiceConsiderations().isPresent() ? 1 : 0))
        .isEqualTo(dom.count(DomCounts.ADLSEQ, "constrainedChoiceConsiderations"));

    List<Item> items = m.allItems();
    assertThat(items.stream().mapToInt(i -> i.sharedData().size()).sum())
        .isEqualTo(dom.count(DomCounts.ADLCP, "map"));
    assertThat(items.stream().filter(i -> i.completionThreshold().isPresent()).count())
        .isEqualTo(dom.count(DomCounts.ADLCP, "completionThreshold"));
    assertThat(items.stream().filter(i -> i.presentation().isPresent()).count())
        .isEqualTo(dom.count(DomCounts.ADLNAV, "presentation"));
    assertThat(items.stream().filter(i -> i.dataFromLms().isPresent()).count())
        .isEqualTo(dom.count(DomCounts.ADLCP, "dataFromLMS"));

    assertThat(ScormSchemas.validate(ScormSchemas.scorm2004(), file)).as("schema errors").isEmpty();
  }

  private static int depth(Manifest m) {
    int max = 0;
    for (Organization o : m.organizations()) {
      for (Item i : o.items()) {
        max = Math.max(max, depth(i));
      }
    }
    return max;
  }

  private static int depth(Item i) {
    return 1 + i.children().stream().mapToInt(AdlCtsManifestsTest::depth).max().orElse(0);
  }

  /** Every sequencing element of the manifest: organizations', items' and the collection's. */
  static List<Sequencing> sequencings(Manifest m) {
    List<Sequencing> all = new ArrayList<>();
    m.organizations().forEach(o -> o.sequencing().ifPresent(all::add));
    m.allItems().forEach(i -> i.sequencing().ifPresent(all::add));
    all.addAll(m.sequencingCollection());
    return all;
  }

  private static int sum(List<Sequencing> all, java.util.function.ToIntFunction<Sequencing> f) {
    return all.stream().mapToInt(f).sum();
  }
}
