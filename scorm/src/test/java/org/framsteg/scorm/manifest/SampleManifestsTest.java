package org.framsteg.scorm.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.framsteg.scorm.ImportReport;
import org.framsteg.scorm.ManifestImport;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.ScormVersion;
import org.framsteg.scorm.testing.SpecFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample manifests of the spec folder, checked by hand against the files. */
class SampleManifestsTest {
  private static ManifestImport read(String sample) throws IOException {
    return PackageReader.defaults().readManifest(SpecFiles.sample(sample));
  }

  static java.util.stream.Stream<Path> samples() {
    return SpecFiles.sampleManifests().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleReadsAndOnlyTheKnownInvalidOneWarns(Path file) throws IOException {
    ManifestImport read = PackageReader.defaults().readManifest(file);
    assertThat(read.manifest().allItems()).isNotEmpty();
    if (file.getFileName().toString().contains("INVALID")) {
      assertThat(read.report().warnings()).isNotEmpty();
    } else {
      assertThat(read.report().warnings()).isEmpty();
    }
  }

  @Test
  void scorm12SingleSco() throws IOException {
    Manifest m = read("scorm12-single-sco.imsmanifest.xml").manifest();
    assertThat(m.identifier()).isEqualTo("com.scorm.golfsamples.contentpackaging.singlesco.12");
    assertThat(m.version()).contains("1");
    assertThat(m.scormVersion()).isEqualTo(ScormVersion.SCORM_12);
    assertThat(m.metadata().flatMap(Metadata::schema)).contains("ADL SCORM");
    Organization org = m.defaultOrganization().orElseThrow();
    assertThat(org.identifier()).isEqualTo("golf_sample_default_org");
    assertThat(org.title()).contains("Golf Explained - CP Single SCO");
    assertThat(org.items()).singleElement().satisfies(i -> {
      assertThat(i.identifier()).isEqualTo("item_1");
      assertThat(i.title()).contains("Golf Explained");
      assertThat(i.identifierRef()).contains("resource_1");
      assertThat(i.visible()).isTrue();
    });
    Resource r = m.resourceOf(org.items().get(0)).orElseThrow();
    assertThat(r.scormType()).contains(ScormType.SCO);
    assertThat(r.type()).isEqualTo("webcontent");
    assertThat(r.files()).hasSize(39);
  }

  @Test
  void scorm12MultiScoHasFourModulesOfLeaves() throws IOException {
    Manifest m = read("scorm12-multi-sco-one-file-per-sco.imsmanifest.xml").manifest();
    Organization org = m.defaultOrganization().orElseThrow();
    assertThat(org.items()).extracting(i -> i.children().size()).containsExactly(6, 4, 5, 3);
    assertThat(org.items()).allSatisfy(i -> assertThat(i.identifierRef()).isEmpty());
    assertThat(m.allItems()).hasSize(22);
    assertThat(m.resources()).hasSize(19);
    Resource first = m.resource("playing_playing_resource").orElseThrow();
    assertThat(first.dependencies()).containsExactly("common_files");
  }

  @Test
  void scorm12MetadataLocationAndLaunchData() throws IOException {
    Manifest m = read("scorm12-metadata-adlcp-location.imsmanifest.xml").manifest();
    assertThat(m.metadata().flatMap(Metadata::location)).contains("metadata.xml");
    assertThat(m.allItems()).singleElement().satisfies(i -> {
      assertThat(i.dataFromLms()).contains("RANDOM");
      assertThat(i.visible()).isTrue();
    });
  }

  @Test
  void scorm12PrerequisitesAndTimingAreReadAndTheCamelCaseMistakeIsReported() throws IOException {
    ManifestImport read = read(
        "scorm12-prerequisites-INVALID-dataFromLMS-camelcase.synthetic.imsmanifest.xml");
    Manifest m = read.manifest();
    assertThat(m.scormVersion()).isEqualTo(ScormVersion.SCORM_12);
    assertThat(m.allItems()).extracting(i -> i.prerequisites().orElse(""))
        .containsExactly("", "module1", "module1 AND module2", "(module1 AND module2) OR module3");
    Item first = m.allItems().get(0);
    assertThat(first.maxTimeAllowed()).contains(Duration.ofHours(2).plusMinutes(30));
    assertThat(first.masteryScore()).contains(80.0);
    assertThat(m.allItems().get(3).masteryScore()).contains(90.0);
    assertThat(m.allItems().get(2).timeLimitAction()).contains(TimeLimitAction.EXIT_MESSAGE);
    assertThat(m.allItems().get(1).dataFromLms()).contains("custom_data_for_module2");
    assertThat(read.report().warnings()).singleElement().satisfies(w -> {
      assertThat(w.path()).endsWith(
          "/manifest/organizations/organization[1]/item[2]/adlcp:dataFromLMS");
      assertThat(w.message()).contains("adlcp:datafromlms");
    });
  }

  @Test
  void scorm2004ThirdEditionInlineLom() throws IOException {
    Manifest m = read("scorm2004-3rd-metadata-adlcp-location.imsmanifest.xml").manifest();
    assertThat(m.scormVersion()).isEqualTo(ScormVersion.SCORM_2004_3RD);
    assertThat(m.metadata().flatMap(Metadata::location)).contains("metadata_course.xml");
    Organization org = m.defaultOrganization().orElseThrow();
    assertThat(org.metadata().flatMap(Metadata::location)).contains("metadata_organization.xml");
    Lom itemLom = org.items().get(0).metadata().flatMap(Metadata::lom).orElseThrow();
    assertThat(itemLom.description()).hasValueSatisfying(d ->
        assertThat(d).startsWith("The primary item of the Golf Explained course"));
    assertThat(itemLom.title()).isEmpty();
  }

  @Test
  void scorm2004SimpleRemediationRulesAndCollection() throws IOException {
    Manifest m = read("scorm2004-3rd-sequencing-simple-remediation.imsmanifest.xml").manifest();
    assertThat(m.organizations().get(0).objectivesGlobalToSystem()).isFalse();
    Item wrapper = m.defaultOrganization().orElseThrow().items().get(0);
    assertThat(wrapper.visible()).isFalse();
    assertThat(wrapper.children()).hasSize(8);
    Sequencing ws = wrapper.sequencing().orElseThrow();
    assertThat(ws.controlMode()).contains(new ControlMode(false, false, true, false, true, true));
    assertThat(ws.postConditionRules()).hasSize(2);
    SequencingRule retry = ws.postConditionRules().get(0);
    assertThat(retry.action()).isEqualTo(SequencingRule.Action.RETRY);
    assertThat(retry.combination()).isEqualTo(ConditionCombination.ANY);
    assertThat(retry.conditions()).containsExactly(
        new SequencingRule.Condition(ConditionType.SATISFIED, true, java.util.Optional.empty(),
            java.util.Optional.empty()),
        new SequencingRule.Condition(ConditionType.OBJECTIVE_STATUS_KNOWN, true,
            java.util.Optional.empty(), java.util.Optional.empty()));
    assertThat(ws.postConditionRules().get(1).action()).isEqualTo(SequencingRule.Action.EXIT_ALL);

    Item lastTest = wrapper.children().get(7);
    assertThat(lastTest.parameters()).contains("?content=assessment4");
    Sequencing ts = lastTest.sequencing().orElseThrow();
    assertThat(ts.idRef()).contains("test_seq_rules");
    assertThat(ts.postConditionRules()).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo(SequencingRule.Action.EXIT_PARENT);
      assertThat(r.conditions()).extracting(SequencingRule.Condition::type)
          .containsExactly(ConditionType.ALWAYS);
    });
    Objective primary = ts.primaryObjective().orElseThrow();
    assertThat(primary.objectiveId()).contains("learning_objective_satisfied");
    assertThat(primary.mapInfo()).singleElement().satisfies(map -> {
      assertThat(map.targetObjectiveId()).endsWith(".havingfun_satisfied");
      assertThat(map.readSatisfiedStatus()).isTrue();
      assertThat(map.writeSatisfiedStatus()).isTrue();
      assertThat(map.writeNormalizedMeasure()).isTrue();
      assertThat(map.readNormalizedMeasure()).isTrue(); // schema default
    });

