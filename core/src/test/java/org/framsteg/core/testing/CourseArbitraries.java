package org.framsteg.core.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.completion.CompletionRule.Deadline;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Audio;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;
import org.framsteg.core.learner.Enrolment;
import org.framsteg.core.learner.EnrolmentStatus;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.PlayedSegments;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.core.progress.Score;
import org.framsteg.core.progress.Segment;

/**
 * Shared jqwik generators for courses, learners and the progress events of a learner, for the
 * property tests of every module (core's test-jar).
 *
 * <pre>{@code
 * @Provide Arbitrary<CourseWithEvents> data() { return CourseArbitraries.coursesWithEvents(); }
 * @Property void foldIsOrderIndependent(@ForAll("data") CourseWithEvents d) { ... d.folded() ... }
 * }</pre>
 *
 * <p>Every generated course is valid: 1 to 4 modules of 1 to 8 activities of all six media kinds,
 * ids are IRIs {@code https://example.org/c/<n>/m<i>/a<j>}, titles are in Swedish and English,
 * optional fields come and go, and completion rules of every kind refer only to existing activities
 * of the right kind, never to themselves, with at-least counts within bounds. Event streams use
 * every event kind, carry unique ids (UUIDs) and timestamps from the enrolment instant up to
 * {@link #HORIZON} after it; played segments lie within and beyond the media's durations.
 */
public final class CourseArbitraries {

  /** The earliest enrolment instant generated; fixed deadlines lie after it. */
  public static final Instant BASE = Instant.parse("2026-01-12T08:00:00Z");

  /** How long after enrolment generated events and deadlines reach. */
  public static final Duration HORIZON = Duration.ofDays(90);

  private static final String[][] TITLES = {
      {"Inledning", "Introduction"},
      {"Att leda förändring", "Leading change"},
      {"Digital strategi", "Digital strategy"},
      {"Källkritik på nätet", "Source criticism online"},
      {"Upphovsrätt och licenser", "Copyright and licences"},
      {"Öppna data", "Open data"},
      {"Samtal med användare", "Talking with users"},
      {"Tillgänglighet", "Accessibility"},
      {"Sammanfattning och nästa steg", "Summary and next steps"},
      {"Kunskapstest", "Knowledge check"},
  };

  private static final String[][] DESCRIPTIONS = {
      {"En kort genomgång för alla medarbetare.", "A short overview for all staff."},
      {"Fördjupning med exempel från folkbibliotek.", "In depth, with examples from public libraries."},
      {"Lyssna i din egen takt.", "Listen at your own pace."},
  };

  private CourseArbitraries() {}

  /**
   * A course, the engine for it, an enrolment in it and the events of that learner.
   *
   * @param course the course
   * @param engine the engine of the course (one instance: states are equal only on the same engine)
   * @param enrolment the learner's enrolment, active, with or without a due date
   * @param events events with unique ids, timestamps from the enrolment on
   */
  public record CourseWithEvents(Course course, CourseEngine engine, Enrolment enrolment,
      List<ProgressEvent> events) {
    public CourseWithEvents {
      events = List.copyOf(events);
    }

    /** When the learner enrolled. */
    public Instant enrolledAt() {
      return enrolment.enrolledAt();
    }

    /** The state of the enrolment before any event. */
    public ProgressState start() {
      return engine.start(enrolment);
    }

    /** The state with all events applied in order. */
    public ProgressState folded() {
      return start().applyAll(events);
    }

    @Override
    public String toString() {
      return describe(course) + "enrolment " + enrolment.enrolledAt() + enrolment.due().map(d -> " due " + d)
          .orElse("") + "\nevents:\n" + events.stream().map(e -> "  " + e).collect(Collectors.joining("\n"));
    }
  }

  // ---- courses ----

  /** Valid courses of every shape the model allows (see the class comment). */
  public static Arbitrary<Course> courses() {
    return skeletons().flatMap(CourseArbitraries::assemble);
  }

  /** Courses with their engine, an enrolment and a stream of events of that learner. */
  public static Arbitrary<CourseWithEvents> coursesWithEvents() {
    return coursesWithEvents(40);
  }

