package org.framsteg.xapi.cmi5;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.framsteg.core.Violation;
import org.framsteg.xapi.internal.cmi5.Iris;
import org.framsteg.xapi.internal.cmi5.XmlChars;

/**
 * A cmi5 course structure: the course, its objectives and a tree of blocks and AUs, as held by a
 * {@code cmi5.xml} file. Built by {@link Cmi5Export}, read by {@link Cmi5Xml#read(byte[])}, written
 * by {@link Cmi5Xml#write(Cmi5CourseStructure)}.
 *
 * <pre>{@code
 * Cmi5CourseStructure s = Cmi5Xml.read(Files.readAllBytes(Path.of("cmi5.xml")));
 * s.aus().forEach(au -> System.out.println(au.id() + " " + au.moveOn().token() + " " + au.url()));
 * }</pre>
 *
 * <p>Values are held as an LMS imports them: leading and trailing white space removed (cmi5
 * §13.1), line ends as {@code LF}, schema defaults filled in ({@code moveOn} NotApplicable,
 * {@code launchMethod} AnyWindow). Construction checks what the schema and the specification
 * require and throws {@link Cmi5Exception} naming each problem: ids are absolute IRIs, block, AU
 * and objective ids are unique, every block has at least one child, the {@code masteryScore} is
 * in [0, 1] with at most 4 decimal places, {@code url} is a URI reference, every objective
 * reference names an objective of the course, no text holds a character XML 1.0 forbids.
 *
 * @param courseId the course's IRI ({@code course/@id})
 * @param title the course title
 * @param description the course description
 * @param objectives the learning objectives the course declares
 * @param children the blocks and AUs at the top level, in order; at least one
 * @see <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#course_structure_data_model">cmi5
 *     §13.1 Course Structure Data Model</a>
 */
