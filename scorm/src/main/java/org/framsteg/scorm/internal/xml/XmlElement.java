package org.framsteg.scorm.internal.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * One element of a parsed XML document: names, attributes, direct text and children. Built by
 * {@link SafeXml} and not changed afterwards.
 */
public final class XmlElement {
  /** Element names that repeat by nature in a manifest; their path segment always has an index. */
  private static final Set<String> REPEATABLE =
      Set.of("organization", "item", "resource", "file", "dependency");

  private final XmlElement parent;
  private final String namespace;
  private final String localName;
  private final String prefix;
  private final int line;
  private final Map<QName, String> attributes = new LinkedHashMap<>();
  private final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int index = 1;
  private String path;

  XmlElement(XmlElement parent, String namespace, String localName, String prefix, int line) {
    this.parent = parent;
    this.namespace = namespace == null ? "" : namespace;
    this.localName = localName;
    this.prefix = prefix == null ? "" : prefix;
    this.line = line;
    if (parent != null) {
      for (XmlElement sibling : parent.children) {
        if (sibling.sameName(this)) {
          index++;
        }
      }
      parent.children.add(this);
    }
  }

  /** The namespace URI, empty for none. */
  public String namespace() {
    return namespace;
  }

  public String localName() {
    return localName;
  }

  /** The name as written: {@code imsss:sequencing}, {@code item}. */
  public String qualifiedName() {
    return prefix.isEmpty() ? localName : prefix + ":" + localName;
  }

  /** The line the start tag is on, or -1 when unknown. */
  public int line() {
    return line;
  }

  public Optional<XmlElement> parent() {
    return Optional.ofNullable(parent);
  }

  public List<XmlElement> children() {
    return Collections.unmodifiableList(children);
  }

  /** The element's own text (not its children's), as written, whitespace kept. */
  public String text() {
    return text.toString();
  }

  /** The element's own text with surrounding whitespace removed. */
  public String trimmedText() {
    return text.toString().strip();
  }

  /** All attributes by name; namespace declarations are not attributes. */
  public Map<QName, String> attributes() {
    return Collections.unmodifiableMap(attributes);
  }

  /** An attribute without namespace. */
  public Optional<String> attribute(String localName) {
    return Optional.ofNullable(attributes.get(new QName(localName)));
  }

  /** An attribute in a namespace. */
  public Optional<String> attribute(String namespace, String localName) {
    return Optional.ofNullable(attributes.get(new QName(namespace, localName)));
  }

  /**
   * The path of this element in XPath form: {@code /manifest/organizations/organization[1]/item[3]}.
   * A segment has an index when the element has siblings of its name or is one of the elements
   * that repeat by nature (organization, item, resource, file, dependency).
   */
  public String path() {
    if (path == null) {
      String segment = qualifiedName();
      if (parent != null && (REPEATABLE.contains(localName) || parent.countNamed(this) > 1)) {
        segment += "[" + index + "]";
      }
      path = (parent == null ? "" : parent.path()) + "/" + segment;
    }
    return path;
  }

  /** The path of an attribute of this element: {@code /manifest/resources/resource[2]/@href}. */
  public String attributePath(String attributeName) {
    return path() + "/@" + attributeName;
  }

  private int countNamed(XmlElement child) {
    int n = 0;
    for (XmlElement sibling : children) {
      if (sibling.sameName(child)) {
        n++;
      }
    }
    return n;
  }

  private boolean sameName(XmlElement other) {
    return localName.equals(other.localName) && namespace.equals(other.namespace);
  }

  void putAttribute(QName name, String value) {
    attributes.put(name, value);
  }

  StringBuilder textBuffer() {
    return text;
  }

  @Override
  public String toString() {
    return path();
  }
}
