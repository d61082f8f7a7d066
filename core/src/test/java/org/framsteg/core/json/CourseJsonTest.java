package org.framsteg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framsteg.core.completion.CompletionRule.allOf;
import static org.framsteg.core.completion.CompletionRule.anyOf;
import static org.framsteg.core.completion.CompletionRule.atLeast;
import static org.framsteg.core.completion.CompletionRule.before;
import static org.framsteg.core.completion.CompletionRule.completed;
import static org.framsteg.core.completion.CompletionRule.markedDone;
import static org.framsteg.core.completion.CompletionRule.moduleCompleted;
import static org.framsteg.core.completion.CompletionRule.passed;
import static org.framsteg.core.completion.CompletionRule.scoreAtLeast;
import static org.framsteg.core.completion.CompletionRule.timeSpent;
import static org.framsteg.core.completion.CompletionRule.watched;
import static org.framsteg.core.completion.CompletionRule.withinDays;
import static org.framsteg.core.json.JsonFixtures.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Audio;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Course files: every field, media kind and rule kind is written and read back as it was. */
class CourseJsonTest {
  private static final String BASE = "https://example.org/ledarskap/";

  // ---- the example file ----

  @Test
  void exampleFileDescribesTheCourseBuiltInJava() {
    Course read = CourseJson.read(JsonFixtures.resource(JsonFixtures.EXAMPLE));

    assertThat(read).isEqualTo(exampleCourse());
  }

  @Test
  void exampleFileIsTheCanonicalTextOfItsCourse() {
    String file = JsonFixtures.resource(JsonFixtures.EXAMPLE);

    assertThat(CourseJson.write(CourseJson.read(file))).isEqualTo(file);
    assertThat(CourseJson.write(exampleCourse())).isEqualTo(file);
  }

  @Test
  void exampleFileKeepsTheOrderOfLanguagesInEveryText() {
    Course read = CourseJson.read(JsonFixtures.resource(JsonFixtures.EXAMPLE));

    assertThat(read.title().asMap()).containsExactly(
        java.util.Map.entry("sv", "Att leda digital transformation"),
        java.util.Map.entry("en", "Leading digital transformation"));
    assertThat(read.title().primaryLanguage()).isEqualTo("sv");
    assertThat(read.languages()).containsExactly("sv", "en");
  }

  @Test
  void durationsAreIso8601WithFractionsOfASecond() {
    Course read = CourseJson.read(JsonFixtures.resource(JsonFixtures.EXAMPLE));

    Video intro = (Video) read.activity(BASE + "intro").orElseThrow().media();
    assertThat(intro.duration()).isEqualTo(Duration.ofMinutes(12).plusMillis(30_500));
    assertThat(read.activity(BASE + "strategi").orElseThrow().estimatedTime()).contains(Duration.ofMinutes(30));
  }

  // ---- every part of the model ----

