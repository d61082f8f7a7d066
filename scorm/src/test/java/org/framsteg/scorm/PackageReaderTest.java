package org.framsteg.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.framsteg.scorm.manifest.Lom;
import org.framsteg.scorm.manifest.Manifest;
import org.framsteg.scorm.manifest.Metadata;
import org.framsteg.scorm.manifest.Organization;
import org.framsteg.scorm.manifest.ResourceFile;
import org.framsteg.scorm.testing.SpecFiles;
import org.framsteg.scorm.testing.TestZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against hangs, not a speed measure
class PackageReaderTest {
  private static final String MANIFEST_12 = "<manifest identifier='m' version='1'"
      + " xmlns='http://www.imsproject.org/xsd/imscp_rootv1p1p2'"
      + " xmlns:adlcp='http://www.adlnet.org/xsd/adlcp_rootv1p2'><metadata><schema>ADL SCORM"
      + "</schema><schemaversion>1.2</schemaversion></metadata><organizations default='o'>"
      + "<organization identifier='o'><title>Golf</title><item identifier='i' identifierref='r'>"
      + "<title>Lesson</title></item></organization></organizations><resources><resource "
      + "identifier='r' type='webcontent' adlcp:scormtype='sco' href='lesson/index.html'>"
      + "<file href='lesson/index.html'/><file href='lesson/app.js'/></resource></resources>"
      + "</manifest>";

  @TempDir Path tmp;

  private static TestZip honest() {
    return TestZip.create().add("imsmanifest.xml", MANIFEST_12)
        .add("lesson/index.html", "<html>golf</html>").add("lesson/app.js", "var x;");
  }

  private static PackageException refused(byte[] zip) {
    return refused(zip, PackageReader.defaults());
  }

  private static PackageException refused(byte[] zip, PackageReader reader) {
    PackageException e = catchThrowableOfType(PackageException.class,
        () -> reader.read(new ByteArrayInputStream(zip)));
    assertThat(e).as("a PackageException").isNotNull();
    return e;
  }

  @Test
  void honestPackageReadsCleanlyFromAFileAndFromAStream() throws IOException {
    Path zip = honest().write(tmp.resolve("golf.zip"));
    ScormPackage fromFile = PackageReader.defaults().read(zip);
    ScormPackage fromStream;
    try (var in = Files.newInputStream(zip)) {
      fromStream = PackageReader.defaults().read(in);
    }
    assertThat(fromFile).isEqualTo(fromStream);
    assertThat(fromFile.report().entries()).isEmpty();
    assertThat(fromFile.files()).extracting(PackageEntry::name)
        .containsExactly("imsmanifest.xml", "lesson/index.html", "lesson/app.js");
    assertThat(fromFile.file("lesson/app.js")).contains(new PackageEntry("lesson/app.js", 6));
    assertThat(fromFile.manifest().defaultOrganization().flatMap(Organization::title))
        .contains("Golf");
  }

  @Test
  void filesTheManifestNamesButThePackageLacksAreWarnings() throws IOException {
    byte[] zip = TestZip.create().add("imsmanifest.xml", MANIFEST_12)
        .add("lesson/Index.html", "x").bytes();
    ScormPackage pkg = PackageReader.defaults().read(new ByteArrayInputStream(zip));
    assertThat(pkg.report().warnings()).extracting(ImportReport.Entry::toString).containsExactly(
        "WARNING imsmanifest.xml: /manifest/resources/resource[1]/@href: \"lesson/index.html\""
            + " differs in case from the package file \"lesson/Index.html\"; it will fail on"
            + " case-sensitive servers",
        "WARNING imsmanifest.xml: /manifest/resources/resource[1]/file[1]/@href: "
            + "\"lesson/index.html\" differs in case from the package file \"lesson/Index.html\"; it"
            + " will fail on case-sensitive servers",
        "WARNING imsmanifest.xml: /manifest/resources/resource[1]/file[2]/@href: "
            + "\"lesson/app.js\" is not in the package");
  }

  @Test
  void missingManifestIsRefused() {
    PackageException e = refused(TestZip.create().add("index.html", "x").bytes());
    assertThat(e.rule()).isEqualTo(PackageRule.MANIFEST_MISSING);
    assertThat(e.problems().get(0).entry()).isEqualTo("imsmanifest.xml");
  }

  @Test
  void manifestInASubfolderIsRefusedWithAHint() {
    PackageException e = refused(TestZip.create().add("golf/imsmanifest.xml", MANIFEST_12)
        .add("golf/lesson/index.html", "x").bytes());
    assertThat(e.rule()).isEqualTo(PackageRule.MANIFEST_MISSING);
    assertThat(e.problems().get(0).detail()).contains("golf/imsmanifest.xml")
        .contains("zip the contents of its folder");
  }

