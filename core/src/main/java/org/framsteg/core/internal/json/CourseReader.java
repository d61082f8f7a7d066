package org.framsteg.core.internal.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.Violation;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Audio;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.CourseValidationException;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;
import org.framsteg.core.internal.Checks;
import org.framsteg.core.internal.Rules;
import org.framsteg.core.json.CourseJson;
import tools.jackson.databind.JsonNode;

/**
 * Turns the tree of a course file into a {@link Course}, collecting every problem on the way.
 *
 * <p>Each value is read where it stands and, when it is broken, its problems are recorded under
 * its path and reading goes on. Values are then built with the model's own builders so that the
 * model's checks (Jakarta constraints, the structural rules of {@link Checks}) speak for
 * themselves. Where a part is broken the reader builds a stand-in: a valid value in its place
 * (an id derived from the path, a one-word title, media of the declared kind) that keeps the
 * course's shape, so that the course-wide rules (unique ids, rule references, cycles) still run
 * over everything that could be read. A stand-in is never returned: a problem was recorded
 * before each one was made. Rules that name something the reader could not represent faithfully
 * (an activity of unknown kind, an id that is itself invalid) are left out of the course-wide
 * checks, so that one mistake is reported once.
 */
public final class CourseReader {

  static final List<String> COURSE_FIELDS = List.of("format", "id", "version", "title",
      "description", "languages", "publisher", "audience", "licence", "modules", "completion");
  static final List<String> MODULE_FIELDS = List.of("id", "title", "description", "required",
      "activities", "completion");
  static final List<String> ACTIVITY_FIELDS = List.of("id", "title", "description", "required",
      "estimatedTime", "media", "completion");
  static final List<String> TIMED_FIELDS = List.of("kind", "source", "duration", "language",
      "captions", "transcripts");
  static final List<String> PODCAST_FIELDS = List.of("kind", "source", "duration", "language",
      "series", "episode", "captions", "transcripts");
  static final List<String> DOCUMENT_FIELDS = List.of("kind", "source", "pages", "language");
  static final List<String> LINK_FIELDS = List.of("kind", "url");
  static final List<String> ASSESSMENT_FIELDS = List.of("kind", "maxScore", "passingScore",
      "attemptsAllowed");
  static final List<String> RULE_KEYS = List.of("allOf", "anyOf", "atLeast", "weighted",
      "completed", "moduleCompleted", "played", "scoreAtLeast", "passed", "timeSpent",
      "markedDone", "before");

  private static final LocalizedText STAND_IN_TITLE = LocalizedText.of("en", "-");
  private static final URI STAND_IN_URI = URI.create("about:blank");
  private static final CompletionRule STAND_IN_RULE = new CompletionRule.TimeSpentAtLeast(Duration.ofMillis(1));
  private static final Pattern FIELD_MESSAGE = Pattern.compile("^([A-Za-z]+(?:\\.[A-Za-z]+)*): (.*)$",
      Pattern.DOTALL);

  private final JsonNode root;
  private final List<Violation> violations = new ArrayList<>();
  /** Rules read from the file by the path of their {@code completion} key. */
  private final Map<String, CompletionRule> rulesByPath = new HashMap<>();
  /** Ids present in the file whose activity or module could not be represented faithfully. */
  private final Set<String> unresolved = new HashSet<>();
  private int standIns;

  private CourseReader(JsonNode root) {
    this.root = root;
  }

  /**
   * The course in a tree.
   *
   * @throws CourseValidationException listing every problem, in document order
   */
  public static Course read(JsonInput.Tree tree) {
    CourseReader reader = new CourseReader(tree.root());
    Course course;
    try {
      tree.duplicates().forEach(v -> reader.report(v.path(), v.message()));
      course = reader.course();
    } catch (TooManyProblems e) {
      List<Violation> first = new ArrayList<>(DocumentOrder.sort(tree.root(), reader.violations));
      first.add(new Violation("", "more than " + CourseJson.MAX_VIOLATIONS
          + " problems; the rest are not listed"));
      throw new CourseValidationException(first);
    }
    if (!reader.violations.isEmpty()) {
      throw new CourseValidationException(DocumentOrder.sort(tree.root(), reader.violations));
    }
    if (reader.standIns > 0 || course == null) {
      throw new IllegalStateException("a stand-in value was made without a recorded problem");
    }
    return course;
  }

