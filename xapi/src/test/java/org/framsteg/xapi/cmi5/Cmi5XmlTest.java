package org.framsteg.xapi.cmi5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.Violation;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Au;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Block;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.LangString;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Text;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Cmi5XmlTest {

  static final String NS = Cmi5CourseStructure.NAMESPACE;

  static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** A valid document with the given AU children inserted into a block. */
  static String doc(String inBlock) {
    return "<?xml version=\"1.0\"?>\n<courseStructure xmlns=\"" + NS + "\">\n"
        + "<course id=\"https://example.org/c\"><title><langstring lang=\"sv\">Kurs</langstring></title>"
        + "<description><langstring>Om kursen</langstring></description></course>\n"
        + "<block id=\"https://example.org/c/b\"><title><langstring>B</langstring></title>"
        + "<description><langstring>D</langstring></description>\n" + inBlock + "\n</block>\n</courseStructure>";
  }

  static String au(String id, String attributes, String url) {
    return "<au id=\"" + id + "\" " + attributes + "><title><langstring>T</langstring></title>"
        + "<description><langstring>D</langstring></description><url>" + url + "</url></au>";
  }

  static List<Violation> violations(String xml) {
    try {
      Cmi5Xml.read(bytes(xml));
    } catch (Cmi5Exception e) {
      return e.violations();
    }
    throw new AssertionError("expected a Cmi5Exception for\n" + xml);
  }

  @Nested
  class PublishedExamples {
    @Test
    void theSpecificationsSimpleExampleIsOneAuAtTheTop() throws IOException {
      Cmi5CourseStructure s = Cmi5Xml.read(SpecDir.require("cmi5/simple-cmi5.xml"));
      assertThat(s.courseId()).isEqualTo("http://course-repository.example.edu/identifiers/courses/02baafcf");
      assertThat(s.title().get("en-US")).contains("Introduction to Geology");
      assertThat(s.description().first()).startsWith("This course will introduce you").endsWith("of the Earth.");
      assertThat(s.children()).singleElement().isInstanceOf(Au.class);
      Au au = s.aus().get(0);
      assertThat(au.moveOn()).isEqualTo(MoveOn.NOT_APPLICABLE);
      assertThat(au.launchMethod()).isEqualTo(LaunchMethod.ANY_WINDOW);
      assertThat(au.url()).isEqualTo(
          "http://course-repository.example.edu/identifiers/courses/02baafcf/aus/4c07/launch.html");
    }

    @Test
    void theSpecificationsComplexExampleHasObjectivesNestedBlocksAndMasteryScores() throws IOException {
      Cmi5CourseStructure s = Cmi5Xml.read(SpecDir.require("cmi5/complex-cmi5.xml"));
      assertThat(s.title().get("de-DE")).contains("Geologie");
      assertThat(s.objectives()).hasSizeGreaterThanOrEqualTo(4);
      assertThat(s.aus()).hasSize(14);
      assertThat(s.blocks()).isNotEmpty();
      Au first = s.aus().get(0);
      assertThat(first.moveOn()).isEqualTo(MoveOn.COMPLETED_OR_PASSED);
      assertThat(first.masteryScore()).contains(BigDecimal.ONE);
      assertThat(first.url()).isEqualTo("http://courses.example.edu/identifiers/courses/d07e186b/blocks/001/aus/64f6/launch");
      assertThat(s.aus()).anySatisfy(au -> {
        assertThat(au.launchMethod()).isEqualTo(LaunchMethod.OWN_WINDOW);
        assertThat(au.masteryScore()).contains(new BigDecimal("0.1"));
      });
      assertThat(s.blocks().get(0).objectives())
          .containsExactly("http://objectives.example.com/identifiers/geology/basics",
              "http://objectives.example.com/identifiers/geology/material-identification");
    }

    @Test
    void vendorExtensionsAreAcceptedAndNotKept() throws IOException {
      Cmi5CourseStructure s = Cmi5Xml.read(SpecDir.require("cmi5/extended-cmi5.xml"));
      assertThat(s.aus()).hasSize(1);
      assertThat(Cmi5Xml.read(Cmi5Xml.write(s))).isEqualTo(s);
      assertThat(new String(Cmi5Xml.write(s), StandardCharsets.UTF_8)).doesNotContain("keyword");
    }

    @Test
    void catapultMultiAuCourseHasEightAusWithEscapedQueryUrls() throws IOException {
      Cmi5CourseStructure s = Cmi5Xml.read(SpecDir.require("samples/cmi5-catapult-multi-au.cmi5.xml"));
      assertThat(s.children()).hasSize(8).allMatch(n -> n instanceof Au);
      assertThat(s.aus().subList(0, 7)).allMatch(au -> au.moveOn() == MoveOn.COMPLETED_OR_PASSED);
      assertThat(s.aus().get(7).moveOn()).isEqualTo(MoveOn.COMPLETED_AND_PASSED);
      assertThat(s.aus().get(0).url()).isEqualTo("index.html?pages=1&complete=launch");
    }

    @Test
    void catapultPrePostTestCourseHasTwoBlocksOfThreeAus() throws IOException {
      Cmi5CourseStructure s = Cmi5Xml.read(SpecDir.require("samples/cmi5-catapult-pre-post-test-blocks.cmi5.xml"));
      assertThat(s.blocks()).hasSize(2).allSatisfy(b -> assertThat(b.children()).hasSize(3));
      assertThat(s.aus()).extracting(Au::moveOn).containsExactly(MoveOn.PASSED, MoveOn.COMPLETED_OR_PASSED,
          MoveOn.PASSED, MoveOn.PASSED, MoveOn.COMPLETED_OR_PASSED, MoveOn.PASSED);
    }

    @Test
    void catapultEssentialsAuHasEveryAttributeAndCdataUrl() throws IOException {
      Cmi5CourseStructure s = Cmi5Xml.read(
          SpecDir.require("samples/cmi5-catapult-lts-001-essentials-block-au-params.cmi5.xml"));
      Au au = s.aus().get(0);
      assertThat(au.id()).isEqualTo("https://w3id.org/xapi/cmi5/catapult/lts/au/001-essentials");
      assertThat(au.moveOn()).isEqualTo(MoveOn.COMPLETED_AND_PASSED);
      assertThat(au.masteryScore()).contains(new BigDecimal("0.9"));
      assertThat(au.launchMethod()).isEqualTo(LaunchMethod.ANY_WINDOW);
      assertThat(au.url()).isEqualTo("index.html?paramA=1&paramB=2");
      assertThat(au.launchParameters()).contains("sample string");
      assertThat(au.entitlementKey()).contains("sample value");
      assertThat(Cmi5Xml.read(Cmi5Xml.write(s))).isEqualTo(s);
    }

    @Test
    void catapultsDeliberatelyInvalidCourseIsRefusedNamingBothProblems() throws IOException {
      Path file = SpecDir.require("samples/cmi5-catapult-lts-207-1-invalid-courseStructure.cmi5.xml");
      assertThatThrownBy(() -> Cmi5Xml.read(file)).isInstanceOf(Cmi5Exception.class)
          .satisfies(e -> assertThat(((Cmi5Exception) e).violations()).extracting(Violation::toString).containsExactly(
              "/courseStructure/au[1]/url[1]: line 28: <url> is out of place: <title> must come first (auType:"
                  + " <title>, <description>, <objectives>?, <url>, <launchParameters>?, <entitlementKey>?)",
              "/courseStructure/au[1]/url[1]: line 28: 'http://example.com index.html' is not a URL: it must be a"
                  + " URI reference without spaces (cmi5 §13.1.4, RFC 3986)"));
      assertThat(Cmi5Schema.errors(Files.readAllBytes(file))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cmi5/simple-cmi5.xml", "cmi5/complex-cmi5.xml", "cmi5/extended-cmi5.xml",
        "samples/cmi5-catapult-multi-au.cmi5.xml", "samples/cmi5-catapult-pre-post-test-blocks.cmi5.xml",
        "samples/cmi5-catapult-lts-001-essentials-block-au-params.cmi5.xml",
        "samples/cmi5-catapult-lts-207-1-invalid-courseStructure.cmi5.xml"})
    void theReaderAcceptsExactlyWhatTheOfficialSchemaAccepts(String sample) throws IOException {
      byte[] xml = Files.readAllBytes(SpecDir.require(sample));
      boolean schemaValid = Cmi5Schema.errors(xml).isEmpty();
      boolean readable;
      try {
        Cmi5CourseStructure s = Cmi5Xml.read(xml);
        readable = true;
        byte[] written = Cmi5Xml.write(s);
        assertThat(Cmi5Schema.errors(written)).isEmpty();
        assertThat(Cmi5Xml.read(written)).isEqualTo(s);
      } catch (Cmi5Exception e) {
        readable = false;
      }
      assertThat(readable).as(sample).isEqualTo(schemaValid);
    }

    @Test
    void aStreamIsReadToItsEnd() throws IOException {
      byte[] xml = Files.readAllBytes(SpecDir.require("cmi5/simple-cmi5.xml"));
      assertThat(Cmi5Xml.read(new ByteArrayInputStream(xml))).isEqualTo(Cmi5Xml.read(xml));
    }
  }

  @Nested
  class HostileInput {
    @Test
    void externalEntitiesAreRefusedWithoutReadingTheFile() {
      String xxe = "<?xml version=\"1.0\"?><!DOCTYPE courseStructure [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
          + doc(au("https://example.org/a", "", "&x;")).substring("<?xml version=\"1.0\"?>".length());
      assertThat(violations(xxe)).singleElement().satisfies(v -> assertThat(v.message())
          .startsWith("a DOCTYPE is not allowed in cmi5.xml"));
    }

    @Test
    void entityExpansionBombsAreRefused() {
      StringBuilder dtd = new StringBuilder("<!DOCTYPE courseStructure [<!ENTITY a0 \"lol\">");
      for (int i = 1; i < 10; i++) {
        dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
      }
      dtd.append("]>");
      String bomb = "<?xml version=\"1.0\"?>" + dtd
          + doc(au("https://example.org/a", "", "x")).substring("<?xml version=\"1.0\"?>".length())
              .replace("<langstring>T</langstring>", "<langstring>&a9;</langstring>");
      assertThat(violations(bomb)).singleElement().extracting(Violation::message).asString()
          .startsWith("a DOCTYPE is not allowed");
    }

    @Test
    void anExternalDtdIsNeverFetched() {
      String external = "<?xml version=\"1.0\"?><!DOCTYPE courseStructure SYSTEM \"http://127.0.0.1:9/cmi5.dtd\">"
          + "<courseStructure xmlns=\"" + NS + "\"/>";
      assertThat(violations(external)).singleElement().extracting(Violation::message).asString()
          .startsWith("a DOCTYPE is not allowed");
    }

    @Test
    void undeclaredEntitiesAreRefusedWithTheirName() {
      assertThat(violations(doc(au("https://example.org/a", "", "&nbsp;")))).singleElement()
          .satisfies(v -> {
            assertThat(v.path()).startsWith("line 5, column");
            assertThat(v.message()).isEqualTo("entity reference &nbsp; is not allowed (no DTD declares it)");
          });
    }

    @Test
    void deepNestingIsRefusedBeforeTheStackSuffers() {
      String deep = "<courseStructure xmlns=\"" + NS + "\">" + "<x:a xmlns:x=\"urn:x\">".repeat(100_000)
          + "</x:a>".repeat(100_000) + "</courseStructure>";
      assertThat(violations(deep)).singleElement().extracting(Violation::message).asString()
          .isEqualTo("elements nested deeper than 64 levels");
    }

    @Test
    void inputAboveTheSizeLimitIsRefusedUnread() {
      byte[] big = new byte[Cmi5Xml.MAX_BYTES + 1];
      assertThatThrownBy(() -> Cmi5Xml.read(big)).isInstanceOf(Cmi5Exception.class)
          .hasMessage("/: the document is larger than 16777216 bytes");
      assertThatThrownBy(() -> Cmi5Xml.read(new ByteArrayInputStream(big))).isInstanceOf(Cmi5Exception.class);
    }

    @Test
    void brokenXmlIsATypedErrorWithItsLine() {
      assertThat(violations("<courseStructure xmlns=\"" + NS + "\">\n<course>\n</courseStructure>"))
          .singleElement().satisfies(v -> {
            assertThat(v.path()).startsWith("line 3, column");
            assertThat(v.message()).startsWith("not well-formed XML:");
          });
      assertThat(violations("")).singleElement().extracting(Violation::message).asString()
          .startsWith("not well-formed XML");
    }
  }

  @Nested
  class SchemaRules {
    @Test
    void theRootMustBeACourseStructureInTheCmi5Namespace() {
      assertThat(violations("<courseStructure/>")).singleElement().extracting(Violation::toString).asString()
          .isEqualTo("/courseStructure: line 1: the root element must be <courseStructure> in namespace " + NS
              + ", was <courseStructure> in no namespace");
      assertThat(violations("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"/>")).singleElement()
          .extracting(Violation::message).asString().contains("was <{http://www.imsglobal.org/xsd/imscp_v1p1}manifest>");
    }

    @Test
    void everyProblemOfADocumentIsReportedAtOnce() {
      String xml = doc(
          au("https://example.org/a1", "moveOn=\"Done\" masteryScore=\"1.5\" launchMethod=\"Popup\" colour=\"red\"",
              "ok.html")
          + au("https://example.org/a1", "masteryScore=\"0.12345\"", "x.html")
          + au("relative-id", "masteryScore=\"1e-1\" activityType=\"video\"", "y.html")
          + "<au id=\"https://example.org/a4\"><title><langstring lang=\"not a tag\">T</langstring></title>"
          + "<description><langstring>D</langstring><b:x xmlns:b=\"urn:b\"/></description>"
          + "<objectives><objective idref=\"https://example.org/nowhere\"/></objectives><url></url></au>"
          + "<au id=\"https://example.org/a5\"><title><langstring>T<i>!</i></langstring></title>"
          + "<b:inserted xmlns:b=\"urn:b\"/><description><langstring>D</langstring></description><url>z</url>"
          + "<extra/></au>"
          + "<au id=\"https://example.org/a6\">stray text<title><langstring>T</langstring></title>"
          + "<description><langstring>D</langstring></description><url>z</url><unqualified xmlns=\"\"/></au>");
      assertThat(violations(xml)).extracting(Violation::toString).containsExactly(
          "/courseStructure/block[1]/au[1]: line 5: attribute colour is not allowed on <au> (allowed: activityType,"
              + " id, launchMethod, masteryScore, moveOn)",
          "/courseStructure/block[1]/au[1]: line 5: moveOn 'Done' is none of NotApplicable, Passed, Completed,"
              + " CompletedAndPassed, CompletedOrPassed (cmi5 §13.1.4)",
          "/courseStructure/block[1]/au[1]: line 5: launchMethod 'Popup' is neither AnyWindow nor OwnWindow"
              + " (cmi5 §13.1.4)",
          "/courseStructure/block[1]/au[1]: line 5: masteryScore 1.5 must be between 0 and 1 (cmi5 §13.1.4)",
          "/courseStructure/block[1]/au[2]: line 5: duplicate id 'https://example.org/a1': block, AU and objective"
              + " ids must be unique within the course structure (cmi5 §13.1.2 to §13.1.4)",
          "/courseStructure/block[1]/au[2]: line 5: masteryScore 0.12345 has more than 4 decimal places"
              + " (cmi5 §13.1.4)",
          "/courseStructure/block[1]/au[3]: line 5: id 'relative-id' must be an absolute IRI (xs:anyURI, cmi5 §13.1)",
          "/courseStructure/block[1]/au[3]: line 5: masteryScore '1e-1' is not a decimal number (xs:decimal)",
          "/courseStructure/block[1]/au[3]: line 5: activityType 'video' must be an absolute IRI (cmi5 §13.1.4)",
          "/courseStructure/block[1]/au[4]/title[1]/langstring[1]: line 5: lang 'not a tag' is not a language tag"
              + " (xs:language)",
          "/courseStructure/block[1]/au[4]/url[1]: line 5: <url> must not be empty (CourseStructure.xsd auType:"
              + " minLength 1)",
          "/courseStructure/block[1]/au[5]/{urn:b}inserted[1]: line 5: <{urn:b}inserted> is out of place:"
              + " <description> must come first (auType: <title>, <description>, <objectives>?, <url>,"
              + " <launchParameters>?, <entitlementKey>?)",
          "/courseStructure/block[1]/au[5]/title[1]/langstring[1]/i[1]: line 5: <langstring> holds text only, not <i>",
          "/courseStructure/block[1]/au[6]: line 5: <au> holds elements only, not text",
          "/courseStructure/block[1]/au[6]/unqualified[1]: line 5: <unqualified> is not allowed here (auType:"
              + " <title>, <description>, <objectives>?, <url>, <launchParameters>?, <entitlementKey>?)",
          "/courseStructure/block[1]/au[4]/objectives[1]/objective[1]: line 5: 'https://example.org/nowhere' names no"
              + " objective of the course structure (cmi5 §13.1.3)");
    }

    @Test
    void requiredPartsThatAreMissingAreNamed() {
      String noCourse = "<courseStructure xmlns=\"" + NS + "\">" + au("https://example.org/a", "", "x") + "</courseStructure>";
      assertThat(violations(noCourse)).extracting(Violation::message).first().asString()
          .isEqualTo("line 1: <au> is out of place: <course> must come first (courseType: <course>, <objectives>?,"
              + " <au> or <block>+)");
      String noAu = "<courseStructure xmlns=\"" + NS + "\"><course id=\"https://example.org/c\"><title><langstring>"
          + "K</langstring></title><description><langstring>D</langstring></description></course></courseStructure>";
      assertThat(violations(noAu)).extracting(Violation::message).containsExactly(
          "line 1: <courseStructure> lacks <au> or <block>+ (courseType: <course>, <objectives>?, <au> or <block>+)");
      String emptyBlock = doc("").replace("</description>\n\n</block>", "</description></block>");
      assertThat(violations(emptyBlock)).extracting(Violation::message).containsExactly(
          "line 4: <block> lacks <au> or <block>+ (blockType: <title>, <description>, <objectives>?,"
              + " <au> or <block>+)");
      String noId = doc("<au><title><langstring>T</langstring></title><description><langstring>D</langstring>"
          + "</description><url>x</url></au>");
      assertThat(violations(noId)).extracting(Violation::message).containsExactly(
          "line 5: <au> needs an id attribute (cmi5 §13.1)");
    }

    @Test
    void extensionElementsAreAllowedAtTheEndOfASequence() {
      String xml = doc("<au id=\"https://example.org/a\"><title><langstring>T</langstring><x:t xmlns:x=\"urn:x\"/>"
          + "</title><description><langstring>D</langstring></description><url>x</url><entitlementKey>k"
          + "</entitlementKey><x:after xmlns:x=\"urn:x\"><x:deep/></x:after></au><x:b xmlns:x=\"urn:x\"/>");
      Cmi5CourseStructure s = Cmi5Xml.read(bytes(xml));
      assertThat(s.aus()).singleElement().satisfies(au -> assertThat(au.entitlementKey()).contains("k"));
      assertThat(Cmi5Schema.errors(bytes(xml))).isEmpty();
    }

    @Test
    void valuesAreTrimmedAsAnLmsMustAndDefaultsFilledIn() {
      String xml = doc("<au id=\" https://example.org/a \" moveOn=\" Passed \" masteryScore=\"0.50\">"
          + "<title><langstring lang=\"sv\">\n   Titel  \n</langstring></title><description><langstring>D"
          + "</langstring></description><url>\n  <![CDATA[ a.html?x=1&y=2 ]]>\n</url><launchParameters>  "
          + "</launchParameters></au>");
      Au au = Cmi5Xml.read(bytes(xml)).aus().get(0);
      assertThat(au.id()).isEqualTo("https://example.org/a");
      assertThat(au.moveOn()).isEqualTo(MoveOn.PASSED);
      assertThat(au.masteryScore()).contains(new BigDecimal("0.5"));
      assertThat(au.launchMethod()).isEqualTo(LaunchMethod.ANY_WINDOW);
      assertThat(au.title().strings()).containsExactly(new LangString(Optional.of("sv"), "Titel"));
      assertThat(au.url()).isEqualTo("a.html?x=1&y=2");
      assertThat(au.launchParameters()).isEmpty();
    }
  }

  @Nested
  class Model {
    private final Text t = Text.of("sv", "T");

    @Test
    void writingAndReadingABuiltStructureGivesItBack() {
      Cmi5CourseStructure s = new Cmi5CourseStructure("https://example.org/c", t, t,
          List.of(new Cmi5CourseStructure.Objective("https://example.org/o", t, t)),
          List.of(new Block("https://example.org/b", t, t, List.of("https://example.org/o"), List.of(
              new Au("https://example.org/a", t, t, List.of("https://example.org/o"), "https://x.org/a?b=1&c=2",
                  MoveOn.COMPLETED_OR_PASSED, Optional.of(new BigDecimal("0.8000")), LaunchMethod.OWN_WINDOW,
                  Optional.of("http://adlnet.gov/expapi/activities/media"), Optional.of("a=1,b=<2>"),
                  Optional.of("key & more"))))));
      byte[] xml = Cmi5Xml.write(s);
      assertThat(Cmi5Xml.read(xml)).isEqualTo(s);
      assertThat(Cmi5Schema.errors(xml)).isEmpty();
      assertThat(Cmi5Xml.write(Cmi5Xml.read(xml))).isEqualTo(xml);
      assertThat(s.aus().get(0).masteryScore()).contains(new BigDecimal("0.8"));
    }

    @Test
    void theModelRefusesWhatTheSchemaOrSpecificationForbids() {
      assertThatThrownBy(() -> Au.of("not-absolute", t, t, "x", MoveOn.PASSED)).isInstanceOf(Cmi5Exception.class)
          .hasMessage("au.id: 'not-absolute' must be an absolute IRI (xs:anyURI, cmi5 §13.1)");
      assertThatThrownBy(() -> Au.of("https://example.org/a", t, t, "a b", MoveOn.PASSED))
          .hasMessageContaining("au.url: 'a b' of AU 'https://example.org/a' is not a URL");
      assertThatThrownBy(() -> new Au("https://example.org/a", t, t, List.of(), "x", MoveOn.PASSED,
          Optional.of(new BigDecimal("0.00001")), LaunchMethod.ANY_WINDOW, Optional.empty(), Optional.empty(),
          Optional.empty())).hasMessageContaining("has more than 4 decimal places");
      assertThatThrownBy(() -> new LangString(Optional.of("sv"), "a\u0001b"))
          .hasMessage("langstring: text holds U+0001, which XML 1.0 does not allow");
      assertThatThrownBy(() -> new LangString(Optional.of("sv_SE"), "a"))
          .hasMessage("langstring.lang: 'sv_SE' is not a language tag (xs:language)");
      assertThatThrownBy(() -> new Block("https://example.org/b", t, t, List.of(), List.of()))
          .hasMessageContaining("needs at least one AU or block");
      Au a = Au.of("https://example.org/a", t, t, "x", MoveOn.PASSED);
      assertThatThrownBy(() -> new Cmi5CourseStructure("https://example.org/c", t, t, List.of(),
          List.of(a, new Block("https://example.org/a", t, t, List.of(), List.of(
              new Au("https://example.org/a2", t, t, List.of("https://example.org/missing"), "x", MoveOn.PASSED,
                  Optional.empty(), LaunchMethod.ANY_WINDOW, Optional.empty(), Optional.empty(),
                  Optional.empty()))))))
          .isInstanceOf(Cmi5Exception.class)
          .hasMessageContaining("children[1].id: duplicate id 'https://example.org/a'")
          .hasMessageContaining("children[1].children[0].objectives[0]: 'https://example.org/missing' names no"
              + " objective of the course structure");
    }
  }
}
