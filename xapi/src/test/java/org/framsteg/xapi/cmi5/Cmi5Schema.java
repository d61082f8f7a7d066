package org.framsteg.xapi.cmi5;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The official {@code CourseStructure.xsd}, read in place from the spec directory, as a validator
 * with secure settings: schemas only from files, no DTD in the instance, no external access.
 */
final class Cmi5Schema {
  private static Schema schema;

  private Cmi5Schema() {}

  /** The schema; skips (or fails, see {@link SpecDir}) the calling test when it is absent. */
  static synchronized Schema schema() {
    if (schema == null) {
      Path xsd = SpecDir.require("cmi5/CourseStructure.xsd");
      try {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        schema = f.newSchema(new StreamSource(xsd.toFile()));
      } catch (SAXException e) {
        throw new IllegalStateException("CourseStructure.xsd does not compile: " + e.getMessage(), e);
      }
    }
    return schema;
  }

  /** Every schema error in the document, as {@code line:column: message}; empty when it is valid. */
  static List<String> errors(byte[] xml) {
    List<String> errors = new ArrayList<>();
    try {
      Validator v = schema().newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // warnings do not make a document invalid
        }

        @Override
        public void error(SAXParseException e) {
          errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
          errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }
      });
      v.validate(new SAXSource(secureReader(), new InputSource(new ByteArrayInputStream(xml))));
    } catch (SAXParseException e) {
      if (errors.isEmpty()) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }
    } catch (SAXException | IOException | ParserConfigurationException e) {
      errors.add(e.toString());
    }
    return errors;
  }

  private static XMLReader secureReader() throws ParserConfigurationException, SAXException {
    SAXParserFactory f = SAXParserFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    XMLReader r = f.newSAXParser().getXMLReader();
    r.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    r.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return r;
  }
}
