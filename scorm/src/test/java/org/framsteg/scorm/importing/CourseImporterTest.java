package org.framsteg.scorm.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Audio;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;
import org.framsteg.scorm.ImportReport;
import org.framsteg.scorm.ImportReport.Severity;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.PackageRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each mapping rule of {@link CourseImporter}, on a manifest written in the test. */
class CourseImporterTest {
  private static final String ORG = "/manifest/organizations/organization[1]";

  /** A SCORM 2004 4th edition manifest with the given parts. */
  static String scorm2004(String metadata, String organizations, String resources) {
    return """
        <manifest identifier="kurs-1" version="3"
            xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
            xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
            xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
            xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
            xmlns:lom="http://ltsc.ieee.org/xsd/LOM">
          <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion>
          %s</metadata>
          <organizations default="org">%s</organizations>
          <resources>%s</resources>
        </manifest>
        """.formatted(metadata, organizations, resources);
  }

  /** A SCORM 1.2 manifest. */
  static String scorm12(String organizations, String resources) {
    return """
        <manifest identifier="kurs-12" version="1.0"
            xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
          <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
          <organizations default="org">%s</organizations>
          <resources>%s</resources>
        </manifest>
        """.formatted(organizations, resources);
  }

  static String sco(String id, String href) {
    return "<resource identifier=\"" + id + "\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\""
        + href + "\"><file href=\"" + href + "\"/></resource>";
  }

  static String asset(String id, String href) {
    return "<resource identifier=\"" + id + "\" type=\"webcontent\" adlcp:scormType=\"asset\" href=\""
        + href + "\"><file href=\"" + href + "\"/></resource>";
  }

  static String sco12(String id, String href) {
    return "<resource identifier=\"" + id + "\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\""
        + href + "\"><file href=\"" + href + "\"/></resource>";
  }

  static String lom(String general, String technical) {
    return "<lom:lom><lom:general>" + general + "</lom:general>" + technical + "</lom:lom>";
  }

  static String duration(String iso) {
    return "<lom:technical><lom:duration><lom:duration>" + iso
        + "</lom:duration></lom:duration></lom:technical>";
  }

  static CourseImport read(String manifest) {
    return CourseImporter.defaults().toCourse(
        PackageReader.defaults().readManifest(manifest.getBytes(UTF_8)));
  }

  static List<String> messages(CourseImport imported, Severity severity, String path) {
    return imported.report().entries().stream().filter(e -> e.severity() == severity)
        .filter(e -> e.path().equals("imsmanifest.xml: " + path))
        .map(ImportReport.Entry::message).toList();
  }

  static String leaf(String id, String ref, String title) {
    return "<item identifier=\"" + id + "\" identifierref=\"" + ref + "\"><title>" + title
        + "</title></item>";
  }