  static Stream<Arguments> media() {
    return Stream.of(
        Arguments.of(Video.builder().source(URI.create("media/v.mp4")).duration(Duration.ofMillis(750_500))
                .language("sv-SE").putCaptions("sv", URI.create("media/v.sv.vtt"))
                .putCaptions("en", URI.create("https://cdn.example.org/v.en.vtt"))
                .putTranscripts("sv", URI.create("media/v.sv.txt")).build(),
            "{'kind': 'video', 'source': 'media/v.mp4', 'duration': 'PT12M30.5S', 'language': 'sv-SE',"
                + " 'captions': {'en': 'https://cdn.example.org/v.en.vtt', 'sv': 'media/v.sv.vtt'},"
                + " 'transcripts': {'sv': 'media/v.sv.txt'}}"),
        Arguments.of(Video.builder().source(URI.create("v.mp4")).duration(Duration.ofMillis(1)).build(),
            "{'kind': 'video', 'source': 'v.mp4', 'duration': 'PT0.001S'}"),
        Arguments.of(Audio.builder().source(URI.create("https://example.org/a.mp3")).duration(Duration.ofHours(1))
                .language("en").putTranscripts("en", URI.create("a.en.txt")).build(),
            "{'kind': 'audio', 'source': 'https://example.org/a.mp3', 'duration': 'PT1H', 'language': 'en',"
                + " 'transcripts': {'en': 'a.en.txt'}}"),
        Arguments.of(PodcastEpisode.builder().source(URI.create("ep3.mp3")).duration(Duration.ofSeconds(2285))
                .language("sv").series("Biblioteket lyssnar").episode(3)
                .putCaptions("sv", URI.create("ep3.sv.vtt")).build(),
            "{'kind': 'podcast', 'source': 'ep3.mp3', 'duration': 'PT38M5S', 'language': 'sv',"
                + " 'series': 'Biblioteket lyssnar', 'episode': 3, 'captions': {'sv': 'ep3.sv.vtt'}}"),
        Arguments.of(PodcastEpisode.builder().source(URI.create("ep.mp3")).duration(Duration.ofDays(1)).build(),
            "{'kind': 'podcast', 'source': 'ep.mp3', 'duration': 'PT24H'}"),
        Arguments.of(Document.builder().source(URI.create("material/strategi.pdf")).pages(14).language("sv").build(),
            "{'kind': 'document', 'source': 'material/strategi.pdf', 'pages': 14, 'language': 'sv'}"),
        Arguments.of(Document.builder().source(URI.create("https://example.org/article")).build(),
            "{'kind': 'document', 'source': 'https://example.org/article'}"),
        Arguments.of(WebLink.of(URI.create("https://www.kb.se/?q=a%20b#x")),
            "{'kind': 'link', 'url': 'https://www.kb.se/?q=a%20b#x'}"),
        Arguments.of(Assessment.builder().maxScore(20).passingScore(14).attemptsAllowed(3).build(),
            "{'kind': 'assessment', 'maxScore': 20, 'passingScore': 14, 'attemptsAllowed': 3}"),
        Arguments.of(Assessment.builder().maxScore(12.5).passingScore(0).build(),
            "{'kind': 'assessment', 'maxScore': 12.5, 'passingScore': 0}"));
  }

  @ParameterizedTest
  @MethodSource("media")
  void everyMediaKindIsWrittenAsDocumentedAndReadBack(Media media, String expected) {
    Course course = courseWith(activity("https://example.org/c/a").media(media).build(), null);

    String written = CourseJson.write(course);

    assertThat(compact(written)).contains("\"media\":" + compact(json(expected)) + "}");
    assertThat(CourseJson.read(written)).isEqualTo(course);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(completed("d"), "{'completed': 'd'}"),
        Arguments.of(moduleCompleted("m2"), "{'moduleCompleted': 'm2'}"),
        Arguments.of(watched("v", 0.9), "{'played': {'activity': 'v', 'fraction': 0.9}}"),
        Arguments.of(watched("p", 1), "{'played': {'activity': 'p', 'fraction': 1}}"),
        Arguments.of(scoreAtLeast("q", 0.75), "{'scoreAtLeast': {'activity': 'q', 'minimum': 0.75}}"),
        Arguments.of(passed("q"), "{'passed': 'q'}"),
        Arguments.of(timeSpent(Duration.ofMinutes(90)), "{'timeSpent': 'PT1H30M'}"),
        Arguments.of(markedDone("l"), "{'markedDone': 'l'}"),
        Arguments.of(allOf(completed("v"), passed("q")), "{'allOf': [{'completed': 'v'}, {'passed': 'q'}]}"),
        Arguments.of(anyOf(markedDone("d"), completed("d")), "{'anyOf': [{'markedDone': 'd'}, {'completed': 'd'}]}"),
        Arguments.of(atLeast(2, completed("v"), completed("d"), completed("p")),
            "{'atLeast': {'count': 2, 'rules': [{'completed': 'v'}, {'completed': 'd'}, {'completed': 'p'}]}}"),
        Arguments.of(new CompletionRule.Weighted(List.of(new CompletionRule.Weight(2, moduleCompleted("m1")),
                new CompletionRule.Weight(0.5, timeSpent(Duration.ofHours(2)))), 0.8),
            "{'weighted': {'threshold': 0.8, 'parts': [{'weight': 2, 'rule': {'moduleCompleted': 'm1'}},"
                + " {'weight': 0.5, 'rule': {'timeSpent': 'PT2H'}}]}}"),
        Arguments.of(before(Instant.parse("2026-12-31T23:59:59Z"), passed("q")),
            "{'before': {'deadline': '2026-12-31T23:59:59Z', 'rule': {'passed': 'q'}}}"),
        Arguments.of(before(Instant.parse("2026-06-01T12:00:00.250Z"), passed("q")),
            "{'before': {'deadline': '2026-06-01T12:00:00.250Z', 'rule': {'passed': 'q'}}}"),
        Arguments.of(withinDays(30, completed("v")),
            "{'before': {'daysAfterEnrolment': 30, 'rule': {'completed': 'v'}}}"),
        Arguments.of(withinDays(0, allOf(atLeast(1, completed("v")), anyOf(watched("v", 0.5)))),
            "{'before': {'daysAfterEnrolment': 0, 'rule': {'allOf': [{'atLeast': {'count': 1, 'rules':"
                + " [{'completed': 'v'}]}}, {'anyOf': [{'played': {'activity': 'v', 'fraction': 0.5}}]}]}}}"));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void everyRuleKindIsWrittenAsDocumentedAndReadBack(CompletionRule rule, String expected) {
    String json = JsonFixtures.withCourseRule(expected);

    Course course = CourseJson.read(json);

    assertThat(course.completion()).contains(rule);
    assertThat(CourseJson.read(CourseJson.write(course))).isEqualTo(course);
    assertThat(compact(CourseJson.write(course))).endsWith("\"completion\":" + compact(json(expected)) + "}");
  }

