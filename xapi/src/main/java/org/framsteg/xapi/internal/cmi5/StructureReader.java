package org.framsteg.xapi.internal.cmi5;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.framsteg.core.Violation;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Au;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Block;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.LangString;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Node;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Objective;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Text;
import org.framsteg.xapi.cmi5.Cmi5Exception;
import org.framsteg.xapi.cmi5.LaunchMethod;
import org.framsteg.xapi.cmi5.MoveOn;

/**
 * Reads {@code cmi5.xml} safely and checks it against the rules of {@code CourseStructure.xsd}
 * and cmi5 §13.1, collecting every problem before it throws.
 *
 * <p>Hostile input: no DTD is accepted (a {@code DOCTYPE} is an error, so there are no entities to
 * expand and nothing external to fetch), element nesting is limited to {@link #MAX_DEPTH}, and the
 * caller limits the size. Elements of other namespaces (vendor extensions, cmi5 §13.1.5) are
 * allowed where the schema's {@code xs:any namespace="##other"} allows them and are skipped.
 */
public final class StructureReader {
  private StructureReader() {}

  /** The deepest element nesting accepted; a real course structure is a few levels deep. */
  public static final int MAX_DEPTH = 64;

  private static final String NS = Cmi5CourseStructure.NAMESPACE;
  private static final String OTHER = "##other";
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  /** The structure in the bytes. */
  public static Cmi5CourseStructure read(byte[] xml) {
    El root = parse(xml);
    List<Violation> out = new ArrayList<>();
    Cmi5CourseStructure s = new StructureReader.Checker(out).structure(root);
    if (!out.isEmpty() || s == null) {
      throw new Cmi5Exception(out.isEmpty() ? List.of(new Violation("/", "not a course structure")) : out);
    }
    return s;
  }

  // ---- a small tree of the document, foreign elements kept as placeholders ----

  /** An element: name, attributes, cmi5 children and foreign placeholders, its own text. */
  static final class El {
    final String ns;
    final String local;
    final String path;
    final int line;
    final List<String[]> attrs = new ArrayList<>();   // {namespace or "", local name, value}
    final List<El> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    El(String ns, String local, String path, int line) {
      this.ns = ns;
      this.local = local;
      this.path = path;
      this.line = line;
    }

    boolean foreign() {
      return !NS.equals(ns);
    }

    String name() {
      return foreign() ? (ns.isEmpty() ? local : "{" + ns + "}" + local) : local;
    }

    Optional<String> attr(String name) {
      for (String[] a : attrs) {
        if (a[0].isEmpty() && a[1].equals(name)) {
          return Optional.of(a[2]);
        }
      }
      return Optional.empty();
    }

    List<El> named(String name) {
      List<El> out = new ArrayList<>();
      for (El c : children) {
        if (!c.foreign() && c.local.equals(name)) {
          out.add(c);
        }
      }
      return out;
    }

    Optional<El> first(String name) {
      List<El> all = named(name);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }
  }

