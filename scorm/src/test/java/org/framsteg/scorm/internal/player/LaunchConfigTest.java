package org.framsteg.scorm.internal.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractThrowableAssert;
import org.framsteg.scorm.ScormVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchConfigTest {
  private static AbstractThrowableAssert<?, ? extends Throwable> refused(
      LaunchConfig.Builder builder, String field) {
    return assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidLaunchConfigException.class)
        .satisfies(e -> assertThat(((InvalidLaunchConfigException) e).field()).isEqualTo(field))
        .hasMessageStartingWith(field + ": ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:video/mp4;base64,AAAA",
        "file:///etc/passwd",
        "//cdn.example.org/a.mp4",
        "https:/no-host.mp4",
        "media/with space.mp4",
        "media\\a.mp4"
      })
  void mediaMustBeAnHttpUrlOrARelativePath(String src) {
    refused(LaunchPageTest.video().src(src), "src");
  }

  @Test
  void transcriptLinksCannotRunScript() {
    refused(
            LaunchPageTest.video().transcript(new Transcript("javascript:alert(1)", "Transcript")),
            "transcript.href")
        .hasMessageContaining("'javascript:'");
  }

  @Test
  void captionPathsAreCheckedWithTheirIndex() {
    refused(
        LaunchPageTest.video()
            .captions(
                List.of(
                    new CaptionTrack("ok.vtt", Locale.ENGLISH, "English", false),
                    new CaptionTrack("data:text/vtt,WEBVTT", Locale.GERMAN, "Deutsch", false))),
        "captions[1].src");
  }

  @Test
  void atMostOneCaptionTrackIsTheDefault() {
    refused(
            LaunchPageTest.video()
                .captions(
                    List.of(
                        new CaptionTrack("en.vtt", Locale.ENGLISH, "English", true),
                        new CaptionTrack("de.vtt", Locale.GERMAN, "Deutsch", true))),
            "captions[1].isDefault")
        .hasMessageContaining("only one");
  }

  @Test
  void twoTracksMustNotShareLanguageAndLabel() {
    refused(
            LaunchPageTest.video()
                .captions(
                    List.of(
                        new CaptionTrack("en.vtt", Locale.ENGLISH, "English", false),
                        new CaptionTrack("en2.vtt", Locale.ENGLISH, "English", false))),
            "captions[1]")
        .hasMessageContaining("§4.8.11");
  }

  @Test
  void languagesAreBcp47TagsWithALanguage() {
    refused(LaunchPageTest.video().language(Locale.forLanguageTag("not a tag")), "language");
    refused(
        LaunchPageTest.video()
            .captions(List.of(new CaptionTrack("x.vtt", Locale.ROOT, "X", false))),
        "captions[0].language");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -0.1, 1.0001, Double.NaN, Double.POSITIVE_INFINITY})
  void completionThresholdIsAFractionAboveZero(double threshold) {
    refused(LaunchPageTest.video().completionThreshold(threshold), "completionThreshold");
  }

  @Test
  void durationIsPositive() {
    refused(LaunchPageTest.video().duration(Duration.ZERO), "duration");
    refused(LaunchPageTest.video().duration(Duration.ofSeconds(-1)), "duration");
  }

  @Test
  void commitIntervalIsBetweenASecondAndAnHour() {
    refused(LaunchPageTest.video().commitInterval(Duration.ofMillis(999)), "commitInterval");
    refused(LaunchPageTest.video().commitInterval(Duration.ofMinutes(61)), "commitInterval");
    assertThat(
            LaunchPageTest.video().commitInterval(Duration.ofSeconds(5)).build().commitInterval())
        .hasSeconds(5);
  }

  @Test
  void textsHaveNoControlCharactersOrBrokenUnicode() {
    refused(LaunchPageTest.video().title("  "), "title").hasMessageContaining("blank");
    refused(LaunchPageTest.video().title("a\u0000b"), "title").hasMessageContaining("U+0000");
    refused(LaunchPageTest.video().activityId("a\nb"), "activityId");
    refused(LaunchPageTest.video().title("broken \uD800 pair"), "title")
        .hasMessageContaining("unpaired surrogate");
    assertThat(LaunchPageTest.video().title("ok \uD83C\uDFAC").build().title())
        .endsWith("\uD83C\uDFAC");
  }

  @ParameterizedTest
  @ValueSource(strings = {"shared", "/abs/", "https://cdn.example.org/", "a/?q=1/"})
  void playerBaseIsARelativeFolder(String base) {
    refused(LaunchPageTest.video().playerBase(base), "playerBase");
  }

  @Test
  void mediaTypeIsAMimeType() {
    refused(LaunchPageTest.video().mediaType("mp4"), "mediaType");
    assertThat(
            LaunchPageTest.video()
                .mediaType("video/mp4; codecs=\"avc1.42E01E, mp4a.40.2\"")
                .build()
                .mediaType())
        .hasValue("video/mp4; codecs=\"avc1.42E01E, mp4a.40.2\"");
  }

  @Test
  void absentRecordFieldsAreNamed() {
    assertThatThrownBy(() -> new CaptionTrack(null, Locale.ENGLISH, "English", false))
        .isInstanceOf(InvalidLaunchConfigException.class)
        .hasMessage("caption.src: is required");
    assertThatThrownBy(() -> new Transcript("t.html", null))
        .isInstanceOf(InvalidLaunchConfigException.class)
        .hasMessage("transcript.label: is required");
  }

  @Test
  void everyScorm2004EditionTalksToTheSameRuntimeApi() {
    assertThat(
            LaunchPageTest.video()
                .scormVersion(ScormVersion.SCORM_2004_3RD)
                .build()
                .runtimeVersion())
        .isEqualTo("2004");
    assertThat(LaunchPageTest.video().scormVersion(ScormVersion.SCORM_12).build().runtimeVersion())
        .isEqualTo("1.2");
  }
}
