package org.framsteg.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.Video;
import org.framsteg.core.learner.Enrolment;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.core.progress.Segment;
import org.junit.jupiter.api.Test;

/** The README's code example, compiled and run. */
class ReadmeExampleTest {

  @Test
  void readmeExampleBuildsACourseFoldsEventsAndExplains() {
    // README example start
    Activity intro = Activity.builder()
        .id("https://example.org/ledarskap/intro")
        .title(LocalizedText.of("sv", "Inledning").and("en", "Introduction"))
        .media(Video.builder().source(URI.create("media/intro.mp4"))
            .duration(Duration.ofMinutes(20)).language("sv").build())
        .build();
    Activity episode = Activity.builder()
        .id("https://example.org/ledarskap/podd-1")
        .title(LocalizedText.of("sv", "Podd 1: Förändring").and("en", "Podcast 1: Change"))
        .media(PodcastEpisode.builder().source(URI.create("media/podd-1.mp3"))
            .duration(Duration.ofMinutes(40)).episode(1).build())
        .build();
    Course course = Course.builder()
        .id("https://example.org/ledarskap")
        .title(LocalizedText.of("sv", "Att leda digital transformation"))
        .addLanguages("sv", "en")
        .addModules(CourseModule.builder().id("https://example.org/ledarskap/m1")
            .title(LocalizedText.of("sv", "Modul 1")).addActivities(intro, episode).build())
        .completion(CompletionRule.allOf(
            CompletionRule.watched(intro.id(), 0.9),
            CompletionRule.watched(episode.id(), 0.9)))
        .build();

    CourseEngine engine = CourseEngine.of(course);
    Instant enrolled = Instant.parse("2026-01-12T08:00:00Z");
    ProgressState state = engine.start(
        Enrolment.of(Learner.mailbox("anna@example.org"), course.id(), enrolled)
            .dueBy(enrolled.plus(Duration.ofDays(30))));
    state = state.apply(new ProgressEvent.Played("e1", enrolled.plusSeconds(3600), intro.id(),
        Segment.ofSeconds(0, 1200)));
    state = state.apply(new ProgressEvent.Played("e2", enrolled.plusSeconds(7200), episode.id(),
        Segment.ofSeconds(0, 600)));

    Completion completion = state.completion(enrolled.plus(Duration.ofDays(18)));
    System.out.println(completion.describe(Locale.ENGLISH));
    System.out.println(completion.describe(Locale.forLanguageTag("sv")));
    // README example end

    assertThat(completion.status()).isEqualTo(CompletionStatus.IN_PROGRESS);
    assertThat(completion.percent()).isEqualTo(63);
    assertThat(completion.summary(Locale.ENGLISH))
        .isEqualTo("1 of 1 podcast episode left, about 26 min of material; deadline in 12 days");
    assertThat(completion.summary(Locale.forLanguageTag("sv")))
        .isEqualTo("1 av 1 poddavsnitt kvar, cirka 26 min material; sista dag om 12 dagar");
  }
}
