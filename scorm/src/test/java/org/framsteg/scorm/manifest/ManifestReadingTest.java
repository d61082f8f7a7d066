package org.framsteg.scorm.manifest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.framsteg.scorm.ImportReport;
import org.framsteg.scorm.ManifestImport;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.PackageRule;
import org.framsteg.scorm.ScormVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the reader treats real-world mistakes: read with a warning, or refuse when unusable. */
class ManifestReadingTest {
  private static final String CP_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
  private static final String NS_2004 = " xmlns='" + CP_2004 + "'"
      + " xmlns:adlcp='http://www.adlnet.org/xsd/adlcp_v1p3'"
      + " xmlns:adlseq='http://www.adlnet.org/xsd/adlseq_v1p3'"
      + " xmlns:adlnav='http://www.adlnet.org/xsd/adlnav_v1p3'"
      + " xmlns:imsss='http://www.imsglobal.org/xsd/imsss'";
  private static final String NS_12 = " xmlns='http://www.imsproject.org/xsd/imscp_rootv1p1p2'"
      + " xmlns:adlcp='http://www.adlnet.org/xsd/adlcp_rootv1p2'";
  private static final String RESOURCE =
      "<resources><resource identifier='r1' type='webcontent' adlcp:scormType='sco' href='a.html'/>"
          + "</resources>";

  private static ManifestImport read(String xml) {
    return PackageReader.defaults().readManifest(xml.getBytes(UTF_8));
  }

  /** A 2004 4th edition manifest around one organization's content. */
  private static String manifest2004(String organizationContent) {
    return "<manifest identifier='m'" + NS_2004 + "><metadata><schema>ADL SCORM</schema>"
        + "<schemaversion>2004 4th Edition</schemaversion></metadata>"
        + "<organizations default='o'><organization identifier='o'><title>O</title>"
        + organizationContent + "</organization></organizations>" + RESOURCE + "</manifest>";
  }

  private static ImportReport.Entry onlyWarning(ManifestImport read) {
    assertThat(read.report().warnings()).hasSize(1);
    return read.report().warnings().get(0);
  }

  private static PackageException refused(String xml) {
    PackageException e = catchThrowableOfType(PackageException.class, () -> read(xml));
    assertThat(e).as("a PackageException").isNotNull();
    return e;
  }

  @Test
  void notXmlIsRefused() {
    assertThat(refused("PK\u0003\u0004 not a manifest").rule()).isEqualTo(PackageRule.XML_MALFORMED);
  }

  @Test
  void rootOtherThanManifestIsRefused() {
    PackageException e = refused("<courseStructure xmlns='https://w3id.org/xapi/profiles/cmi5/v1/"
        + "CourseStructure.xsd'/>");
    assertThat(e.rule()).isEqualTo(PackageRule.NOT_A_MANIFEST);
    assertThat(e.problems().get(0).path()).isEqualTo("/courseStructure");
  }

  @Test
  void manifestWithoutOrganizationAndResourceIsRefused() {
    PackageException e = refused("<manifest identifier='m'" + NS_2004 + "><metadata>"
        + "<schemaversion>2004 4th Edition</schemaversion></metadata><organizations/>"
        + "<resources/></manifest>");
    assertThat(e.rule()).isEqualTo(PackageRule.MANIFEST_UNUSABLE);
    assertThat(e.problems().get(0).location()).isEqualTo("imsmanifest.xml: /manifest");
  }

  @Test
  void resourcePackageWithoutOrganizationReadsWithAWarning() {
    ManifestImport read = read("<manifest identifier='m'" + NS_2004 + "><metadata>"
        + "<schemaversion>2004 4th Edition</schemaversion></metadata><organizations/>"
        + RESOURCE + "</manifest>");
    assertThat(read.manifest().resources()).hasSize(1);
    assertThat(read.manifest().defaultOrganization()).isEmpty();
    assertThat(onlyWarning(read).message()).contains("resource package");
  }

