package org.framsteg.xapi.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.framsteg.core.course.Course;
import org.framsteg.core.testing.CourseArbitraries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Laws of reading cmi5.xml, checked against the official schema. */
@AddLifecycleHook(SpecDir.NeedsCmi5Schema.class)
class Cmi5XmlLawsTest {

  private static final Cmi5Export EXPORT = Cmi5Export.to(URI.create("https://lms.example.org/framsteg/"));

  @Provide
  Arbitrary<Course> courses() {
    return Arbitraries.oneOf(CourseArbitraries.courses(), CourseGen.courses());
  }

  /**
   * Removing one element of an exported document, or swapping two neighbouring ones, breaks the
   * schema exactly when it breaks the reader: the reader's order and presence checks are the
   * schema's. (Ids stay unique and values valid under these changes, where the reader is stricter.)
   */
  @Property(tries = 100)
  void theReaderAcceptsAChangedDocumentExactlyWhenTheSchemaDoes(@ForAll("courses") Course course,
      @ForAll @IntRange(min = 0, max = 10_000) int pick, @ForAll boolean swap) throws Exception {
    Document doc = parse(EXPORT.export(course).xml());
    List<Element> elements = new ArrayList<>();
    collect(doc.getDocumentElement(), elements);
    Element target = elements.get(pick % elements.size());
    String change;
    if (swap) {
      Element next = nextElement(target);
      if (next == null) {
        next = target;   // nothing to swap with: the document stays as exported
      }
      if (next != target) {
        target.getParentNode().insertBefore(next, target);
      }
      change = "swapped <" + target.getLocalName() + "> and <" + next.getLocalName() + ">";
    } else {
      target.getParentNode().removeChild(target);
      change = "removed <" + target.getLocalName() + ">";
    }
    byte[] changed = serialize(doc);
    List<String> schemaErrors = Cmi5Schema.errors(changed);
    String readerVerdict;
    try {
      Cmi5Xml.read(changed);
      readerVerdict = "accepted";
    } catch (Cmi5Exception e) {
      readerVerdict = "refused: " + e.getMessage();
    }
    assertThat(readerVerdict.equals("accepted")).as(change + "; schema " + schemaErrors + "; reader " + readerVerdict)
        .isEqualTo(schemaErrors.isEmpty());
    Statistics.collect(schemaErrors.isEmpty() ? "valid" : "invalid");
    // Both verdicts must occur often enough for the law to say something.
    Statistics.coverage(c -> {
      c.check("valid").percentage(p -> p >= 10);
      c.check("invalid").percentage(p -> p >= 10);
    });
  }

  private static void collect(Element e, List<Element> out) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        out.add(child);
        collect(child, out);
      }
    }
  }

  private static Element nextElement(Element e) {
    for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element next) {
        return next;
      }
    }
    return null;
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static byte[] serialize(Document doc) throws Exception {
    TransformerFactory f = TransformerFactory.newDefaultInstance();
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.newTransformer().transform(new DOMSource(doc), new StreamResult(out));
    return out.toByteArray();
  }
}
