package org.framsteg.scorm.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Counts elements of a manifest with the JDK's DOM, independently of the reader under test, so
 * tests can check the read model against the file itself.
 */
public final class DomCounts {
  public static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
  public static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";
  public static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_v1p3";
  public static final String ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3";

  private final Document doc;
  private final String cp;

  private DomCounts(Document doc) {
    this.doc = doc;
    this.cp = doc.getDocumentElement().getNamespaceURI();
  }

  public static DomCounts of(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new DomCounts(f.newDocumentBuilder().parse(file.toFile()));
    } catch (Exception e) {
      throw new AssertionError("cannot parse " + file, e);
    }
  }

  /** Elements of a name in the IMS CP namespace of the manifest. */
  public int cp(String localName) {
    return count(cp, localName);
  }

  public int count(String namespace, String localName) {
    return doc.getElementsByTagNameNS(namespace, localName).getLength();
  }

  /** Titles of all items, in document order. */
  public List<String> itemTitles() {
    List<String> titles = new ArrayList<>();
    NodeList items = doc.getElementsByTagNameNS(cp, "item");
    for (int i = 0; i < items.getLength(); i++) {
      for (Node c = items.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element e && "title".equals(e.getLocalName())) {
          titles.add(e.getTextContent().strip());
          break;
        }
      }
    }
    return titles;
  }

  /** How deep items nest: 1 when no item has an item child. */
  public int itemDepth() {
    return depth(doc.getDocumentElement(), 0);
  }

  private int depth(Element e, int itemsAbove) {
    int here = itemsAbove + (cp.equals(e.getNamespaceURI()) && "item".equals(e.getLocalName()) ? 1 : 0);
    int max = here;
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        max = Math.max(max, depth(child, here));
      }
    }
    return max;
  }
}