  @ParameterizedTest
  @CsvSource({
      "1.2, SCORM_12",
      "CAM 1.3, SCORM_2004_2ND",
      "2004 3rd Edition, SCORM_2004_3RD",
      "2004 4th Edition, SCORM_2004_4TH",
      "2004 4TH edition, SCORM_2004_4TH"})
  void schemaVersionNamesTheVersion(String schemaVersion, ScormVersion expected) {
    String ns = expected.isScorm2004() ? NS_2004 : NS_12;
    String scormType = expected.isScorm2004() ? "scormType" : "scormtype";
    ManifestImport read = read("<manifest identifier='m'" + ns + "><metadata><schema>ADL SCORM"
        + "</schema><schemaversion>" + schemaVersion + "</schemaversion></metadata>"
        + "<organizations default='o'><organization identifier='o'><title>O</title>"
        + "<item identifier='i' identifierref='r'><title>I</title></item></organization>"
        + "</organizations><resources><resource identifier='r' type='webcontent' adlcp:"
        + scormType + "='sco' href='a.html'/></resources></manifest>");
    assertThat(read.manifest().scormVersion()).isEqualTo(expected);
    assertThat(read.report().warnings()).isEmpty();
  }

  @Test
  void missingSchemaVersionIsGuessedFromNamespacesWithAWarning() {
    ManifestImport read = read("<manifest identifier='m'" + NS_12 + "><organizations>"
        + "<organization identifier='o'><title>O</title><item identifier='i' identifierref='r'>"
        + "<title>I</title></item></organization></organizations><resources><resource "
        + "identifier='r' type='webcontent' adlcp:scormtype='sco' href='a.html'/></resources>"
        + "</manifest>");
    assertThat(read.manifest().scormVersion()).isEqualTo(ScormVersion.SCORM_12);
    assertThat(read.report().warnings()).anySatisfy(w ->
        assertThat(w.message()).contains("<metadata> is missing"));
  }

  @Test
  void schemaVersionThatContradictsTheNamespacesLosesToThem() {
    ManifestImport read = read(manifest2004("<item identifier='i' identifierref='r1'><title>I"
        + "</title></item>").replace("2004 4th Edition", "1.2"));
    assertThat(read.manifest().scormVersion()).isEqualTo(ScormVersion.SCORM_2004_4TH);
    assertThat(onlyWarning(read).path()).endsWith("/manifest/metadata/schemaversion");
  }