  private static XMLInputFactory factory() {
    // The JDK's own implementation, whatever StAX provider is on the class path.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
      throw new XMLStreamException("external resource '" + systemId + "' refused");
    });
    return f;
  }

  private static El parse(byte[] xml) {
    XMLStreamReader r = null;
    try {
      r = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
      List<El> stack = new ArrayList<>();
      List<Map<String, Integer>> counters = new ArrayList<>();
      El root = null;
      int skip = 0;   // depth inside a foreign element whose content is not kept
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD:
            throw new Cmi5Exception(location(r), "a DOCTYPE is not allowed in cmi5.xml (no DTD is read, so no entity is expanded)");
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw new Cmi5Exception(location(r), "entity reference &" + r.getLocalName() + "; is not allowed (no DTD declares it)");
          case XMLStreamConstants.START_ELEMENT: {
            if (stack.size() + skip >= MAX_DEPTH) {
              throw new Cmi5Exception(location(r), "elements nested deeper than " + MAX_DEPTH + " levels");
            }
            if (skip > 0) {
              skip++;
              break;
            }
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            String local = r.getLocalName();
            El parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            String path;
            if (parent == null) {
              path = "/" + local;
            } else {
              Map<String, Integer> count = counters.get(counters.size() - 1);
              String key = ns + " " + local;
              int n = count.merge(key, 1, Integer::sum);
              path = parent.path + "/" + (NS.equals(ns) ? local : (ns.isEmpty() ? local : "{" + ns + "}" + local))
                  + "[" + n + "]";
            }
            El el = new El(ns, local, path, r.getLocation().getLineNumber());
            for (int i = 0; i < r.getAttributeCount(); i++) {
              String ans = r.getAttributeNamespace(i);
              el.attrs.add(new String[] {ans == null ? "" : ans, r.getAttributeLocalName(i), r.getAttributeValue(i)});
            }
            if (parent == null) {
              root = el;
            } else {
              parent.children.add(el);
            }
            if (el.foreign() && parent != null) {
              skip = 1;   // keep the placeholder, not its content
            } else {
              stack.add(el);
              counters.add(new HashMap<>());
            }
            break;
          }
          case XMLStreamConstants.END_ELEMENT:
            if (skip > 0) {
              skip--;
            } else {
              stack.remove(stack.size() - 1);
              counters.remove(counters.size() - 1);
            }
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (skip == 0 && !stack.isEmpty()) {
              stack.get(stack.size() - 1).text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
            break;
          default:
            break;   // comments, processing instructions, document start and end
        }
      }
      if (root == null) {
        throw new Cmi5Exception("/", "the document has no root element");
      }
      return root;
    } catch (XMLStreamException e) {
      Location l = e.getLocation();
      String where = l == null ? "/" : "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
      throw new Cmi5Exception(where, "not well-formed XML: " + message(e));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing held open: the input is in memory
        }
      }
    }
  }

  private static String message(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int i = m.indexOf("Message: ");
    return i >= 0 ? m.substring(i + "Message: ".length()).trim() : m.trim();
  }

  private static String location(XMLStreamReader r) {
    Location l = r.getLocation();
    return "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
  }

  // ---- checking the tree against CourseStructure.xsd and cmi5 §13.1 ----

  /** One particle of a sequence: element names (or {@code ##other}) and how often. */
  private record P(Set<String> names, int min, int max) {
    static P one(String name) {
      return new P(Set.of(name), 1, 1);
    }

    static P optional(String name) {
      return new P(Set.of(name), 0, 1);
    }

    static P nodes() {
      return new P(Set.of("au", "block"), 1, Integer.MAX_VALUE);
    }

    static P other() {
      return new P(Set.of(OTHER), 0, Integer.MAX_VALUE);
    }

    boolean matches(El el) {
      return el.foreign() ? names.contains(OTHER) && !el.ns.isEmpty() : names.contains(el.local);
    }

    String describe() {
      String n = names.size() == 1 ? "<" + names.iterator().next() + ">" : "<au> or <block>";
      if (names.contains(OTHER)) {
        return "elements of other namespaces";
      }
      return min == 0 ? n + "?" : max > 1 ? n + "+" : n;
    }
  }

  private static final List<P> STRUCTURE = List.of(P.one("course"), P.optional("objectives"), P.nodes(), P.other());
  private static final List<P> COURSE = List.of(P.one("title"), P.one("description"), P.other());
  private static final List<P> BLOCK = List.of(P.one("title"), P.one("description"), P.optional("objectives"),
      P.nodes(), P.other());
  private static final List<P> AU = List.of(P.one("title"), P.one("description"), P.optional("objectives"),
      P.one("url"), P.optional("launchParameters"), P.optional("entitlementKey"), P.other());
  private static final List<P> TEXT = List.of(new P(Set.of("langstring"), 1, Integer.MAX_VALUE), P.other());
  private static final List<P> OBJECTIVES = List.of(new P(Set.of("objective"), 1, Integer.MAX_VALUE), P.other());

  private static final class Checker {
    final List<Violation> out;
    final Set<String> ids = new HashSet<>();
    final Set<String> objectiveIds = new HashSet<>();
    final List<String[]> references = new ArrayList<>();   // {idref, path, line}

    Checker(List<Violation> out) {
      this.out = out;
    }

    void fail(El el, String message) {
      out.add(new Violation(el.path, "line " + el.line + ": " + message));
    }

    Cmi5CourseStructure structure(El root) {
      if (!root.local.equals("courseStructure") || root.foreign()) {
        fail(root, "the root element must be <courseStructure> in namespace " + NS + ", was <" + root.name() + ">"
            + (root.ns.isEmpty() ? " in no namespace" : " in namespace " + root.ns));
        return null;
      }
      complex(root, STRUCTURE, "courseType", Set.of(), true);
      Optional<El> course = root.first("course");
      String courseId = null;
      Text title = null;
      Text description = null;
      if (course.isPresent()) {
        El c = course.get();
        complex(c, COURSE, "course", Set.of("id"), true);
        courseId = id(c, false);
        title = text(c, "title");
        description = text(c, "description");
      }
      List<Objective> objectives = new ArrayList<>();
      root.first("objectives").ifPresent(o -> objectives.addAll(objectives(o)));
      List<Node> children = nodes(root);
      for (String[] ref : references) {
        if (!objectiveIds.contains(ref[0])) {
          out.add(new Violation(ref[1], "line " + ref[2] + ": '" + ref[0]
              + "' names no objective of the course structure (cmi5 §13.1.3)"));
        }
      }
      if (!out.isEmpty() || courseId == null || title == null || description == null) {
        return null;
      }
      return new Cmi5CourseStructure(courseId, title, description, objectives, children);
    }

    List<Objective> objectives(El el) {
      complex(el, OBJECTIVES, "objectivesType", Set.of(), true);
      List<Objective> result = new ArrayList<>();
      for (El o : el.named("objective")) {
        attributes(o, Set.of("id"), false);
        noText(o);
        for (El c : o.children) {
          if (c.foreign() || !(c.local.equals("title") || c.local.equals("description"))) {
            fail(c, "<" + c.name() + "> is not allowed in an objective; it holds one <title> and one <description>");
          }
        }
        for (String name : List.of("title", "description")) {
          int n = o.named(name).size();
          if (n != 1) {
            fail(o, "an objective needs exactly one <" + name + ">, has " + n + " (CourseStructure.xsd objectivesType)");
          }
        }
        String id = id(o, true);
        if (id != null) {
          objectiveIds.add(id);
        }
        Text title = text(o, "title");
        Text description = text(o, "description");
        if (id != null && title != null && description != null) {
          result.add(new Objective(id, title, description));
        }
      }
      return result;
    }

    List<String> objectiveReferences(El parent) {
      List<String> refs = new ArrayList<>();
      Optional<El> objectives = parent.first("objectives");
      if (objectives.isEmpty()) {
        return refs;
      }
      El el = objectives.get();
      complex(el, OBJECTIVES, "referencesObjectivesType", Set.of(), true);
      for (El o : el.named("objective")) {
        attributes(o, Set.of("idref"), false);
        noText(o);
        for (El c : o.children) {
          fail(c, "<" + c.name() + "> is not allowed in an objective reference");
        }
        Optional<String> idref = o.attr("idref").map(XmlChars::trim);
        if (idref.isEmpty()) {
          fail(o, "an objective reference needs an idref");
        } else if (!Iris.isAbsoluteIri(idref.get())) {
          fail(o, "idref '" + idref.get() + "' must be an absolute IRI");
        } else {
          refs.add(idref.get());
          references.add(new String[] {idref.get(), o.path, String.valueOf(o.line)});
        }
      }
      return refs;
    }

    List<Node> nodes(El parent) {
      List<Node> nodes = new ArrayList<>();
      for (El c : parent.children) {
        if (c.foreign()) {
          continue;
        }
        Node n = c.local.equals("au") ? au(c) : c.local.equals("block") ? block(c) : null;
        if (n != null) {
          nodes.add(n);
        }
      }
      return nodes;
    }

    Block block(El el) {
      complex(el, BLOCK, "blockType", Set.of("id"), true);
      String id = id(el, true);
      Text title = text(el, "title");
      Text description = text(el, "description");
      List<String> refs = objectiveReferences(el);
      List<Node> children = nodes(el);
      if (id == null || title == null || description == null || children.isEmpty() || !out.isEmpty()) {
        return null;
      }
      return new Block(id, title, description, refs, children);
    }

    Au au(El el) {
      complex(el, AU, "auType", Set.of("id", "moveOn", "masteryScore", "launchMethod", "activityType"), true);
      String id = id(el, true);
      Text title = text(el, "title");
      Text description = text(el, "description");
      List<String> refs = objectiveReferences(el);
      String url = null;
      Optional<El> urlEl = el.first("url");
      if (urlEl.isPresent()) {
        url = simple(urlEl.get(), false).orElse(null);
        if (url != null && url.isEmpty()) {
          fail(urlEl.get(), "<url> must not be empty (CourseStructure.xsd auType: minLength 1)");
          url = null;
        } else if (url != null && !Iris.isUriReference(url)) {
          fail(urlEl.get(), "'" + url + "' is not a URL: it must be a URI reference without spaces"
              + " (cmi5 §13.1.4, RFC 3986)");
          url = null;
        }
      }
      MoveOn moveOn = MoveOn.NOT_APPLICABLE;
      Optional<String> m = el.attr("moveOn").map(XmlChars::trim);
      if (m.isPresent()) {
        Optional<MoveOn> parsed = MoveOn.fromToken(m.get());
        if (parsed.isEmpty()) {
          fail(el, "moveOn '" + m.get() + "' is none of NotApplicable, Passed, Completed, CompletedAndPassed,"
              + " CompletedOrPassed (cmi5 §13.1.4)");
        } else {
          moveOn = parsed.get();
        }
      }
      LaunchMethod launchMethod = LaunchMethod.ANY_WINDOW;
      Optional<String> lm = el.attr("launchMethod").map(XmlChars::trim);
      if (lm.isPresent()) {
        Optional<LaunchMethod> parsed = LaunchMethod.fromToken(lm.get());
        if (parsed.isEmpty()) {
          fail(el, "launchMethod '" + lm.get() + "' is neither AnyWindow nor OwnWindow (cmi5 §13.1.4)");
        } else {
          launchMethod = parsed.get();
        }
      }
      Optional<BigDecimal> mastery = Optional.empty();
      Optional<String> ms = el.attr("masteryScore").map(XmlChars::trim);
      if (ms.isPresent()) {
        if (!DECIMAL.matcher(ms.get()).matches()) {
          fail(el, "masteryScore '" + ms.get() + "' is not a decimal number (xs:decimal)");
        } else {
          BigDecimal v = new BigDecimal(ms.get()).stripTrailingZeros();
          if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            fail(el, "masteryScore " + ms.get() + " must be between 0 and 1 (cmi5 §13.1.4)");
          } else if (v.scale() > Au.MASTERY_SCALE) {
            fail(el, "masteryScore " + ms.get() + " has more than 4 decimal places (cmi5 §13.1.4)");
          } else {
            mastery = Optional.of(v);
          }
        }
      }
      Optional<String> activityType = el.attr("activityType").map(XmlChars::trim).filter(s -> !s.isEmpty());
      if (activityType.isPresent() && !Iris.isAbsoluteIri(activityType.get())) {
        fail(el, "activityType '" + activityType.get() + "' must be an absolute IRI (cmi5 §13.1.4)");
      }
      Optional<String> launchParameters = el.first("launchParameters").flatMap(e -> simple(e, true));
      Optional<String> entitlementKey = el.first("entitlementKey").flatMap(e -> simple(e, true));
      if (id == null || title == null || description == null || url == null || !out.isEmpty()) {
        return null;
      }
      return new Au(id, title, description, refs, url, moveOn, mastery, launchMethod, activityType,
          launchParameters, entitlementKey);
    }

    /** The {@code id} attribute, an absolute IRI unique in the structure (course ids are not counted). */
    String id(El el, boolean unique) {
      Optional<String> id = el.attr("id").map(XmlChars::trim);
      if (id.isEmpty()) {
        fail(el, "<" + el.local + "> needs an id attribute (cmi5 §13.1)");
        return null;
      }
      if (!Iris.isAbsoluteIri(id.get())) {
        fail(el, "id '" + id.get() + "' must be an absolute IRI (xs:anyURI, cmi5 §13.1)");
        return null;
      }
      if (unique && !ids.add(id.get())) {
        fail(el, "duplicate id '" + id.get() + "': block, AU and objective ids must be unique within the"
            + " course structure (cmi5 §13.1.2 to §13.1.4)");
      }
      return id.get();
    }

    Text text(El parent, String name) {
      Optional<El> found = parent.first(name);
      if (found.isEmpty()) {
        return null;   // reported by the sequence check
      }
      El el = found.get();
      complex(el, TEXT, "textType", Set.of(), true);
      List<LangString> strings = new ArrayList<>();
      for (El s : el.named("langstring")) {
        attributes(s, Set.of("lang"), true);
        for (El c : s.children) {
          fail(c, "<langstring> holds text only, not <" + c.name() + ">");
        }
        Optional<String> lang = s.attr("lang").map(XmlChars::trim);
        if (lang.isPresent() && !Iris.isXsLanguage(lang.get())) {
          fail(s, "lang '" + lang.get() + "' is not a language tag (xs:language)");
          continue;
        }
        strings.add(new LangString(lang, s.text.toString()));
      }
      return strings.isEmpty() ? null : new Text(strings);
    }

    /** Text-only content, trimmed; empty when the element is empty and {@code emptyIsAbsent}. */
    Optional<String> simple(El el, boolean emptyIsAbsent) {
      attributes(el, Set.of(), !el.local.equals("url"));
      for (El c : el.children) {
        fail(c, "<" + el.local + "> holds text only, not <" + c.name() + ">");
      }
      String v = XmlChars.normalize(el.text.toString());
      return emptyIsAbsent && v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    void complex(El el, List<P> particles, String type, Set<String> attributes, boolean foreignAttributes) {
      attributes(el, attributes, foreignAttributes);
      noText(el);
      sequence(el, particles, type);
    }

    void noText(El el) {
      if (!XmlChars.trim(el.text.toString()).isEmpty()) {
        fail(el, "<" + el.local + "> holds elements only, not text");
      }
    }

    void attributes(El el, Set<String> allowed, boolean foreign) {
      for (String[] a : el.attrs) {
        if (a[0].isEmpty() ? !allowed.contains(a[1]) : !foreign) {
          fail(el, "attribute " + (a[0].isEmpty() ? a[1] : "{" + a[0] + "}" + a[1]) + " is not allowed on <"
              + el.local + ">" + (allowed.isEmpty() ? "" : " (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")"));
        }
      }
    }

    /** Greedy match of the children against a deterministic sequence; reports the first misfit only. */
    void sequence(El el, List<P> particles, String type) {
      List<El> kids = el.children;
      int i = 0;
      for (int p = 0; p < particles.size(); p++) {
        P particle = particles.get(p);
        int n = 0;
        while (i < kids.size() && n < particle.max() && particle.matches(kids.get(i))) {
          i++;
          n++;
        }
        if (n < particle.min()) {
          if (i < kids.size()) {
            El misfit = kids.get(i);
            fail(misfit, "<" + misfit.name() + "> is out of place: " + particle.describe() + " must come first ("
                + type + ": " + sequenceText(particles) + ")");
          } else {
            fail(el, "<" + el.local + "> lacks " + particle.describe() + " (" + type + ": " + sequenceText(particles) + ")");
          }
          return;
        }
      }
      if (i < kids.size()) {
        El misfit = kids.get(i);
        fail(misfit, "<" + misfit.name() + "> is not allowed here (" + type + ": " + sequenceText(particles) + ")");
      }
    }

    static String sequenceText(List<P> particles) {
      List<String> parts = new ArrayList<>();
      for (P p : particles) {
        if (!p.names().contains(OTHER)) {
          parts.add(p.describe());
        }
      }
      return String.join(", ", parts);
    }
  }
}
