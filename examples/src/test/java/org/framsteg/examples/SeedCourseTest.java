package org.framsteg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.core.progress.Segment;
import org.junit.jupiter.api.Test;

class SeedCourseTest {
  private static final Course COURSE = SeedCourse.create();
  private static final CourseEngine ENGINE = CourseEngine.of(COURSE);
  private static final Instant ENROLLED = Instant.parse("2026-02-02T08:00:00Z");

  private static List<Activity> ofKind(MediaKind kind) {
    return COURSE.activities().filter(a -> a.media().kind() == kind).toList();
  }

  @Test
  void hasFifteenVideosAndEightEpisodesInFiveModules() {
    assertThat(COURSE.modules()).hasSize(5);
    assertThat(ofKind(MediaKind.VIDEO)).hasSize(15);
    assertThat(ofKind(MediaKind.PODCAST_EPISODE)).hasSize(8);
    assertThat(COURSE.activities().count()).isEqualTo(23);
  }

  @Test
  void runsForMoreThanTenHoursWithVideosAndEpisodesOfPlausibleLength() {
    assertThat(COURSE.totalEffort()).isGreaterThan(Duration.ofHours(10));
    for (Activity v : ofKind(MediaKind.VIDEO)) {
      assertThat(v.effort()).as(v.id()).isBetween(Duration.ofMinutes(12), Duration.ofMinutes(35));
    }
    for (Activity p : ofKind(MediaKind.PODCAST_EPISODE)) {
      assertThat(p.effort()).as(p.id()).isBetween(Duration.ofMinutes(35), Duration.ofMinutes(55));
    }
  }

  @Test
  void isInSwedishWithEnglishTitles() {
    assertThat(COURSE.languages()).containsExactly("sv");
    assertThat(COURSE.title().primaryLanguage()).isEqualTo("sv");
    assertThat(COURSE.title().get(Locale.ENGLISH)).isEqualTo("Leading digital transformation");
    COURSE.modules().forEach(m -> assertThat(m.title().asMap()).containsOnlyKeys("sv", "en"));
    COURSE.activities().forEach(a -> {
      assertThat(a.title().asMap()).as(a.id()).containsOnlyKeys("sv", "en");
      assertThat(((TimedMedia) a.media()).language()).contains("sv");
    });
  }

  @Test
  void videosHaveSwedishCaptionsAndEpisodesSwedishTranscriptsAtRelativeUris() {
    for (Activity v : ofKind(MediaKind.VIDEO)) {
      TimedMedia m = (TimedMedia) v.media();
      assertThat(m.source().isAbsolute()).isFalse();
      assertThat(m.source().toString()).matches("media/v\\d\\d\\.mp4");
      assertThat(m.captions()).containsOnlyKeys("sv");
      assertThat(m.captions().get("sv").toString()).isEqualTo(m.source().toString().replace(".mp4", ".sv.vtt"));
    }
    for (Activity p : ofKind(MediaKind.PODCAST_EPISODE)) {
      PodcastEpisode m = (PodcastEpisode) p.media();
      assertThat(m.source().toString()).matches("media/p\\d\\d\\.mp3");
      assertThat(m.transcripts()).containsOnlyKeys("sv");
      assertThat(m.series()).contains(SeedCourse.SERIES);
      assertThat(p.required()).as("any two episodes may be left out").isFalse();
    }
    assertThat(ofKind(MediaKind.PODCAST_EPISODE).stream()
        .map(p -> ((PodcastEpisode) p.media()).episode().orElseThrow()).toList())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void everyCallBuildsAnEqualCourse() {
    assertThat(SeedCourse.create()).isEqualTo(COURSE);
  }

  @Test
  void isCompletedWhenEveryVideoAndSixEpisodesArePlayedToNinetyPercent() {
    ProgressState state = played(ofKind(MediaKind.VIDEO), 0.9);
    state = state.applyAll(events(ofKind(MediaKind.PODCAST_EPISODE).subList(2, 8), 0.9));
    assertThat(state.completion(ENROLLED.plus(Duration.ofDays(30))).status()).isEqualTo(CompletionStatus.COMPLETED);
  }

  @Test
  void isNotCompletedWhenOneVideoIsWatchedJustUnderNinetyPercent() {
    List<Activity> videos = ofKind(MediaKind.VIDEO);
    ProgressState state = played(videos.subList(1, 15), 1.0)
        .applyAll(events(videos.subList(0, 1), 0.899))
        .applyAll(events(ofKind(MediaKind.PODCAST_EPISODE), 1.0));
    Completion c = state.completion(ENROLLED.plus(Duration.ofDays(30)));
    assertThat(c.status()).isEqualTo(CompletionStatus.IN_PROGRESS);
    assertThat(c.remaining().left(MediaKind.VIDEO)).isEqualTo(1);
    assertThat(c.remaining().left(MediaKind.PODCAST_EPISODE)).isZero();
  }

  @Test
  void nothingButThePlayedShareCounts() {
    // Completed events, time spent and marks by hand do not replace watching.
    ProgressState state = ENGINE.start(ENROLLED);
    int n = 0;
    for (Activity a : COURSE.activities().toList()) {
      state = state.apply(new ProgressEvent.Completed("c" + n++, ENROLLED.plusSeconds(n), a.id()));
    }
    state = state.apply(new ProgressEvent.TimeSpent("t", ENROLLED, ENROLLED.plus(Duration.ofHours(20))));
    Completion c = state.completion(ENROLLED.plus(Duration.ofDays(1)));
    assertThat(c.isCompleted()).isFalse();
    assertThat(c.remaining().left(MediaKind.VIDEO)).isEqualTo(15);
  }

  @Property(tries = 60)
  void isCompletedExactlyWhenAtLeastSixEpisodesAreListenedTo(
      @ForAll @Size(max = 8) @UniqueElements List<@IntRange(min = 0, max = 7) Integer> episodes) {
    List<Activity> all = ofKind(MediaKind.PODCAST_EPISODE);
    ProgressState state = played(ofKind(MediaKind.VIDEO), 0.95)
        .applyAll(events(episodes.stream().map(all::get).toList(), 0.91));
    Completion c = state.completion(ENROLLED.plus(Duration.ofDays(10)));
    assertThat(c.isCompleted()).isEqualTo(episodes.size() >= SeedCourse.EPISODES_NEEDED);
    assertThat(c.remaining().left(MediaKind.PODCAST_EPISODE))
        .isEqualTo(Math.max(0, SeedCourse.EPISODES_NEEDED - episodes.size()));
  }

  private static ProgressState played(List<Activity> activities, double share) {
    return ENGINE.start(ENROLLED).applyAll(events(activities, share));
  }

  private static List<ProgressEvent> events(List<Activity> activities, double share) {
    return activities.stream().<ProgressEvent>map(a -> {
      long ms = (long) Math.ceil(((TimedMedia) a.media()).duration().toMillis() * share);
      return new ProgressEvent.Played(a.id() + "#" + share, ENROLLED.plusSeconds(60), a.id(), Segment.ofMillis(0, ms));
    }).toList();
  }
}