  @Test
  void upperCaseManifestNameIsReadWithAWarning() throws IOException {
    byte[] zip = TestZip.create().add("IMSManifest.XML", MANIFEST_12)
        .add("lesson/index.html", "x").add("lesson/app.js", "y").bytes();
    ScormPackage pkg = PackageReader.defaults().read(new ByteArrayInputStream(zip));
    assertThat(pkg.manifest().identifier()).isEqualTo("m");
    assertThat(pkg.report().warnings()).singleElement()
        .satisfies(w -> assertThat(w.path()).isEqualTo("IMSManifest.XML"));
  }

  @Test
  void manifestOverTheLimitIsRefusedWhileInflating() {
    String big = MANIFEST_12.replace("<title>Golf</title>", "<title>Golf</title><!--"
        + " ".repeat(100_000) + "-->");
    PackageReader reader = PackageReader.withLimits(
        PackageLimits.builder().maxManifestBytes(64 * 1024).build());
    PackageException e = refused(TestZip.create().add("imsmanifest.xml", big).bytes(), reader);
    assertThat(e.rule()).isEqualTo(PackageRule.MANIFEST_TOO_LARGE);
    assertThat(e.problems().get(0).entry()).isEqualTo("imsmanifest.xml");
  }

  @Test
  void hostileManifestInsideAPackageIsRefused() {
    String xxe = "<?xml version='1.0'?><!DOCTYPE manifest [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
        + MANIFEST_12.replace("<title>Golf</title>", "<title>&x;</title>");
    PackageException e = refused(TestZip.create().add("imsmanifest.xml", xxe).bytes());
    assertThat(e.rule()).isEqualTo(PackageRule.DOCTYPE_FORBIDDEN);
    assertThat(e.problems().get(0).entry()).isEqualTo("imsmanifest.xml");
  }

  @Test
  void adlcpLocationMetadataIsReadFromThePackage() throws IOException {
    byte[] manifest = Files.readAllBytes(
        SpecFiles.sample("scorm2004-3rd-metadata-adlcp-location.imsmanifest.xml"));
    Manifest bare = PackageReader.defaults().readManifest(manifest).manifest();
    TestZip zip = TestZip.create().add("imsmanifest.xml", manifest)
        .add("metadata_course.xml", Files.readAllBytes(SpecFiles.sample(
            "scorm2004-3rd-metadata-adlcp-location.metadata_course.xml")))
        .add("metadata_organization.xml", Files.readAllBytes(SpecFiles.sample(
            "scorm2004-3rd-metadata-adlcp-location.metadata_organization.xml")));
    bare.resources().stream().flatMap(r -> r.files().stream()).map(ResourceFile::href)
        .distinct().forEach(href -> zip.add(href, "content of " + href));

    ScormPackage pkg = PackageReader.defaults().read(new ByteArrayInputStream(zip.bytes()));
    assertThat(pkg.report().entries()).isEmpty();
    Lom course = pkg.manifest().metadata().flatMap(Metadata::locationLom).orElseThrow();
    assertThat(course.title()).contains("Golf Explained");
    assertThat(course.language()).contains(Locale.ENGLISH);
    assertThat(course.description()).hasValueSatisfying(d ->
        assertThat(d).startsWith("A high level overview of the sport of golf."));
    assertThat(course.duration()).contains(Duration.ofMinutes(10));
    Lom organization = pkg.manifest().organizations().get(0).metadata()
        .flatMap(Metadata::anyLom).orElseThrow();
    assertThat(organization.description()).hasValueSatisfying(d ->
        assertThat(d).startsWith("A description of the default organization"));
  }

