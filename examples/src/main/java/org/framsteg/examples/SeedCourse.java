package org.framsteg.examples;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.Video;

/**
 * The seed course: "Att leda digital transformation" (Leading digital transformation), a course
 * for library staff on Digiteket, the Swedish national learning platform for libraries, in the
 * programme "Digitalt först med användaren i fokus". Fifteen videos and eight podcast episodes,
 * about twelve and a half hours, in Swedish with English titles.
 *
 * <pre>{@code
 * Course course = SeedCourse.create();
 * ProgressState state = CourseEngine.of(course).start(enrolment);
 * }</pre>
 *
 * <p>The published course lists its media but not their titles or lengths; the five modules, the
 * titles and the durations here are a plausible reconstruction, not the published episode list.
 *
 * <p>Completion: every video watched to at least 90 % and at least six of the eight episodes
 * listened to at least 90 %, and nothing else. The course has no test to pass, and time spent is
 * left out because the played share already measures it, without counting a player left open.
 * There is no deadline in the rule: a due date belongs to an enrolment (an employer's), not to
 * the course, so it is set per enrolment with {@code Enrolment.dueBy}.
 */
public final class SeedCourse {
  /** The course id. */
  public static final String ID = "https://example.org/digiteket/att-leda-digital-transformation";

  /** The share of a video or an episode that counts as watched or listened to. */
  public static final double WATCHED = 0.9;

  /** How many of the podcast episodes must be listened to. */
  public static final int EPISODES_NEEDED = 6;

  /** The name of the podcast series of the course. */
  public static final String SERIES = "Att leda digital transformation – podden";

  private SeedCourse() {}

  private record Item(MediaKind kind, String number, String sv, String en, String length) {}

  private record Theme(String sv, String en, String aboutSv, String aboutEn, List<Item> items) {}

  private static Item video(String number, String sv, String en, String length) {
    return new Item(MediaKind.VIDEO, number, sv, en, length);
  }

  private static Item episode(String number, String sv, String en, String length) {
    return new Item(MediaKind.PODCAST_EPISODE, number, sv, en, length);
  }

  private static final List<Theme> THEMES = List.of(
      new Theme("Ledarskap i en digital tid", "Leadership in a digital age",
          "Vad digital transformation betyder för biblioteket och för dig som leder det.",
          "What digital transformation means for the library and for you who lead it.",
          List.of(
              video("01", "Vad är digital transformation?", "What is digital transformation?", "18:42"),
              video("02", "Bibliotekets uppdrag i en digital tid", "The library's mission in a digital age",
                  "24:10"),
              video("03", "Att leda när allt förändras", "Leading when everything changes", "29:05"),
              episode("01", "Chefen som digital förebild", "The manager as a digital role model", "42:18"),
              episode("02", "Från projekt till vardag", "From project to everyday work", "48:51"))),
      new Theme("Strategi och styrning", "Strategy and governance",
          "Från vision till prioriteringar, mål och uppföljning.",
          "From vision to priorities, goals and follow-up.",
          List.of(
              video("04", "Från vision till digital strategi", "From vision to digital strategy", "31:27"),
              video("05", "Att prioritera: vad ska vi sluta göra?", "Prioritising: what should we stop doing?",
                  "22:03"),
              video("06", "Mål och uppföljning som går att mäta", "Goals and follow-up that can be measured",
                  "26:48"),
              episode("03", "Biblioteksplanen som verktyg", "The library plan as a tool", "51:36"))),
      new Theme("Användaren i fokus", "The user in focus",
          "Att utgå från användarnas behov när tjänster blir digitala.",
          "Starting from the users' needs when services go digital.",
          List.of(
              video("07", "Vem är användaren?", "Who is the user?", "15:12"),
              video("08", "Tjänstedesign på biblioteket", "Service design in the library", "34:40"),
              video("09", "Användarundersökningar i praktiken", "User research in practice", "25:55"),
              episode("04", "Digitalt först, men för vem?", "Digital first, but for whom?", "45:09"),
              episode("05", "Tillgänglighet och digital delaktighet", "Accessibility and digital inclusion",
                  "53:22"))),
      new Theme("Organisation och kompetens", "Organisation and competence",
          "Roller, kompetensutveckling och samverkan i en digital organisation.",
          "Roles, competence development and cooperation in a digital organisation.",
          List.of(
              video("10", "Roller och ansvar i en digital organisation",
                  "Roles and responsibilities in a digital organisation", "23:31"),
              video("11", "Kompetensutveckling som vardag", "Competence development as everyday work", "19:16"),
              video("12", "Samverkan med kommunens IT", "Working with the municipality's IT", "28:02"),
              episode("06", "Den lärande organisationen", "The learning organisation", "38:44"))),
      new Theme("Att leda förändring", "Leading change",
          "Hur förändring tas emot, och hur du håller i den över tid.",
          "How change is received, and how you keep it going over time.",
          List.of(
              video("13", "Förändringens psykologi", "The psychology of change", "25:19"),
              video("14", "Motstånd som resurs", "Resistance as a resource", "21:47"),
              video("15", "Att hålla i och hålla ut", "Keeping at it", "33:08"),
              episode("07", "Erfarenheter från tre bibliotek", "Experiences from three libraries", "54:13"),
              episode("08", "Vägen framåt", "The road ahead", "40:27"))));

