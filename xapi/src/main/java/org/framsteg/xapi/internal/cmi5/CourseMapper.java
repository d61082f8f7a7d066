package org.framsteg.xapi.internal.cmi5;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.MediaKind;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Au;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Block;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.LangString;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Node;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Text;
import org.framsteg.xapi.cmi5.Cmi5Exception;
import org.framsteg.xapi.cmi5.Cmi5ExportReport.Entry;
import org.framsteg.xapi.cmi5.Cmi5ExportReport.Kind;
import org.framsteg.xapi.cmi5.LaunchMethod;
import org.framsteg.xapi.cmi5.MoveOn;

/** A course as a cmi5 course structure, and the report of what could not be carried over. */
public final class CourseMapper {

  /** The structure and the report entries, course first, then each module and its activities. */
  public record Mapped(Cmi5CourseStructure structure, List<Entry> entries) {}

  private final URI launchBase;
  private final URI idBase;
  private final LaunchMethod launchMethod;
  private final Set<String> used = new HashSet<>();

  private CourseMapper(URI launchBase, URI idBase, LaunchMethod launchMethod) {
    this.launchBase = launchBase;
    this.idBase = idBase;
    this.launchMethod = launchMethod;
  }

  /**
   * Maps a course.
   *
   * @throws Cmi5Exception when the course has no activity: a course structure needs at least one AU
   */
  public static Mapped map(Course course, URI launchBase, URI idBase, LaunchMethod launchMethod) {
    return new CourseMapper(launchBase, idBase, launchMethod).course(course);
  }

  /** The xAPI activity type of each media kind, where a common vocabulary has one. */
  public static Optional<String> activityType(MediaKind kind) {
    switch (kind) {
      case VIDEO:
        return Optional.of("https://w3id.org/xapi/video/activity-type/video");   // xAPI Video Profile
      case AUDIO:
      case PODCAST_EPISODE:
        return Optional.of("http://adlnet.gov/expapi/activities/media");        // ADL vocabulary
      case DOCUMENT:
        return Optional.of("http://adlnet.gov/expapi/activities/file");
      case WEB_LINK:
        return Optional.of("http://adlnet.gov/expapi/activities/link");
      case ASSESSMENT:
        return Optional.of("http://adlnet.gov/expapi/activities/assessment");
      default:
        return Optional.empty();
    }
  }

  private Mapped course(Course course) {
    if (course.activities().findAny().isEmpty()) {
      throw new Cmi5Exception("modules", "the course has no activities, and a cmi5 course structure needs at"
          + " least one AU (CourseStructure.xsd courseType)");
    }
    List<Entry> head = new ArrayList<>();
    List<Entry> body = new ArrayList<>();
    String courseId = id(course.id(), "course", "id", "the course", head);
    Text title = text(course.title(), "title", head);
    Text description = description(course.description(), title, "", "the course", head);
    if (!course.version().equals("1")) {
      head.add(new Entry("version", Kind.OMITTED, "version '" + course.version()
          + "' is not part of cmi5.xml (the course structure has no version)"));
    }
    course.publisher().ifPresent(p -> head.add(new Entry("publisher", Kind.OMITTED,
        "publisher '" + p + "' is not part of cmi5.xml")));
    course.audience().ifPresent(a -> head.add(new Entry("audience", Kind.OMITTED,
        "audience is not part of cmi5.xml")));
    course.licence().ifPresent(l -> head.add(new Entry("licence", Kind.OMITTED,
        "licence '" + l + "' is not part of cmi5.xml")));

    List<Node> blocks = new ArrayList<>();
    Map<String, Set<String>> satisfiedByModule = new HashMap<>();
    Set<String> satisfiedByCourse = new LinkedHashSet<>();
    for (int m = 0; m < course.modules().size(); m++) {
      CourseModule module = course.modules().get(m);
      String path = "modules[" + m + "]";
      Set<String> satisfied = new LinkedHashSet<>();
      satisfiedByModule.put(module.id(), satisfied);
      if (module.activities().isEmpty()) {
        body.add(new Entry(path, Kind.OMITTED, "the module has no activities, and a cmi5 block needs at least one"
            + " AU (CourseStructure.xsd blockType), so no block is written"));
        continue;
      }
      List<Entry> moduleEntries = new ArrayList<>();
      List<Entry> activityEntries = new ArrayList<>();
      String blockId = id(module.id(), "block", path + ".id", "a module", moduleEntries);
      Text blockTitle = text(module.title(), path + ".title", moduleEntries);
      Text blockDescription = description(module.description(), blockTitle, path, "the module", moduleEntries);
      List<Node> aus = new ArrayList<>();
      for (int a = 0; a < module.activities().size(); a++) {
        Activity activity = module.activities().get(a);
        Au au = au(activity, module, path + ".activities[" + a + "]", activityEntries);
        aus.add(au);
        if (au.moveOn() != MoveOn.NOT_APPLICABLE) {
          satisfied.add(activity.id());
        }
      }
      satisfiedByCourse.addAll(satisfied);
      if (!module.required()) {
        moduleEntries.add(new Entry(path + ".required", Kind.NOT_EXPRESSIBLE, "required=false cannot be expressed"
            + " for a cmi5 block; its AUs are written with moveOn NotApplicable, so the block does not hold back"
            + " the course"));
        module.completion().ifPresent(rule -> moduleEntries.add(new Entry(path + ".completion",
            Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + " is not used in cmi5: the module is optional and its AUs"
            + " have moveOn NotApplicable")));
      } else {
        module.completion().ifPresent(rule -> StructureRules.check(rule, path + ".completion", "module", satisfied,
            id -> Set.of(), id -> course.activity(id).flatMap(Activity::completion), moduleEntries));
      }
      body.addAll(moduleEntries);
      body.addAll(activityEntries);
      blocks.add(new Block(blockId, blockTitle, blockDescription, List.of(), aus));
    }
    course.completion().ifPresent(rule -> StructureRules.check(rule, "completion", "course", satisfiedByCourse,
        id -> satisfiedByModule.getOrDefault(id, Set.of()), id -> course.activity(id).flatMap(Activity::completion),
        head));

    List<Entry> entries = new ArrayList<>(head);
    entries.addAll(body);
    return new Mapped(new Cmi5CourseStructure(courseId, title, description, List.of(), blocks), entries);
  }

