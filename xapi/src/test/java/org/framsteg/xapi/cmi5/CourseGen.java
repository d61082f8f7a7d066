package org.framsteg.xapi.cmi5;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.completion.CompletionRule.Weight;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Audio;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;

/**
 * Generated courses for the cmi5 properties: every media kind, every completion rule at activity,
 * module and course level, optional parts, ids that are and are not IRIs (and a course id shared
 * with a module), titles in several languages with characters XML cannot hold.
 *
 * <p>Courses are built from small integer plans, so jqwik shrinks a failing course to a small one.
 */
final class CourseGen {
  private CourseGen() {}

  /** What one activity is: media kind, required, rule, id style, title, description. */
  record ActivityPlan(int kind, boolean required, int rule, int idStyle, int title, int description) {}

  /** What one module is: its activities, required, rule, id style, whether it has a description. */
  record ModulePlan(List<ActivityPlan> activities, boolean required, int rule, int idStyle, boolean described) {}

  /** What the course is. */
  record CoursePlan(List<ModulePlan> modules, int rule, int idStyle, int title, boolean described) {}

  static final String[] TITLES = {
      "Inledning",
      "]]> <b>fet</b> & \"citat\" 'apostrof'",
      "Kontroll\u0001tecken\u001F och \u0008",
      "Ej tecken \uFFFE\uFFFF",
      "Ensam \uD800 surrogat",
      "Film 🎬 på svenska: åäö",
      "  luft runt om  ",
      "rad\r\nbrytning\rslut",
      "\u0007",
  };

