package org.framsteg.xapi.cmi5;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;

/** Courses built for the cmi5 tests: small pieces and a course the size of the seed course. */
final class Courses {
  private Courses() {}

  static final String BASE = "https://example.org/ledarskap";
  static final URI LAUNCH = URI.create("https://lms.example.org/framsteg/");

  static LocalizedText sv(String text) {
    return LocalizedText.of("sv", text);
  }

  static Activity.Builder video(String id) {
    return Activity.builder().id(id).title(sv("Video " + id)).description(sv("Om filmen"))
        .media(Video.builder().source(URI.create("media/" + last(id) + ".mp4")).duration(Duration.ofMinutes(12))
            .build());
  }

  static Activity.Builder podcast(String id, int episode) {
    return Activity.builder().id(id).title(sv("Podd " + episode)).description(sv("Om avsnittet"))
        .media(PodcastEpisode.builder().source(URI.create("https://pod.example.org/ep" + episode + ".mp3"))
            .duration(Duration.ofMinutes(38)).series("Ledarskap i praktiken").episode(episode).build());
  }

  static Activity.Builder assessment(String id, double max, double passing) {
    return Activity.builder().id(id).title(sv("Test " + id)).description(sv("Om provet"))
        .media(Assessment.builder().maxScore(max).passingScore(passing).build());
  }

  static Activity.Builder document(String id) {
    return Activity.builder().id(id).title(sv("Text " + id)).description(sv("Om texten"))
        .media(Document.builder().source(URI.create("material/" + last(id) + ".pdf")).pages(12).build());
  }

  static Activity.Builder link(String id) {
    return Activity.builder().id(id).title(sv("Länk " + id)).description(sv("Om länken")).media(WebLink.of(URI.create("https://www.kb.se/")));
  }

  static CourseModule module(String id, Activity... activities) {
    return CourseModule.builder().id(id).title(sv("Modul " + last(id))).description(sv("Om modulen"))
        .addActivities(activities).build();
  }

  static Course course(CourseModule... modules) {
    return Course.builder().id(BASE).title(sv("Att leda digital transformation"))
        .description(sv("En kurs om ledarskap.")).addLanguages("sv").addModules(modules).build();
  }

  /** A course of one module holding one activity. */
  static Course single(Activity activity) {
    return course(module(BASE + "/m1", activity));
  }

  /**
   * A course the size of the seed course: 15 videos watched to 90 % in three modules, 8 podcast
   * episodes of which 6 must be heard, a final assessment, a course rule over all of it.
   */
  static Course seedSized() {
    List<CourseModule> modules = new ArrayList<>();
    List<CompletionRule> videoRules = new ArrayList<>();
    for (int m = 0; m < 3; m++) {
      CourseModule.Builder b = CourseModule.builder().id(BASE + "/m" + (m + 1))
          .title(LocalizedText.of("sv", "Del " + (m + 1)).and("en", "Part " + (m + 1)))
          .description(LocalizedText.of("sv", "Fem filmer.").and("en", "Five videos."));
      for (int v = 0; v < 5; v++) {
        String id = BASE + "/m" + (m + 1) + "/video-" + (v + 1);
        videoRules.add(CompletionRule.watched(id, 0.9));
        b.addActivities(Activity.builder().id(id)
            .title(LocalizedText.of("sv", "Film " + (v + 1)).and("en", "Video " + (v + 1)))
            .description(LocalizedText.of("sv", "En film.").and("en", "A video."))
            .media(Video.builder().source(URI.create("media/m" + (m + 1) + "-v" + (v + 1) + ".mp4"))
                .duration(Duration.ofMinutes(10 + v)).language("sv")
                .putCaptions("sv", URI.create("media/m" + (m + 1) + "-v" + (v + 1) + ".sv.vtt")).build())
            .completion(CompletionRule.watched(id, 0.9))
            .build());
      }
      modules.add(b.build());
    }
    CourseModule.Builder pods = CourseModule.builder().id(BASE + "/podd")
        .title(LocalizedText.of("sv", "Podden").and("en", "The podcast"))
        .description(LocalizedText.of("sv", "Lyssna på sex av åtta avsnitt.").and("en", "Listen to six of eight."));
    List<CompletionRule> podRules = new ArrayList<>();
    for (int p = 1; p <= 8; p++) {
      String id = BASE + "/podd/avsnitt-" + p;
      podRules.add(CompletionRule.watched(id, 0.9));
      pods.addActivities(podcast(id, p).description(sv("Avsnitt " + p)).build());
    }
    pods.completion(CompletionRule.atLeast(6, podRules));
    modules.add(pods.build());
    String exam = BASE + "/slutprov";
    modules.add(CourseModule.builder().id(BASE + "/prov").title(sv("Slutprov")).description(sv("Ett prov."))
        .addActivities(assessment(exam, 20, 14).description(sv("Tjugo frågor.")).completion(CompletionRule.passed(exam))
            .build())
        .build());
    return Course.builder().id(BASE).title(LocalizedText.of("sv", "Att leda digital transformation")
            .and("en", "Leading digital transformation"))
        .description(LocalizedText.of("sv", "Filmer, poddar och ett prov.").and("en", "Videos, podcasts and a test."))
        .addLanguages("sv", "en").addAllModules(modules)
        .completion(CompletionRule.allOf(CompletionRule.allOf(videoRules), CompletionRule.atLeast(6, podRules),
            CompletionRule.passed(exam)))
        .build();
  }

  private static String last(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }
}
