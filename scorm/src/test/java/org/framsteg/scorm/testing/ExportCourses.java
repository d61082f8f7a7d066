package org.framsteg.scorm.testing;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.course.Video;

/**
 * Courses for the export tests, above all the seed-sized one: 15 videos and 8 podcast episodes in
 * 5 modules, completed when every video is watched to 90 % and at least 6 of the 8 episodes are.
 *
 * <pre>{@code
 * Course seed = ExportCourses.seed(i -> Duration.ofMinutes(35), "mp4", "mp3");
 * Set<String> files = ExportCourses.relativeReferences(seed);
 * }</pre>
 */
public final class ExportCourses {
  /** The id of the seed course; activity ids lie under it. */
  public static final String SEED = "https://kurser.example.se/ledarskap-i-forandring";

  public static final int VIDEOS = 15;
  public static final int PODCASTS = 8;
  public static final int MODULES = 5;

  private static final String[][] MODULE_TITLES = {
    {"Att leda förändring", "Leading change"},
    {"Kommunikation", "Communication"},
    {"Team och tillit", "Teams and trust"},
    {"Beslut i osäkerhet", "Deciding under uncertainty"},
    {"Hållbart ledarskap", "Sustainable leadership"},
  };

  private ExportCourses() {}

  /**
   * The seed-sized course. Module {@code m} (1 to 5) holds videos {@code 3m-2 .. 3m} and the
   * podcast episodes numbered {@code m} and, for the first three modules, {@code m + 5}.
   *
   * @param length the length of medium {@code n} (videos 1-15, then episodes 16-23)
   * @param videoExtension the file extension of the video files ({@code mp4}, {@code wav})
   * @param podcastExtension the file extension of the episodes
   */
  public static Course seed(
      IntFunction<Duration> length, String videoExtension, String podcastExtension) {
    List<List<Activity>> modules = new ArrayList<>();
    for (int m = 0; m < MODULES; m++) {
      modules.add(new ArrayList<>());
    }
    List<CompletionRule> videos = new ArrayList<>();
    List<CompletionRule> podcasts = new ArrayList<>();
    for (int v = 1; v <= VIDEOS; v++) {
      String id = SEED + "/m" + ((v - 1) / 3 + 1) + "/video-" + two(v);
      Media media =
          Video.builder()
              .source(URI.create("media/video-" + two(v) + "." + videoExtension))
              .duration(length.apply(v))
              .language("sv")
              .putCaptions("sv", URI.create("captions/video-" + two(v) + ".sv.vtt"))
              .putCaptions("en", URI.create("captions/video-" + two(v) + ".en.vtt"))
              .putTranscripts("sv", URI.create("transcripts/video-" + two(v) + ".sv.html"))
              .build();
      modules
          .get((v - 1) / 3)
          .add(
              Activity.builder()
                  .id(id)
                  .title(LocalizedText.of("sv", "Film " + v).and("en", "Video " + v))
                  .media(media)
                  .build());
      videos.add(CompletionRule.watched(id, 0.9));
    }
    for (int p = 1; p <= PODCASTS; p++) {
      int module = (p - 1) % MODULES;
      String id = SEED + "/m" + (module + 1) + "/podd-" + two(p);
      Media media =
          PodcastEpisode.builder()
              .source(URI.create("media/podd-" + two(p) + "." + podcastExtension))
              .duration(length.apply(VIDEOS + p))
              .language("sv")
              .series("Ledarskapspodden")
              .episode(p)
              .build();
      modules
          .get(module)
          .add(
              Activity.builder()
                  .id(id)
                  .title(LocalizedText.of("sv", "Poddavsnitt " + p).and("en", "Episode " + p))
                  .media(media)
                  .build());
      podcasts.add(CompletionRule.watched(id, 0.9));
    }
    Course.Builder course =
        Course.builder()
            .id(SEED)
            .version("2026.1")
            .title(
                LocalizedText.of("sv", "Ledarskap i förändring")
                    .and("en", "Leadership in change"))
            .description(
                LocalizedText.of("sv", "Femton filmer och åtta poddavsnitt om att leda.")
                    .and("en", "Fifteen videos and eight podcast episodes on leading."))
            .addLanguages("sv", "en")
            .completion(
                CompletionRule.allOf(
                    CompletionRule.allOf(videos), CompletionRule.atLeast(6, podcasts)));
    for (int m = 0; m < MODULES; m++) {
      course.addModules(
          CourseModule.builder()
              .id(SEED + "/m" + (m + 1))
              .title(LocalizedText.of("sv", MODULE_TITLES[m][0]).and("en", MODULE_TITLES[m][1]))
              .activities(modules.get(m))
              .build());
    }
    return course.build();
  }

  /** Every relative reference of a course: media, captions, transcripts and documents. */
  public static Set<String> relativeReferences(Course course) {
    Set<String> out = new LinkedHashSet<>();
    course
        .activities()
        .forEach(
            a -> {
              List<URI> uris = new ArrayList<>();
              if (a.media() instanceof TimedMedia t) {
                uris.add(t.source());
                uris.addAll(t.captions().values());
                uris.addAll(t.transcripts().values());
              } else if (a.media() instanceof Document d) {
                uris.add(d.source());
              }
              uris.stream().filter(u -> !u.isAbsolute()).forEach(u -> out.add(u.toString()));
            });
    return out;
  }

  /** A small file for every relative reference, its content naming the reference. */
  public static Map<String, byte[]> smallFiles(Course course) {
    Map<String, byte[]> out = new java.util.LinkedHashMap<>();
    for (String r : relativeReferences(course)) {
      out.put(r, ("content of " + r).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }
}
