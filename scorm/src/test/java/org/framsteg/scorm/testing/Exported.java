package org.framsteg.scorm.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.framsteg.core.course.Course;
import org.framsteg.scorm.ExportReport;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.ScormExport;
import org.framsteg.scorm.ScormPackage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A package written by {@link ScormExport} in memory, with ways to look into it that do not
 * depend on the exporter: the zip entries as {@link ZipInputStream} reads them, the manifest as a
 * DOM, the schema messages, and the package as {@link PackageReader} reads it.
 *
 * <pre>{@code
 * Exported e = Exported.of(ScormExport.scorm2004(), course);
 * assertThat(e.schemaErrors()).isEmpty();
 * }</pre>
 *
 * @param export the export that wrote it
 * @param zip the package bytes
 * @param report what the export reported
 */
public record Exported(ScormExport export, byte[] zip, ExportReport report) {
  public static final String CP_12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
  public static final String CP_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
  public static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
  public static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
  public static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
  public static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";
  public static final String LOM = "http://ltsc.ieee.org/xsd/LOM";
  public static final String IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";

  /** Writes the course with the export. */
  public static Exported of(ScormExport export, Course course) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ExportReport report = export.write(course, out);
      return new Exported(export, out.toByteArray(), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entries in archive order, name to content, as the JDK's zip reader sees them. */
  public Map<String, byte[]> entries() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The zip entries' metadata in archive order. */
  public List<ZipEntry> zipEntries() {
    List<ZipEntry> out = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        in.readAllBytes();
        out.add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public byte[] manifestXml() {
    byte[] xml = entries().get("imsmanifest.xml");
    if (xml == null) {
      throw new AssertionError("the package has no imsmanifest.xml");
    }
    return xml;
  }

  /** Every message of the official schemas of the export's version; skips without the spec. */
  public List<String> schemaErrors() {
    return ScormSchemas.validate(ScormSchemas.forVersion(export.version()), manifestXml());
  }

  /** The package as the module's own reader reads it. */
  public ScormPackage read() {
    try {
      return PackageReader.defaults().read(new ByteArrayInputStream(zip));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest as a namespace-aware DOM. */
  public Document dom() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(manifestXml()));
    } catch (Exception e) {
      throw new AssertionError("the manifest does not parse", e);
    }
  }

  /** The elements of a namespace and local name, in document order. */
  public List<Element> elements(String namespace, String localName) {
    NodeList list = dom().getElementsByTagNameNS(namespace, localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The {@code <item>} with this identifier. */
  public Element item(String identifier) {
    String cp = export.version().isScorm2004() ? CP_2004 : CP_12;
    return elements(cp, "item").stream()
        .filter(e -> e.getAttribute("identifier").equals(identifier))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + identifier));
  }

  /** The child elements of an element with this namespace and local name. */
  public static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> out = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && namespace.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The one child element of this name; fails when there is none or more. */
  public static Element child(Element parent, String namespace, String localName) {
    List<Element> all = children(parent, namespace, localName);
    if (all.size() != 1) {
      throw new AssertionError(
          "expected one " + localName + " in " + parent.getLocalName() + ", found " + all.size());
    }
    return all.get(0);
  }
}