  @Test
  void everyCourseModuleAndActivityFieldIsReadBack() {
    Course course = Course.builder().id("https://example.org/c").version("2026-03")
        .title(LocalizedText.of("sv", "Kurs").and("en", "Course").and("fi", "Kurssi"))
        .description(LocalizedText.of("en", "About").and("sv", "Om"))
        .addLanguages("sv", "en", "fi").publisher("Kungliga biblioteket")
        .audience(LocalizedText.of("sv", "Alla")).licence("https://creativecommons.org/licenses/by/4.0/")
        .addModules(CourseModule.builder().id("https://example.org/c/m").title(LocalizedText.of("sv", "M"))
            .description(LocalizedText.of("sv", "Beskrivning")).required(false)
            .addActivities(activity("https://example.org/c/a").description(LocalizedText.of("sv", "Om A"))
                .required(false).estimatedTime(Duration.ofMillis(90_001))
                .media(Document.builder().source(URI.create("a.pdf")).build())
                .completion(markedDone("https://example.org/c/a")).build())
            .completion(completed("https://example.org/c/a")).build())
        .completion(moduleCompleted("https://example.org/c/m"))
        .build();

    assertThat(CourseJson.read(CourseJson.write(course))).isEqualTo(course);
  }

  // ---- defaults and what may be left out ----

  @Test
  void aMinimalFileGetsTheModelsDefaults() {
    Course course = CourseJson.read(JsonFixtures.withMedia("{'kind': 'link', 'url': 'https://example.org/'}"));

    assertThat(course.version()).isEqualTo("1");
    assertThat(course.languages()).isEmpty();
    assertThat(course.description()).isEmpty();
    assertThat(course.publisher()).isEmpty();
    assertThat(course.completion()).isEmpty();
    assertThat(course.modules().get(0).required()).isTrue();
    assertThat(course.modules().get(0).activities().get(0).required()).isTrue();
  }

  @Test
  void nullForAnOptionalKeyMeansTheKeyIsAbsent() {
    String json = json("{" + JsonFixtures.head() + ", 'version': null, 'description': null, 'publisher': null,"
        + " 'completion': null, " + JsonFixtures.oneModule() + "}");

    Course course = CourseJson.read(json);

    assertThat(course.version()).isEqualTo("1");
    assertThat(course.description()).isEmpty();
    assertThat(course.publisher()).isEmpty();
    assertThat(course.completion()).isEmpty();
  }