  /** Thrown to stop reading once {@link CourseJson#MAX_VIOLATIONS} problems are recorded. */
  private static final class TooManyProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyProblems() {
      super(null, null, false, false);
    }
  }

  private void report(String path, String message) {
    violations.add(new Violation(path, message));
    if (violations.size() >= CourseJson.MAX_VIOLATIONS) {
      throw new TooManyProblems();
    }
  }

  // ---- course, modules, activities ----

  private Course course() {
    if (!root.isObject()) {
      report("", "must be a course object starting with {\"format\": \"" + CourseJson.FORMAT
          + "\", found " + describe(root));
      return null;
    }
    JsonNode format = root.get("format");
    if (format == null) {
      report("format", "is required; a course file starts with \"format\": \"" + CourseJson.FORMAT + "\"");
    } else if (!format.isString()) {
      wrongType("format", "the string \"" + CourseJson.FORMAT + "\"", format);
    } else if (!format.stringValue().equals(CourseJson.FORMAT)) {
      // Another format's fields mean other things: reading on would only add noise.
      throw new CourseValidationException(List.of(new Violation("format", "unknown format "
          + JsonPaths.shown(format.stringValue()) + "; this version of Framsteg reads "
          + CourseJson.FORMAT)));
    }
    unknownFields(root, "", COURSE_FIELDS);
    String id = string(required(root, "", "id"), "id");
    String version = string(optional(root, "version"), "version");
    LocalizedText title = text(required(root, "", "title"), "title");
    LocalizedText description = text(optional(root, "description"), "description");
    List<String> languages = strings(optional(root, "languages"), "languages");
    String publisher = string(optional(root, "publisher"), "publisher");
    LocalizedText audience = text(optional(root, "audience"), "audience");
    String licence = string(optional(root, "licence"), "licence");
    List<CourseModule> modules = new ArrayList<>();
    JsonNode moduleArray = required(root, "", "modules");
    if (moduleArray != null && !moduleArray.isArray()) {
      wrongType("modules", "an array of modules", moduleArray);
    }
    if (moduleArray != null && moduleArray.isArray()) {
      for (int i = 0; i < moduleArray.size(); i++) {
        modules.add(module(moduleArray.get(i), JsonPaths.index("modules", i)));
      }
    } else {
      // Missing or not an array, already reported: not also "a course needs at least one module".
      modules.add(standInModule(standInId("modules"), List.of()));
    }
    CompletionRule rule = rule(optional(root, "completion"), "completion");
    if (!unresolved.isEmpty()) {
      modules = withoutUnresolvedRules(modules);
    }

    Course.Builder course = Course.builder()
        .id(id != null ? id : standInId("course"))
        .title(title != null ? title : STAND_IN_TITLE)
        .addAllLanguages(languages)
        .addAllModules(modules);
    if (version != null) {
      course.version(version);
    }
    if (description != null) {
      course.description(description);
    }
    if (publisher != null) {
      course.publisher(publisher);
    }
    if (audience != null) {
      course.audience(audience);
    }
    if (licence != null) {
      course.licence(licence);
    }
    if (rule != null && !namesUnresolved(rule)) {
      course.completion(rule);
    }
    return attempt("", course::build);
  }

  private CourseModule module(JsonNode node, String path) {
    if (!node.isObject()) {
      wrongType(path, "a module object", node);
      return standInModule(standInId(path), List.of());
    }
    unknownFields(node, path, MODULE_FIELDS);
    String id = string(required(node, path, "id"), JsonPaths.field(path, "id"));
    LocalizedText title = text(required(node, path, "title"), JsonPaths.field(path, "title"));
    LocalizedText description = text(optional(node, "description"), JsonPaths.field(path, "description"));
    Boolean required = bool(optional(node, "required"), JsonPaths.field(path, "required"));
    List<Activity> activities = new ArrayList<>();
    String activitiesPath = JsonPaths.field(path, "activities");
    JsonNode activityArray = required(node, path, "activities");
    if (activityArray != null && !activityArray.isArray()) {
      wrongType(activitiesPath, "an array of activities", activityArray);
    }
    if (activityArray != null && activityArray.isArray()) {
      for (int i = 0; i < activityArray.size(); i++) {
        activities.add(activity(activityArray.get(i), JsonPaths.index(activitiesPath, i)));
      }
    } else {
      // Missing or not an array, already reported: not also "a module needs at least one activity".
      activities.add(standInActivity(standInId(activitiesPath), standInMedia(MediaKind.WEB_LINK), true));
    }
    CompletionRule rule = rule(optional(node, "completion"), JsonPaths.field(path, "completion"));

    CourseModule.Builder module = CourseModule.builder()
        .id(id != null ? id : standInId(path))
        .title(title != null ? title : STAND_IN_TITLE)
        .addAllActivities(activities);
    if (description != null) {
      module.description(description);
    }
    if (required != null) {
      module.required(required);
    }
    if (rule != null && !namesUnresolved(rule)) {
      module.completion(rule);
    }
    CourseModule built = attempt(path, module::build);
    if (built != null) {
      return built;
    }
    // Keep the module's place and ids for the course-wide checks; its own problems are recorded.
    Set<String> seen = new HashSet<>();
    List<Activity> distinct = new ArrayList<>();
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      distinct.add(seen.add(a.id()) ? a : standInActivity(standInId(JsonPaths.index(activitiesPath, i)),
          a.media(), a.required()));
    }
    return standInModule(usableId(id, path), distinct);
  }

  private Activity activity(JsonNode node, String path) {
    if (!node.isObject()) {
      wrongType(path, "an activity object", node);
      return standInActivity(standInId(path), standInMedia(MediaKind.WEB_LINK), true);
    }
    unknownFields(node, path, ACTIVITY_FIELDS);
    String id = string(required(node, path, "id"), JsonPaths.field(path, "id"));
    LocalizedText title = text(required(node, path, "title"), JsonPaths.field(path, "title"));
    LocalizedText description = text(optional(node, "description"), JsonPaths.field(path, "description"));
    Boolean required = bool(optional(node, "required"), JsonPaths.field(path, "required"));
    Duration estimate = duration(optional(node, "estimatedTime"), JsonPaths.field(path, "estimatedTime"));
    String mediaPath = JsonPaths.field(path, "media");
    JsonNode mediaNode = required(node, path, "media");
    Media media = mediaNode == null ? null : media(mediaNode, mediaPath);
    if (media == null) {
      media = standInMedia(MediaKind.WEB_LINK);
      if (id != null) {
        unresolved.add(id);
      }
    }
    CompletionRule rule = rule(optional(node, "completion"), JsonPaths.field(path, "completion"));

    Activity.Builder activity = Activity.builder()
        .id(id != null ? id : standInId(path))
        .title(title != null ? title : STAND_IN_TITLE)
        .media(media);
    if (description != null) {
      activity.description(description);
    }
    if (required != null) {
      activity.required(required);
    }
    if (estimate != null) {
      activity.estimatedTime(estimate);
    }
    if (rule != null && !namesUnresolved(rule)) {
      activity.completion(rule);
    }
    Activity built = attempt(path, activity::build);
    if (built != null) {
      return built;
    }
    String usable = usableId(id, path);
    return standInActivity(usable, media, required == null || required);
  }

  // ---- media ----

  /** The media, or null when its kind is unknown; broken media of a known kind come back as a stand-in. */
  private Media media(JsonNode node, String path) {
    if (!node.isObject()) {
      wrongType(path, "a media object such as {\"kind\": \"video\", \"source\": \"...\", \"duration\": \"PT12M\"}", node);
      return null;
    }
    String kindPath = JsonPaths.field(path, "kind");
    String key = string(required(node, path, "kind"), kindPath);
    if (key == null) {
      return null;
    }
    MediaKind kind;
    try {
      kind = MediaKind.fromKey(key);
    } catch (IllegalArgumentException e) {
      report(kindPath, "unknown media kind " + JsonPaths.shown(key) + ", expected one of "
          + String.join(", ", kinds()));
      return null;
    }
    Media built;
    switch (kind) {
      case VIDEO:
      case AUDIO:
      case PODCAST_EPISODE:
        built = timed(node, path, kind);
        break;
      case DOCUMENT:
        built = document(node, path);
        break;
      case WEB_LINK:
        built = link(node, path);
        break;
      case ASSESSMENT:
        built = assessment(node, path);
        break;
      default:
        throw new IllegalStateException("unhandled media kind " + kind);
    }
    return built != null ? built : standInMedia(kind);
  }

  private Media timed(JsonNode node, String path, MediaKind kind) {
    unknownFields(node, path, kind == MediaKind.PODCAST_EPISODE ? PODCAST_FIELDS : TIMED_FIELDS);
    URI source = uri(required(node, path, "source"), JsonPaths.field(path, "source"));
    Duration duration = duration(required(node, path, "duration"), JsonPaths.field(path, "duration"));
    String language = string(optional(node, "language"), JsonPaths.field(path, "language"));
    Map<String, URI> captions = uris(optional(node, "captions"), JsonPaths.field(path, "captions"));
    Map<String, URI> transcripts = uris(optional(node, "transcripts"), JsonPaths.field(path, "transcripts"));
    URI s = source != null ? source : STAND_IN_URI;
    Duration d = duration != null ? duration : Duration.ofMillis(1);
    Supplier<Media> build;
    if (kind == MediaKind.VIDEO) {
      Video.Builder b = Video.builder().source(s).duration(d).putAllCaptions(captions)
          .putAllTranscripts(transcripts);
      if (language != null) {
        b.language(language);
      }
      build = b::build;
    } else if (kind == MediaKind.AUDIO) {
      Audio.Builder b = Audio.builder().source(s).duration(d).putAllCaptions(captions)
          .putAllTranscripts(transcripts);
      if (language != null) {
        b.language(language);
      }
      build = b::build;
    } else {
      String series = string(optional(node, "series"), JsonPaths.field(path, "series"));
      Integer episode = integer(optional(node, "episode"), JsonPaths.field(path, "episode"));
      PodcastEpisode.Builder b = PodcastEpisode.builder().source(s).duration(d)
          .putAllCaptions(captions).putAllTranscripts(transcripts);
      if (language != null) {
        b.language(language);
      }
      if (series != null) {
        b.series(series);
      }
      if (episode != null) {
        b.episode(episode);
      }
      build = b::build;
    }
    return attemptMedia(path, build, captions.keySet(), transcripts.keySet(),
        standingIn(source == null ? "source" : null, duration == null ? "duration" : null));
  }

  private Media document(JsonNode node, String path) {
    unknownFields(node, path, DOCUMENT_FIELDS);
    URI source = uri(required(node, path, "source"), JsonPaths.field(path, "source"));
    Integer pages = integer(optional(node, "pages"), JsonPaths.field(path, "pages"));
    String language = string(optional(node, "language"), JsonPaths.field(path, "language"));
    Document.Builder b = Document.builder().source(source != null ? source : STAND_IN_URI);
    if (pages != null) {
      b.pages(pages);
    }
    if (language != null) {
      b.language(language);
    }
    return attemptMedia(path, b::build, Set.of(), Set.of(), standingIn(source == null ? "source" : null));
  }

  private Media link(JsonNode node, String path) {
    unknownFields(node, path, LINK_FIELDS);
    URI url = uri(required(node, path, "url"), JsonPaths.field(path, "url"));
    return attemptMedia(path, () -> WebLink.of(url != null ? url : STAND_IN_URI), Set.of(), Set.of(),
        standingIn(url == null ? "url" : null));
  }

  private Media assessment(JsonNode node, String path) {
    unknownFields(node, path, ASSESSMENT_FIELDS);
    Double max = number(required(node, path, "maxScore"), JsonPaths.field(path, "maxScore"));
    Double passing = number(required(node, path, "passingScore"), JsonPaths.field(path, "passingScore"));
    Integer attempts = integer(optional(node, "attemptsAllowed"), JsonPaths.field(path, "attemptsAllowed"));
    double m = max != null ? max : Math.max(1, passing != null ? passing : 0);
    Assessment.Builder b = Assessment.builder().maxScore(m).passingScore(passing != null ? passing : 0);
    if (attempts != null) {
      b.attemptsAllowed(attempts);
    }
    return attemptMedia(path, b::build, Set.of(), Set.of(),
        standingIn(max == null ? "maxScore" : null, passing == null ? "passingScore" : null));
  }

  /**
   * Builds media; the model names map entries {@code captions[sv]}, the file {@code captions.sv}.
   * What the model says about a field that stands in for a missing one is not the file's problem.
   */
  private Media attemptMedia(String path, Supplier<Media> build, Set<String> captionTags,
      Set<String> transcriptTags, Set<String> standingIn) {
    try {
      return build.get();
    } catch (CourseValidationException e) {
      for (Violation v : e.violations()) {
        if (standingIn.contains(v.path())) {
          continue;
        }
        String p = mapKey(mapKey(v.path(), "captions", captionTags), "transcripts", transcriptTags);
        report(new Violation(p, v.message()).under(path).path(), v.message());
      }
      return null;
    }
  }

  private static Set<String> standingIn(String... fields) {
    Set<String> out = new HashSet<>();
    for (String f : fields) {
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  private static String mapKey(String path, String field, Set<String> keys) {
    for (String key : keys) {
      String checked = field + "[" + key + "]";
      if (path.equals(checked) || path.startsWith(checked + ".")) {
        return JsonPaths.field(field, key) + path.substring(checked.length());
      }
    }
    return path;
  }

  // ---- completion rules ----

  /**
   * The rule of a course, module or activity, or null when it is absent or broken (its problems
   * recorded). Kept by path, to name places inside it in the file's words.
   */
  private CompletionRule rule(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    CompletionRule rule = ruleIn(node, path);
    if (rule != null) {
      rulesByPath.put(path, rule);
    }
    return rule;
  }

  private CompletionRule ruleIn(JsonNode node, String path) {
    if (!node.isObject()) {
      wrongType(path, "a rule object with one key, such as {\"completed\": \"<activity id>\"}", node);
      return null;
    }
    if (node.size() != 1) {
      List<String> keys = new ArrayList<>();
      for (String k : node.propertyNames()) {
        keys.add(JsonPaths.quote(k));
        if (keys.size() == 5) {
          keys.add("...");
          break;
        }
      }
      report(path, "a rule object has exactly one key, one of " + String.join(", ", RULE_KEYS)
          + "; found " + (node.isEmpty() ? "none" : node.size() + ": " + String.join(", ", keys)));
      return null;
    }
    String key = node.propertyNames().iterator().next();
    JsonNode value = node.get(key);
    String vp = JsonPaths.field(path, key);
    switch (key) {
      case "allOf": {
        List<CompletionRule> rules = rules(value, vp);
        return rules == null ? null : build(vp, value, () -> new CompletionRule.AllOf(rules));
      }
      case "anyOf": {
        List<CompletionRule> rules = rules(value, vp);
        return rules == null ? null : build(vp, value, () -> new CompletionRule.AnyOf(rules));
      }
      case "atLeast": {
        if (!ruleObject(value, vp, List.of("count", "rules"))) {
          return null;
        }
        Integer count = integer(required(value, vp, "count"), JsonPaths.field(vp, "count"));
        JsonNode ruleArray = required(value, vp, "rules");
        List<CompletionRule> rules = rules(ruleArray, JsonPaths.field(vp, "rules"));
        if (count == null) {
          return null;
        }
        if (rules == null) {
          if (ruleArray != null && ruleArray.isArray() && !ruleArray.isEmpty()) {
            // The count is checked against the number of rules even when some of them are broken.
            build(vp, value, () -> new CompletionRule.AtLeast(count,
                Collections.nCopies(ruleArray.size(), STAND_IN_RULE)));
          }
          return null;
        }
        return build(vp, value, () -> new CompletionRule.AtLeast(count, rules));
      }
      case "weighted":
        return weighted(value, vp);
      case "completed": {
        String id = string(value, vp);
        return id == null ? null : build(vp, value, () -> new CompletionRule.ActivityCompleted(id));
      }
      case "moduleCompleted": {
        String id = string(value, vp);
        return id == null ? null : build(vp, value, () -> new CompletionRule.ModuleCompleted(id));
      }
      case "passed": {
        String id = string(value, vp);
        return id == null ? null : build(vp, value, () -> new CompletionRule.Passed(id));
      }
      case "markedDone": {
        String id = string(value, vp);
        return id == null ? null : build(vp, value, () -> new CompletionRule.MarkedDone(id));
      }
      case "timeSpent": {
        Duration minimum = duration(value, vp);
        return minimum == null ? null
            : build(vp, value, () -> new CompletionRule.TimeSpentAtLeast(minimum));
      }
      case "played": {
        if (!ruleObject(value, vp, List.of("activity", "fraction"))) {
          return null;
        }
        String id = string(required(value, vp, "activity"), JsonPaths.field(vp, "activity"));
        Double fraction = number(required(value, vp, "fraction"), JsonPaths.field(vp, "fraction"));
        return id == null || fraction == null ? null
            : build(vp, value, () -> new CompletionRule.MediaPlayed(id, fraction));
      }
      case "scoreAtLeast": {
        if (!ruleObject(value, vp, List.of("activity", "minimum"))) {
          return null;
        }
        String id = string(required(value, vp, "activity"), JsonPaths.field(vp, "activity"));
        Double minimum = number(required(value, vp, "minimum"), JsonPaths.field(vp, "minimum"));
        return id == null || minimum == null ? null
            : build(vp, value, () -> new CompletionRule.ScoreAtLeast(id, minimum));
      }
      case "before":
        return before(value, vp);
      default:
        report(vp, "unknown rule " + JsonPaths.shown(key) + ", expected one of "
            + String.join(", ", RULE_KEYS));
        return null;
    }
  }

  private CompletionRule weighted(JsonNode value, String vp) {
    if (!ruleObject(value, vp, List.of("threshold", "parts"))) {
      return null;
    }
    Double threshold = number(required(value, vp, "threshold"), JsonPaths.field(vp, "threshold"));
    JsonNode partArray = required(value, vp, "parts");
    String partsPath = JsonPaths.field(vp, "parts");
    List<CompletionRule.Weight> parts = new ArrayList<>();
    boolean ok = partArray != null;
    if (partArray != null && !partArray.isArray()) {
      wrongType(partsPath, "an array of {\"weight\": 2, \"rule\": {...}}", partArray);
      ok = false;
    } else if (partArray != null) {
      for (int i = 0; i < partArray.size(); i++) {
        String pp = JsonPaths.index(partsPath, i);
        JsonNode part = partArray.get(i);
        if (!ruleObject(part, pp, List.of("weight", "rule"))) {
          ok = false;
          continue;
        }
        Double weight = number(required(part, pp, "weight"), JsonPaths.field(pp, "weight"));
        JsonNode ruleNode = required(part, pp, "rule");
        CompletionRule rule = ruleNode == null ? null : ruleIn(ruleNode, JsonPaths.field(pp, "rule"));
        CompletionRule.Weight w = weight == null || rule == null ? null
            : build(pp, part, () -> new CompletionRule.Weight(weight, rule));
        if (w == null) {
          ok = false;
        } else {
          parts.add(w);
        }
      }
    }
    // Threshold and parts are checked each on its own, so that a problem of one does not hide the other's.
    boolean thresholdOk = threshold != null && build(vp, value, () -> new CompletionRule.Weighted(
        List.of(new CompletionRule.Weight(1, STAND_IN_RULE)), threshold)) != null;
    boolean partsOk = ok && build(vp, value, () -> new CompletionRule.Weighted(parts, 1)) != null;
    return thresholdOk && partsOk ? new CompletionRule.Weighted(parts, threshold) : null;
  }

  private CompletionRule before(JsonNode value, String vp) {
    if (!ruleObject(value, vp, List.of("deadline", "daysAfterEnrolment", "rule"))) {
      return null;
    }
    JsonNode at = optional(value, "deadline");
    JsonNode days = optional(value, "daysAfterEnrolment");
    JsonNode ruleNode = required(value, vp, "rule");
    CompletionRule rule = ruleNode == null ? null : ruleIn(ruleNode, JsonPaths.field(vp, "rule"));
    CompletionRule.Deadline deadline = null;
    if (at != null && days != null) {
      report(vp, "give either deadline or daysAfterEnrolment, not both");
    } else if (at == null && days == null) {
      report(vp, "needs a deadline (an instant such as \"2026-12-31T23:59:59Z\") or daysAfterEnrolment");
    } else if (at != null) {
      Instant instant = instant(at, JsonPaths.field(vp, "deadline"));
      deadline = instant == null ? null : new CompletionRule.Deadline.At(instant);
    } else {
      Integer n = integer(days, JsonPaths.field(vp, "daysAfterEnrolment"));
      deadline = n == null ? null
          : build(vp, value, () -> new CompletionRule.Deadline.DaysAfterEnrolment(n));
    }
    if (deadline == null || rule == null) {
      return null;
    }
    CompletionRule.Deadline d = deadline;
    return build(vp, value, () -> new CompletionRule.Before(d, rule));
  }

  private List<CompletionRule> rules(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      wrongType(path, "an array of rules", node);
      return null;
    }
    List<CompletionRule> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      CompletionRule r = ruleIn(node.get(i), JsonPaths.index(path, i));
      if (r == null) {
        ok = false;
      } else {
        out.add(r);
      }
    }
    return ok ? out : null;
  }

  /**
   * Checks that a rule's value is an object; records keys other than the given ones, which do not
   * stop the rule from being read.
   */
  private boolean ruleObject(JsonNode node, String path, List<String> fields) {
    if (!node.isObject()) {
      wrongType(path, "an object with " + String.join(", ", fields), node);
      return false;
    }
    unknownFields(node, path, fields);
    return true;
  }

  /**
   * Builds a rule record. The records name a broken field in the model's words
   * ({@code mediaPlayed.fraction: must be in [0, 1]}); the field's last name is the file's key.
   */
  private <T> T build(String path, JsonNode node, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      Matcher m = FIELD_MESSAGE.matcher(message);
      if (m.matches()) {
        String field = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
        String at = node.isObject() && node.has(field) ? JsonPaths.field(path, field) : path;
        report(at, m.group(2));
      } else {
        report(path, message);
      }
      return null;
    }
  }

  private boolean namesUnresolved(CompletionRule rule) {
    if (unresolved.isEmpty()) {
      return false;
    }
    String target = rule instanceof CompletionRule.ModuleCompleted r ? r.moduleId() : Rules.activityOf(rule);
    if (target != null && unresolved.contains(target)) {
      return true;
    }
    for (CompletionRule child : Rules.children(rule)) {
      if (namesUnresolved(child)) {
        return true;
      }
    }
    return false;
  }

  // ---- building with the model's checks ----

  /** Builds a value; its problems are recorded under the path, rule paths in the file's words. */
  private <T> T attempt(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (CourseValidationException e) {
      for (Violation v : e.violations()) {
        report(RulePaths.translate(v.under(path).path(), rulesByPath), v.message());
      }
      return null;
    }
  }

  private String usableId(String id, String path) {
    if (id != null) {
      List<Violation> problems = new ArrayList<>();
      Checks.identifier(id, "id", problems);
      if (problems.isEmpty()) {
        return id;
      }
      unresolved.add(id);
    }
    return standInId(path);
  }

  private String standInId(String path) {
    standIns++;
    return "urn:x-framsteg:unread:" + path;
  }

  private CourseModule standInModule(String id, List<Activity> activities) {
    standIns++;
    List<Activity> some = activities.isEmpty()
        ? List.of(standInActivity(id + "/activity", standInMedia(MediaKind.WEB_LINK), true)) : activities;
    return CourseModule.builder().id(id).title(STAND_IN_TITLE).addAllActivities(some).build();
  }

  /**
   * The modules without the rules that name an id the reader could not represent faithfully. Rules
   * may name activities and modules anywhere in the course, also ones read after them; the
   * course-wide checks run once all are known.
   */
  private List<CourseModule> withoutUnresolvedRules(List<CourseModule> modules) {
    List<CourseModule> out = new ArrayList<>(modules.size());
    for (CourseModule module : modules) {
      List<Activity> activities = new ArrayList<>(module.activities().size());
      for (Activity a : module.activities()) {
        boolean drop = a.completion().isPresent() && namesUnresolved(a.completion().get());
        activities.add(drop ? Activity.builder().from(a).completion(Optional.empty()).build() : a);
      }
      CourseModule.Builder b = CourseModule.builder().from(module).activities(activities);
      if (module.completion().isPresent() && namesUnresolved(module.completion().get())) {
        b.completion(Optional.empty());
      }
      out.add(b.build());
    }
    return out;
  }

  private Activity standInActivity(String id, Media media, boolean required) {
    standIns++;
    return Activity.builder().id(id).title(STAND_IN_TITLE).media(media).required(required).build();
  }

  private Media standInMedia(MediaKind kind) {
    standIns++;
    switch (kind) {
      case VIDEO:
        return Video.builder().source(STAND_IN_URI).duration(Duration.ofMillis(1)).build();
      case AUDIO:
        return Audio.builder().source(STAND_IN_URI).duration(Duration.ofMillis(1)).build();
      case PODCAST_EPISODE:
        return PodcastEpisode.builder().source(STAND_IN_URI).duration(Duration.ofMillis(1)).build();
      case DOCUMENT:
        return Document.builder().source(STAND_IN_URI).build();
      case ASSESSMENT:
        return Assessment.builder().maxScore(1).passingScore(0).build();
      default:
        return WebLink.of(STAND_IN_URI);
    }
  }

  // ---- fields and scalar values ----

  /** Records keys that the object may not have. */
  private void unknownFields(JsonNode object, String path, List<String> known) {
    for (String name : object.propertyNames()) {
      if (!known.contains(name)) {
        report(JsonPaths.field(path, name), "unknown field, expected one of " + String.join(", ", known));
      }
    }
  }

  /** The value of a required key; records its absence. JSON null counts as absent. */
  private JsonNode required(JsonNode object, String path, String name) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      report(JsonPaths.field(path, name), value == null ? "is required" : "is required, found null");
      return null;
    }
    return value;
  }

  /** The value of an optional key, null when absent or JSON null. */
  private static JsonNode optional(JsonNode object, String name) {
    JsonNode value = object.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private void wrongType(String path, String expected, JsonNode found) {
    report(path, "must be " + expected + ", found " + describe(found));
  }

  private static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return node.booleanValue() ? "true" : "false";
      case NULL:
        return "null";
      default:
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private String string(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isString()) {
      wrongType(path, "a string", node);
      return null;
    }
    return node.stringValue();
  }

  private Boolean bool(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isBoolean()) {
      wrongType(path, "true or false", node);
      return null;
    }
    return node.booleanValue();
  }

  private Integer integer(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isNumber()) {
      wrongType(path, "a whole number", node);
      return null;
    }
    if (node.isIntegralNumber()) {
      if (node.canConvertToInt()) {
        return node.intValue();
      }
      report(path, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          + ", found " + node.asString());
      return null;
    }
    double d = node.doubleValue();
    if (d != Math.rint(d) || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
      report(path, "must be a whole number, found " + node.asString());
      return null;
    }
    return (int) d;
  }

  private Double number(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isNumber()) {
      wrongType(path, "a number", node);
      return null;
    }
    double d = node.doubleValue();
    if (!Double.isFinite(d)) {
      report(path, "must be a number no larger than " + Double.MAX_VALUE);
      return null;
    }
    return d;
  }

  private Duration duration(JsonNode node, String path) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    try {
      return Duration.parse(s);
    } catch (DateTimeException | ArithmeticException e) {
      report(path, "must be an ISO-8601 duration such as \"PT12M30.5S\", found " + JsonPaths.shown(s));
      return null;
    }
  }

  private Instant instant(JsonNode node, String path) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeException e) {
      report(path, "must be an ISO-8601 instant in UTC such as \"2026-12-31T23:59:59Z\", found "
          + JsonPaths.shown(s));
      return null;
    }
  }

  private URI uri(JsonNode node, String path) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      report(path, "must be a URI (" + e.getReason() + " at index " + e.getIndex() + "), found "
          + JsonPaths.shown(s));
      return null;
    }
  }

  private List<String> strings(JsonNode node, String path) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      wrongType(path, "an array of strings", node);
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      String s = string(node.get(i), JsonPaths.index(path, i));
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** A map of language tag to URI (captions, transcripts), in file order; broken entries left out. */
  private Map<String, URI> uris(JsonNode node, String path) {
    Map<String, URI> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      wrongType(path, "an object of language tag to URI, such as {\"sv\": \"media/intro.sv.vtt\"}", node);
      return out;
    }
    for (String tag : node.propertyNames()) {
      URI u = uri(node.get(tag), JsonPaths.field(path, tag));
      if (u != null) {
        out.put(tag, u);
      }
    }
    return out;
  }

  /** A text in languages: an object of BCP 47 tag to text, the text's own language first. */
  private LocalizedText text(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      wrongType(path, "an object of language tag to text, such as {\"sv\": \"...\", \"en\": \"...\"}", node);
      return null;
    }
    if (node.isEmpty()) {
      report(path, "must have a text in at least one language");
      return null;
    }
    if (node.size() > CourseJson.MAX_LANGUAGES) {
      // Building a text costs time in the square of its languages; no course needs this many.
      report(path, "must have at most " + CourseJson.MAX_LANGUAGES + " languages, found " + node.size()
          + " (CourseJson.MAX_LANGUAGES)");
      return null;
    }
    Map<String, String> byCanonicalTag = new HashMap<>();
    LocalizedText text = null;
    boolean ok = true;
    for (String tag : node.propertyNames()) {
      String p = JsonPaths.field(path, tag);
      String s = string(node.get(tag), p);
      if (s == null) {
        ok = false;
        continue;
      }
      try {
        String canonical = LocalizedText.canonicalTag(tag);
        String before = byCanonicalTag.putIfAbsent(canonical, tag);
        if (before != null) {
          // LocalizedText would keep only one of the two: say so instead of losing a text.
          report(p, "the same language as " + JsonPaths.shown(before) + "; give each language once");
          ok = false;
          continue;
        }
        text = text == null ? LocalizedText.of(tag, s) : text.and(tag, s);
      } catch (IllegalArgumentException e) {
        report(p, e.getMessage());
        ok = false;
      }
    }
    return ok ? text : null;
  }

  private static List<String> kinds() {
    List<String> out = new ArrayList<>();
    for (MediaKind k : MediaKind.values()) {
      out.add(k.key());
    }
    return out;
  }
}
