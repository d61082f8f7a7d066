package org.framsteg.scorm.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.framsteg.scorm.ScormVersion;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official SCORM schema sets, compiled once from the spec folder, to validate manifests and
 * collect every error (not just the first). Used to prove that samples are what the spec README
 * says and, later, that exported manifests are valid.
 *
 * <ul>
 *   <li>SCORM 1.2: {@code imscp_rootv1p1p2.xsd}, {@code adlcp_rootv1p2.xsd},
 *       {@code imsmd_rootv1p2p1.xsd}. The IMS copy {@code ims_xml.xsd} binds the XML namespace as
 *       default namespace, which the JDK refuses, so the W3C {@code scorm2004-4th/xml.xsd} is
 *       served in its place; the {@code cos-nonambig} (Unique Particle Attribution) errors of
 *       imsmd are tolerated, and nothing else.
 *   <li>SCORM 2004 4th edition: {@code imscp_v1p1.xsd}, {@code adlcp_v1p3.xsd},
 *       {@code adlseq_v1p3.xsd}, {@code adlnav_v1p3.xsd}, {@code imsss_v1p0.xsd},
 *       {@code lom.xsd}; all six are needed because {@code grp.any} is lax.
 * </ul>
 */
public final class ScormSchemas {
  private static Schema scorm12;
  private static Schema scorm2004;
  private static List<String> scorm12Tolerated = List.of();

  private ScormSchemas() {}

  /** The SCORM 1.2 set; skips the test when the spec folder is absent. */
  public static synchronized Schema scorm12() {
    if (scorm12 == null) {
      Path dir = SpecFiles.dir().resolve("scorm12");
      Path w3cXml = SpecFiles.file("scorm2004-4th/xml.xsd");
      List<String> errors = new ArrayList<>();
      scorm12 = compile(errors, (type, namespace, publicId, systemId, baseUri) ->
              systemId != null && systemId.endsWith("ims_xml.xsd") ? input(w3cXml) : null,
          dir.resolve("imscp_rootv1p1p2.xsd"), dir.resolve("adlcp_rootv1p2.xsd"),
          dir.resolve("imsmd_rootv1p2p1.xsd"));
      List<String> other = errors.stream().filter(e -> !e.contains("cos-nonambig")).toList();
      if (!other.isEmpty()) {
        throw new AssertionError("SCORM 1.2 schemas do not compile: " + other);
      }
      scorm12Tolerated = List.copyOf(errors);
    }
    return scorm12;
  }

  /** The {@code cos-nonambig} errors tolerated while compiling the SCORM 1.2 set. */
  public static synchronized List<String> scorm12ToleratedErrors() {
    scorm12();
    return scorm12Tolerated;
  }

  /** The SCORM 2004 4th edition set; skips the test when the spec folder is absent. */
  public static synchronized Schema scorm2004() {
    if (scorm2004 == null) {
      Path dir = SpecFiles.dir().resolve("scorm2004-4th");
      List<String> errors = new ArrayList<>();
      scorm2004 = compile(errors, null, dir.resolve("imscp_v1p1.xsd"),
          dir.resolve("adlcp_v1p3.xsd"), dir.resolve("adlseq_v1p3.xsd"),
          dir.resolve("adlnav_v1p3.xsd"), dir.resolve("imsss_v1p0.xsd"), dir.resolve("lom.xsd"));
      if (!errors.isEmpty()) {
        throw new AssertionError("SCORM 2004 schemas do not compile: " + errors);
      }
    }
    return scorm2004;
  }

  /** The schema set for a version: 1.2, or the 4th edition set for every 2004 edition. */
  public static Schema forVersion(ScormVersion version) {
    return version.isScorm2004() ? scorm2004() : scorm12();
  }

  /** Every validation message ({@code line:column: message}); empty when the file is valid. */
  public static List<String> validate(Schema schema, Path xml) {
    try (InputStream in = Files.newInputStream(xml)) {
      return validate(schema, new StreamSource(in, xml.toUri().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every validation message for a document in memory. */
  public static List<String> validate(Schema schema, byte[] xml) {
    return validate(schema, new StreamSource(new java.io.ByteArrayInputStream(xml)));
  }

  private static List<String> validate(Schema schema, Source source) {
    List<String> errors = new ArrayList<>();
    Validator validator = schema.newValidator();
    try {
      // Instance documents must not make the validator fetch anything.
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(collector(errors));
      validator.validate(source);
    } catch (SAXException e) {
      errors.add("fatal: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }

  private static Schema compile(List<String> errors, LSResourceResolver resolver, Path... xsds) {
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      // The schema files are trusted and local; the DTD of xml.xsd is beside it.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
      factory.setErrorHandler(collector(errors));
      if (resolver != null) {
        factory.setResourceResolver(resolver);
      }
      Source[] sources = new Source[xsds.length];
      for (int i = 0; i < xsds.length; i++) {
        sources[i] = new StreamSource(xsds[i].toFile());
      }
      return factory.newSchema(sources);
    } catch (SAXException e) {
      throw new AssertionError("schemas do not compile: " + errors + " " + e.getMessage(), e);
    }
  }

  private static ErrorHandler collector(List<String> errors) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        errors.add(format(e));
      }

      @Override
      public void error(SAXParseException e) {
        errors.add(format(e));
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        errors.add(format(e));
        throw e;
      }
    };
  }

  private static String format(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
  }

  private static LSInput input(Path file) {
    String systemId = file.toUri().toString();
    return new LSInput() {
      @Override
      public Reader getCharacterStream() {
        return null;
      }

      @Override
      public void setCharacterStream(Reader characterStream) {}

      @Override
      public InputStream getByteStream() {
        try {
          return Files.newInputStream(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void setByteStream(InputStream byteStream) {}

      @Override
      public String getStringData() {
        return null;
      }

      @Override
      public void setStringData(String stringData) {}

      @Override
      public String getSystemId() {
        return systemId;
      }

      @Override
      public void setSystemId(String systemId) {}

      @Override
      public String getPublicId() {
        return null;
      }

      @Override
      public void setPublicId(String publicId) {}

      @Override
      public String getBaseURI() {
        return systemId;
      }

      @Override
      public void setBaseURI(String baseUri) {}

      @Override
      public String getEncoding() {
        return null;
      }

      @Override
      public void setEncoding(String encoding) {}

      @Override
      public boolean getCertifiedText() {
        return false;
      }

      @Override
      public void setCertifiedText(boolean certifiedText) {}
    };
  }
}