  /** Builds the course. Every call returns an equal course. */
  public static Course create() {
    List<CourseModule> modules = new ArrayList<>();
    List<CompletionRule> videos = new ArrayList<>();
    List<CompletionRule> episodes = new ArrayList<>();
    for (int m = 0; m < THEMES.size(); m++) {
      Theme theme = THEMES.get(m);
      CourseModule.Builder module = CourseModule.builder()
          .id(ID + "/m" + (m + 1))
          .title(LocalizedText.of("sv", theme.sv()).and("en", theme.en()))
          .description(LocalizedText.of("sv", theme.aboutSv()).and("en", theme.aboutEn()));
      for (Item item : theme.items()) {
        Activity activity = activity(item);
        module.addActivities(activity);
        (item.kind() == MediaKind.VIDEO ? videos : episodes).add(CompletionRule.watched(activity.id(), WATCHED));
      }
      modules.add(module.build());
    }
    return Course.builder()
        .id(ID)
        .version("1")
        .title(LocalizedText.of("sv", "Att leda digital transformation").and("en", "Leading digital transformation"))
        .description(LocalizedText.of("sv",
                "En kurs för dig som leder eller vill leda digital utveckling på bibliotek: ledarskap, strategi, "
                    + "användarna, organisationen och förändringen. Femton filmer och åtta poddavsnitt. "
                    + "Ingår i satsningen Digitalt först med användaren i fokus.")
            .and("en",
                "A course for those who lead, or want to lead, digital development in libraries: leadership, "
                    + "strategy, users, organisation and change. Fifteen videos and eight podcast episodes. "
                    + "Part of the programme Digital first with the user in focus."))
        .addLanguages("sv")
        .publisher("Digiteket")
        .audience(LocalizedText.of("sv", "Chefer, ledare och medarbetare på bibliotek")
            .and("en", "Managers, leaders and staff in libraries"))
        .addAllModules(modules)
        .completion(CompletionRule.allOf(
            CompletionRule.allOf(videos),
            CompletionRule.atLeast(EPISODES_NEEDED, episodes)))
        .build();
  }

  private static Activity activity(Item item) {
    boolean isVideo = item.kind() == MediaKind.VIDEO;
    String key = (isVideo ? "v" : "p") + item.number();
    String id = ID + "/" + key;
    Duration length = minutesAndSeconds(item.length());
    LocalizedText title = isVideo
        ? LocalizedText.of("sv", item.sv()).and("en", item.en())
        : LocalizedText.of("sv", "Podd " + Integer.parseInt(item.number()) + ": " + item.sv())
            .and("en", "Podcast " + Integer.parseInt(item.number()) + ": " + item.en());
    Activity.Builder activity = Activity.builder()
        .id(id)
        .title(title)
        .completion(CompletionRule.watched(id, WATCHED));
    if (isVideo) {
      activity.media(Video.builder()
          .source(URI.create("media/" + key + ".mp4"))
          .duration(length)
          .language("sv")
          .putCaptions("sv", URI.create("media/" + key + ".sv.vtt"))
          .build());
    } else {
      // Any two episodes may be left out, so no single one is required by the module.
      activity.required(false).media(PodcastEpisode.builder()
          .source(URI.create("media/" + key + ".mp3"))
          .duration(length)
          .language("sv")
          .series(SERIES)
          .episode(Integer.parseInt(item.number()))
          .putTranscripts("sv", URI.create("media/" + key + ".sv.txt"))
          .build());
    }
    return activity.build();
  }

  private static Duration minutesAndSeconds(String mmss) {
    String[] parts = mmss.split(":");
    return Duration.ofMinutes(Integer.parseInt(parts[0])).plusSeconds(Integer.parseInt(parts[1]));
  }
}
