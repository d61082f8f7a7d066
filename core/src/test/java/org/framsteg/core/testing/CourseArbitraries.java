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
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
 * of the right kind, never to themselves, with at-least counts within bounds. Activity rules may ask
 * for earlier activities, module rules for any activity and for earlier modules, the course rule for
 * anything. Event streams use
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
    // Rules depend on the shape of the course; rather than a flatMap (which builds new arbitraries
    // for every try and is slow), they are read from a stream of choices: first a few that shrink
    // to 0 (and 0 always means the simpler option), then numbers from a seed.
    return Combinators.combine(skeletons(), choices(), Arbitraries.longs())
        .as((skeleton, choices, seed) -> assemble(skeleton, new Choices(choices, seed)));
  }

  /** Courses with their engine, an enrolment and a stream of events of that learner. */
  public static Arbitrary<CourseWithEvents> coursesWithEvents() {
    return coursesWithEvents(40);
  }

  /** Courses with their engine, an enrolment and up to {@code maxEvents} events. */
  public static Arbitrary<CourseWithEvents> coursesWithEvents(int maxEvents) {
    return Combinators.combine(courses(), enrolmentParts(), rawEvents(maxEvents)).as((course, parts, raw) -> {
      Enrolment enrolment = parts.enrol(course);
      return new CourseWithEvents(course, CourseEngine.of(course), enrolment,
          realise(course, enrolment.enrolledAt(), raw));
    });
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

  /** Media of any of the six kinds, equally often. */
  public static Arbitrary<Media> media() {
    List<Arbitrary<? extends Media>> all = new ArrayList<>();
    for (MediaKind kind : MediaKind.values()) {
      all.add(media(kind));
    }
    return Arbitraries.oneOf(all);
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
    return enrolmentParts().map(p -> p.enrol(course));
  }

  private record EnrolmentParts(Learner learner, Instant at, Optional<Integer> dueDays) {
    Enrolment enrol(Course course) {
      Enrolment e = Enrolment.of(learner, course.id(), at);
      return dueDays.map(d -> e.dueBy(at.plus(Duration.ofDays(d)))).orElse(e);
    }
  }

  private static Arbitrary<EnrolmentParts> enrolmentParts() {
    return Combinators.combine(learners(), enrolmentInstants(), Arbitraries.integers().between(1, 90).optional(0.4))
        .as(EnrolmentParts::new);
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

  private static Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, 0xffff).list().ofSize(CHOICES);
  }

  /** Enough for the course's and the modules' rules; shrinkable lists cost time, seeds do not. */
  private static final int CHOICES = 64;

  /** Reads the given choices in order, then numbers from the seed. */
  private static final class Choices {
    private final List<Integer> values;
    private final java.util.Random rest;
    private int next;

    Choices(List<Integer> values, long seed) {
      this.values = values;
      this.rest = new java.util.Random(seed);
    }

    /** A number in [0, bound). */
    int below(int bound) {
      int v = next < values.size() ? values.get(next) : rest.nextInt(0x10000);
      next++;
      return bound <= 1 ? 0 : v % bound;
    }

    /** True with about {@code percent} % probability; false for the choice 0. */
    boolean chance(int percent) {
      return below(100) >= 100 - percent;
    }

    <T> T of(List<T> options) {
      return options.get(below(options.size()));
    }
  }

  /** An activity of the course being generated, with its place. */
  private record Slot(String id, MediaKind kind, int module) {}

  private static Course assemble(Skeleton s, Choices choices) {
    String courseId = "https://example.org/c/" + s.number();
    List<Slot> slots = new ArrayList<>();
    List<String> moduleIds = new ArrayList<>();
    for (int m = 0; m < s.modules().size(); m++) {
      String moduleId = courseId + "/m" + (m + 1);
      moduleIds.add(moduleId);
      List<ActivityDraft> drafts = s.modules().get(m).activities();
      for (int a = 0; a < drafts.size(); a++) {
        slots.add(new Slot(moduleId + "/a" + (a + 1), drafts.get(a).media().kind(), m));
      }
    }
    Course.Builder course = Course.builder().id(courseId).version(s.meta().version())
        .title(s.meta().title()).description(s.meta().description()).languages(s.meta().languages())
        .publisher(s.meta().publisher()).audience(s.meta().audience()).licence(s.meta().licence());
    // The course's rule first, then the modules', then the activities': the first choices, which
    // shrink, decide the rules that matter most.
    if (choices.chance(50)) {
      course.completion(rule(choices, leaves(slots, moduleIds), 2));
    }
    List<Optional<CompletionRule>> moduleRules = new ArrayList<>();
    for (int m = 0; m < s.modules().size(); m++) {
      int module = m;
      List<Slot> own = slots.stream().filter(x -> x.module() == module).toList();
      List<Leaf> leaves = leaves(own, moduleIds.subList(0, m));
      if (own.size() < slots.size()) {
        // Any activity of another module may be asked for too.
        leaves.add(c -> CompletionRule.completed(c.of(slots).id()));
      }
      moduleRules.add(choices.chance(40) ? Optional.of(rule(choices, leaves, 2)) : Optional.empty());
    }
    int k = 0;
    for (int m = 0; m < s.modules().size(); m++) {
      ModuleDraft md = s.modules().get(m);
      CourseModule.Builder builder = CourseModule.builder().id(moduleIds.get(m)).title(md.title())
          .description(md.description()).required(md.required()).completion(moduleRules.get(m));
      for (ActivityDraft ad : md.activities()) {
        Slot slot = slots.get(k++);
        Optional<CompletionRule> rule = choices.chance(30)
            ? Optional.of(rule(choices, ownLeaves(slot, slots.subList(0, k - 1)), 1)) : Optional.empty();
        builder.addActivities(Activity.builder().id(slot.id()).title(ad.title())
            .description(ad.description()).media(ad.media()).required(ad.required())
            .estimatedTime(ad.estimate()).completion(rule).build());
      }
      course.addModules(builder.build());
    }
    return course.build();
  }

  // ---- completion rules ----

  /** A leaf rule read from the choices. */
  private interface Leaf {
    CompletionRule make(Choices choices);
  }

  /**
   * Leaves an activity's own rule may use: facts about the activity itself, time spent, and the
   * completion of an earlier activity (never a later one, so no rule depends on itself).
   */
  private static List<Leaf> ownLeaves(Slot self, List<Slot> earlier) {
    List<Leaf> out = new ArrayList<>();
    out.add(CourseArbitraries::timeSpentRule);
    out.addAll(leafFacts(self));
    if (!earlier.isEmpty()) {
      out.add(c -> CompletionRule.completed(c.of(earlier).id()));
    }
    return out;
  }

  /** Leaves about the given activities and modules, and time spent. */
  private static List<Leaf> leaves(List<Slot> slots, List<String> moduleIds) {
    List<Leaf> out = new ArrayList<>();
    out.add(CourseArbitraries::timeSpentRule);
    for (Slot slot : slots) {
      out.add(c -> CompletionRule.completed(slot.id()));
      out.addAll(leafFacts(slot));
    }
    for (String m : moduleIds) {
      out.add(c -> CompletionRule.moduleCompleted(m));
    }
    return out;
  }

  /** The facts about one activity a rule can ask for, by its kind (never its completion). */
  private static List<Leaf> leafFacts(Slot slot) {
    List<Leaf> out = new ArrayList<>();
    out.add(c -> CompletionRule.markedDone(slot.id()));
    if (slot.kind().isTimed()) {
      out.add(c -> CompletionRule.watched(slot.id(), fraction(c)));
    }
    if (slot.kind() == MediaKind.ASSESSMENT) {
      out.add(c -> CompletionRule.passed(slot.id()));
      out.add(c -> CompletionRule.scoreAtLeast(slot.id(), fraction(c)));
    }
    return out;
  }

  private static CompletionRule timeSpentRule(Choices c) {
    return CompletionRule.timeSpent(Duration.ofMinutes(1 + c.below(300)));
  }

  private static double fraction(Choices c) {
    return (1 + c.below(100)) / 100.0;
  }

  private static Deadline deadline(Choices c) {
    return c.chance(50) ? new Deadline.DaysAfterEnrolment(c.below(61))
        : new Deadline.At(BASE.plusSeconds(c.below((int) Math.min(Integer.MAX_VALUE, HORIZON.toSeconds()))));
  }

  /** Deadlines: a fixed instant within the horizon, or 0 to 60 days after enrolment. */
  public static Arbitrary<Deadline> deadlines() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, HORIZON.toSeconds()).map(s -> (Deadline) new Deadline.At(BASE.plusSeconds(s))),
        Arbitraries.integers().between(0, 60).map(d -> (Deadline) new Deadline.DaysAfterEnrolment(d)));
  }

  private static CompletionRule rule(Choices c, List<Leaf> leaves, int depth) {
    // Weights: leaf 4, allOf 2, anyOf 1, atLeast 2, weighted 1, before 1 (of 11); 0 is a leaf.
    int pick = depth == 0 ? 0 : c.below(11);
    if (pick < 4) {
      return c.of(leaves).make(c);
    }
    if (pick < 9) {
      List<CompletionRule> parts = new ArrayList<>();
      int n = 1 + c.below(4);
      for (int i = 0; i < n; i++) {
        parts.add(rule(c, leaves, depth - 1));
      }
      if (pick < 6) {
        return CompletionRule.allOf(parts);
      }
      if (pick < 7) {
        return CompletionRule.anyOf(parts);
      }
      return CompletionRule.atLeast(1 + c.below(parts.size()), parts);
    }
    if (pick < 10) {
      List<CompletionRule.Weight> parts = new ArrayList<>();
      int n = 1 + c.below(4);
      for (int i = 0; i < n; i++) {
        parts.add(new CompletionRule.Weight((1 + c.below(10)) / 2.0, rule(c, leaves, depth - 1)));
      }
      return new CompletionRule.Weighted(parts, (1 + c.below(100)) / 100.0);
    }
    return new CompletionRule.Before(deadline(c), rule(c, leaves, depth - 1));
  }

  // ---- events ----

  /**
   * The course-independent makings of one event: which kind, which activity, when, and numbers
   * for its fields, each shrinking to 0.
   */
  private record RawEvent(int kind, int activity, long offsetMillis, int a, int b, int c) {}

  private static Arbitrary<List<RawEvent>> rawEvents(int maxEvents) {
    Arbitrary<Integer> any = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    return Combinators.combine(Arbitraries.integers().between(0, 99), any,
            Arbitraries.longs().between(0, HORIZON.toMillis()), any, any, any)
        .as(RawEvent::new).list().ofMaxSize(maxEvents);
  }

  private static final int[] EVENT_WEIGHTS = {6, 2, 3, 2, 1, 1, 2, 1};

  /** Up to 40 events of a learner in a course who enrolled at {@code enrolledAt}. */
  public static Arbitrary<List<ProgressEvent>> events(Course course, Instant enrolledAt) {
    return events(course, enrolledAt, 40);
  }

  /**
   * Up to {@code maxEvents} events of every kind for the course's activities, with unique ids
   * (UUIDs) and timestamps from {@code enrolledAt} to {@link #HORIZON} after it.
   */
  public static Arbitrary<List<ProgressEvent>> events(Course course, Instant enrolledAt, int maxEvents) {
    return rawEvents(maxEvents).map(raw -> realise(course, enrolledAt, raw));
  }

  private static List<ProgressEvent> realise(Course course, Instant enrolledAt, List<RawEvent> raw) {
    List<Activity> all = course.activities().toList();
    List<Activity> timed = all.stream().filter(a -> a.media() instanceof TimedMedia).toList();
    List<Activity> scored = all.stream().filter(a -> a.media() instanceof Assessment).toList();
    int total = 0;
    for (int w : EVENT_WEIGHTS) {
      total += w;
    }
    // Ids differ between streams of different courses and enrolments, and within a stream.
    String prefix = course.id() + "|" + enrolledAt.toEpochMilli() + "|";
    List<ProgressEvent> out = new ArrayList<>(raw.size());
    for (RawEvent r : raw) {
      String id = UUID.nameUUIDFromBytes((prefix + out.size()).getBytes(StandardCharsets.UTF_8)).toString();
      Instant t = enrolledAt.plusMillis(r.offsetMillis());
      int pick = r.kind() * total / 100;
      int kind = 0;
      while (pick >= EVENT_WEIGHTS[kind]) {
        pick -= EVENT_WEIGHTS[kind];
        kind++;
      }
      if ((kind <= 1 && timed.isEmpty()) || (kind == 2 && scored.isEmpty())) {
        kind = 3;
      }
      out.add(switch (kind) {
        case 0 -> {
          Activity a = timed.get(r.activity() % timed.size());
          long d = ((TimedMedia) a.media()).duration().toMillis();
          long from = r.a() % (Math.min(Segment.MAX_MILLIS, Math.max(1, d + d / 5)) + 1);
          long length = r.b() % (Math.max(1, d / 2) + 1);
          yield new ProgressEvent.Played(id, t, a.id(), Segment.ofMillis(from, Math.min(Segment.MAX_MILLIS,
              from + length)));
        }
        case 1 -> {
          Activity a = timed.get(r.activity() % timed.size());
          long d = ((TimedMedia) a.media()).duration().toMillis();
          yield new ProgressEvent.Positioned(id, t, a.id(),
              Duration.ofMillis(r.a() % (Math.min(Segment.MAX_MILLIS, d + d / 5) + 1)));
        }
        case 2 -> {
          Activity a = scored.get(r.activity() % scored.size());
          Assessment s = (Assessment) a.media();
          int maxAttempt = Math.min(ProgressEvent.Scored.MAX_ATTEMPT, s.attemptsAllowed().orElse(4) + 1);
          Score score = r.b() % 2 == 0 ? Score.raw(s.maxScore() * (r.a() % 101) / 100.0, 0, s.maxScore())
              : Score.scaled((r.a() % 201 - 100) / 100.0);
          Optional<Boolean> passed = r.c() % 10 < 7 ? Optional.empty() : Optional.of(r.c() % 2 == 0);
          yield new ProgressEvent.Scored(id, t, a.id(), 1 + r.b() / 2 % maxAttempt, score, passed);
        }
        case 3 -> new ProgressEvent.Started(id, t, all.get(r.activity() % all.size()).id());
        case 4 -> new ProgressEvent.Completed(id, t, all.get(r.activity() % all.size()).id());
        case 5 -> new ProgressEvent.MarkedDone(id, t, all.get(r.activity() % all.size()).id(),
            r.a() % 2 == 0 ? Optional.empty() : Optional.of("mailto:larare@example.org"));
        case 6 -> {
          Instant end = t.plusMillis(r.a() % (Duration.ofHours(2).toMillis() + 1));
          Optional<String> activity = r.b() % 2 == 0 ? Optional.empty()
              : Optional.of(all.get(r.activity() % all.size()).id());
          yield new ProgressEvent.TimeSpent(id, end, activity, t, end);
        }
        default -> new ProgressEvent.EnrolmentChanged(id, t,
            EnrolmentStatus.values()[r.a() % EnrolmentStatus.values().length]);
      });
    }
    return out;
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