  static Arbitrary<Course> courses() {
    Arbitrary<ActivityPlan> activity = Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.of(true, true, true, false), Arbitraries.integers().between(0, 9),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, TITLES.length - 1),
        Arbitraries.integers().between(-1, TITLES.length - 1)).as(ActivityPlan::new);
    Arbitrary<ModulePlan> module = Combinators.combine(activity.list().ofMinSize(1).ofMaxSize(5),
        Arbitraries.of(true, true, true, false), Arbitraries.integers().between(0, 8),
        Arbitraries.integers().between(0, 3), Arbitraries.of(true, false)).as(ModulePlan::new);
    Arbitrary<ModulePlan> first = Combinators.combine(activity.list().ofMinSize(1).ofMaxSize(5),
        Arbitraries.of(true, true, true, false), Arbitraries.integers().between(0, 8),
        Arbitraries.integers().between(0, 3), Arbitraries.of(true, false)).as(ModulePlan::new);
    Arbitrary<List<ModulePlan>> modules = Combinators.combine(first, module.list().ofMaxSize(3))
        .as((f, rest) -> {
          List<ModulePlan> all = new ArrayList<>();
          all.add(f);
          all.addAll(rest);
          return all;
        });
    return Combinators.combine(modules, Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, TITLES.length - 1), Arbitraries.of(true, false))
        .as(CoursePlan::new).map(CourseGen::build);
  }

  static Course build(CoursePlan plan) {
    List<CourseModule> modules = new ArrayList<>();
    List<String> activityIds = new ArrayList<>();
    List<String> timedIds = new ArrayList<>();
    int n = 0;
    for (int m = 0; m < plan.modules().size(); m++) {
      ModulePlan mp = plan.modules().get(m);
      List<Activity> activities = new ArrayList<>();
      for (ActivityPlan ap : mp.activities()) {
        String id = id(ap.idStyle(), "a", n++);
        activities.add(activity(id, ap));
        activityIds.add(id);
        if (kind(ap.kind()).isTimed()) {
          timedIds.add(id);
        }
      }
      CourseModule.Builder b = CourseModule.builder().id(id(mp.idStyle(), "m", m))
          .title(text(m + 3, "Modul " + m)).required(mp.required()).addAllActivities(activities);
      if (mp.described()) {
        b.description(text(m, "Om modulen"));
      }
      moduleRule(mp.rule(), activities).ifPresent(b::completion);
      modules.add(b.build());
    }
    String courseId = plan.idStyle() == 4 ? modules.get(0).id() : id(plan.idStyle(), "kurs", 0);
    Course.Builder c = Course.builder().id(courseId).title(text(plan.title(), "Kurs")).addLanguages("sv", "en")
        .addAllModules(modules);
    if (plan.described()) {
      c.description(LocalizedText.of("sv", "En kurs").and("en-GB", "A course"));
    }
    courseRule(plan.rule(), modules, activityIds, timedIds).ifPresent(c::completion);
    return c.build();
  }

  static MediaKind kind(int k) {
    return MediaKind.values()[k];
  }

  private static String id(int style, String prefix, int n) {
    switch (style) {
      case 1:
        return prefix + "-" + n;                              // not an IRI
      case 2:
        return "urn:framsteg:" + prefix + n;
      case 3:
        return "https://exempel.se/kurs/övning-" + prefix + n;  // an IRI, not a URI
      default:
        return "https://example.org/kurs/" + prefix + n;
    }
  }

  private static LocalizedText text(int t, String fallback) {
    int i = Math.floorMod(t, TITLES.length);
    LocalizedText text = LocalizedText.of("sv", TITLES[i]);
    return t % 2 == 0 ? text.and("en", fallback) : text;
  }

  private static Activity activity(String id, ActivityPlan p) {
    MediaKind kind = kind(p.kind());
    Media media;
    switch (kind) {
      case VIDEO:
        media = Video.builder().source(URI.create("media/v.mp4")).duration(Duration.ofSeconds(90)).build();
        break;
      case AUDIO:
        media = Audio.builder().source(URI.create("https://cdn.example.org/a.mp3")).duration(Duration.ofMinutes(3))
            .build();
        break;
      case PODCAST_EPISODE:
        media = PodcastEpisode.builder().source(URI.create("ep/1.mp3")).duration(Duration.ofMinutes(30)).build();
        break;
      case DOCUMENT:
        media = Document.builder().source(URI.create("material/text.pdf")).build();
        break;
      case WEB_LINK:
        media = WebLink.of(URI.create("https://www.kb.se/?q=a&b=c"));
        break;
      default:
        media = Assessment.builder().maxScore(3).passingScore(2).attemptsAllowed(2).build();
        break;
    }
    Activity.Builder b = Activity.builder().id(id).title(text(p.title(), "Aktivitet")).media(media)
        .required(p.required());
    if (p.description() >= 0) {
      b.description(text(p.description(), "Beskrivning"));
    }
    activityRule(p.rule(), id, kind).ifPresent(b::completion);
    return b.build();
  }

  private static java.util.Optional<CompletionRule> activityRule(int r, String id, MediaKind kind) {
    CompletionRule done = CompletionRule.markedDone(id);
    CompletionRule time = CompletionRule.timeSpent(Duration.ofMinutes(5));
    if (kind.isTimed()) {
      CompletionRule w = CompletionRule.watched(id, 0.9);
      switch (r) {
        case 1: return java.util.Optional.of(w);
        case 2: return java.util.Optional.of(CompletionRule.withinDays(7, w));
        case 3: return java.util.Optional.of(CompletionRule.anyOf(w, done));
        case 4: return java.util.Optional.of(CompletionRule.allOf(w, done));
        case 5: return java.util.Optional.of(CompletionRule.atLeast(2, w, done, time));
        case 6: return java.util.Optional.of(new CompletionRule.Weighted(List.of(new Weight(2, w), new Weight(1, done)), 0.5));
        case 7: return java.util.Optional.of(done);
        case 8: return java.util.Optional.of(time);
        default: return java.util.Optional.empty();
      }
    }
    if (kind == MediaKind.ASSESSMENT) {
      CompletionRule passed = CompletionRule.passed(id);
      switch (r) {
        case 1: return java.util.Optional.of(passed);
        case 2: return java.util.Optional.of(CompletionRule.scoreAtLeast(id, 0.85));
        case 3: return java.util.Optional.of(CompletionRule.allOf(passed, done));
        case 4: return java.util.Optional.of(CompletionRule.anyOf(passed, done));
        case 5: return java.util.Optional.of(CompletionRule.allOf(CompletionRule.scoreAtLeast(id, 0.12345), passed));
        case 6: return java.util.Optional.of(CompletionRule.before(Instant.parse("2027-01-01T00:00:00Z"), passed));
        case 7: return java.util.Optional.of(new CompletionRule.Weighted(List.of(new Weight(1, passed), new Weight(1, done),
            new Weight(1, time)), 0.6));
        case 8: return java.util.Optional.of(CompletionRule.atLeast(1, passed, done));
        default: return java.util.Optional.empty();
      }
    }
    switch (r % 4) {
      case 1: return java.util.Optional.of(done);
      case 2: return java.util.Optional.of(time);
      case 3: return java.util.Optional.of(CompletionRule.withinDays(3, done));
      default: return java.util.Optional.empty();
    }
  }

  private static java.util.Optional<CompletionRule> moduleRule(int r, List<Activity> activities) {
    if (activities.isEmpty()) {
      return r == 7 ? java.util.Optional.of(CompletionRule.timeSpent(Duration.ofHours(1))) : java.util.Optional.empty();
    }
    List<CompletionRule> completed = activities.stream().map(a -> CompletionRule.completed(a.id())).toList();
    List<CompletionRule> required = activities.stream().filter(Activity::required)
        .map(a -> CompletionRule.completed(a.id())).toList();
    switch (r) {
      case 1: return required.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(CompletionRule.allOf(required));
      case 2: return java.util.Optional.of(CompletionRule.atLeast((completed.size() + 1) / 2, completed));
      case 3: return java.util.Optional.of(CompletionRule.anyOf(completed));
      case 4: return java.util.Optional.of(CompletionRule.withinDays(14, CompletionRule.allOf(completed)));
      case 5: return java.util.Optional.of(new CompletionRule.Weighted(
          completed.stream().map(c -> new Weight(1, c)).toList(), 0.5));
      case 6: return java.util.Optional.of(CompletionRule.markedDone(activities.get(0).id()));
      case 7: return java.util.Optional.of(CompletionRule.timeSpent(Duration.ofHours(1)));
      case 8: return java.util.Optional.of(CompletionRule.allOf(completed.subList(0, 1)));
      default: return java.util.Optional.empty();
    }
  }

  private static java.util.Optional<CompletionRule> courseRule(int r, List<CourseModule> modules,
      List<String> activityIds, List<String> timedIds) {
    List<CompletionRule> modulesDone = modules.stream().filter(CourseModule::required)
        .map(m -> CompletionRule.moduleCompleted(m.id())).toList();
    switch (r) {
      case 1: return modulesDone.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(CompletionRule.allOf(modulesDone));
      case 2: return modulesDone.isEmpty() ? java.util.Optional.empty()
          : java.util.Optional.of(CompletionRule.before(Instant.parse("2027-06-30T22:00:00Z"), CompletionRule.allOf(modulesDone)));
      case 3: return java.util.Optional.of(CompletionRule.atLeast(1,
          modules.stream().map(m -> CompletionRule.moduleCompleted(m.id())).toList()));
      case 4: return java.util.Optional.of(CompletionRule.allOf(
          activityIds.stream().map(CompletionRule::completed).toList()));
      case 5: return timedIds.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(CompletionRule.watched(timedIds.get(0), 0.75));
      case 6: return java.util.Optional.of(CompletionRule.timeSpent(Duration.ofHours(10)));
      case 7: return java.util.Optional.of(CompletionRule.allOf(CompletionRule.markedDone(activityIds.get(0)),
          CompletionRule.withinDays(30, CompletionRule.moduleCompleted(modules.get(0).id()))));
      case 8: return java.util.Optional.of(new CompletionRule.Weighted(
          modules.stream().map(m -> new Weight(1, CompletionRule.moduleCompleted(m.id()))).toList(), 1.0));
      default: return java.util.Optional.empty();
    }
  }
}
