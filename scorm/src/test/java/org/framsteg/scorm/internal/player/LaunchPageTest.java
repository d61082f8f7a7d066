package org.framsteg.scorm.internal.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.scorm.ScormVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LaunchPageTest {
  private static final String HOSTILE = "</script><script>alert(1)</script>";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CONFIG_BLOCK =
      Pattern.compile(
          "<script type=\"application/json\" id=\"framsteg-config\">(.*?)</script>",
          Pattern.DOTALL);

  static LaunchConfig.Builder video() {
    return LaunchConfig.builder()
        .activityId("urn:framsteg:activity:intro")
        .title("Introduktion")
        .language(Locale.forLanguageTag("sv-SE"))
        .mediaKind(LaunchConfig.MediaKind.VIDEO)
        .src("media/intro.mp4")
        .mediaType("video/mp4")
        .duration(Duration.ofMillis(95_500))
        .addCaptions(
            new CaptionTrack("captions/intro.sv.vtt", Locale.forLanguageTag("sv"), "Svenska", true),
            new CaptionTrack("captions/intro.en.vtt", Locale.ENGLISH, "English", false))
        .transcript(new Transcript("transcripts/intro.html", "Transkription"))
        .completionThreshold(0.9)
        .scormVersion(ScormVersion.SCORM_2004_4TH);
  }

  static String page(LaunchConfig config) {
    return new String(LaunchPage.render(config), StandardCharsets.UTF_8);
  }

  static JsonNode config(String page) {
    Matcher m = CONFIG_BLOCK.matcher(page);
    assertThat(m.find()).as("config block in %s", page).isTrue();
    return JSON.readTree(m.group(1));
  }

  @Test
  void configBlockCarriesEveryFieldOfTheContract() {
    JsonNode c = config(page(video().build()));

    assertThat(c.get("configVersion").asInt()).isEqualTo(1);
    assertThat(c.get("activityId").asString()).isEqualTo("urn:framsteg:activity:intro");
    assertThat(c.get("title").asString()).isEqualTo("Introduktion");
    assertThat(c.get("language").asString()).isEqualTo("sv-SE");
    assertThat(c.get("mediaKind").asString()).isEqualTo("video");
    assertThat(c.get("src").asString()).isEqualTo("media/intro.mp4");
    assertThat(c.get("mediaType").asString()).isEqualTo("video/mp4");
    assertThat(c.get("durationSeconds").decimalValue()).isEqualByComparingTo("95.5");
    assertThat(c.get("captions")).hasSize(2);
    assertThat(c.get("captions").get(0).get("src").asString()).isEqualTo("captions/intro.sv.vtt");
    assertThat(c.get("captions").get(0).get("srclang").asString()).isEqualTo("sv");
    assertThat(c.get("captions").get(0).get("label").asString()).isEqualTo("Svenska");
    assertThat(c.get("captions").get(0).get("default").asBoolean()).isTrue();
    assertThat(c.get("captions").get(1).get("default").asBoolean()).isFalse();
    assertThat(c.get("transcript").get("href").asString()).isEqualTo("transcripts/intro.html");
    assertThat(c.get("transcript").get("label").asString()).isEqualTo("Transkription");
    assertThat(c.get("completionThreshold").doubleValue()).isEqualTo(0.9);
    assertThat(c.get("scormVersion").asString()).isEqualTo("2004");
    assertThat(c.get("commitIntervalSeconds").asInt()).isEqualTo(30);
  }

  @Test
  void optionalFieldsAreLeftOutWhenAbsent() {
    LaunchConfig bare =
        LaunchConfig.builder()
            .activityId("a")
            .title("t")
            .language(Locale.ENGLISH)
            .mediaKind(LaunchConfig.MediaKind.AUDIO)
            .src("https://media.example.org/ep1.mp3")
            .duration(Duration.ofMinutes(30))
            .completionThreshold(1)
            .scormVersion(ScormVersion.SCORM_12)
            .build();

    JsonNode c = config(page(bare));

    assertThat(c.has("mediaType")).isFalse();
    assertThat(c.has("transcript")).isFalse();
    assertThat(c.get("captions")).isEmpty();
    assertThat(c.get("completionThreshold").asInt()).isEqualTo(1);
    assertThat(c.get("durationSeconds").asInt()).isEqualTo(1800);
    assertThat(c.get("scormVersion").asString()).isEqualTo("1.2");
  }

  @Test
  void markupIsAnAccessibleNativePlayer() {
    String html = page(video().build());

    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"sv-SE\">")
        .contains("<title>Introduktion</title>")
        .contains("<h1 id=\"framsteg-title\">Introduktion</h1>")
        .contains(
            "<video id=\"framsteg-media\" controls preload=\"metadata\" playsinline"
                + " aria-labelledby=\"framsteg-title\" aria-describedby=\"framsteg-keys\">")
        .contains("<source src=\"media/intro.mp4\" type=\"video/mp4\">")
        .contains(
            "<track kind=\"captions\" src=\"captions/intro.sv.vtt\" srclang=\"sv\""
                + " label=\"Svenska\" default>")
        .contains(
            "<track kind=\"captions\" src=\"captions/intro.en.vtt\" srclang=\"en\""
                + " label=\"English\">")
        .contains("<a id=\"framsteg-transcript\" href=\"transcripts/intro.html\">Transkription</a>")
        .contains("role=\"status\"")
        .contains("role=\"alert\"")
        .contains("<label for=\"framsteg-progress\">Played</label>")
        .contains("<link rel=\"stylesheet\" href=\"framsteg-player.css\">")
        .contains("<script src=\"framsteg-sco.js\" defer></script>");
  }

  @Test
  void audioActivitiesGetAnAudioElement() {
    String html = page(video().mediaKind(LaunchConfig.MediaKind.AUDIO).build());

    assertThat(html).contains("<audio id=\"framsteg-media\" controls").contains("</audio>");
    assertThat(html).doesNotContain("<video").doesNotContain("playsinline");
    assertThat(config(html).get("mediaKind").asString()).isEqualTo("audio");
  }

  @Test
  void playerFilesAreLoadedFromThePlayerBase() {
    String html = page(video().playerBase("../framsteg/").build());

    assertThat(html)
        .contains("href=\"../framsteg/framsteg-player.css\"")
        .contains("src=\"../framsteg/framsteg-sco.js\"");
  }

  @Test
  void hostileTitleCannotEndTheConfigBlockOrAddAScript() {
    String html = page(video().title(HOSTILE).activityId(HOSTILE).build());

    assertThat(config(html).get("title").asString()).isEqualTo(HOSTILE);
    assertThat(config(html).get("activityId").asString()).isEqualTo(HOSTILE);
    assertThat(html.split("<script", -1)).hasSize(3);
    assertThat(html.split("</script>", -1)).hasSize(3);
    assertThat(html)
        .contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>")
        .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
  }

  @Test
  void hostileLabelsAndPathsCannotLeaveTheirAttributes() {
    String quote = "\" onerror=\"alert(1)";
    LaunchConfig c =
        video()
            .src("media/a.mp4?x=" + "%22&y='")
            .captions(
                List.of(new CaptionTrack("c.vtt", Locale.ENGLISH, quote + "<b>&amp;'", false)))
            .transcript(new Transcript("t.html#'x'", "<img src=x onerror=alert(1)>"))
            .build();

    String html = page(c);

    assertThat(html)
        .contains("label=\"&quot; onerror=&quot;alert(1)&lt;b&gt;&amp;amp;&#39;\"")
        .contains("href=\"t.html#&#39;x&#39;\">&lt;img src=x onerror=alert(1)&gt;</a>")
        .contains("<source src=\"media/a.mp4?x=%22&amp;y=&#39;\"")
        .doesNotContain("<img")
        .doesNotContain("<b>");
    assertThat(config(html).get("captions").get(0).get("label").asString())
        .isEqualTo(quote + "<b>&amp;'");
  }

  @Test
  void lineAndParagraphSeparatorsAreEscapedInTheConfig() {
    String html = page(video().title("a\u2028b\u2029c").build());

    assertThat(html).contains("\"a\\u2028b\\u2029c\"");
    assertThat(config(html).get("title").asString()).isEqualTo("a\u2028b\u2029c");
  }

  @Test
  void renderingIsDeterministic() {
    byte[] first = LaunchPage.render(video().build());
    byte[] second = LaunchPage.render(video().build());

    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 300)
  void anyTitleSurvivesRenderingUnchangedAndInert(@ForAll("titles") String title) {
    String html = page(video().title(title).build());

    assertThat(config(html).get("title").asString()).isEqualTo(title);
    assertThat(html.split("<script", -1)).hasSize(3);
    assertThat(html.split("</script>", -1)).hasSize(3);
    assertThat(html).contains("<h1 id=\"framsteg-title\">" + htmlEscaped(title) + "</h1>");
    assertThat(LaunchPage.render(video().title(title).build()))
        .isEqualTo(html.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> titles() {
    Arbitrary<Character> tricky =
        Arbitraries.of('<', '>', '&', '"', '\'', '/', '\\', '!', '-', '\u2028', '\u2029', 'å', ' ');
    Arbitrary<String> fragments =
        Arbitraries.of("</script>", "<!--", "-->", "<script>", "</SCRIPT", "&lt;", "\uD83C\uDFAC");
    return Arbitraries.oneOf(
            Arbitraries.strings().withChars('a', 'z').ofMinLength(1).ofMaxLength(3),
            tricky.map(String::valueOf),
            fragments)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(parts -> "T" + String.join("", parts));
  }

  private static String htmlEscaped(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  @Test
  void playerFilesComeFromTheClassPath() {
    assertThat(new String(LaunchPage.playerFile("framsteg-sco.js"), StandardCharsets.UTF_8))
        .contains("window.framsteg");
    assertThat(new String(LaunchPage.playerFile("framsteg-player.css"), StandardCharsets.UTF_8))
        .contains(".framsteg-player");
    assertThatThrownBy(() -> LaunchPage.playerFile("../secret.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be one of");
  }
}
