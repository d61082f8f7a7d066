package org.framsteg.core.testing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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

/**
 * Short hand for example courses in tests: activities of each kind with ids under
 * {@code https://example.org/kurs/}, titled in Swedish and English.
 *
 * <pre>{@code
 * Course c = TestCourses.course(TestCourses.module("m1", TestCourses.video("v1", Duration.ofMinutes(10))));
 * Activity quiz = TestCourses.assessment("q1", 20, 14, 3);
 * }</pre>
 */
public final class TestCourses {
  /** The course id of every example course. */
  public static final String COURSE = "https://example.org/kurs";

  /** The enrolment instant the examples count from. */
  public static final Instant ENROLLED = Instant.parse("2026-01-12T08:00:00Z");

  private TestCourses() {}

  /** The full id of a local name: {@code COURSE + "/" + local}. */
  public static String id(String local) {
    return COURSE + "/" + local;
  }

  /** A title "Swedish (local)" / "English (local)". */
  public static LocalizedText title(String local) {
    return LocalizedText.of("sv", "Avsnitt " + local).and("en", "Part " + local);
  }

  /** An activity presenting the media, titled after its local name. */
  public static Activity activity(String local, Media media) {
    return Activity.builder().id(id(local)).title(title(local)).media(media).build();
  }

  public static Activity video(String local, Duration duration) {
    return activity(local, Video.builder().source(URI.create("media/" + local + ".mp4")).duration(duration).build());
  }

  public static Activity audio(String local, Duration duration) {
    return activity(local, Audio.builder().source(URI.create("media/" + local + ".mp3")).duration(duration).build());
  }

  public static Activity podcast(String local, Duration duration) {
    return activity(local, PodcastEpisode.builder().source(URI.create("media/" + local + ".mp3"))
        .duration(duration).build());
  }

  public static Activity document(String local) {
    return activity(local, Document.builder().source(URI.create("material/" + local + ".pdf")).build());
  }

  public static Activity link(String local) {
    return activity(local, WebLink.of(URI.create("https://www.example.org/" + local)));
  }

  /** An assessment with unlimited attempts. */
  public static Activity assessment(String local, double max, double passing) {
    return activity(local, Assessment.builder().maxScore(max).passingScore(passing).build());
  }

  /** An assessment with a number of attempts. */
  public static Activity assessment(String local, double max, double passing, int attempts) {
    return activity(local, Assessment.builder().maxScore(max).passingScore(passing).attemptsAllowed(attempts)
        .build());
  }

  /** The activity with its own completion rule. */
  public static Activity withRule(Activity activity, CompletionRule rule) {
    return Activity.builder().from(activity).completion(rule).build();
  }

  /** The activity, not required by the default module rule. */
  public static Activity optional(Activity activity) {
    return Activity.builder().from(activity).required(false).build();
  }

  public static CourseModule module(String local, Activity... activities) {
    return CourseModule.builder().id(id(local)).title(title(local)).addActivities(activities).build();
  }

  public static CourseModule module(String local, CompletionRule rule, Activity... activities) {
    return CourseModule.builder().id(id(local)).title(title(local)).addActivities(activities).completion(rule)
        .build();
  }

  /** A course with the default rule (all required modules). */
  public static Course course(CourseModule... modules) {
    return Course.builder().id(COURSE).title(LocalizedText.of("sv", "Kurs").and("en", "Course"))
        .addLanguages("sv", "en").addModules(modules).build();
  }

  /** A course with its own rule. */
  public static Course course(CompletionRule rule, CourseModule... modules) {
    return Course.builder().id(COURSE).title(LocalizedText.of("sv", "Kurs").and("en", "Course"))
        .addLanguages("sv", "en").addModules(modules).completion(rule).build();
  }

  /** A course with one module "m" of the given activities and the course rule, if any. */
  public static Course courseOf(Optional<CompletionRule> rule, Activity... activities) {
    return Course.builder().id(COURSE).title(LocalizedText.of("sv", "Kurs").and("en", "Course"))
        .addLanguages("sv", "en").addModules(module("m", activities)).completion(rule).build();
  }
}