  @Test
  void missingOrBrokenLocationMetadataIsAWarning() throws IOException {
    String manifest = MANIFEST_12.replace("<schemaversion>1.2</schemaversion>",
        "<schemaversion>1.2</schemaversion><adlcp:location>meta.xml</adlcp:location>");
    ScormPackage missing = PackageReader.defaults().read(new ByteArrayInputStream(TestZip.create()
        .add("imsmanifest.xml", manifest).add("lesson/index.html", "x").add("lesson/app.js", "y")
        .bytes()));
    assertThat(missing.report().warnings()).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("is not in the package"));
    ScormPackage hostile = PackageReader.defaults().read(new ByteArrayInputStream(TestZip.create()
        .add("imsmanifest.xml", manifest).add("lesson/index.html", "x").add("lesson/app.js", "y")
        .add("meta.xml", "<!DOCTYPE lom [<!ENTITY a 'aaaa'>]><lom>&a;</lom>").bytes()));
    assertThat(hostile.report().warnings()).singleElement().satisfies(w ->
        assertThat(w.message()).contains("could not be read").contains("DOCTYPE_FORBIDDEN"));
    assertThat(hostile.manifest().metadata().flatMap(Metadata::locationLom)).isEmpty();
  }

  @Test
  void locationBesideABareManifestIsReadButNeverOutsideItsFolder() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("course"));
    Files.writeString(tmp.resolve("secret.xml"), "<lom><general><title><string>SECRET</string>"
        + "</title></general></lom>");
    Files.writeString(folder.resolve("meta.xml"), "<lom><general><title><string>Beside</string>"
        + "</title></general></lom>");
    Path inside = Files.writeString(folder.resolve("imsmanifest.xml"), MANIFEST_12.replace(
        "<schemaversion>1.2</schemaversion>",
        "<schemaversion>1.2</schemaversion><adlcp:location>meta.xml</adlcp:location>"));
    assertThat(PackageReader.defaults().readManifest(inside).manifest().metadata()
        .flatMap(Metadata::locationLom).flatMap(Lom::title)).contains("Beside");
    Files.writeString(inside, MANIFEST_12.replace("<schemaversion>1.2</schemaversion>",
        "<schemaversion>1.2</schemaversion><adlcp:location>../secret.xml</adlcp:location>"));
    ManifestImport escaped = PackageReader.defaults().readManifest(inside);
    assertThat(escaped.manifest().metadata().flatMap(Metadata::locationLom)).isEmpty();
    assertThat(escaped.toString()).doesNotContain("SECRET");
  }

  @Test
  void extractionWritesEveryFileInsideTheTarget() throws IOException {
    Path target = tmp.resolve("out");
    ScormPackage pkg = PackageReader.defaults().extract(
        new ByteArrayInputStream(honest().stored("lesson/img/logo.png", new byte[] {1, 2, 3})
            .bytes()), target);
    assertThat(pkg.files()).hasSize(4);
    assertThat(Files.readString(target.resolve("lesson/index.html"))).isEqualTo("<html>golf</html>");
    assertThat(Files.readAllBytes(target.resolve("lesson/img/logo.png"))).containsExactly(1, 2, 3);
    assertThat(Files.readString(target.resolve("imsmanifest.xml"))).isEqualTo(MANIFEST_12);
  }

  @Test
  void extractionOfASlipEntryWritesNothingAnywhere() throws IOException {
    Path target = Files.createDirectories(tmp.resolve("out"));
    byte[] zip = honest().add("../../evil.sh", "rm -rf /").bytes();
    PackageException e = catchThrowableOfType(PackageException.class,
        () -> PackageReader.defaults().extract(new ByteArrayInputStream(zip), target));
    assertThat(e.rule()).isEqualTo(PackageRule.UNSAFE_ENTRY_NAME);
    assertThat(e.problems().get(0).entry()).isEqualTo("../../evil.sh");
    assertThat(target).isEmptyDirectory();
    assertThat(tmp.resolve("evil.sh")).doesNotExist();
    assertThat(tmp.getParent().resolve("evil.sh")).doesNotExist();
  }

  @Test
  void failedExtractionRemovesWhatItWrote() throws IOException {
    Path target = tmp.resolve("fresh");
    byte[] zip = honest().repeated("media/bomb.bin", 64L << 20, (byte) 0).bytes();
    PackageException e = catchThrowableOfType(PackageException.class,
        () -> PackageReader.defaults().extract(new ByteArrayInputStream(zip), target));
    assertThat(e.rule()).isEqualTo(PackageRule.COMPRESSION_RATIO_EXCEEDED);
    assertThat(target).doesNotExist();
  }

  @Test
  void extractionRefusesATargetThatIsNotEmpty() throws IOException {
    Path target = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(target.resolve("keep.txt"), "mine");
    PackageException e = catchThrowableOfType(PackageException.class,
        () -> PackageReader.defaults().extract(new ByteArrayInputStream(honest().bytes()), target));
    assertThat(e.rule()).isEqualTo(PackageRule.EXTRACTION_UNSAFE);
    try (Stream<Path> left = Files.list(target)) {
      assertThat(left).containsExactly(target.resolve("keep.txt"));
    }
  }

  @Test
  void limitsMustBePositive() {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> PackageLimits.builder().maxEntries(0).build());
    assertThat(e).hasMessageContaining("maxEntries");
  }

  @Test
  void defaultLimitsAreTheDocumentedOnes() {
    PackageLimits d = PackageLimits.defaults();
    assertThat(d.maxEntries()).isEqualTo(10_000);
    assertThat(d.maxTotalBytes()).isEqualTo(2L << 30);
    assertThat(d.maxEntryBytes()).isEqualTo(1L << 30);
    assertThat(d.maxCompressionRatio()).isEqualTo(100);
    assertThat(d.maxManifestBytes()).isEqualTo(16 << 20);
    assertThat(d.maxElementDepth()).isEqualTo(100);
    assertThat(d.maxAttributes()).isEqualTo(100);
    assertThat(d.maxTextLength()).isEqualTo(65_536);
  }
}