  @Test
  void absentOptionalValuesAreLeftOutAndDefaultsAreWrittenOut() {
    Course course = courseWith(activity("https://example.org/c/a")
        .media(WebLink.of(URI.create("https://example.org/"))).build(), null);

    assertThat(CourseJson.write(course)).isEqualTo(json("""
        {
          'format': 'framsteg-course/1',
          'id': 'https://example.org/c',
          'version': '1',
          'title': {
            'sv': 'Kurs'
          },
          'languages': [],
          'modules': [
            {
              'id': 'https://example.org/c/m',
              'title': {
                'sv': 'Modul'
              },
              'required': true,
              'activities': [
                {
                  'id': 'https://example.org/c/a',
                  'title': {
                    'sv': 'Aktivitet'
                  },
                  'required': true,
                  'media': {
                    'kind': 'link',
                    'url': 'https://example.org/'
                  }
                }
              ]
            }
          ]
        }
        """));
  }

  @Test
  void keysMayComeInAnyOrder() {
    String json = json("{'modules': [{'activities': [{'media': {'url': 'https://example.org/', 'kind': 'link'},"
        + " 'title': {'sv': 'A'}, 'id': 'a'}], 'title': {'sv': 'M'}, 'id': 'm'}], 'title': {'sv': 'Kurs'},"
        + " 'id': 'https://example.org/c', 'format': 'framsteg-course/1'}");

    Course course = CourseJson.read(json);

    assertThat(course.activity("a").orElseThrow().media()).isEqualTo(WebLink.of(URI.create("https://example.org/")));
    assertThat(CourseJson.write(course)).startsWith(json("{\n  'format': 'framsteg-course/1',\n  'id': "));
  }

  // ---- languages and text ----

  @Test
  void languageTagsOfTextsAreReadInCanonicalFormAndOrder() {
    String json = json("{'format': 'framsteg-course/1', 'id': 'https://example.org/c',"
        + " 'title': {'en-gb': 'Course', 'SV': 'Kurs'}, " + JsonFixtures.oneModule() + "}");

    Course course = CourseJson.read(json);

    assertThat(course.title().asMap()).containsExactly(java.util.Map.entry("en-GB", "Course"),
        java.util.Map.entry("sv", "Kurs"));
    assertThat(CourseJson.write(course)).contains(json("'title': {\n    'en-GB': 'Course',\n    'sv': 'Kurs'\n  }"));
  }

  @Test
  void textsWithAnyCharactersSurviveAsTextAndAsUtf8Bytes() throws IOException {
    String tricky = "Åäö \"citat\" \\ back\tslash\n ny rad \u0000 \u001f \u2028 emoji \uD83D\uDE00 ensam \uD800 slut";
    Course course = Course.builder().from(courseWith(activity("https://example.org/c/a")
            .media(WebLink.of(URI.create("https://example.org/"))).build(), null))
        .title(LocalizedText.of("sv", tricky)).publisher(tricky).build();

    String text = CourseJson.write(course);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CourseJson.write(course, bytes);

    assertThat(text).contains("\\ud83d\\ude00", "\\ud800", "\\u2028", "Åäö", "\\u0000");
    assertThat(CourseJson.read(text)).isEqualTo(course);
    assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(CourseJson.read(bytes.toByteArray())).isEqualTo(course);
  }

  // ---- determinism ----

  @Test
  void writingTheSameCourseTwiceGivesTheSameBytes() {
    Course course = exampleCourse();

    assertThat(CourseJson.write(course)).isEqualTo(CourseJson.write(course));
  }

  @Test
  void equalCoursesGiveTheSameTextWhateverOrderTheirCaptionsWereAddedIn() {
    Video one = Video.builder().source(URI.create("v.mp4")).duration(Duration.ofMinutes(1))
        .putCaptions("sv", URI.create("v.sv.vtt")).putCaptions("en", URI.create("v.en.vtt"))
        .putTranscripts("fi", URI.create("v.fi.txt")).putTranscripts("de", URI.create("v.de.txt")).build();
    Video other = Video.builder().source(URI.create("v.mp4")).duration(Duration.ofMinutes(1))
        .putCaptions("en", URI.create("v.en.vtt")).putCaptions("sv", URI.create("v.sv.vtt"))
        .putTranscripts("de", URI.create("v.de.txt")).putTranscripts("fi", URI.create("v.fi.txt")).build();
    Course a = courseWith(activity("https://example.org/c/a").media(one).build(), null);
    Course b = courseWith(activity("https://example.org/c/a").media(other).build(), null);

    assertThat(a).isEqualTo(b);
    assertThat(CourseJson.write(a)).isEqualTo(CourseJson.write(b));
  }

