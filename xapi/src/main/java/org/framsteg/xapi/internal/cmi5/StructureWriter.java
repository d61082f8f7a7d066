package org.framsteg.xapi.internal.cmi5;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Au;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Block;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.LangString;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Node;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Objective;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure.Text;

/**
 * Writes a course structure as {@code cmi5.xml}: UTF-8, the JDK's own StAX writer (which escapes
 * {@code <}, {@code >}, {@code &} and quotes), two-space indentation, elements in the order of
 * {@code CourseStructure.xsd}. The structure's values are already checked (no character XML 1.0
 * forbids), so the output is always well-formed; the same structure always gives the same bytes.
 */
public final class StructureWriter {
  private StructureWriter() {}

  private static final String NS = Cmi5CourseStructure.NAMESPACE;

  /** The document's bytes. */
  public static byte[] write(Cmi5CourseStructure s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try {
      // The JDK's implementation, whatever StAX provider is on the class path.
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
      Out out = new Out(w);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.setDefaultNamespace(NS);
      w.writeStartElement(NS, "courseStructure");
      w.writeDefaultNamespace(NS);
      out.depth++;
      out.start("course");
      w.writeAttribute("id", s.courseId());
      out.text("title", s.title());
      out.text("description", s.description());
      out.end();
      if (!s.objectives().isEmpty()) {
        out.start("objectives");
        for (Objective o : s.objectives()) {
          out.start("objective");
          w.writeAttribute("id", o.id());
          out.text("title", o.title());
          out.text("description", o.description());
          out.end();
        }
        out.end();
      }
      out.nodes(s.children());
      out.depth--;
      out.newline();
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      // Writing to memory fails only on a bug: every value was checked when the structure was built.
      throw new IllegalStateException("writing cmi5.xml failed: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /** The writer and the current depth, for indentation. */
  private static final class Out {
    final XMLStreamWriter w;
    int depth;

    Out(XMLStreamWriter w) {
      this.w = w;
    }

    void newline() throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }

    void start(String name) throws XMLStreamException {
      newline();
      w.writeStartElement(NS, name);
      depth++;
    }

    void end() throws XMLStreamException {
      depth--;
      newline();
      w.writeEndElement();
    }

    void leaf(String name, String value) throws XMLStreamException {
      newline();
      w.writeStartElement(NS, name);
      w.writeCharacters(value);
      w.writeEndElement();
    }

    void text(String name, Text text) throws XMLStreamException {
      start(name);
      for (LangString s : text.strings()) {
        newline();
        w.writeStartElement(NS, "langstring");
        if (s.lang().isPresent()) {
          w.writeAttribute("lang", s.lang().get());
        }
        w.writeCharacters(s.value());
        w.writeEndElement();
      }
      end();
    }

    void references(List<String> ids) throws XMLStreamException {
      if (ids.isEmpty()) {
        return;
      }
      start("objectives");
      for (String id : ids) {
        newline();
        w.writeEmptyElement(NS, "objective");
        w.writeAttribute("idref", id);
      }
      end();
    }

    void nodes(List<Node> nodes) throws XMLStreamException {
      for (Node n : nodes) {
        if (n instanceof Block b) {
          start("block");
          w.writeAttribute("id", b.id());
          text("title", b.title());
          text("description", b.description());
          references(b.objectives());
          nodes(b.children());
          end();
        } else if (n instanceof Au au) {
          start("au");
          w.writeAttribute("id", au.id());
          w.writeAttribute("moveOn", au.moveOn().token());
          if (au.masteryScore().isPresent()) {
            w.writeAttribute("masteryScore", au.masteryScore().get().toPlainString());
          }
          w.writeAttribute("launchMethod", au.launchMethod().token());
          if (au.activityType().isPresent()) {
            w.writeAttribute("activityType", au.activityType().get());
          }
          text("title", au.title());
          text("description", au.description());
          references(au.objectives());
          leaf("url", au.url());
          if (au.launchParameters().isPresent()) {
            leaf("launchParameters", au.launchParameters().get());
          }
          if (au.entitlementKey().isPresent()) {
            leaf("entitlementKey", au.entitlementKey().get());
          }
          end();
        }
      }
    }
  }
}