    assertThat(m.sequencingCollection()).extracting(s -> s.id().orElseThrow())
        .containsExactly("content_seq_rules", "test_seq_rules");
    Sequencing tests = m.sequencing("test_seq_rules").orElseThrow();
    assertThat(tests.preConditionRules()).singleElement()
        .satisfies(r -> assertThat(r.action()).isEqualTo(SequencingRule.Action.SKIP));
    assertThat(tests.rollupRules()).contains(new RollupRules(true, true, 1.0, java.util.List.of()));
    assertThat(tests.deliveryControls()).contains(new DeliveryControls(true, true, true));
    assertThat(tests.rollupConsiderations()).hasValueSatisfying(rc -> {
      assertThat(rc.requiredForCompleted()).isEqualTo(RollupConsiderations.Requirement.IF_NOT_SKIPPED);
      assertThat(rc.requiredForSatisfied()).isEqualTo(RollupConsiderations.Requirement.ALWAYS);
    });
    assertThat(m.sequencing("content_seq_rules").flatMap(Sequencing::rollupRules))
        .hasValueSatisfying(r -> {
          assertThat(r.objectiveMeasureWeight()).isZero();
          assertThat(r.rollupObjectiveSatisfied()).isFalse();
        });
    Resource common = m.resource("common_files").orElseThrow();
    assertThat(common.scormType()).contains(ScormType.ASSET);
    assertThat(common.href()).isEmpty();
    assertThat(m.resource("playing_resource").flatMap(Resource::href))
        .contains("shared/launchpage.html?content=playing");
  }

  @Test
  void scorm2004FourthEditionCompletionObjectivesAndSharedData() throws IOException {
    Manifest m = read("scorm2004-4th-sequencing-posttest-rollup-jump.imsmanifest.xml").manifest();
    assertThat(m.scormVersion()).isEqualTo(ScormVersion.SCORM_2004_4TH);
    Organization org = m.defaultOrganization().orElseThrow();
    assertThat(org.sharedDataGlobalToSystem()).isFalse();
    assertThat(org.objectivesGlobalToSystem()).isFalse();
    assertThat(org.sequencing().flatMap(Sequencing::controlMode))
        .contains(new ControlMode(true, true, true, false, true, true));
    assertThat(org.items()).extracting(i -> i.completionThreshold().orElseThrow().progressWeight())
        .containsExactly(0.5, 0.3, 0.4, 0.3, 0.1);
    assertThat(org.items()).allSatisfy(i -> assertThat(i.sharedData()).containsExactly(
        new SharedDataMap("com.scorm.golfsamples.sequencing.forcedsequential.notesStorage",
            true, true)));
    Item etiquette = org.items().get(1);
    Sequencing s = etiquette.sequencing().orElseThrow();
    assertThat(s.preConditionRules()).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo(SequencingRule.Action.DISABLED);
      assertThat(r.conditions()).extracting(SequencingRule.Condition::referencedObjective)
          .containsOnly(java.util.Optional.of("previous_sco_completed"));
    });
    assertThat(s.adlObjectives()).extracting(AdlObjective::objectiveId)
        .containsExactly("ettiquette_completed", "previous_sco_completed");
    AdlObjective.MapInfo map = s.adlObjectives().get(1).mapInfo().get(0);
    assertThat(map.readCompletionStatus()).isTrue();
    assertThat(map.writeCompletionStatus()).isFalse();
    assertThat(map.readRawScore()).isTrue(); // default
    assertThat(map.writeRawScore()).isFalse(); // default
    Item quiz = org.items().get(4);
    assertThat(quiz.sequencing().orElseThrow().preConditionRules())
        .extracting(SequencingRule::action)
        .containsExactly(SequencingRule.Action.HIDDEN_FROM_CHOICE, SequencingRule.Action.HIDDEN_FROM_CHOICE);
    int adlObjectives = m.allItems().stream()
        .mapToInt(i -> i.sequencing().map(q -> q.adlObjectives().size()).orElse(0)).sum();
    assertThat(adlObjectives).isEqualTo(8);
  }

  @Test
  void adlNestedItemsFourLevelsDeep() throws IOException {
    Manifest m = read("scorm2004-4th-adl-cts-CM-04a-nested-items.imsmanifest.xml").manifest();
    assertThat(m.allItems()).hasSize(15);
    Item activity8 = m.defaultOrganization().orElseThrow().items().get(2);
    assertThat(activity8.title()).contains("Activity 8");
    Item activity12 = activity8.children().get(1).children().get(0).children().get(0);
    assertThat(activity12.identifier()).isEqualTo("activity_12");
    assertThat(activity12.parameters()).contains("?tc=CM-04a&act=12");
    Item activity2 = m.allItems().get(1);
    assertThat(activity2.presentation().orElseThrow().hideLmsUi()).containsExactlyInAnyOrder(
        Presentation.Control.CONTINUE, Presentation.Control.PREVIOUS,
        Presentation.Control.SUSPEND_ALL);
    assertThat(m.resource("SEQ01").flatMap(Resource::href)).hasValueSatisfying(h ->
        assertThat(h).endsWith("SequencingTest.htm"));
  }

  @Test
  void adlGlobalObjectivesAndCompletionThresholds() throws IOException {
    Manifest m = read("scorm2004-4th-adl-cts-CO-10-global-objectives-mapinfo.imsmanifest.xml")
        .manifest();
    assertThat(m.allItems().get(0).completionThreshold())
        .contains(new CompletionThreshold(true, 0.40, 1.0));
    assertThat(m.allItems().get(1).completionThreshold().orElseThrow().minProgressMeasure())
        .isCloseTo(0.15, within(1e-9));
    int maps = m.allItems().stream().flatMap(i -> i.sequencing().stream())
        .mapToInt(s -> s.adlObjectives().stream().mapToInt(o -> o.mapInfo().size()).sum()).sum();
    assertThat(maps).isEqualTo(12);
  }

  @Test
  void adlSharedDataMapsAndLaunchData() throws IOException {
    Manifest m = read("scorm2004-4th-adl-cts-DMI-shared-data-adlcp-data.imsmanifest.xml")
        .manifest();
    Item first = m.allItems().get(0);
    assertThat(first.dataFromLms()).contains("Launch Data Test");
    assertThat(first.timeLimitAction()).contains(TimeLimitAction.CONTINUE_MESSAGE);
    assertThat(first.completionThreshold()).contains(new CompletionThreshold(true, 0.8, 1.0));
    assertThat(first.sharedData()).containsExactly(
        new SharedDataMap("tarID1", true, false), new SharedDataMap("tarID2", true, false),
        new SharedDataMap("tarID3", false, false), new SharedDataMap("tarID4", false, false));
    assertThat(m.allItems().get(1).dataFromLms()).hasValueSatisfying(d ->
        assertThat(d).hasSize(4000).endsWith("4000"));
    assertThat(m.allItems().stream().mapToInt(i -> i.sharedData().size()).sum()).isEqualTo(22);
    assertThat(first.presentation().orElseThrow().hideLmsUi())
        .isEqualTo(Set.of(Presentation.Control.SUSPEND_ALL));
  }

  @Test
  void adlCm01YearsAndMonthsInADurationLimitAreReadWithANote() throws IOException {
    ManifestImport read = PackageReader.defaults().readManifest(
        SpecFiles.file("samples/adl-cts/CM-01.imsmanifest.xml"));
    Duration limit = read.manifest().allItems().get(0).sequencing()
        .flatMap(Sequencing::limitConditions)
        .flatMap(LimitConditions::attemptAbsoluteDurationLimit).orElseThrow();
    Duration expected = java.time.temporal.ChronoUnit.YEARS.getDuration().multipliedBy(5)
        .plus(java.time.temporal.ChronoUnit.MONTHS.getDuration().multipliedBy(6))
        .plusDays(4).plusHours(12).plusMinutes(30).plusSeconds(58);
    assertThat(limit).isEqualTo(expected);
    assertThat(read.report().entries()).anySatisfy(e -> {
      assertThat(e.severity()).isEqualTo(ImportReport.Severity.INFO);
      assertThat(e.message()).contains("P5Y6M4DT12H30M58S");
    });
  }
}