  @Test
  void outputUsesNewlinesTwoSpaceIndentsAndEndsWithANewline() {
    String text = CourseJson.write(exampleCourse());

    assertThat(text).doesNotContain("\r").doesNotContain("\t").endsWith("}\n").startsWith("{\n  \"format\"");
  }

  // ---- sources ----

  @Test
  void readsTheSameCourseFromTextBytesStreamsAndFiles(@TempDir Path dir) throws IOException {
    String text = JsonFixtures.resource(JsonFixtures.EXAMPLE);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("kurs.course.json");
    Files.write(file, bytes);

    Course expected = exampleCourse();

    assertThat(CourseJson.read(text)).isEqualTo(expected);
    assertThat(CourseJson.read(bytes)).isEqualTo(expected);
    assertThat(CourseJson.read(file)).isEqualTo(expected);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      assertThat(CourseJson.read(in)).isEqualTo(expected);
    }
  }

  @Test
  void readsUtf16Bytes() {
    byte[] utf16 = JsonFixtures.resource(JsonFixtures.EXAMPLE).getBytes(StandardCharsets.UTF_16BE);

    assertThat(CourseJson.read(utf16)).isEqualTo(exampleCourse());
  }

  @Test
  void leavesTheCallersStreamOpen() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(JsonFixtures.resource(JsonFixtures.EXAMPLE)
        .getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    CourseJson.read(in);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void aFileThatCannotBeReadIsAnIoErrorNotAValidationError(@TempDir Path dir) {
    assertThatThrownBy(() -> CourseJson.read(dir.resolve("saknas.json"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aStreamThatFailsIsAnIoErrorNotAValidationError() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk on fire");
      }
    };

    assertThatThrownBy(() -> CourseJson.read(failing)).isInstanceOf(IOException.class).hasMessage("disk on fire");
  }

  // ---- helpers ----

  /** The course of the example file, built in Java. */
  static Course exampleCourse() {
    Activity intro = Activity.builder().id(BASE + "intro")
        .title(LocalizedText.of("sv", "Inledning").and("en", "Introduction"))
        .description(LocalizedText.of("sv", "Kursledaren presenterar kursen."))
        .media(Video.builder().source(URI.create("media/intro.mp4")).duration(Duration.parse("PT12M30.5S"))
            .language("sv").putCaptions("en", URI.create("media/intro.en.vtt"))
            .putCaptions("sv", URI.create("media/intro.sv.vtt"))
            .putTranscripts("sv", URI.create("media/intro.sv.txt")).build())
        .completion(watched(BASE + "intro", 0.9)).build();
    Activity strategy = Activity.builder().id(BASE + "strategi").title(LocalizedText.of("sv", "Strategidokumentet"))
        .estimatedTime(Duration.ofMinutes(30))
        .media(Document.builder().source(URI.create("material/strategi.pdf")).pages(14).language("sv").build())
        .build();
    Activity library = Activity.builder().id(BASE + "kb")
        .title(LocalizedText.of("sv", "Kungliga biblioteket").and("en", "The National Library of Sweden"))
        .required(false).estimatedTime(Duration.ofMinutes(10))
        .media(WebLink.of(URI.create("https://www.kb.se/"))).build();
    CourseModule basics = CourseModule.builder().id(BASE + "grunder")
        .title(LocalizedText.of("sv", "Grunderna").and("en", "The basics"))
        .description(LocalizedText.of("sv", "Vad digital transformation är och varför den behöver ledas."))
        .addActivities(intro, strategy, library)
        .completion(allOf(completed(BASE + "intro"), anyOf(completed(BASE + "strategi"), markedDone(BASE + "strategi"))))
        .build();
    CourseModule podcasts = CourseModule.builder().id(BASE + "poddar")
        .title(LocalizedText.of("sv", "Poddserien").and("en", "The podcast series")).required(false)
        .addActivities(
            episode(1, "Podd 1: Förändring", "Podcast 1: Change", "PT38M", true),
            episode(2, "Podd 2: Motstånd", "Podcast 2: Resistance", "PT41M15S", true),
            episode(3, "Podd 3: Uppföljning", "Podcast 3: Follow-up", "PT35M", false),
            Activity.builder().id(BASE + "forelasning")
                .title(LocalizedText.of("sv", "Föreläsning om tjänstedesign").and("en", "Lecture on service design"))
                .required(false)
                .media(Audio.builder().source(URI.create("media/forelasning.mp3")).duration(Duration.ofMinutes(65))
                    .language("sv").putTranscripts("en", URI.create("media/forelasning.en.txt"))
                    .putTranscripts("sv", URI.create("media/forelasning.sv.txt")).build())
                .build())
        .completion(atLeast(2, watched(BASE + "podd-1", 0.9), watched(BASE + "podd-2", 0.9),
            watched(BASE + "podd-3", 0.9)))
        .build();
    CourseModule exam = CourseModule.builder().id(BASE + "examination")
        .title(LocalizedText.of("sv", "Examination").and("en", "Examination"))
        .addActivities(Activity.builder().id(BASE + "prov").title(LocalizedText.of("sv", "Slutprov").and("en", "Final test"))
            .estimatedTime(Duration.ofMinutes(45))
            .media(Assessment.builder().maxScore(20).passingScore(14).attemptsAllowed(3).build())
            .completion(anyOf(passed(BASE + "prov"), scoreAtLeast(BASE + "prov", 0.8))).build())
        .completion(before(Instant.parse("2026-12-31T23:59:59Z"), passed(BASE + "prov")))
        .build();
    return Course.builder().id("https://example.org/ledarskap").version("3")
        .title(LocalizedText.of("sv", "Att leda digital transformation").and("en", "Leading digital transformation"))
        .description(LocalizedText.of("sv", "En kurs för chefer i offentlig sektor om att leda förändring med digitala verktyg.")
            .and("en", "A course for public-sector managers on leading change with digital tools."))
        .addLanguages("sv", "en").publisher("Exempelhögskolan")
        .audience(LocalizedText.of("sv", "Chefer och projektledare").and("en", "Managers and project leaders"))
        .licence("CC-BY-4.0")
        .addModules(basics, podcasts, exam)
        .completion(new CompletionRule.Weighted(List.of(
            new CompletionRule.Weight(2, moduleCompleted(BASE + "grunder")),
            new CompletionRule.Weight(1, moduleCompleted(BASE + "poddar")),
            new CompletionRule.Weight(3, withinDays(60, moduleCompleted(BASE + "examination"))),
            new CompletionRule.Weight(1.5, timeSpent(Duration.ofHours(2)))), 0.8))
        .build();
  }

  private static Activity episode(int n, String sv, String en, String duration, boolean withLanguage) {
    PodcastEpisode.Builder media = PodcastEpisode.builder().source(URI.create("https://example.org/podd/" + n + ".mp3"))
        .duration(Duration.parse(duration)).series("Biblioteket lyssnar").episode(n);
    if (withLanguage) {
      media.language("sv");
    }
    return Activity.builder().id(BASE + "podd-" + n).title(LocalizedText.of("sv", sv).and("en", en))
        .media(media.build()).build();
  }

  private static Activity.Builder activity(String id) {
    return Activity.builder().id(id).title(LocalizedText.of("sv", "Aktivitet"));
  }

  private static Course courseWith(Activity activity, CompletionRule rule) {
    Course.Builder course = Course.builder().id("https://example.org/c").title(LocalizedText.of("sv", "Kurs"))
        .addModules(CourseModule.builder().id("https://example.org/c/m").title(LocalizedText.of("sv", "Modul"))
            .addActivities(activity).build());
    if (rule != null) {
      course.completion(rule);
    }
    return course.build();
  }

  /** JSON text without the white space between tokens (none of the tests' strings hold any). */
  private static String compact(String json) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
        inString = !inString;
      }
      if (inString || !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