public record Cmi5CourseStructure(String courseId, Text title, Text description, List<Objective> objectives,
    List<Node> children) {

  /** The namespace of {@code CourseStructure.xsd}. */
  public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

  public Cmi5CourseStructure {
    List<Violation> out = new ArrayList<>();
    iri(courseId, "course.id", out);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    objectives = List.copyOf(Objects.requireNonNull(objectives, "objectives"));
    children = List.copyOf(Objects.requireNonNull(children, "children"));
    if (children.isEmpty()) {
      out.add(new Violation("children", "a course structure needs at least one AU or block (CourseStructure.xsd courseType)"));
    }
    Set<String> ids = new HashSet<>();
    Set<String> objectiveIds = new HashSet<>();
    for (int i = 0; i < objectives.size(); i++) {
      String id = objectives.get(i).id();
      objectiveIds.add(id);
      if (!ids.add(id)) {
        out.add(new Violation("objectives[" + i + "].id", "duplicate id '" + id + "' (cmi5 §13.1.3: unique within the course structure)"));
      }
    }
    uniqueAndReferenced(children, "children", ids, objectiveIds, out);
    throwIfAny(out);
  }

  /** Every AU, depth first in document order. */
  public List<Au> aus() {
    List<Au> out = new ArrayList<>();
    collect(children, out, null);
    return List.copyOf(out);
  }

  /** Every block, depth first in document order. */
  public List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    collect(children, null, out);
    return List.copyOf(out);
  }

  private static void collect(List<Node> nodes, List<Au> aus, List<Block> blocks) {
    for (Node n : nodes) {
      if (n instanceof Au au) {
        if (aus != null) {
          aus.add(au);
        }
      } else if (n instanceof Block b) {
        if (blocks != null) {
          blocks.add(b);
        }
        collect(b.children(), aus, blocks);
      }
    }
  }

  private static void uniqueAndReferenced(List<Node> nodes, String path, Set<String> ids, Set<String> objectiveIds,
      List<Violation> out) {
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      String p = path + "[" + i + "]";
      if (!ids.add(n.id())) {
        out.add(new Violation(p + ".id", "duplicate id '" + n.id()
            + "' (cmi5 §13.1.2, §13.1.4: unique within the course structure)"));
      }
      for (int r = 0; r < n.objectives().size(); r++) {
        if (!objectiveIds.contains(n.objectives().get(r))) {
          out.add(new Violation(p + ".objectives[" + r + "]", "'" + n.objectives().get(r)
              + "' names no objective of the course structure (cmi5 §13.1.3)"));
        }
      }
      if (n instanceof Block b) {
        uniqueAndReferenced(b.children(), p + ".children", ids, objectiveIds, out);
      }
    }
  }

  /**
   * A block or an AU: the tree below the course.
   *
   * <pre>{@code
   * for (Node n : structure.children()) {
   *   String kind = n instanceof Block b ? "block of " + b.children().size() : "AU " + ((Au) n).url(); }
   * }</pre>
   */
  public sealed interface Node permits Block, Au {
    /** The IRI, unique within the course structure. */
    String id();

    /** The title. */
    Text title();

    /** The description. */
    Text description();

    /** The ids of the objectives this node refers to. */
    List<String> objectives();
  }

  /**
   * A block: a titled group of AUs and blocks (cmi5 §13.1.2).
   *
   * <pre>{@code
   * Block b = new Block("https://example.org/c/m1", Text.of("sv", "Modul 1"), Text.of("sv", "Om modul 1"),
   *     List.of(), List.of(au));
   * }</pre>
   *
   * @param id the block's IRI
   * @param title the title
   * @param description the description
   * @param objectives the ids of the objectives it refers to
   * @param children its AUs and blocks, in order; at least one
   */
  public record Block(String id, Text title, Text description, List<String> objectives, List<Node> children)
      implements Node {
    public Block {
      List<Violation> out = new ArrayList<>();
      iri(id, "block.id", out);
      Objects.requireNonNull(title, "block.title");
      Objects.requireNonNull(description, "block.description");
      objectives = references(objectives, "block.objectives", out);
      children = List.copyOf(Objects.requireNonNull(children, "block.children"));
      if (children.isEmpty()) {
        out.add(new Violation("block.children", "block '" + id
            + "' needs at least one AU or block (CourseStructure.xsd blockType)"));
      }
      throwIfAny(out);
    }
  }

  /**
   * An assignable unit: what the LMS launches and tracks (cmi5 §13.1.4).
   *
   * <pre>{@code
   * Au au = Au.of("https://example.org/c/v1", Text.of("sv", "Inledning"), Text.of("sv", "Video"),
   *     "https://lms.example.org/framsteg/?activity=v1", MoveOn.COMPLETED);
   * }</pre>
   *
   * @param id the AU's IRI
   * @param title the title
   * @param description the description
   * @param objectives the ids of the objectives it refers to
   * @param url where the LMS launches it: a URI reference (cmi5 §8.1, §14)
   * @param moveOn when the LMS counts it satisfied
   * @param masteryScore the scaled score needed to pass, in [0, 1], at most 4 decimal places
   * @param launchMethod whether it needs its own window
   * @param activityType the activity type IRI, if given
   * @param launchParameters static launch parameters handed to the AU, if any
   * @param entitlementKey the entitlement key, if any
   */
  public record Au(String id, Text title, Text description, List<String> objectives, String url, MoveOn moveOn,
      Optional<BigDecimal> masteryScore, LaunchMethod launchMethod, Optional<String> activityType,
      Optional<String> launchParameters, Optional<String> entitlementKey) implements Node {

    /** The most decimal places a {@code masteryScore} may have (cmi5 §13.1.4). */
    public static final int MASTERY_SCALE = 4;

    public Au {
      List<Violation> out = new ArrayList<>();
      iri(id, "au.id", out);
      Objects.requireNonNull(title, "au.title");
      Objects.requireNonNull(description, "au.description");
      objectives = references(objectives, "au.objectives", out);
      Objects.requireNonNull(url, "au.url");
      url = XmlChars.trim(url);
      if (!Iris.isUriReference(url)) {
        out.add(new Violation("au.url", "'" + url + "' of AU '" + id
            + "' is not a URL: it must be a URI reference without spaces (cmi5 §13.1.4, RFC 3986)"));
      }
      Objects.requireNonNull(moveOn, "au.moveOn");
      Objects.requireNonNull(launchMethod, "au.launchMethod");
      masteryScore = Objects.requireNonNull(masteryScore, "au.masteryScore").map(BigDecimal::stripTrailingZeros);
      masteryScore.ifPresent(m -> {
        if (m.signum() < 0 || m.compareTo(BigDecimal.ONE) > 0) {
          out.add(new Violation("au.masteryScore", m.toPlainString() + " of AU '" + id
              + "' must be between 0 and 1 (cmi5 §13.1.4)"));
        } else if (m.scale() > MASTERY_SCALE) {
          out.add(new Violation("au.masteryScore", m.toPlainString() + " of AU '" + id
              + "' has more than 4 decimal places (cmi5 §13.1.4)"));
        }
      });
      activityType = Objects.requireNonNull(activityType, "au.activityType").map(XmlChars::trim)
          .filter(s -> !s.isEmpty());
      activityType.ifPresent(t -> {
        if (!Iris.isAbsoluteIri(t)) {
          out.add(new Violation("au.activityType", "'" + t + "' of AU '" + id
              + "' must be an absolute IRI (cmi5 §13.1.4)"));
        }
      });
      launchParameters = text(launchParameters, "au.launchParameters", out);
      entitlementKey = text(entitlementKey, "au.entitlementKey", out);
      throwIfAny(out);
    }

    /** An AU with the given essentials, no objectives, no mastery score, launched in any window. */
    public static Au of(String id, Text title, Text description, String url, MoveOn moveOn) {
      return new Au(id, title, description, List.of(), url, moveOn, Optional.empty(), LaunchMethod.ANY_WINDOW,
          Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /**
   * A learning objective the course declares and blocks and AUs refer to (cmi5 §13.1.3).
   *
   * <pre>{@code
   * Objective o = new Objective("https://example.org/obj/1", Text.of("sv", "Mål 1"), Text.of("sv", "Om mål 1"));
   * String id = o.id();
   * }</pre>
   *
   * @param id the objective's IRI
   * @param title the title
   * @param description the description
   */
  public record Objective(String id, Text title, Text description) {
    public Objective {
      List<Violation> out = new ArrayList<>();
      iri(id, "objective.id", out);
      Objects.requireNonNull(title, "objective.title");
      Objects.requireNonNull(description, "objective.description");
      throwIfAny(out);
    }
  }

  /**
   * A text in one or more languages: the {@code langstring} elements of a title or description.
   *
   * <pre>{@code
   * Text t = new Text(List.of(new LangString(Optional.of("sv"), "Kurs"), new LangString(Optional.of("en"), "Course")));
   * String en = t.get("en").orElse(t.first());   // "Course"
   * }</pre>
   *
   * @param strings the texts, in document order; at least one
   */
  public record Text(List<LangString> strings) {
    public Text {
      strings = List.copyOf(Objects.requireNonNull(strings, "strings"));
      if (strings.isEmpty()) {
        throw new Cmi5Exception("langstring", "a title or description needs at least one langstring (CourseStructure.xsd textType)");
      }
    }

    /** A text in one language. */
    public static Text of(String lang, String value) {
      return new Text(List.of(new LangString(Optional.of(lang), value)));
    }

    /** The first text. */
    public String first() {
      return strings.get(0).value();
    }

    /** The text whose {@code lang} is this tag, compared without regard to case. */
    public Optional<String> get(String lang) {
      return strings.stream().filter(s -> s.lang().map(l -> l.equalsIgnoreCase(lang)).orElse(false))
          .map(LangString::value).findFirst();
    }
  }

  /**
   * One {@code langstring}: a text and its language.
   *
   * <pre>{@code
   * LangString s = new LangString(Optional.of("sv-SE"), "Inledning");
   * String lang = s.lang().orElse("");
   * }</pre>
   *
   * @param lang the {@code xs:language} tag, if given
   * @param value the text, without leading and trailing white space, line ends as {@code LF}
   */
  public record LangString(Optional<String> lang, String value) {
    public LangString {
      Objects.requireNonNull(lang, "langstring.lang");
      Objects.requireNonNull(value, "langstring.value");
      lang.ifPresent(l -> {
        if (!Iris.isXsLanguage(l)) {
          throw new Cmi5Exception("langstring.lang", "'" + l + "' is not a language tag (xs:language)");
        }
      });
      int bad = XmlChars.firstForbidden(value);
      if (bad >= 0) {
        throw new Cmi5Exception("langstring", String.format(
            "text holds U+%04X, which XML 1.0 does not allow", bad));
      }
      value = XmlChars.normalize(value);
    }
  }

  // ---- checks shared by the records ----

  private static void iri(String id, String field, List<Violation> out) {
    if (id == null || !Iris.isAbsoluteIri(id)) {
      out.add(new Violation(field, "'" + id + "' must be an absolute IRI (xs:anyURI, cmi5 §13.1)"));
    }
  }

  private static List<String> references(List<String> ids, String field, List<Violation> out) {
    List<String> copy = List.copyOf(Objects.requireNonNull(ids, field));
    for (int i = 0; i < copy.size(); i++) {
      if (!Iris.isAbsoluteIri(copy.get(i))) {
        out.add(new Violation(field + "[" + i + "]", "'" + copy.get(i) + "' must be an absolute IRI"));
      }
    }
    return copy;
  }

  private static Optional<String> text(Optional<String> value, String field, List<Violation> out) {
    Optional<String> v = Objects.requireNonNull(value, field).map(XmlChars::normalize).filter(s -> !s.isEmpty());
    v.ifPresent(s -> {
      int bad = XmlChars.firstForbidden(s);
      if (bad >= 0) {
        out.add(new Violation(field, String.format("holds U+%04X, which XML 1.0 does not allow", bad)));
      }
    });
    return v;
  }

  private static void throwIfAny(List<Violation> out) {
    if (!out.isEmpty()) {
      throw new Cmi5Exception(out);
    }
  }
}