  private Au au(Activity activity, CourseModule module, String path, List<Entry> out) {
    String id = id(activity.id(), "au", path + ".id", "an activity", out);
    Text title = text(activity.title(), path + ".title", out);
    Text description = description(activity.description(), title, path, "the activity", out);
    AuRules.Mapping mapping = AuRules.map(activity, path);
    MoveOn moveOn = mapping.moveOn();
    if (activity.required() && module.required()) {
      out.addAll(mapping.entries());
    } else {
      moveOn = MoveOn.NOT_APPLICABLE;
      String why = !activity.required() ? "the activity is optional (required=false)" : "its module is optional";
      activity.completion().ifPresent(rule -> out.add(new Entry(path + ".completion", Kind.NOT_EXPRESSIBLE,
          RuleText.of(rule) + " is not used by the LMS: " + why + ", so its AU has moveOn NotApplicable")));
      // The masteryScore is still written, so what is said about it stays.
      mapping.entries().stream().filter(e -> e.kind() == Kind.SUBSTITUTED).forEach(out::add);
    }
    activity.estimatedTime().ifPresent(t -> out.add(new Entry(path + ".estimatedTime", Kind.OMITTED,
        "estimatedTime " + t + " is not part of cmi5.xml")));
    if (activity.media() instanceof Assessment a && a.attemptsAllowed().isPresent()) {
      out.add(new Entry(path + ".media.attemptsAllowed", Kind.NOT_EXPRESSIBLE, "attemptsAllowed "
          + a.attemptsAllowed().get() + " cannot be expressed in cmi5.xml; the AU must limit attempts itself"));
    }
    Optional<BigDecimal> mastery = mapping.masteryScore();
    return new Au(id, title, description, List.of(), LaunchUrls.of(launchBase, activity), moveOn, mastery,
        launchMethod, activityType(activity.media().kind()), Optional.empty(), Optional.empty());
  }

  /** The id as a cmi5 IRI: kept when it is an absolute IRI not used before, else derived, and reported. */
  private String id(String original, String kind, String path, String what, List<Entry> out) {
    String id = original;
    if (!Iris.isAbsoluteIri(original)) {
      id = Iris.derive(idBase, kind, original);
      out.add(new Entry(path, Kind.SUBSTITUTED, "'" + original + "' is not an absolute IRI, which cmi5 ids are"
          + " (§13.1); " + what + " is written with id '" + id + "'"));
    }
    if (!used.add(id)) {
      String taken = id;
      int n = 2;
      while (!used.add(taken + "-" + n)) {
        n++;
      }
      id = taken + "-" + n;
      out.add(new Entry(path, Kind.SUBSTITUTED, "'" + taken + "' is already an id of this course structure, and"
          + " cmi5 ids are unique within it (§13.1.2, §13.1.4); " + what + " is written with id '" + id + "'"));
    }
    return id;
  }

  private Text text(LocalizedText text, String path, List<Entry> out) {
    List<LangString> strings = new ArrayList<>();
    for (Map.Entry<String, String> e : text.asMap().entrySet()) {
      String tag = e.getKey();
      XmlChars.Cleaned cleaned = XmlChars.clean(e.getValue());
      if (!cleaned.removed().isEmpty()) {
        out.add(new Entry(path + "[" + tag + "]", Kind.SUBSTITUTED, "removed " + cleaned.removedAsText()
            + ", which XML 1.0 does not allow"
            + (XmlChars.normalize(cleaned.text()).isEmpty() ? "; nothing is left of the text" : "")));
      }
      Optional<String> lang = Optional.of(tag);
      if (!Iris.isXsLanguage(tag)) {
        lang = Optional.empty();
        out.add(new Entry(path + "[" + tag + "]", Kind.SUBSTITUTED, "'" + tag + "' is not an xs:language tag;"
            + " the text is written without lang"));
      }
      strings.add(new LangString(lang, cleaned.text()));
    }
    return new Text(strings);
  }

  private Text description(Optional<LocalizedText> description, Text title, String path, String what,
      List<Entry> out) {
    String p = path.isEmpty() ? "description" : path + ".description";
    if (description.isPresent()) {
      return text(description.get(), p, out);
    }
    out.add(new Entry(p, Kind.SUBSTITUTED, what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1)
        + " has no description, which cmi5 requires (§13.1); the title is written as the description"));
    return title;
  }
}
