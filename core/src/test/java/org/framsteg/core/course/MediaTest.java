package org.framsteg.core.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.framsteg.core.Violation;
import org.junit.jupiter.api.Test;

/** The checks of each kind of media, and the kinds themselves. */
class MediaTest {
  private static final URI SOURCE = URI.create("media/intro.mp4");

  private static List<Violation> violations(Runnable build) {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class, build::run);
    assertThat(e).as("a CourseValidationException").isNotNull();
    return e.violations();
  }

  @Test
  void aVideoKeepsItsFields() {
    Video v = Video.builder().source(SOURCE).duration(Duration.ofMinutes(25)).language("sv")
        .putCaptions("sv", URI.create("media/intro.sv.vtt")).build();

    assertThat(v.kind()).isEqualTo(MediaKind.VIDEO);
    assertThat(v.duration()).isEqualTo(Duration.ofMinutes(25));
    assertThat(v.captions()).containsKey("sv");
    assertThat(v.language()).contains("sv");
  }

  @Test
  void aDurationMustBePositive() {
    assertThat(violations(() -> Video.builder().source(SOURCE).duration(Duration.ZERO).build()))
        .containsExactly(new Violation("duration", "must be positive"));
    assertThat(violations(() -> Audio.builder().source(SOURCE).duration(Duration.ofSeconds(-5)).build()))
        .containsExactly(new Violation("duration", "must be positive"));
    assertThat(violations(() -> PodcastEpisode.builder().source(SOURCE).duration(Duration.ofMillis(-1)).build()))
        .containsExactly(new Violation("duration", "must be positive"));
  }

  @Test
  void aDurationHasAtMostMillisecondPrecision() {
    assertThat(violations(() -> Video.builder().source(SOURCE).duration(Duration.ofNanos(1_500_000)).build()))
        .containsExactly(new Violation("duration", "must have at most millisecond precision"));
  }

  @Test
  void aDurationMustBeWithinWhatCanBeTracked() {
    assertThat(violations(() -> Video.builder().source(SOURCE).duration(Duration.ofDays(30)).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("duration");
          assertThat(v.message()).startsWith("must be at most");
        });
    assertThat(violations(() -> Video.builder().source(SOURCE).duration(Duration.ofSeconds(Long.MAX_VALUE)).build()))
        .extracting(Violation::path).containsExactly("duration");
  }

  @Test
  void languageTagsOfMediaCaptionsAndTranscriptsMustBeWellFormed() {
    List<Violation> v = violations(() -> Video.builder().source(SOURCE).duration(Duration.ofMinutes(1))
        .language("sv_SE").putCaptions("en", URI.create("c.vtt")).putCaptions("x y", URI.create("d.vtt"))
        .putTranscripts("12345678901", URI.create("t.txt")).build());

    assertThat(v).extracting(Violation::path).containsExactly("language", "captions[x y]", "transcripts[12345678901]");
    assertThat(violations(() -> Document.builder().source(SOURCE).language("").build()))
        .extracting(Violation::path).containsExactly("language");
  }

  @Test
  void aPodcastEpisodeNumberStartsAtOne() {
    assertThat(violations(() -> PodcastEpisode.builder().source(SOURCE).duration(Duration.ofMinutes(30)).episode(0)
        .build())).containsExactly(new Violation("episode", "must be 1 or more"));
    assertThat(PodcastEpisode.builder().source(SOURCE).duration(Duration.ofMinutes(30)).series("Biblioteket lyssnar")
        .episode(3).build().kind()).isEqualTo(MediaKind.PODCAST_EPISODE);
  }

  @Test
  void aDocumentHasAtLeastOnePage() {
    assertThat(violations(() -> Document.builder().source(SOURCE).pages(0).build()))
        .containsExactly(new Violation("pages", "must be 1 or more"));
    assertThat(Document.builder().source(SOURCE).pages(14).build().pages()).contains(14);
  }

  @Test
  void aLinkMustBeAbsolute() {
    assertThat(violations(() -> WebLink.of(URI.create("relative/page.html"))))
        .containsExactly(new Violation("url", "must be an absolute URL, was 'relative/page.html'"));
    assertThat(WebLink.of(URI.create("https://www.kb.se/")).kind()).isEqualTo(MediaKind.WEB_LINK);
  }

  @Test
  void thePassingScoreMustNotBeAboveTheMaximum() {
    assertThat(violations(() -> Assessment.builder().maxScore(20).passingScore(21).build()))
        .containsExactly(new Violation("passingScore", "must not be above maxScore (20.0)"));
  }

  @Test
  void scoresMustBeFiniteAndInRange() {
    assertThat(violations(() -> Assessment.builder().maxScore(0).passingScore(0).build()))
        .containsExactly(new Violation("maxScore", "must be positive"));
    assertThat(violations(() -> Assessment.builder().maxScore(10).passingScore(-1).build()))
        .containsExactly(new Violation("passingScore", "must be 0 or more"));
    assertThat(violations(() -> Assessment.builder().maxScore(Double.POSITIVE_INFINITY).passingScore(1).build()))
        .extracting(Violation::path).containsExactly("maxScore");
    assertThat(violations(() -> Assessment.builder().maxScore(Double.NaN).passingScore(1).build()))
        .extracting(Violation::path).contains("maxScore");
    assertThat(violations(() -> Assessment.builder().maxScore(10).passingScore(Double.NaN).build()))
        .extracting(Violation::path).containsExactly("passingScore");
  }

  @Test
  void anAssessmentAllowsAtLeastOneAttempt() {
    assertThat(violations(() -> Assessment.builder().maxScore(10).passingScore(5).attemptsAllowed(0).build()))
        .containsExactly(new Violation("attemptsAllowed", "must be 1 or more"));
  }

  @Test
  void thePassingScoreAsAFractionOfTheMaximum() {
    Assessment a = Assessment.builder().maxScore(20).passingScore(14).attemptsAllowed(3).build();

    assertThat(a.passingScaled()).isEqualTo(0.7);
    assertThat(a.attempts()).hasValue(3);
    assertThat(Assessment.builder().maxScore(20).passingScore(14).build().attempts()).isEmpty();
  }

  @Test
  void everyKindHasAFormatKeyAndIsTimedOrNot() {
    for (MediaKind k : MediaKind.values()) {
      assertThat(MediaKind.fromKey(k.key())).isEqualTo(k);
    }
    assertThat(MediaKind.fromKey("podcast")).isEqualTo(MediaKind.PODCAST_EPISODE);
    assertThat(List.of(MediaKind.values())).filteredOn(MediaKind::isTimed)
        .containsExactly(MediaKind.VIDEO, MediaKind.AUDIO, MediaKind.PODCAST_EPISODE);
    assertThatThrownBy(() -> MediaKind.fromKey("film")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'film'").hasMessageContaining("video, audio, podcast, document, link, assessment");
  }
}