  @Test
  void danglingReferencesAreWarningsWithTheirPaths() {
    ManifestImport read = read(manifest2004(
        "<item identifier='i1' identifierref='r1'><title>A</title></item>"
            + "<item identifier='i2' identifierref='nowhere'><title>B</title></item>"
            + "<item identifier='i3' identifierref='r1'><title>C</title>"
            + "<imsss:sequencing IDRef='missing'/></item>"));
    assertThat(read.report().warnings()).extracting(ImportReport.Entry::path).containsExactly(
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[2]/@identifierref",
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[3]/imsss:sequencing/@IDRef");
    assertThat(read.manifest().allItems()).hasSize(3);
  }

  @Test
  void unknownDefaultOrganizationFallsBackToTheFirst() {
    ManifestImport read = read(manifest2004("<item identifier='i' identifierref='r1'><title>I"
        + "</title></item>").replace("default='o'", "default='elsewhere'"));
    assertThat(read.manifest().defaultOrganization().map(Organization::identifier)).contains("o");
    assertThat(onlyWarning(read).path()).endsWith("/manifest/organizations/@default");
  }

  @Test
  void missingIdentifiersAndTitlesAreWarnings() {
    ManifestImport read = read("<manifest" + NS_2004 + "><metadata><schemaversion>2004 4th "
        + "Edition</schemaversion></metadata><organizations><organization><item "
        + "identifierref='r1'/></organization></organizations>" + RESOURCE + "</manifest>");
    Manifest m = read.manifest();
    assertThat(m.identifier()).isEmpty();
    assertThat(m.organizations().get(0).identifier()).isEmpty();
    assertThat(m.allItems().get(0).title()).isEmpty();
    assertThat(read.report().warnings()).extracting(ImportReport.Entry::path).contains(
        "imsmanifest.xml: /manifest/@identifier",
        "imsmanifest.xml: /manifest/organizations/organization[1]/@identifier",
        "imsmanifest.xml: /manifest/organizations/organization[1]",
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[1]");
  }

  @Test
  void resourceWithoutIdentifierIsDroppedWithAWarning() {
    ManifestImport read = read(manifest2004("<item identifier='i' identifierref='r1'><title>I"
        + "</title></item>").replace("</resources>",
        "<resource type='webcontent' adlcp:scormType='asset'/></resources>"));
    assertThat(read.manifest().resources()).extracting(Resource::identifier).containsExactly("r1");
    assertThat(onlyWarning(read).path()).endsWith("/resources/resource[2]/@identifier");
  }

  @Test
  void duplicateIdentifiersAreWarnings() {
    ManifestImport read = read(manifest2004("<item identifier='r1' identifierref='r1'><title>I"
        + "</title></item>"));
    assertThat(onlyWarning(read).message()).contains("identifiers must be unique");
  }

  @Test
  void xmlBaseIsResolvedAtManifestResourcesAndResourceLevels() {
    ManifestImport read = read("<manifest identifier='m'" + NS_2004
        + " xml:base='course/'><metadata><schemaversion>2004 4th Edition</schemaversion>"
        + "</metadata><organizations/><resources xml:base='content/'>"
        + "<resource identifier='a' type='webcontent' adlcp:scormType='sco' href='index.html?x=1'"
        + " xml:base='lesson1'><file href='index.html'/><file href='../shared/app.js'/></resource>"
        + "<resource identifier='b' type='webcontent' adlcp:scormType='asset'"
        + " href='b.html'/><resource identifier='c' type='webcontent' adlcp:scormType='asset'"
        + " xml:base='http://cdn.example.com/x/' href='c.html'/></resources></manifest>");
    Manifest m = read.manifest();
    Resource a = m.resource("a").orElseThrow();
    assertThat(a.href()).contains("course/content/lesson1/index.html?x=1");
    assertThat(a.base()).contains("course/content/lesson1/");
    assertThat(a.files()).extracting(ResourceFile::href)
        .containsExactly("course/content/lesson1/index.html", "course/content/shared/app.js");
    assertThat(m.resource("b").flatMap(Resource::href)).contains("course/content/b.html");
    assertThat(m.resource("c").flatMap(Resource::href)).contains("http://cdn.example.com/x/c.html");
  }

  @Test
  void scorm12SpellingOfScormTypeIn2004IsReadWithAWarning() {
    ManifestImport read = read(manifest2004("<item identifier='i' identifierref='r1'><title>I"
        + "</title></item>").replace("adlcp:scormType='sco'", "adlcp:scormtype='sco'"));
    assertThat(read.manifest().resource("r1").flatMap(Resource::scormType)).contains(ScormType.SCO);
    assertThat(onlyWarning(read).message()).contains("adlcp:scormType");
  }

  @Test
  void scormTypeWithoutPrefixIsReadWithAWarning() {
    ManifestImport read = read(manifest2004("<item identifier='i' identifierref='r1'><title>I"
        + "</title></item>").replace("adlcp:scormType='sco'", "scormType='SCO'"));
    assertThat(read.manifest().resource("r1").flatMap(Resource::scormType)).contains(ScormType.SCO);
    assertThat(onlyWarning(read).message()).contains("no adlcp namespace");
  }

  @Test
  void thirdEditionCompletionThresholdElementMeansCompletedByMeasure() {
    Manifest m = read(manifest2004("<item identifier='i' identifierref='r1'><title>I</title>"
        + "<adlcp:completionThreshold>0.75</adlcp:completionThreshold></item>")).manifest();
    assertThat(m.allItems().get(0).completionThreshold())
        .contains(new CompletionThreshold(true, 0.75, 1.0));
  }

  @Test
  void completionThresholdAttributesAndDefaults() {
    Manifest m = read(manifest2004("<item identifier='i' identifierref='r1'><title>I</title>"
        + "<adlcp:completionThreshold completedByMeasure='true' progressWeight='0.25'/></item>"))
        .manifest();
    assertThat(m.allItems().get(0).completionThreshold())
        .contains(new CompletionThreshold(true, 1.0, 0.25));
  }

  @Test
  void badBooleansAndNumbersAreWarningsAndDefaultsApply() {
    ManifestImport read = read(manifest2004("<item identifier='i' identifierref='r1' "
        + "isvisible='yes'><title>I</title><imsss:sequencing><imsss:controlMode choice='False' "
        + "flow='maybe'/><imsss:rollupRules objectiveMeasureWeight='2'/></imsss:sequencing>"
        + "</item>"));
    Item item = read.manifest().allItems().get(0);
    assertThat(item.visible()).isTrue();
    Sequencing s = item.sequencing().orElseThrow();
    assertThat(s.controlMode()).contains(new ControlMode(false, true, false, false, true, true));
    assertThat(s.rollupRules().orElseThrow().objectiveMeasureWeight()).isEqualTo(1.0);
    assertThat(read.report().warnings()).extracting(ImportReport.Entry::path).containsExactly(
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[1]/@isvisible",
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[1]/imsss:sequencing"
            + "/imsss:controlMode/@choice",
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[1]/imsss:sequencing"
            + "/imsss:controlMode/@flow",
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[1]/imsss:sequencing"
            + "/imsss:rollupRules/@objectiveMeasureWeight");
  }

  @Test
  void ruleWithAnUnknownActionOrConditionIsDroppedWithAWarning() {
    ManifestImport read = read(manifest2004("<item identifier='i' identifierref='r1'><title>I"
        + "</title><imsss:sequencing><imsss:sequencingRules>"
        + "<imsss:preConditionRule><imsss:ruleConditions><imsss:ruleCondition condition='always'/>"
        + "</imsss:ruleConditions><imsss:ruleAction action='explode'/></imsss:preConditionRule>"
        + "<imsss:preConditionRule><imsss:ruleConditions><imsss:ruleCondition condition='sunny'/>"
        + "</imsss:ruleConditions><imsss:ruleAction action='skip'/></imsss:preConditionRule>"
        + "<imsss:postConditionRule><imsss:ruleConditions><imsss:ruleCondition condition='always'/>"
        + "</imsss:ruleConditions><imsss:ruleAction action='skip'/></imsss:postConditionRule>"
        + "<imsss:exitConditionRule><imsss:ruleConditions conditionCombination='any'>"
        + "<imsss:ruleCondition condition='objectiveMeasureGreaterThan' measureThreshold='0.5'/>"
        + "<imsss:ruleCondition condition='satisfied' operator='not' referencedObjective='o2'/>"
        + "</imsss:ruleConditions><imsss:ruleAction action='exit'/></imsss:exitConditionRule>"
        + "</imsss:sequencingRules></imsss:sequencing></item>"));
    Sequencing s = read.manifest().allItems().get(0).sequencing().orElseThrow();
    assertThat(s.preConditionRules()).isEmpty();
    assertThat(s.postConditionRules()).isEmpty();
    assertThat(s.exitConditionRules()).containsExactly(new SequencingRule(ConditionCombination.ANY,
        List.of(new SequencingRule.Condition(ConditionType.OBJECTIVE_MEASURE_GREATER_THAN, false,
                java.util.Optional.empty(), java.util.Optional.of(0.5)),
            new SequencingRule.Condition(ConditionType.SATISFIED, true,
                java.util.Optional.of("o2"), java.util.Optional.empty())),
        SequencingRule.Action.EXIT));
    assertThat(read.report().warnings()).hasSize(3)
        .allSatisfy(w -> assertThat(w.message()).contains("the rule is ignored"));
  }

  @Test
  void rollupRulesLimitsRandomizationAndConsiderationsAreRead() {
    Manifest m = read(manifest2004("<item identifier='i' identifierref='r1'><title>I</title>"
        + "<imsss:sequencing><imsss:limitConditions attemptLimit='3' "
        + "attemptAbsoluteDurationLimit='PT1H30M'/><imsss:rollupRules rollupProgressCompletion="
        + "'false'><imsss:rollupRule childActivitySet='atLeastPercent' minimumPercent='0.5'>"
        + "<imsss:rollupConditions><imsss:rollupCondition condition='satisfied' operator='not'/>"
        + "</imsss:rollupConditions><imsss:rollupAction action='notSatisfied'/></imsss:rollupRule>"
        + "</imsss:rollupRules><imsss:randomizationControls randomizationTiming='onEachNewAttempt'"
        + " selectCount='2' reorderChildren='true'/><adlseq:constrainedChoiceConsiderations "
        + "preventActivation='true'/><adlseq:rollupConsiderations requiredForSatisfied="
        + "'ifAttempted' measureSatisfactionIfActive='false'/></imsss:sequencing></item>"))
        .manifest();
    Sequencing s = m.allItems().get(0).sequencing().orElseThrow();
    assertThat(s.limitConditions()).contains(new LimitConditions(java.util.Optional.of(3),
        java.util.Optional.of(Duration.ofMinutes(90))));
    assertThat(s.rollupRules()).contains(new RollupRules(true, false, 1.0, List.of(
        new RollupRules.Rule(RollupRules.ChildActivitySet.AT_LEAST_PERCENT, 0, 0.5,
            ConditionCombination.ANY, List.of(new RollupRules.Condition(ConditionType.SATISFIED,
            true)), RollupRules.Action.NOT_SATISFIED))));
    assertThat(s.randomizationControls()).contains(new RandomizationControls(
        RandomizationControls.Timing.ON_EACH_NEW_ATTEMPT, java.util.Optional.of(2), true,
        RandomizationControls.Timing.NEVER));
    assertThat(s.constrainedChoiceConsiderations())
        .contains(new ConstrainedChoiceConsiderations(true, false));
    assertThat(s.rollupConsiderations()).contains(new RollupConsiderations(
        RollupConsiderations.Requirement.IF_ATTEMPTED, RollupConsiderations.Requirement.ALWAYS,
        RollupConsiderations.Requirement.ALWAYS, RollupConsiderations.Requirement.ALWAYS, false));
  }

  @Test
  void imsMdLangstringLomOfScorm12IsRead() {
    ManifestImport read = read("<manifest identifier='m'" + NS_12
        + " xmlns:imsmd='http://www.imsglobal.org/xsd/imsmd_rootv1p2p1'><metadata><schema>ADL "
        + "SCORM</schema><schemaversion>1.2</schemaversion><imsmd:lom><imsmd:general>"
        + "<imsmd:title><imsmd:langstring xml:lang='sv'>Framsteg i golf</imsmd:langstring>"
        + "</imsmd:title><imsmd:language>sv-SE</imsmd:language></imsmd:general><imsmd:technical>"
        + "<imsmd:duration><imsmd:datetime>PT45M</imsmd:datetime></imsmd:duration>"
        + "</imsmd:technical></imsmd:lom></metadata><organizations default='o'><organization "
        + "identifier='o'><title>O</title><item identifier='i' identifierref='r'><title>I</title>"
        + "<adlcp:maxtimeallowed>0001:15:30</adlcp:maxtimeallowed><adlcp:timelimitaction>"
        + "Continue, No Message</adlcp:timelimitaction></item></organization></organizations>"
        + "<resources><resource identifier='r' type='webcontent' adlcp:scormtype='sco' "
        + "href='a.html'/></resources></manifest>");
    Lom lom = read.manifest().metadata().flatMap(Metadata::lom).orElseThrow();
    assertThat(lom.title()).contains("Framsteg i golf");
    assertThat(lom.language()).contains(Locale.forLanguageTag("sv-SE"));
    assertThat(lom.duration()).contains(Duration.ofMinutes(45));
    Item item = read.manifest().allItems().get(0);
    assertThat(item.maxTimeAllowed()).contains(Duration.ofMinutes(75).plusSeconds(30));
    assertThat(item.timeLimitAction()).contains(TimeLimitAction.CONTINUE_NO_MESSAGE);
    assertThat(read.report().warnings()).isEmpty();
  }

  @Test
  void valuesOutOfRangeAreWarnings() {
    ManifestImport read = read("<manifest identifier='m'" + NS_12 + "><metadata><schemaversion>"
        + "1.2</schemaversion></metadata><organizations default='o'><organization identifier='o'>"
        + "<title>O</title><item identifier='i' identifierref='r'><title>I</title>"
        + "<adlcp:masteryscore>120</adlcp:masteryscore><adlcp:maxtimeallowed>soon"
        + "</adlcp:maxtimeallowed></item></organization></organizations><resources><resource "
        + "identifier='r' type='webcontent' adlcp:scormtype='sco' href='a.html'/></resources>"
        + "</manifest>");
    Item item = read.manifest().allItems().get(0);
    assertThat(item.masteryScore()).isEmpty();
    assertThat(item.maxTimeAllowed()).isEmpty();
    assertThat(read.report().warnings()).extracting(ImportReport.Entry::path).containsExactly(
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[1]/adlcp:masteryscore",
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[1]/adlcp:maxtimeallowed");
  }

  @Test
  void unknownHideLmsUiValueIsAWarning() {
    ManifestImport read = read(manifest2004("<item identifier='i' identifierref='r1'><title>I"
        + "</title><adlnav:presentation><adlnav:navigationInterface><adlnav:hideLMSUI>exit"
        + "</adlnav:hideLMSUI><adlnav:hideLMSUI>teleport</adlnav:hideLMSUI>"
        + "</adlnav:navigationInterface></adlnav:presentation></item>"));
    assertThat(read.manifest().allItems().get(0).presentation().orElseThrow().hideLmsUi())
        .containsExactly(Presentation.Control.EXIT);
    assertThat(onlyWarning(read).message()).contains("teleport");
  }

  @Test
  void clusterThatLaunchesAResourceAndLeafThatLaunchesNothingAreWarnings() {
    ManifestImport read = read(manifest2004("<item identifier='c' identifierref='r1'><title>C"
        + "</title><item identifier='leaf'><title>L</title></item></item>"));
    assertThat(read.report().warnings()).extracting(ImportReport.Entry::path).containsExactly(
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[1]/item[1]",
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[1]/@identifierref");
  }

  @Test
  void subManifestIsNotReadAndSaysSo() {
    ManifestImport read = read(manifest2004("<item identifier='i' identifierref='r1'><title>I"
        + "</title></item>").replace("</resources>", "</resources><manifest identifier='sub'/>"));
    assertThat(onlyWarning(read).message()).contains("sub-manifests");
  }

  @Test
  void unprefixedManifestWithoutNamespaceIsReadAsImsCp() {
    ManifestImport read = read("<manifest identifier='m'><metadata><schemaversion>1.2"
        + "</schemaversion></metadata><organizations default='o'><organization identifier='o'>"
        + "<title>O</title><item identifier='i' identifierref='r'><title>I</title></item>"
        + "</organization></organizations><resources><resource identifier='r' type='webcontent'"
        + " href='a.html'/></resources></manifest>");
    assertThat(read.manifest().allItems()).hasSize(1);
    assertThat(read.manifest().scormVersion()).isEqualTo(ScormVersion.SCORM_12);
    assertThat(read.report().warnings()).extracting(ImportReport.Entry::toString)
        .anySatisfy(msg -> assertThat(msg).contains("no namespace"))
        .anySatisfy(msg -> assertThat(msg).contains("@adlcp:scormType: is missing"));
  }
}