  @Nested
  class TheCourse {
    @Test
    void idIsTheManifestIdentifierUnderUrnScorm() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + leaf("a", "r", "A") + "</organization>", sco("r", "a.html")));
      assertThat(c.course().id()).isEqualTo("urn:scorm:kurs-1");
      assertThat(c.course().version()).isEqualTo("3");
    }

    @Test
    void idBaseCanBeSetAndIdentifiersArePercentEncoded() {
      String manifest = scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + leaf("kapitel-ö", "r", "A") + "</organization>", sco("r", "a.html"))
          .replace("identifier=\"kurs-1\"", "identifier=\"grundkurs.2026\"");
      CourseImport c = CourseImporter.defaults().withIdBase("https://example.org/kurser/")
          .toCourse(PackageReader.defaults().readManifest(manifest.getBytes(UTF_8)));
      assertThat(c.course().id()).isEqualTo("https://example.org/kurser/grundkurs.2026");
      assertThat(c.course().activities().map(Activity::id))
          .containsExactly("https://example.org/kurser/grundkurs.2026/kapitel-%C3%B6");
      assertThat(c.activityId("kapitel-ö")).contains(
          "https://example.org/kurser/grundkurs.2026/kapitel-%C3%B6");
    }

    @Test
    void idBaseMustNotHoldWhiteSpace() {
      assertThatThrownBy(() -> CourseImporter.defaults().withIdBase("https://example.org/a b/"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idBase");
      assertThatThrownBy(() -> CourseImporter.defaults().withDefaultLanguage("not a tag"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAVersionTheCourseIsVersionOneAndThatIsNoted() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + leaf("a", "r", "A") + "</organization>", sco("r", "a.html"))
          .replace(" version=\"3\"", ""));
      assertThat(c.course().version()).isEqualTo("1");
      assertThat(messages(c, Severity.INFO, "/manifest")).anySatisfy(m ->
          assertThat(m).contains("no version"));
    }

    @Test
    void titleDescriptionAndLanguageComeFromTheManifestLom() {
      CourseImport c = read(scorm2004(lom("<lom:title><lom:string language=\"sv\">Källkritik"
              + "</lom:string></lom:title><lom:language>sv-SE</lom:language><lom:description>"
              + "<lom:string language=\"sv\">Om att granska källor.</lom:string>"
              + "</lom:description>", ""),
          "<organization identifier=\"org\"><title>Organisationens titel</title>"
              + leaf("a", "r", "Inledning") + "</organization>", sco("r", "a.html")));
      Course course = c.course();
      assertThat(course.title().asMap()).containsExactly(java.util.Map.entry("sv-SE", "Källkritik"));
      assertThat(course.description().orElseThrow().primary()).isEqualTo("Om att granska källor.");
      assertThat(course.languages()).containsExactly("sv-SE");
      assertThat(course.activities().findFirst().orElseThrow().title().asMap())
          .containsExactly(java.util.Map.entry("sv-SE", "Inledning"));
      assertThat(c.report().entries()).noneSatisfy(e ->
          assertThat(e.message()).contains("no LOM language"));
    }

    @Test
    void withoutLomTheOrganizationTitleAndTheDefaultLanguageAreUsedAndReported() {
      CourseImport c = CourseImporter.defaults().withDefaultLanguage("sv").toCourse(
          PackageReader.defaults().readManifest(scorm2004("",
              "<organization identifier=\"org\"><title>Kurs i källkritik</title>"
                  + leaf("a", "r", "A") + "</organization>", sco("r", "a.html")).getBytes(UTF_8)));
      assertThat(c.course().title().asMap()).containsExactly(java.util.Map.entry("sv", "Kurs i källkritik"));
      assertThat(c.course().languages()).containsExactly("sv");
      assertThat(messages(c, Severity.INFO, "/manifest/metadata")).singleElement().satisfies(m ->
          assertThat(m).contains("no LOM language").contains("'sv'"));
    }

    @Test
    void otherOrganizationsAreReportedNotImported() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + leaf("a", "r", "A") + "</organization><organization identifier=\"alt\"><title>Alt"
          + "</title>" + leaf("b", "r", "B") + "</organization>", sco("r", "a.html")));
      assertThat(c.course().activities()).hasSize(1);
      assertThat(messages(c, Severity.NOT_MAPPED, "/manifest/organizations/organization[2]"))
          .singleElement().satisfies(m -> assertThat(m).contains("'alt'").contains("1 items")
              .contains("only the default organization"));
    }

    @Test
    void aManifestWithNothingToLaunchIsRefusedWithTheRuleNamed() {
      String manifest = scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\"><title>A</title></item></organization>", "");
      assertThatThrownBy(() -> read(manifest)).isInstanceOfSatisfying(PackageException.class,
          e -> {
            assertThat(e.rule()).isEqualTo(PackageRule.MANIFEST_UNUSABLE);
            assertThat(e.getMessage()).contains("nothing in the manifest can be launched");
          });
    }

    @Test
    void aResourcePackageBecomesOneModuleOfItsResources() {
      String manifest = scorm2004(lom("<lom:title><lom:string language=\"en\">Library</lom:string>"
          + "</lom:title>", ""), "", sco("one", "one.html") + asset("two", "two.pdf")
          + "<resource identifier=\"shared\" type=\"webcontent\" adlcp:scormType=\"asset\">"
          + "<file href=\"common.js\"/></resource>");
      CourseImport c = read(manifest);
      CourseModule m = c.course().modules().get(0);
      assertThat(c.course().modules()).hasSize(1);
      assertThat(m.title().primary()).isEqualTo("Library");
      assertThat(m.activities()).extracting(Activity::id)
          .containsExactly("urn:scorm:kurs-1/one", "urn:scorm:kurs-1/two");
      assertThat(m.activities()).extracting(a -> a.title().primary()).containsExactly("one", "two");
      assertThat(c.activityIds()).containsOnlyKeys("one", "two");
    }
  }

  @Nested
  class ModulesAndActivities {
    @Test
    void aTopLevelClusterIsAModuleAndItsLeavesAreActivitiesInOrder() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"m1\"><title>Del 1</title>" + leaf("a1", "r", "Ett")
          + leaf("a2", "r", "Två") + "</item></organization>", sco("r", "a.html")));
      assertThat(c.course().modules()).singleElement().satisfies(m -> {
        assertThat(m.id()).isEqualTo("urn:scorm:kurs-1/m1");
        assertThat(m.title().primary()).isEqualTo("Del 1");
        assertThat(m.activities()).extracting(a -> a.title().primary()).containsExactly("Ett", "Två");
      });
    }

    @Test
    void deeperClustersAreFlattenedInDocumentOrderWithTheirPathReported() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"m1\"><title>Del 1</title>" + leaf("a1", "r", "Ett")
          + "<item identifier=\"c\"><title>Fördjupning</title>" + leaf("a2", "r", "Två")
          + "<item identifier=\"cc\"><title>Mer</title>" + leaf("a3", "r", "Tre") + "</item>"
          + "</item>" + leaf("a4", "r", "Fyra") + "</item></organization>", sco("r", "a.html")));
      assertThat(c.course().modules()).singleElement().satisfies(m ->
          assertThat(m.activities()).extracting(a -> a.title().primary())
              .containsExactly("Ett", "Två", "Tre", "Fyra"));
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]/item[2]")).singleElement()
          .satisfies(m -> assertThat(m).isEqualTo("cluster 'Fördjupning' flattened into module "
              + "'Del 1': Framsteg has two levels; its items keep their order"));
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]/item[2]/item[2]"))
          .singleElement().satisfies(m -> assertThat(m).startsWith("cluster 'Mer' flattened"));
    }

    @Test
    void runsOfTopLevelLeavesShareAModuleAndASingleLeafIsAModuleOfItsOwn() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + leaf("intro", "r", "Inledning")
          + "<item identifier=\"m1\"><title>Del 1</title>" + leaf("a1", "r", "Ett") + "</item>"
          + leaf("x1", "r", "Extra 1") + leaf("x2", "r", "Extra 2")
          + "</organization>", sco("r", "a.html")));
      assertThat(c.course().modules()).extracting(CourseModule::id).containsExactly(
          "urn:scorm:kurs-1/org/1", "urn:scorm:kurs-1/m1", "urn:scorm:kurs-1/org/2");
      assertThat(c.course().modules()).extracting(m -> m.title().primary())
          .containsExactly("Inledning", "Del 1", "Kurs");
      assertThat(c.course().modules().get(2).activities()).extracting(Activity::id)
          .containsExactly("urn:scorm:kurs-1/x1", "urn:scorm:kurs-1/x2");
      assertThat(messages(c, Severity.INFO, ORG + "/item[3]")).singleElement().satisfies(m ->
          assertThat(m).startsWith("2 consecutive top-level items without children become one "
              + "module"));
    }

    @Test
    void aClusterThatLaunchesAResourceGetsAnActivityBeforeItsChildren() {
      CourseImport c = read(scorm12("<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"m1\" identifierref=\"r\"><title>Del 1</title>"
          + leaf("a1", "r", "Ett") + "</item></organization>", sco12("r", "a.html")));
      assertThat(c.course().modules().get(0).activities()).extracting(Activity::id)
          .containsExactly("urn:scorm:kurs-12/m1/content", "urn:scorm:kurs-12/a1");
      assertThat(c.course().modules().get(0).activities().get(0).title().primary())
          .isEqualTo("Del 1");
    }

    @Test
    void repeatedIdentifiersGetUniqueIdsAndAWarning() {
      CourseImport c = read(scorm12("<organization identifier=\"org\"><title>Kurs</title>"
          + leaf("a", "r", "Första") + leaf("a", "r", "Andra") + "</organization>",
          sco12("r", "a.html")));
      assertThat(c.course().activities().map(Activity::id))
          .containsExactly("urn:scorm:kurs-12/a", "urn:scorm:kurs-12/a/2");
      assertThat(messages(c, Severity.WARNING, ORG + "/item[2]")).anySatisfy(m ->
          assertThat(m).contains("identifier used twice"));
    }

    @Test
    void itemsThatLaunchNothingAreLeftOutAndReported() {
      CourseImport c = read(scorm12("<organization identifier=\"org\"><title>Kurs</title>"
          + leaf("a", "r", "Finns") + leaf("b", "saknas", "Saknas")
          + "<item identifier=\"m\"><title>Tom</title>" + leaf("c", "saknas", "C") + "</item>"
          + "</organization>", sco12("r", "a.html")));
      assertThat(c.course().activities().map(a -> a.title().primary())).containsExactly("Finns");
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[2]")).singleElement().satisfies(
          m -> assertThat(m).contains("'Saknas' left out").contains("'saknas' names none"));
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[3]")).singleElement().satisfies(
          m -> assertThat(m).contains("module 'Tom' left out"));
      assertThat(c.activityIds()).containsOnlyKeys("a");
    }

    @Test
    void activityDescriptionsComeFromTheItemLom() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\" identifierref=\"r\"><title>A</title><metadata>"
          + lom("<lom:description><lom:string language=\"en\">Read this first.</lom:string>"
          + "</lom:description>", "") + "</metadata></item></organization>", sco("r", "a.html")));
      assertThat(c.course().activities().findFirst().orElseThrow().description().orElseThrow()
          .primary()).isEqualTo("Read this first.");
    }
  }

  @Nested
  class Media {
    private Activity only(String itemExtras, String resources) {
      return read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\" identifierref=\"r\"><title>A</title>" + itemExtras + "</item>"
          + "</organization>", resources)).course().activities().findFirst().orElseThrow();
    }

    @Test
    void aScorm12MasteryScoreMakesAnAssessmentPassingAtIt() {
      CourseImport c = read(scorm12("<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"q\" identifierref=\"r\"><title>Prov</title>"
          + "<adlcp:masteryscore>80</adlcp:masteryscore></item></organization>",
          sco12("r", "quiz.html")));
      Assessment a = (Assessment) c.course().activities().findFirst().orElseThrow().media();
      assertThat(a.maxScore()).isEqualTo(100);
      assertThat(a.passingScore()).isEqualTo(80);
    }

    @Test
    void aPrimaryObjectiveSatisfiedByMeasureMakesAnAssessmentWithItsAttemptLimit() {
      Activity a = only("<imsss:sequencing><imsss:limitConditions attemptLimit=\"3\"/>"
          + "<imsss:objectives><imsss:primaryObjective objectiveID=\"p\" satisfiedByMeasure=\"true\">"
          + "<imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure></imsss:primaryObjective>"
          + "</imsss:objectives></imsss:sequencing>", sco("r", "quiz.html"));
      Assessment assessment = (Assessment) a.media();
      assertThat(assessment.passingScore()).isEqualTo(60);
      assertThat(assessment.attemptsAllowed()).contains(3);
    }

    @Test
    void aNegativeMinimumMeasurePassesAtZeroAndIsReported() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\" identifierref=\"r\"><title>A</title><imsss:sequencing>"
          + "<imsss:objectives><imsss:primaryObjective satisfiedByMeasure=\"true\">"
          + "<imsss:minNormalizedMeasure>-0.5</imsss:minNormalizedMeasure></imsss:primaryObjective>"
          + "</imsss:objectives></imsss:sequencing></item></organization>", sco("r", "q.html")));
      assertThat(((Assessment) c.course().activities().findFirst().orElseThrow().media())
          .passingScore()).isZero();
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]")).anySatisfy(m ->
          assertThat(m).contains("minNormalizedMeasure -0.5 below 0"));
    }

    @Test
    void anAssetWithAMasteryScoreIsNoAssessment() {
      CourseImport c = read(scorm12("<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"q\" identifierref=\"r\"><title>Sida</title>"
          + "<adlcp:masteryscore>80</adlcp:masteryscore></item></organization>",
          "<resource identifier=\"r\" type=\"webcontent\" adlcp:scormtype=\"asset\" href=\"p.html\"/>"));
      assertThat(c.course().activities().findFirst().orElseThrow().media()).isInstanceOf(Document.class);
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]")).singleElement().satisfies(m ->
          assertThat(m).contains("masteryscore 80").contains("is an asset"));
    }

    @Test
    void aVideoFileWithALomDurationIsAVideoOfThatDuration() {
      Activity a = only("<metadata>" + lom("", duration("PT12M30S")) + "</metadata>",
          asset("r", "media/intro.mp4"));
      assertThat(a.media()).isInstanceOfSatisfying(Video.class, v -> {
        assertThat(v.source()).isEqualTo(URI.create("media/intro.mp4"));
        assertThat(v.duration()).isEqualTo(Duration.ofSeconds(750));
      });
      assertThat(a.estimatedTime()).isEmpty();
    }

    @Test
    void anAudioFileTakesTheResourcesLomDurationWhenTheItemHasNone() {
      Activity a = only("", "<resource identifier=\"r\" type=\"webcontent\" adlcp:scormType=\"asset\""
          + " href=\"avsnitt.mp3\"><metadata>" + lom("", duration("PT45M")) + "</metadata>"
          + "<file href=\"avsnitt.mp3\"/></resource>");
      assertThat(a.media()).isInstanceOfSatisfying(Audio.class, au ->
          assertThat(au.duration()).isEqualTo(Duration.ofMinutes(45)));
    }

    @Test
    void aVideoWithoutADurationIsADocumentAndReported() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + leaf("a", "r", "A") + "</organization>", asset("r", "film.webm")));
      assertThat(c.course().activities().findFirst().orElseThrow().media())
          .isInstanceOfSatisfying(Document.class, d ->
              assertThat(d.source()).isEqualTo(URI.create("film.webm")));
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]")).singleElement().satisfies(m ->
          assertThat(m).contains("video 'film.webm' imported as a document"));
    }

    @Test
    void aPdfIsADocumentWithItsLomDurationAsEstimatedTime() {
      Activity a = only("<metadata><lom:lom><lom:educational><lom:typicalLearningTime>"
          + "<lom:duration>PT20M</lom:duration></lom:typicalLearningTime></lom:educational>"
          + "</lom:lom></metadata>", asset("r", "material/strategi.pdf"));
      assertThat(a.media()).isInstanceOfSatisfying(Document.class, d ->
          assertThat(d.source()).isEqualTo(URI.create("material/strategi.pdf")));
      assertThat(a.estimatedTime()).contains(Duration.ofMinutes(20));
    }

    @Test
    void anAbsoluteHttpHrefIsAWebLink() {
      Activity a = only("", "<resource identifier=\"r\" type=\"webcontent\" adlcp:scormType=\"asset\""
          + " href=\"https://www.kb.se/om-oss.html\"/>");
      assertThat(a.media()).isEqualTo(WebLink.of(URI.create("https://www.kb.se/om-oss.html")));
    }

    @Test
    void anHtmlScoIsADocumentOfItsLaunchHrefWithTheParametersAppended() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\" identifierref=\"r\" parameters=\"?chapter=2\"><title>A</title>"
          + "</item></organization>",
          "<resource identifier=\"r\" type=\"webcontent\" adlcp:scormType=\"sco\" xml:base=\"sco/\""
              + " href=\"start page.html?lang=sv\"/>"));
      assertThat(c.course().activities().findFirst().orElseThrow().media())
          .isInstanceOfSatisfying(Document.class, d -> assertThat(d.source())
              .isEqualTo(URI.create("sco/start%20page.html?lang=sv&chapter=2")));
    }

    @Test
    void aFramstegPlayerScoIsItsMediaFile() {
      Activity a = only("<metadata>" + lom("", duration("PT3M")) + "</metadata>",
          "<resource identifier=\"r\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"v1.html\">"
              + "<file href=\"v1.html\"/><file href=\"framsteg-sco.js\"/><file href=\"media/v1.mp4\"/>"
              + "<file href=\"media/v1.sv.vtt\"/></resource>");
      assertThat(a.media()).isInstanceOfSatisfying(Video.class, v -> {
        assertThat(v.source()).isEqualTo(URI.create("media/v1.mp4"));
        assertThat(v.duration()).isEqualTo(Duration.ofMinutes(3));
      });
    }

    @Test
    void aPlayerScoWhoseScriptIsADependencyIsItsPackedMediaFile() {
      Activity a = only("<metadata>" + lom("", duration("PT90S")) + "</metadata>",
          "<resource identifier=\"r\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"sco/a1.html\">"
              + "<file href=\"sco/a1.html\"/><file href=\"media/a1.mp3\"/>"
              + "<dependency identifierref=\"shared\"/></resource>"
              + "<resource identifier=\"shared\" type=\"webcontent\" adlcp:scormType=\"asset\">"
              + "<file href=\"sco/framsteg-player.css\"/><file href=\"sco/framsteg-sco.js\"/>"
              + "<dependency identifierref=\"r\"/></resource>");
      assertThat(a.media()).isInstanceOfSatisfying(Audio.class, au -> {
        assertThat(au.source()).isEqualTo(URI.create("media/a1.mp3"));
        assertThat(au.duration()).isEqualTo(Duration.ofSeconds(90));
      });
    }

    @Test
    void aPlayerScoWhoseMediumIsNotInThePackageIsADocumentOfItsPageAndReported() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\" identifierref=\"r\"><title>A</title><metadata>"
          + lom("", duration("PT90S")) + "</metadata></item></organization>",
          "<resource identifier=\"r\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"sco/a1.html\">"
              + "<file href=\"sco/a1.html\"/><file href=\"sco/framsteg-sco.js\"/></resource>"));
      Activity a = c.course().activities().findFirst().orElseThrow();
      assertThat(a.media()).isEqualTo(Document.builder().source(URI.create("sco/a1.html")).build());
      assertThat(a.estimatedTime()).contains(Duration.ofSeconds(90));
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]")).singleElement().satisfies(m ->
          assertThat(m).startsWith("a Framsteg player SCO whose medium is not in the package"));
    }

    @Test
    void aCompletionThresholdOfTimedMediaIsAWatchedRule() {
      Activity a = only("<adlcp:completionThreshold completedByMeasure=\"true\" "
          + "minProgressMeasure=\"0.85\"/><metadata>" + lom("", duration("PT10M")) + "</metadata>",
          asset("r", "v.mp4"));
      assertThat(a.completion()).contains(CompletionRule.watched(a.id(), 0.85));
    }

    @Test
    void aCompletionThresholdOfOtherMediaIsReported() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\" identifierref=\"r\"><title>A</title>"
          + "<adlcp:completionThreshold completedByMeasure=\"true\" minProgressMeasure=\"0.8\"/>"
          + "</item></organization>", sco("r", "a.html")));
      assertThat(c.course().activities().findFirst().orElseThrow().completion()).isEmpty();
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]")).singleElement().satisfies(m ->
          assertThat(m).startsWith("adlcp:completionThreshold 0.8 (completed by measure) not "
              + "mapped: the activity is not timed media"));
    }
  }

  @Nested
  class WhatIsNotMapped {
    @Test
    void hiddenItemsPrerequisitesAndTimeLimitsAreReportedPerItem() {
      CourseImport c = read(scorm12("<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\" identifierref=\"r\" isvisible=\"false\"><title>A</title></item>"
          + "<item identifier=\"b\" identifierref=\"r\"><title>B</title>"
          + "<adlcp:prerequisites type=\"aicc_script\">a</adlcp:prerequisites>"
          + "<adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>"
          + "<adlcp:timelimitaction>exit,message</adlcp:timelimitaction>"
          + "<adlcp:datafromlms>level=2</adlcp:datafromlms></item>"
          + "</organization>", sco12("r", "a.html")));
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]")).containsExactly(
          "isvisible=\"false\" not mapped: Framsteg shows every activity");
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[2]")).containsExactly(
          "adlcp:prerequisites 'a' not mapped: Framsteg does not lock activities",
          "adlcp:maxtimeallowed PT30M not mapped: Framsteg limits no attempt's time",
          "adlcp:timelimitaction 'exit,message' not mapped",
          "adlcp:dataFromLMS 'level=2' not mapped: a Framsteg course keeps no launch data");
      assertThat(c.course().activities()).hasSize(2);
    }

    @Test
    void sequencingRulesAreReportedAsRulesInWords() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\" identifierref=\"r\"><title>A</title><imsss:sequencing>"
          + "<imsss:controlMode choice=\"false\" flow=\"true\"/>"
          + "<imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>"
          + "<imsss:ruleCondition condition=\"satisfied\"/></imsss:ruleConditions>"
          + "<imsss:ruleAction action=\"skip\"/></imsss:preConditionRule>"
          + "<imsss:exitConditionRule><imsss:ruleConditions><imsss:ruleCondition condition="
          + "\"completed\"/></imsss:ruleConditions><imsss:ruleAction action=\"exit\"/>"
          + "</imsss:exitConditionRule>"
          + "<imsss:postConditionRule><imsss:ruleConditions conditionCombination=\"any\">"
          + "<imsss:ruleCondition condition=\"satisfied\" operator=\"not\"/>"
          + "<imsss:ruleCondition condition=\"objectiveMeasureLessThan\" measureThreshold=\"0.5\"/>"
          + "</imsss:ruleConditions><imsss:ruleAction action=\"retry\"/></imsss:postConditionRule>"
          + "</imsss:sequencingRules>"
          + "<imsss:rollupRules><imsss:rollupRule childActivitySet=\"atLeastCount\" minimumCount=\"2\">"
          + "<imsss:rollupConditions><imsss:rollupCondition condition=\"completed\"/>"
          + "</imsss:rollupConditions><imsss:rollupAction action=\"satisfied\"/></imsss:rollupRule>"
          + "</imsss:rollupRules>"
          + "<imsss:objectives><imsss:primaryObjective objectiveID=\"p\"/>"
          + "<imsss:objective objectiveID=\"o2\"><imsss:mapInfo targetObjectiveID=\"g2\"/>"
          + "</imsss:objective></imsss:objectives>"
          + "<imsss:randomizationControls reorderChildren=\"true\"/>"
          + "</imsss:sequencing></item></organization>", sco("r", "a.html")));
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]")).containsExactly(
          "imsss:controlMode (choice=false, flow=true) not mapped: learners take Framsteg "
              + "activities in any order",
          "preCondition rule 'skip if satisfied' not mapped: Framsteg does not sequence activities",
          "exitCondition rule 'exit if completed' not mapped: Framsteg does not sequence activities",
          "postCondition rule 'retry if not satisfied or objectiveMeasureLessThan 0.5' not mapped: "
              + "Framsteg does not sequence activities",
          "rollup rule 'satisfied if atLeastCount 2 completed' not mapped: a Framsteg module is "
              + "completed when its required activities are",
          "objective 'o2' not mapped",
          "objective 'o2' maps to global objective 'g2': not mapped, Framsteg keeps no global "
              + "objectives",
          "imsss:randomizationControls not mapped: Framsteg keeps the order of the manifest");
    }

    @Test
    void sequencingFromTheCollectionIsReportedWhereItIsUsed() {
      String manifest = scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\" identifierref=\"r\"><title>A</title>"
          + "<imsss:sequencing IDRef=\"common\"/></item></organization>", sco("r", "a.html"))
          .replace("</resources>", "</resources><imsss:sequencingCollection>"
              + "<imsss:sequencing ID=\"common\"><imsss:sequencingRules><imsss:preConditionRule>"
              + "<imsss:ruleConditions><imsss:ruleCondition condition=\"always\"/>"
              + "</imsss:ruleConditions><imsss:ruleAction action=\"hiddenFromChoice\"/>"
              + "</imsss:preConditionRule></imsss:sequencingRules></imsss:sequencing>"
              + "<imsss:sequencing ID=\"unused\"/></imsss:sequencingCollection>");
      CourseImport c = read(manifest);
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]")).containsExactly(
          "preCondition rule 'hiddenFromChoice if always' (with sequencing collection entry "
              + "'common') not mapped: Framsteg does not sequence activities");
      assertThat(messages(c, Severity.INFO, "/manifest/imsss:sequencingCollection"))
          .containsExactly("sequencing collection entry 'unused' is referred to by no imported "
              + "activity");
    }

    @Test
    void sharedDataAndPresentationAreReported() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + "<item identifier=\"a\" identifierref=\"r\"><title>A</title>"
          + "<adlcp:data><adlcp:map targetID=\"notes\" writeSharedData=\"true\"/></adlcp:data>"
          + "<adlnav:presentation><adlnav:navigationInterface><adlnav:hideLMSUI>continue"
          + "</adlnav:hideLMSUI></adlnav:navigationInterface></adlnav:presentation></item>"
          + "</organization>", sco("r", "a.html")));
      assertThat(messages(c, Severity.NOT_MAPPED, ORG + "/item[1]")).containsExactly(
          "adlcp:data with 1 shared data map ('notes') not mapped: Framsteg keeps no shared data",
          "adlnav:presentation hiding continue not mapped: it concerns an LMS's controls");
    }

    @Test
    void aValidManifestImportsWithoutWarnings() {
      CourseImport c = read(scorm2004("", "<organization identifier=\"org\"><title>Kurs</title>"
          + leaf("a", "r", "A") + "</organization>", sco("r", "a.html")));
      assertThat(c.report().warnings()).isEmpty();
      assertThat(c.report().notMapped()).isEmpty();
    }
  }
}