  /** Courses with their engine, an enrolment and up to {@code maxEvents} events. */
  public static Arbitrary<CourseWithEvents> coursesWithEvents(int maxEvents) {
    return courses().flatMap(course -> enrolments(course).flatMap(enrolment -> {
      CourseEngine engine = CourseEngine.of(course);
      return events(course, enrolment.enrolledAt(), maxEvents)
          .map(events -> new CourseWithEvents(course, engine, enrolment, events));
    }));
  }

  /** A title in Swedish (first) and English. */
  public static Arbitrary<LocalizedText> titles() {
    return Combinators.combine(Arbitraries.of(TITLES), Arbitraries.integers().between(1, 99).optional(0.5))
        .as((t, n) -> LocalizedText.of("sv", t[0] + n.map(i -> " " + i).orElse(""))
            .and("en", t[1] + n.map(i -> " " + i).orElse("")));
  }

  private static Arbitrary<LocalizedText> descriptions() {
    return Arbitraries.of(DESCRIPTIONS).map(d -> LocalizedText.of("sv", d[0]).and("en", d[1]));
  }

  /** Media of one kind. */
  public static Arbitrary<Media> media(MediaKind kind) {
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 999);
    return switch (kind) {
      case VIDEO -> Combinators.combine(n, mediaDurations(), languages(), tagMap("vtt"), tagMap("txt"))
          .as((i, d, lang, captions, transcripts) -> (Media) Video.builder()
              .source(URI.create("media/video-" + i + ".mp4")).duration(d).language(lang)
              .captions(captions).transcripts(transcripts).build());
      case AUDIO -> Combinators.combine(n, mediaDurations(), languages(), tagMap("txt"))
          .as((i, d, lang, transcripts) -> (Media) Audio.builder()
              .source(URI.create("https://media.example.org/audio-" + i + ".mp3")).duration(d).language(lang)
              .transcripts(transcripts).build());
      case PODCAST_EPISODE -> Combinators.combine(n, mediaDurations(), languages(),
              Arbitraries.of("Biblioteket lyssnar", "Framtidens bibliotek").optional(0.6),
              Arbitraries.integers().between(1, 200).optional(0.6), tagMap("vtt"))
          .as((i, d, lang, series, episode, captions) -> (Media) PodcastEpisode.builder()
              .source(URI.create("https://pod.example.org/ep-" + i + ".mp3")).duration(d).language(lang)
              .series(series).episode(episode).captions(captions).build());
      case DOCUMENT -> Combinators.combine(n, Arbitraries.integers().between(1, 400).optional(0.6), languages())
          .as((i, pages, lang) -> (Media) Document.builder()
              .source(URI.create("material/doc-" + i + ".pdf")).pages(pages).language(lang).build());
      case WEB_LINK -> n.map(i -> (Media) WebLink.of(URI.create("https://www.example.org/read/" + i)));
      case ASSESSMENT -> Combinators.combine(Arbitraries.of(1.0, 5.0, 10.0, 20.0, 100.0, 12.5),
              Arbitraries.integers().between(0, 100), Arbitraries.integers().between(1, 5).optional(0.6))
          .as((max, pass, attempts) -> (Media) Assessment.builder().maxScore(max)
              .passingScore(max * pass / 100.0).attemptsAllowed(attempts).build());
    };
  }

  /** Media of any of the six kinds. */
  public static Arbitrary<Media> media() {
    return Arbitraries.of(MediaKind.class).flatMap(k -> media(k).withoutEdgeCases());
  }

  /** Media durations: positive, millisecond precision, up to three hours, 1 ms included. */
  public static Arbitrary<Duration> mediaDurations() {
    return Arbitraries.longs().between(1, Duration.ofHours(3).toMillis()).map(Duration::ofMillis);
  }

  private static Arbitrary<Optional<String>> languages() {
    return Arbitraries.of("sv", "en", "sv-SE", "en-GB").optional(0.6);
  }

  private static Arbitrary<Map<String, URI>> tagMap(String extension) {
    return Arbitraries.subsetOf("sv", "en").map(tags -> {
      Map<String, URI> m = new LinkedHashMap<>();
      tags.stream().sorted().forEach(t -> m.put(t, URI.create("media/text." + t + "." + extension)));
      return m;
    });
  }

  /** A learner known by a mailbox or by an account. */
  public static Arbitrary<Learner> learners() {
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 9999);
    return Arbitraries.oneOf(
        n.map(i -> Learner.mailbox("larande" + i + "@example.org")),
        n.map(i -> Learner.account(URI.create("https://lms.example.org"), "u-" + i)));
  }

  /** Enrolment instants: from {@link #BASE} to 30 days after, millisecond precision. */
  public static Arbitrary<Instant> enrolmentInstants() {
    return Arbitraries.longs().between(0, Duration.ofDays(30).toMillis()).map(BASE::plusMillis);
  }

  /** Active enrolments in a course, with a due date 1 to 90 days after enrolment or none. */
  public static Arbitrary<Enrolment> enrolments(Course course) {
    return Combinators.combine(learners(), enrolmentInstants(),
            Arbitraries.integers().between(1, 90).optional(0.4))
        .as((learner, at, dueDays) -> {
          Enrolment e = Enrolment.of(learner, course.id(), at);
          return dueDays.map(d -> e.dueBy(at.plus(Duration.ofDays(d)))).orElse(e);
        });
  }

  // ---- the shape of a course, before ids and rules ----

  private record ActivityDraft(LocalizedText title, Optional<LocalizedText> description, Media media,
      boolean required, Optional<Duration> estimate) {}

  private record ModuleDraft(LocalizedText title, Optional<LocalizedText> description, boolean required,
      List<ActivityDraft> activities) {}

  private record Meta(String version, LocalizedText title, Optional<LocalizedText> description,
      List<String> languages, Optional<String> publisher, Optional<LocalizedText> audience,
      Optional<String> licence) {}

  private record Skeleton(int number, Meta meta, List<ModuleDraft> modules) {}

  private static Arbitrary<ActivityDraft> activityDrafts() {
    return Combinators.combine(titles(), descriptions().optional(0.3), media(),
            Arbitraries.of(true, true, true, true, false),
            Arbitraries.integers().between(1, 120).map(m -> Duration.ofMinutes(m)).optional(0.3))
        .as(ActivityDraft::new);
  }

  private static Arbitrary<ModuleDraft> moduleDrafts() {
    return Combinators.combine(titles(), descriptions().optional(0.3),
            Arbitraries.of(true, true, true, false), activityDrafts().list().ofMinSize(1).ofMaxSize(8))
        .as(ModuleDraft::new);
  }

  private static Arbitrary<Meta> metas() {
    return Combinators.combine(Arbitraries.of("1", "1", "2", "2026-03"), titles(), descriptions().optional(0.5),
            Arbitraries.of(List.of("sv", "en"), List.of("sv"), List.of("en", "sv"), List.of("sv", "en", "fi"),
                List.<String>of()),
            Arbitraries.of("Kungliga biblioteket", "Region Exempel").optional(0.5),
            Arbitraries.of(LocalizedText.of("sv", "Bibliotekspersonal").and("en", "Library staff")).optional(0.4),
            Arbitraries.of("CC-BY-4.0", "https://creativecommons.org/licenses/by-sa/4.0/").optional(0.4))
        .as(Meta::new);
  }

  private static Arbitrary<Skeleton> skeletons() {
    return Combinators.combine(Arbitraries.integers().between(1, 9999), metas(),
        moduleDrafts().list().ofMinSize(1).ofMaxSize(4)).as(Skeleton::new);
  }

  /** An activity of the course being generated, with its place. */
  private record Slot(String id, MediaKind kind, Media media, int module) {}

  private static Arbitrary<Course> assemble(Skeleton s) {
    String courseId = "https://example.org/c/" + s.number();
    List<Slot> slots = new ArrayList<>();
    List<String> moduleIds = new ArrayList<>();
    for (int m = 0; m < s.modules().size(); m++) {
      String moduleId = courseId + "/m" + (m + 1);
      moduleIds.add(moduleId);
      List<ActivityDraft> drafts = s.modules().get(m).activities();
      for (int a = 0; a < drafts.size(); a++) {
        Media media = drafts.get(a).media();
        slots.add(new Slot(moduleId + "/a" + (a + 1), media.kind(), media, m));
      }
    }
    // One optional rule per activity, per module, and for the course, in that order.
    List<Arbitrary<Optional<CompletionRule>>> rules = new ArrayList<>();
    for (Slot slot : slots) {
      rules.add(rule(ownLeaves(slot), 1).optional(0.3));
    }
    for (int m = 0; m < moduleIds.size(); m++) {
      int module = m;
      List<Slot> own = slots.stream().filter(x -> x.module() == module).toList();
      rules.add(rule(leaves(own, List.of()), 2).optional(0.4));
    }
    rules.add(rule(leaves(slots, moduleIds), 2).optional(0.5));
    // Built anew for every course: edge cases of so wide a combination cost more than they find.
    return Combinators.combine(rules).as(chosen -> {
      Course.Builder course = Course.builder().id(courseId).version(s.meta().version())
          .title(s.meta().title()).description(s.meta().description()).languages(s.meta().languages())
          .publisher(s.meta().publisher()).audience(s.meta().audience()).licence(s.meta().licence())
          .completion(chosen.get(chosen.size() - 1));
      int k = 0;
      for (int m = 0; m < s.modules().size(); m++) {
        ModuleDraft md = s.modules().get(m);
        CourseModule.Builder module = CourseModule.builder().id(moduleIds.get(m)).title(md.title())
            .description(md.description()).required(md.required())
            .completion(chosen.get(slots.size() + m));
        for (ActivityDraft ad : md.activities()) {
          module.addActivities(Activity.builder().id(slots.get(k).id()).title(ad.title())
              .description(ad.description()).media(ad.media()).required(ad.required())
              .estimatedTime(ad.estimate()).completion(chosen.get(k)).build());
          k++;
        }
        course.addModules(module.build());
      }
      return course.build();
    }).withoutEdgeCases();
  }

  // ---- completion rules ----

  /** Leaves an activity's own rule may use: facts about the activity itself, and time spent. */
  private static List<Arbitrary<CompletionRule>> ownLeaves(Slot self) {
    List<Arbitrary<CompletionRule>> out = new ArrayList<>(leafFacts(self));
    out.add(timeSpentRules());
    return out;
  }

  /** Leaves about the given activities and modules, and time spent. */
  private static List<Arbitrary<CompletionRule>> leaves(List<Slot> slots, List<String> moduleIds) {
    List<Arbitrary<CompletionRule>> out = new ArrayList<>();
    for (Slot slot : slots) {
      out.add(Arbitraries.just(CompletionRule.completed(slot.id())));
      out.addAll(leafFacts(slot));
    }
    for (String m : moduleIds) {
      out.add(Arbitraries.just(CompletionRule.moduleCompleted(m)));
    }
    out.add(timeSpentRules());
    return out;
  }

  /** The facts about one activity a rule can ask for, by its kind (never its completion). */
  private static List<Arbitrary<CompletionRule>> leafFacts(Slot slot) {
    List<Arbitrary<CompletionRule>> out = new ArrayList<>();
    out.add(Arbitraries.just(CompletionRule.markedDone(slot.id())));
    if (slot.kind().isTimed()) {
      out.add(fractions().map(f -> CompletionRule.watched(slot.id(), f)));
    }
    if (slot.kind() == MediaKind.ASSESSMENT) {
      out.add(Arbitraries.just(CompletionRule.passed(slot.id())));
      out.add(fractions().map(f -> CompletionRule.scoreAtLeast(slot.id(), f)));
    }
    return out;
  }

  private static Arbitrary<CompletionRule> timeSpentRules() {
    return Arbitraries.integers().between(1, 300).map(m -> CompletionRule.timeSpent(Duration.ofMinutes(m)));
  }

  private static Arbitrary<Double> fractions() {
    return Arbitraries.integers().between(1, 100).map(i -> i / 100.0);
  }

  /** Deadlines: a fixed instant within the horizon, or 0 to 60 days after enrolment. */
  public static Arbitrary<Deadline> deadlines() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, HORIZON.toSeconds()).map(s -> (Deadline) new Deadline.At(BASE.plusSeconds(s))),
        Arbitraries.integers().between(0, 60).map(d -> (Deadline) new Deadline.DaysAfterEnrolment(d)));
  }

  private static Arbitrary<CompletionRule> rule(List<Arbitrary<CompletionRule>> leaves, int depth) {
    Arbitrary<CompletionRule> leaf = Arbitraries.oneOf(leaves);
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<CompletionRule> sub = rule(leaves, depth - 1);
    Arbitrary<List<CompletionRule>> parts = sub.list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<CompletionRule> weighted = Combinators.combine(
            Combinators.combine(Arbitraries.integers().between(1, 10).map(w -> w / 2.0), sub)
                .as(CompletionRule.Weight::new).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(1, 100).map(t -> t / 100.0))
        .as(CompletionRule.Weighted::new);
    return Arbitraries.frequencyOf(
        Tuple.of(4, leaf),
        Tuple.of(2, parts.map(CompletionRule::allOf)),
        Tuple.of(1, parts.map(CompletionRule::anyOf)),
        Tuple.of(2, parts.flatMap(rs -> Arbitraries.integers().between(1, rs.size())
            .map(k -> CompletionRule.atLeast(k, rs)))),
        Tuple.of(1, weighted),
        Tuple.of(1, Combinators.combine(deadlines(), sub).as(CompletionRule.Before::new)));
  }

  // ---- events ----

  /** Up to 40 events of a learner in a course who enrolled at {@code enrolledAt}. */
  public static Arbitrary<List<ProgressEvent>> events(Course course, Instant enrolledAt) {
    return events(course, enrolledAt, 40);
  }

  /**
   * Up to {@code maxEvents} events of every kind for the course's activities, with unique ids
   * (UUIDs) and timestamps from {@code enrolledAt} to {@link #HORIZON} after it.
   */
  public static Arbitrary<List<ProgressEvent>> events(Course course, Instant enrolledAt, int maxEvents) {
    List<Activity> all = course.activities().toList();
    List<Activity> timed = all.stream().filter(a -> a.media() instanceof TimedMedia).toList();
    List<Activity> scored = all.stream().filter(a -> a.media() instanceof Assessment).toList();
    Arbitrary<Instant> when = Arbitraries.longs().between(0, HORIZON.toMillis()).map(enrolledAt::plusMillis);
    Arbitrary<Activity> any = Arbitraries.of(all);

    List<Tuple2<Integer, Arbitrary<Function<String, ProgressEvent>>>> kinds = new ArrayList<>();
    kinds.add(Tuple.of(2, Combinators.combine(when, any)
        .as((t, a) -> id -> new ProgressEvent.Started(id, t, a.id()))));
    kinds.add(Tuple.of(1, Combinators.combine(when, any)
        .as((t, a) -> id -> new ProgressEvent.Completed(id, t, a.id()))));
    kinds.add(Tuple.of(1, Combinators.combine(when, any, Arbitraries.of("mailto:larare@example.org").optional(0.5))
        .as((t, a, by) -> id -> new ProgressEvent.MarkedDone(id, t, a.id(), by))));
    kinds.add(Tuple.of(2, Combinators.combine(when, Arbitraries.longs().between(0, Duration.ofHours(2).toMillis()),
            any.map(Activity::id).optional(0.5))
        .as((start, length, activity) -> id -> new ProgressEvent.TimeSpent(id, start.plusMillis(length), activity,
            start, start.plusMillis(length)))));
    kinds.add(Tuple.of(1, Combinators.combine(when, Arbitraries.of(EnrolmentStatus.class))
        .as((t, status) -> id -> new ProgressEvent.EnrolmentChanged(id, t, status))));
    if (!timed.isEmpty()) {
      kinds.add(Tuple.of(6, Arbitraries.of(timed).flatMap(a -> Combinators.combine(when,
              segments(((TimedMedia) a.media()).duration()))
          .as((t, segment) -> id -> new ProgressEvent.Played(id, t, a.id(), segment)))));
      kinds.add(Tuple.of(2, Arbitraries.of(timed).flatMap(a -> Combinators.combine(when,
              positions(((TimedMedia) a.media()).duration()))
          .as((t, position) -> id -> new ProgressEvent.Positioned(id, t, a.id(), position)))));
    }
    if (!scored.isEmpty()) {
      kinds.add(Tuple.of(3, Arbitraries.of(scored).flatMap(a -> {
        Assessment assessment = (Assessment) a.media();
        int maxAttempt = Math.min(ProgressEvent.Scored.MAX_ATTEMPT, assessment.attemptsAllowed().orElse(4) + 1);
        return Combinators.combine(when, Arbitraries.integers().between(1, maxAttempt), scores(assessment),
                Arbitraries.of(true, false).optional(0.3))
            .as((t, attempt, score, passed) -> id -> new ProgressEvent.Scored(id, t, a.id(), attempt, score,
                passed));
      })));
    }
    return Combinators.combine(Arbitraries.longs(), Arbitraries.frequencyOf(kinds).list().ofMaxSize(maxEvents))
        .as((seed, makers) -> {
          List<ProgressEvent> out = new ArrayList<>(makers.size());
          for (int i = 0; i < makers.size(); i++) {
            out.add(makers.get(i).apply(eventId(seed, i)));
          }
          return out;
        }).withoutEdgeCases();
  }

  private static String eventId(long seed, int index) {
    return UUID.nameUUIDFromBytes((seed + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Scores of an assessment: raw within its range, or scaled in [-1, 1] in hundredths. */
  public static Arbitrary<Score> scores(Assessment assessment) {
    double max = assessment.maxScore();
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 100).map(p -> Score.raw(max * p / 100.0, 0, max)),
        Arbitraries.integers().between(-100, 100).map(p -> Score.scaled(p / 100.0)));
  }

  /**
   * Segments of a medium of this duration: starting anywhere up to a fifth beyond its end and
   * lasting up to half of it, so some lie within, some across the end and some wholly beyond.
   */
  public static Arbitrary<Segment> segments(Duration duration) {
    long d = duration.toMillis();
    long maxFrom = Math.min(Segment.MAX_MILLIS, Math.max(1, d + d / 5));
    long maxLength = Math.max(1, d / 2);
    return Combinators.combine(Arbitraries.longs().between(0, maxFrom), Arbitraries.longs().between(0, maxLength))
        .as((from, length) -> Segment.ofMillis(from, Math.min(Segment.MAX_MILLIS, from + length)));
  }

  /** Played-segment sets of up to 12 segments of a medium of this duration (see {@link #segments}). */
  public static Arbitrary<PlayedSegments> playedSegments(Duration duration) {
    return segments(duration).list().ofMaxSize(12).map(l -> PlayedSegments.of(l.toArray(Segment[]::new)));
  }

  private static Arbitrary<Duration> positions(Duration duration) {
    long d = duration.toMillis();
    return Arbitraries.longs().between(0, Math.min(Segment.MAX_MILLIS, d + d / 5)).map(Duration::ofMillis);
  }

  // ---- reporting ----

  /** A compact outline of a course: ids, kinds, durations and rules, one line per element. */
  public static String describe(Course course) {
    StringBuilder sb = new StringBuilder("course ").append(course.id()).append(" v").append(course.version());
    course.completion().ifPresent(r -> sb.append(" rule ").append(r));
    sb.append('\n');
    for (CourseModule m : course.modules()) {
      sb.append("  module ").append(m.id()).append(m.required() ? "" : " (optional)");
      m.completion().ifPresent(r -> sb.append(" rule ").append(r));
      sb.append('\n');
      for (Activity a : m.activities()) {
        sb.append("    ").append(a.media().kind().key()).append(' ').append(a.id())
            .append(a.required() ? "" : " (optional)");
        if (a.media() instanceof TimedMedia t) {
          sb.append(' ').append(t.duration().toMillis()).append(" ms");
        } else if (a.media() instanceof Assessment s) {
          sb.append(" pass ").append(s.passingScore()).append('/').append(s.maxScore())
              .append(s.attemptsAllowed().map(n -> ", " + n + " attempts").orElse(""));
        }
        a.completion().ifPresent(r -> sb.append(" rule ").append(r));
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** The ids of all activities of a course. */
  public static Set<String> activityIds(Course course) {
    return course.activities().map(Activity::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
