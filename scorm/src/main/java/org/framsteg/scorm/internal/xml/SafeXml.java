package org.framsteg.scorm.internal.xml;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageLimits;
import org.framsteg.scorm.PackageProblem;
import org.framsteg.scorm.PackageRule;

/**
 * The one place XML is parsed. Every document is treated as hostile: a DOCTYPE is refused before
 * anything in it is used, so no DTD is loaded and no entity (internal, external or parameter) is
 * ever expanded; nothing outside the document is resolved; depth, attribute count and text
 * lengths are bounded by {@link PackageLimits}. The JDK's own StAX implementation is used, never
 * one found on the class path, and its security limits are set tight as a second fence.
 */
public final class SafeXml {
  private static final String JDK_LIMIT = "jdk.xml.";

  private SafeXml() {}

  /**
   * A reader factory configured for hostile input. Exposed for the rare caller that must stream;
   * {@link #parse} is what almost everyone wants.
   */
  public static XMLInputFactory newInputFactory(PackageLimits limits) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new ExternalReferenceException(systemId == null ? String.valueOf(publicId) : systemId);
        });
    // A second fence behind the checks in parse(): the JDK's secure-processing limits.
    // Predefined entities (&amp;) count towards the size limits, so those stay at the document size.
    String documentSize = String.valueOf(limits.maxManifestBytes());
    f.setProperty(JDK_LIMIT + "entityExpansionLimit", "1");
    f.setProperty(JDK_LIMIT + "entityReplacementLimit", "1");
    f.setProperty(JDK_LIMIT + "maxParameterEntitySizeLimit", "1");
    f.setProperty(JDK_LIMIT + "maxGeneralEntitySizeLimit", documentSize);
    f.setProperty(JDK_LIMIT + "totalEntitySizeLimit", documentSize);
    f.setProperty(JDK_LIMIT + "maxElementDepth", String.valueOf(limits.maxElementDepth() + 2));
    f.setProperty(JDK_LIMIT + "elementAttributeLimit", String.valueOf(limits.maxAttributes() + 2));
    return f;
  }

  /**
   * Parses a whole document into an element tree.
   *
   * @param bytes the document; at most {@link PackageLimits#maxManifestBytes()} long
   * @param entry the entry name used in problems ({@code imsmanifest.xml})
   * @throws PackageException for anything but a well-formed document within the limits
   */
  public static XmlElement parse(byte[] bytes, String entry, PackageLimits limits) {
    if (bytes.length > limits.maxManifestBytes()) {
      throw problem(entry, "", PackageRule.MANIFEST_TOO_LARGE,
          bytes.length + " bytes, more than the limit of " + limits.maxManifestBytes(), null);
    }
    XMLStreamReader r = null;
    XmlElement current = null;
    XmlElement root = null;
    int depth = 0;
    try {
      r = newInputFactory(limits).createXMLStreamReader(new ByteArrayInputStream(bytes));
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD ->
              throw problem(entry, "", PackageRule.DOCTYPE_FORBIDDEN,
                  "found a DOCTYPE at line " + line(r.getLocation())
                      + "; a manifest needs none and its entities are never expanded", null);
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw problem(entry, current == null ? "" : current.path(),
                  PackageRule.DOCTYPE_FORBIDDEN, "entity reference &" + r.getLocalName() + ";", null);
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            XmlElement element = new XmlElement(current, r.getNamespaceURI(), r.getLocalName(),
                r.getPrefix(), line(r.getLocation()));
            if (depth > limits.maxElementDepth()) {
              throw problem(entry, element.path(), PackageRule.XML_TOO_DEEP,
                  "element nested " + depth + " deep, more than the limit of "
                      + limits.maxElementDepth(), null);
            }
            int attributes = r.getAttributeCount() + r.getNamespaceCount();
            if (attributes > limits.maxAttributes()) {
              throw problem(entry, element.path(), PackageRule.TOO_MANY_ATTRIBUTES,
                  attributes + " attributes, more than the limit of " + limits.maxAttributes(), null);
            }
            for (int i = 0; i < r.getAttributeCount(); i++) {
              QName name = r.getAttributeName(i);
              String value = r.getAttributeValue(i);
              if (value.length() > limits.maxTextLength()) {
                throw problem(entry, element.attributePath(prefixed(name)), PackageRule.TEXT_TOO_LONG,
                    value.length() + " characters, more than the limit of "
                        + limits.maxTextLength(), null);
              }
              element.putAttribute(new QName(name.getNamespaceURI(), name.getLocalPart()), value);
            }
            if (root == null) {
              root = element;
            }
            current = element;
          }
          case XMLStreamConstants.END_ELEMENT -> {
            depth--;
            current = current == null ? null : current.parent().orElse(null);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (current != null) {
              StringBuilder text = current.textBuffer();
              if (text.length() + r.getTextLength() > limits.maxTextLength()) {
                throw problem(entry, current.path(), PackageRule.TEXT_TOO_LONG,
                    "text longer than the limit of " + limits.maxTextLength() + " characters", null);
              }
              text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
          }
          default -> {
            // comments, processing instructions, document start and end: nothing to keep
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof PackageException pe) {
        throw pe;
      }
      ExternalReferenceException external = externalCause(e);
      if (external != null) {
        throw problem(entry, current == null ? "" : current.path(),
            PackageRule.EXTERNAL_REFERENCE_FORBIDDEN,
            "refers to " + external.getMessage() + "; nothing outside the package is read", e);
      }
      String detail = describe(e);
      throw problem(entry, current == null ? "" : current.path(), jdkRule(detail), detail, e);
    } finally {
      close(r);
    }
    if (root == null) {
      throw problem(entry, "", PackageRule.XML_MALFORMED, "the document has no root element", null);
    }
    return root;
  }

  /** The rule behind one of the JDK's own secure-processing limits (JAXP0001000x codes). */
  private static PackageRule jdkRule(String detail) {
    if (detail.contains("JAXP00010002")) {
      return PackageRule.TOO_MANY_ATTRIBUTES;
    }
    if (detail.contains("JAXP00010006")) {
      return PackageRule.XML_TOO_DEEP;
    }
    if (detail.contains("JAXP00010005")) {
      return PackageRule.TEXT_TOO_LONG;
    }
    if (detail.contains("JAXP00010001") || detail.contains("JAXP00010003")
        || detail.contains("JAXP00010004") || detail.contains("JAXP00010007")) {
      return PackageRule.DOCTYPE_FORBIDDEN;
    }
    return PackageRule.XML_MALFORMED;
  }

  private static String prefixed(QName name) {
    return name.getPrefix() == null || name.getPrefix().isEmpty()
        ? name.getLocalPart() : name.getPrefix() + ":" + name.getLocalPart();
  }

  private static ExternalReferenceException externalCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ExternalReferenceException x) {
        return x;
      }
      if (t instanceof XMLStreamException xse && xse.getNestedException() != null
          && xse.getNestedException() != t.getCause()) {
        ExternalReferenceException nested = externalCause(xse.getNestedException());
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // The JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; keep it on one line.
    return message.replace('\n', ' ').replace("Message: ", "").strip();
  }

  private static int line(Location location) {
    return location == null ? -1 : location.getLineNumber();
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // closing a reader over a byte array cannot lose data
      }
    }
  }

  static PackageException problem(
      String entry, String path, PackageRule rule, String detail, Throwable cause) {
    return new PackageException(List.of(new PackageProblem(entry, path, rule, detail)), cause);
  }

  /** Thrown by the resolver so the caller can tell an external reference from malformed XML. */
  private static final class ExternalReferenceException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    ExternalReferenceException(String target) {
      super(target);
    }
  }
}
