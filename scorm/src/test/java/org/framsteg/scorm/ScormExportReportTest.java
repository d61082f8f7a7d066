package org.framsteg.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framsteg.core.testing.TestCourses.activity;
import static org.framsteg.core.testing.TestCourses.assessment;
import static org.framsteg.core.testing.TestCourses.course;
import static org.framsteg.core.testing.TestCourses.document;
import static org.framsteg.core.testing.TestCourses.id;
import static org.framsteg.core.testing.TestCourses.link;
import static org.framsteg.core.testing.TestCourses.module;
import static org.framsteg.core.testing.TestCourses.video;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.Violation;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Audio;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;
import org.framsteg.scorm.ExportReport.Entry;
import org.framsteg.scorm.ExportReport.Kind;
import org.framsteg.scorm.ExportReport.Severity;
import org.framsteg.scorm.manifest.Item;
import org.framsteg.scorm.manifest.Lom;
import org.framsteg.scorm.manifest.Manifest;
import org.framsteg.scorm.manifest.Metadata;
import org.framsteg.scorm.manifest.Resource;
import org.framsteg.scorm.manifest.ResourceFile;
import org.framsteg.scorm.manifest.ScormType;
import org.framsteg.scorm.testing.Exported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of report entry, hostile texts, media references and refused input. */
class ScormExportReportTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  static Stream<ScormExport> versions() {
    return Stream.of(ScormExport.scorm12(), ScormExport.scorm2004());
  }

  private static Course titled(LocalizedText title, Activity... activities) {
    return Course.builder()
        .id("https://example.org/kurs")
        .title(title)
        .addLanguages("sv", "en")
        .addModules(
            CourseModule.builder()
                .id(id("m"))
                .title(title)
                .addActivities(activities)
                .build())
        .build();
  }

  private static Exported valid(ScormExport export, Course c) {
    Exported e = Exported.of(export, c);
    assertThat(e.schemaErrors()).as("schema messages").isEmpty();
    return e;
  }

  // ---- texts

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void hostileTitlesBecomeValidXmlThatReadsBackAsWritten(ScormExport export) {
    String hostile = "Slut ]]> <b>fet</b> & \"citat\" 'apostrof' <!-- --> <![CDATA[x]]>";
    Activity a =
        Activity.builder()
            .from(video("v1", MINUTE))
            .title(LocalizedText.of("sv", hostile))
            .description(LocalizedText.of("sv", "rad ett\nrad två & </script> ]]>"))
            .build();

    Exported e = valid(export.packMedia("media/v1.mp4", new byte[] {1}), titled(
        LocalizedText.of("sv", hostile), a));

    ScormPackage pkg = e.read();
    Manifest m = pkg.manifest();
    assertThat(m.defaultOrganization().orElseThrow().title()).contains(hostile);
    Item leaf = m.allItems().get(1);
    assertThat(leaf.title()).contains(hostile);
    assertThat(leaf.metadata().flatMap(Metadata::anyLom).flatMap(Lom::description))
        .contains("rad ett\nrad två & </script> ]]>");
    String page = new String(e.entries().get("sco/v1.html"), StandardCharsets.UTF_8);
    assertThat(page)
        .contains("<title>Slut ]]&gt; &lt;b&gt;fet&lt;/b&gt; &amp; &quot;citat&quot;")
        .doesNotContain("<b>fet</b>");
    assertThat(e.report().entries(Kind.TEXT_CHANGED)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void controlCharactersAndLoneSurrogatesAreDroppedAndReported(ScormExport export) {
    String title = "Tab\there\u0000nul\u0007bell\u001bescape\u0085nel \ud800 lone \ud83c\udfa5 ok";
    Activity a =
        Activity.builder().from(video("v1", MINUTE)).title(LocalizedText.of("sv", title)).build();

    Exported e = valid(export.packMedia("media/v1.mp4", new byte[] {1}),
        titled(LocalizedText.of("sv", "Kurs"), a));

    Item leaf = e.read().manifest().allItems().get(1);
    assertThat(leaf.title()).contains("Tab herenulbellescapenel \ufffd lone \ud83c\udfa5 ok");
    assertThat(e.report().entries(Kind.TEXT_CHANGED))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.path()).isEqualTo("modules[0].activities[0].title[sv]");
              assertThat(x.message()).startsWith("5 characters");
            });
  }

  @Test
  void scorm12CutsTitlesAndVersionsToTheirSchemaLimits() {
    String longTitle = "Å".repeat(250);
    Course c =
        Course.builder()
            .from(titled(LocalizedText.of("sv", longTitle), video("v1", MINUTE)))
            .version("2026.01.15-release-candidate-7")
            .build();

    Exported e = valid(ScormExport.scorm12().mediaBaseUrl(URI.create("https://cdn.example.org/")), c);

    Manifest m = e.read().manifest();
    assertThat(m.defaultOrganization().orElseThrow().title()).contains("Å".repeat(200));
    assertThat(m.version()).contains("2026.01.15-release-c");
    assertThat(m.metadata().flatMap(Metadata::lom).flatMap(Lom::title)).contains(longTitle);
    assertThat(e.report().entries(Kind.TEXT_TRUNCATED))
        .extracting(Entry::path)
        .containsExactly("course.title", "course.version", "modules[0].title");
    Exported e2004 =
        valid(ScormExport.scorm2004().mediaBaseUrl(URI.create("https://cdn.example.org/")), c);
    assertThat(e2004.read().manifest().defaultOrganization().orElseThrow().title())
        .contains(longTitle);
    assertThat(e2004.report().entries(Kind.TEXT_TRUNCATED)).isEmpty();
  }

  // ---- identifiers

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void identifiersAreReadableUniqueAndShortenedOnlyWhenLong(ScormExport export) {
    String longId = id("m/" + "kapitel-".repeat(12) + "slut");
    Course c =
        course(
            module(
                "m",
                activity("Övning-1", WebLink.of(URI.create("https://example.org/a"))),
                activity("övning-1", WebLink.of(URI.create("https://example.org/b"))),
                Activity.builder()
                    .id("urn:isbn:978-91-0-012345-6")
                    .title(LocalizedText.of("sv", "Bok"))
                    .media(WebLink.of(URI.create("https://example.org/c")))
                    .build(),
                Activity.builder()
                    .id(longId)
                    .title(LocalizedText.of("sv", "Lång"))
                    .media(WebLink.of(URI.create("https://example.org/d")))
                    .build()));

    Exported e = valid(export, c);

    assertThat(e.read().manifest().allItems())
        .extracting(Item::identifier)
        .satisfiesExactly(
            m -> assertThat(m).isEqualTo("item-m"),
            a -> assertThat(a).isEqualTo("item-ovning-1"),
            b -> assertThat(b).isEqualTo("item-ovning-1-2"),
            isbn -> assertThat(isbn).isEqualTo("item-isbn-978-91-0-012345-6"),
            l -> assertThat(l).matches("item-m-(kapitel-){4}kapit-[0-9a-f]{8}"));
    assertThat(e.report().entries(Kind.IDENTIFIER_TRUNCATED))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.path()).isEqualTo("modules[0].activities[3].id");
              assertThat(x.message()).contains(longId);
            });
    assertThat(e.read().manifest().allItems().get(4).metadata().flatMap(Metadata::anyLom))
        .isPresent();
  }

  // ---- media

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void everyMediaKindBecomesAScoOrAnAsset(ScormExport export) {
    Course c =
        course(
            module(
                "m",
                video("v", MINUTE),
                activity(
                    "a",
                    Audio.builder()
                        .source(URI.create("https://media.example.org/a.mp3"))
                        .duration(MINUTE)
                        .build()),
                activity(
                    "p",
                    PodcastEpisode.builder()
                        .source(URI.create("media/p.m4a"))
                        .duration(MINUTE)
                        .build()),
                document("d"),
                link("l"),
                assessment("q", 10, 6)));

    Exported e =
        valid(
            export
                .packMedia("media/v.mp4", new byte[] {1})
                .packMedia("media/p.m4a", new byte[] {2})
                .packMedia("material/d.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)),
            c);

    ScormPackage pkg = e.read();
    assertThat(pkg.report().warnings()).isEmpty();
    Manifest m = pkg.manifest();
    assertThat(m.resource("res-v").flatMap(Resource::scormType)).contains(ScormType.SCO);
    assertThat(m.resource("res-a").flatMap(Resource::scormType)).contains(ScormType.SCO);
    assertThat(m.resource("res-p").flatMap(Resource::scormType)).contains(ScormType.SCO);
    assertThat(m.resource("res-q").flatMap(Resource::scormType)).contains(ScormType.SCO);
    Resource d = m.resource("res-d").orElseThrow();
    assertThat(d.scormType()).contains(ScormType.ASSET);
    assertThat(d.href()).contains("material/d.pdf");
    assertThat(d.files()).extracting(ResourceFile::href).containsExactly("material/d.pdf");
    Resource l = m.resource("res-l").orElseThrow();
    assertThat(l.scormType()).contains(ScormType.ASSET);
    assertThat(l.href()).contains("https://www.example.org/l");
    assertThat(l.files()).isEmpty();
    String audio = new String(e.entries().get("sco/a.html"), StandardCharsets.UTF_8);
    assertThat(audio)
        .contains("\"mediaKind\": \"audio\"")
        .contains("\"src\": \"https://media.example.org/a.mp3\"")
        .contains("\"mediaType\": \"audio/mpeg\"");
    assertThat(new String(e.entries().get("sco/p.html"), StandardCharsets.UTF_8))
        .contains("\"src\": \"../media/p.m4a\"")
        .contains("\"mediaKind\": \"audio\"");
    assertThat(new String(e.entries().get("sco/v.html"), StandardCharsets.UTF_8))
        .contains("<video id=\"framsteg-media\"");
    assertThat(e.entries().keySet())
        .containsExactly(
            "imsmanifest.xml",
            "sco/framsteg-player.css",
            "sco/framsteg-sco.js",
            "sco/framsteg-assessment.js",
            "sco/v.html",
            "sco/a.html",
            "sco/p.html",
            "sco/q.html",
            "media/v.mp4",
            "media/p.m4a",
            "material/d.pdf");
    if (!export.version().isScorm2004()) {
      assertThat(e.report().entries(Kind.RULE_NOT_EXPRESSED))
          .extracting(Entry::path, Entry::severity)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("modules[0].activities[3]", Severity.INFO),
              org.assertj.core.groups.Tuple.tuple("modules[0].activities[4]", Severity.INFO));
    } else {
      assertThat(e.report().entries()).isEmpty();
    }
  }

  @Test
  void relativeMediaNeitherPackedNorUnderABaseUrlIsReportedMissing() {
    Course c = course(module("m", video("v", MINUTE), document("d")));

    Exported e = valid(ScormExport.scorm2004(), c);

    assertThat(e.report().entries(Kind.MEDIA_MISSING))
        .extracting(Entry::path)
        .containsExactly("modules[0].activities[0].media.source", "modules[0].activities[1].media.source");
    assertThat(e.report().entries(Kind.MEDIA_MISSING)).allMatch(x -> x.severity() == Severity.WARNING);
    assertThat(new String(e.entries().get("sco/v.html"), StandardCharsets.UTF_8))
        .contains("\"src\": \"../media/v.mp4\"");
    assertThat(e.read().report().warnings()).isNotEmpty();
  }

  @Test
  void relativeMediaThatIsNotPackedIsReferencedUnderTheBaseUrl() {
    Course c = course(module("m", video("v", MINUTE), document("d")));

    Exported e =
        valid(
            ScormExport.scorm2004()
                .mediaBaseUrl(URI.create("https://cdn.example.org/kurs/"))
                .packMedia("material/d.pdf", new byte[] {1}),
            c);

    assertThat(e.report().entries()).isEmpty();
    assertThat(new String(e.entries().get("sco/v.html"), StandardCharsets.UTF_8))
        .contains("\"src\": \"https://cdn.example.org/kurs/media/v.mp4\"");
    assertThat(e.read().manifest().resource("res-v").orElseThrow().files())
        .extracting(ResourceFile::href)
        .containsExactly("sco/v.html");
    assertThat(e.read().manifest().resource("res-d").flatMap(Resource::href))
        .contains("material/d.pdf");
  }

  @Test
  void filesGivenToPackThatNoActivityRefersToAreLeftOutAndReported() {
    Course c = course(module("m", video("v", MINUTE)));

    Exported e =
        valid(
            ScormExport.scorm2004()
                .packMedia("media/v.mp4", new byte[] {1})
                .packMedia("media/outtake.mp4", new byte[] {2}),
            c);

    assertThat(e.report().entries(Kind.MEDIA_UNUSED))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.path()).isEqualTo("packMedia[\"media/outtake.mp4\"]");
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(e.entries()).doesNotContainKey("media/outtake.mp4").containsKey("media/v.mp4");
  }

  @Test
  void captionsOfEveryLanguageAndOneTranscriptReachTheLaunchPage() {
    Activity a =
        activity(
            "v",
            Video.builder()
                .source(URI.create("media/v.mp4"))
                .duration(MINUTE)
                .language("en")
                .putCaptions("sv", URI.create("media/v.sv.vtt"))
                .putCaptions("en-GB", URI.create("media/v.en.vtt"))
                .putTranscripts("sv", URI.create("media/v.sv.html"))
                .putTranscripts("en", URI.create("media/v.en.html"))
                .build());

    Exported e =
        valid(
            ScormExport.scorm2004()
                .packMedia("media/v.mp4", new byte[] {1})
                .packMedia("media/v.sv.vtt", new byte[] {2})
                .packMedia("media/v.en.vtt", new byte[] {3})
                .packMedia("media/v.en.html", new byte[] {4})
                .packMedia("media/v.sv.html", new byte[] {5}),
            course(module("m", a)));

    String page = new String(e.entries().get("sco/v.html"), StandardCharsets.UTF_8);
    assertThat(page)
        .contains("srclang=\"sv\" label=\"Svenska\"")
        .contains("srclang=\"en-GB\" label=\"English (United Kingdom)\"")
        .contains("\"transcript\": {\"href\": \"../media/v.en.html\", \"label\": \"Transcript\"}")
        .doesNotContain("v.sv.html");
    assertThat(e.report().entries(Kind.MEDIA_TEXT_TRACK_DROPPED))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("the transcript in 'sv'"));
    assertThat(e.report().entries(Kind.MEDIA_UNUSED)).isEmpty();
    assertThat(e.entries()).doesNotContainKey("media/v.sv.html");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void fieldsWithoutAPlaceInThePackageAreReported(ScormExport export) {
    Course c =
        Course.builder()
            .from(
                course(
                    module(
                        "m",
                        activity(
                            "d",
                            Document.builder()
                                .source(URI.create("https://example.org/d.pdf"))
                                .pages(12)
                                .build()))))
            .publisher("Kungliga biblioteket")
            .audience(LocalizedText.of("sv", "Bibliotekarier"))
            .licence("CC-BY-4.0")
            .build();

    Exported e = valid(export, c);

    assertThat(e.report().entries(Kind.FIELD_NOT_EXPRESSED))
        .extracting(Entry::path)
        .containsExactly(
            "course.publisher", "course.audience", "course.licence", "modules[0].activities[0].media.pages");
    assertThat(e.report().entries(Kind.FIELD_NOT_EXPRESSED))
        .allMatch(x -> x.severity() == Severity.INFO);
  }

  @Test
  void oneCourseCanEarnEveryKindOfReportEntry() {
    String v = id("m/" + "en-mycket-lang-film-".repeat(4));
    Activity video =
        Activity.builder()
            .id(v)
            .title(LocalizedText.of("sv", "Film\u0007 " + "lång ".repeat(50)))
            .media(
                Video.builder()
                    .source(URI.create("media/v.mp4"))
                    .duration(MINUTE)
                    .putTranscripts("sv", URI.create("media/v.sv.html"))
                    .putTranscripts("en", URI.create("media/v.en.html"))
                    .build())
            .build();
    Course c =
        Course.builder()
            .from(
                course(
                    org.framsteg.core.completion.CompletionRule.allOf(
                        org.framsteg.core.completion.CompletionRule.watched(v, 0.5),
                        org.framsteg.core.completion.CompletionRule.moduleCompleted(id("m"))),
                    module(
                        "m",
                        org.framsteg.core.completion.CompletionRule.watched(v, 0.8),
                        video)))
            .publisher("Kungliga biblioteket")
            .build();

    ExportReport report =
        Exported.of(ScormExport.scorm12().packMedia("media/oanvand.mp4", new byte[] {1}), c)
            .report();

    assertThat(report.entries().stream().map(Entry::kind).distinct())
        .containsExactlyInAnyOrder(Kind.values());
    assertThat(report.isClean()).isFalse();
    assertThat(report.warnings()).allMatch(x -> x.severity() == Severity.WARNING);
  }

  // ---- refused input

  @Test
  void mediaThatAPackageCannotPlayIsRefusedNamingEveryPlaceAndNothingIsWritten() {
    Course c =
        course(
            module(
                "m",
                activity(
                    "v",
                    Video.builder()
                        .source(URI.create("file:///home/larare/film.mp4"))
                        .duration(MINUTE)
                        .putCaptions("sv", URI.create("data:text/vtt,WEBVTT"))
                        .build()),
                activity("l", WebLink.of(URI.create("javascript:alert(1)")))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> ScormExport.scorm2004().write(c, out))
        .isInstanceOf(ScormExportException.class)
        .satisfies(
            x ->
                assertThat(((ScormExportException) x).violations())
                    .extracting(Violation::path)
                    .containsExactly(
                        "modules[0].activities[0].media.source",
                        "modules[0].activities[0].media.captions[sv]",
                        "modules[0].activities[1].media.url"))
        .hasMessageContaining("file:///home/larare/film.mp4");
    assertThat(out.size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../utanför.mp4",
        "/etc/passwd",
        "media/../../x.mp4",
        "imsmanifest.xml",
        "SCO/framsteg-sco.js",
        "sco/v.html",
        "media/",
        "https://example.org/v.mp4",
        "C:\\film.mp4",
        "media\\film.mp4"
      })
  void filesArePackedOnlyUnderSafeRelativeNamesTheExportDoesNotWriteItself(String reference) {
    assertThatThrownBy(() -> ScormExport.scorm12().packMedia(reference, new byte[] {1}))
        .isInstanceOf(ScormExportException.class)
        .hasMessageStartingWith("packMedia[\"" + reference + "\"]: ");
  }

  @Test
  void twoNamesForOneFileAreRefused() {
    ScormExport export = ScormExport.scorm2004().packMedia("media/v.mp4", new byte[] {1});

    assertThatThrownBy(() -> export.packMedia("./media//v.mp4", new byte[] {2}))
        .isInstanceOf(ScormExportException.class)
        .hasMessageContaining("names the same package file as \"media/v.mp4\"");
    assertThat(export.packMedia("media/v.mp4", new byte[] {3})).isNotNull();
  }

  @Test
  void optionsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> ScormExport.scorm2004().completionThreshold(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("completionThreshold:");
    assertThatThrownBy(() -> ScormExport.scorm2004().completionThreshold(1.01))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScormExport.scorm2004().mediaBaseUrl(URI.create("ftp://x.org/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mediaBaseUrl:");
    assertThatThrownBy(() -> ScormExport.scorm2004().mediaBaseUrl(URI.create("media/")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- files

  @Test
  void packingFromFilesGivesTheSameBytesAsPackingBytes(@TempDir Path dir) throws IOException {
    Course c = course(module("m", video("v", MINUTE), document("d")));
    byte[] video = new byte[200_000];
    new java.util.Random(7).nextBytes(video);
    Path v = Files.write(dir.resolve("v.mp4"), video);
    Path d = Files.writeString(dir.resolve("d.pdf"), "%PDF-1.7 " + "text ".repeat(1000));

    byte[] fromFiles =
        Exported.of(
                ScormExport.scorm2004()
                    .packMedia(java.util.Map.of("media/v.mp4", v, "material/d.pdf", d)),
                c)
            .zip();
    byte[] fromBytes =
        Exported.of(
                ScormExport.scorm2004()
                    .packMedia("material/d.pdf", Files.readAllBytes(d))
                    .packMedia("media/v.mp4", video),
                c)
            .zip();

    assertThat(fromFiles).isEqualTo(fromBytes);
    Exported e = new Exported(ScormExport.scorm2004(), fromFiles, new ExportReport(List.of()));
    assertThat(e.entries().get("media/v.mp4")).isEqualTo(video);
    assertThat(e.zipEntries())
        .filteredOn(z -> z.getName().equals("media/v.mp4"))
        .singleElement()
        .satisfies(z -> assertThat(z.getMethod()).isEqualTo(java.util.zip.ZipEntry.STORED));
  }

  @Test
  void writingToAFileReplacesItWholeAndLeavesNothingBehind(@TempDir Path dir) throws IOException {
    Course c = course(module("m", video("v", MINUTE)));
    Path zip = Files.writeString(dir.resolve("kurs.zip"), "old");

    ExportReport report =
        ScormExport.scorm2004().packMedia("media/v.mp4", new byte[] {1}).write(c, zip);

    assertThat(report.isClean()).isTrue();
    assertThat(PackageReader.defaults().read(zip).manifest().allItems()).hasSize(2);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(zip);
    }
  }

  @Test
  void aRefusedCourseLeavesTheTargetFileAsItWas(@TempDir Path dir) throws IOException {
    Course c =
        course(module("m", activity("l", WebLink.of(URI.create("javascript:void(0)")))));
    Path zip = Files.writeString(dir.resolve("kurs.zip"), "old");

    assertThatThrownBy(() -> ScormExport.scorm12().write(c, zip))
        .isInstanceOf(ScormExportException.class);

    assertThat(Files.readString(zip)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(zip);
    }
  }

  @Test
  void aMissingFileToPackIsAnIoErrorNamingIt(@TempDir Path dir) {
    Course c = course(module("m", video("v", MINUTE)));

    assertThatThrownBy(
            () ->
                ScormExport.scorm2004()
                    .packMedia("media/v.mp4", dir.resolve("borta.mp4"))
                    .write(c, new ByteArrayOutputStream()))
        .isInstanceOf(java.nio.file.NoSuchFileException.class)
        .hasMessageContaining("borta.mp4");
  }
}
