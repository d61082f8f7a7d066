package org.framsteg.xapi.internal.json;

import java.io.CharConversionException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.StatementParseException;
import org.framsteg.xapi.StatementValidationException;
import org.framsteg.xapi.Violation;
import org.framsteg.xapi.XapiVersion;
import org.framsteg.xapi.internal.rules.Sections;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.Named;

/** The Jackson factory with Framsteg's limits, and the read and write entry points. */
public final class Json {

  /** Containers may nest this deep in a document. */
  public static final int MAX_NESTING_DEPTH = 100;
  /** A string value may have this many characters. */
  public static final int MAX_STRING_LENGTH = 1 << 20;
  /** A property name may have this many characters. */
  public static final int MAX_NAME_LENGTH = 8192;
  /** A number may have this many characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** A document (or one JSON Lines line) may have this many bytes. */
  public static final int MAX_DOCUMENT_LENGTH = 16 << 20;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .build())
          .streamWriteConstraints(
              StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  private Json() {}

  /** Matches property names against {@code names}, giving their index, without making strings. */
  static PropertyNameMatcher nameMatcher(String... names) {
    List<Named> list = new ArrayList<>(names.length);
    for (String n : names) {
      list.add(Named.fromString(n));
    }
    return FACTORY.constructNameMatcher(list, false);
  }

  /** Reads one statement from {@code bytes[offset, offset + length)}. */
  public static Statement read(byte[] bytes, int offset, int length, XapiVersion version, boolean strict) {
    checkLength(length);
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
      return readOne(p, version, strict);
    }
  }

  /** Reads one statement from {@code text}. */
  public static Statement read(String text, XapiVersion version, boolean strict) {
    checkLength(text.length());
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      return readOne(p, version, strict);
    }
  }

  /** Reads one statement from {@code in}, which is left open. */
  public static Statement read(InputStream in, XapiVersion version, boolean strict) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      return readOne(p, version, strict);
    }
  }

  /** Reads a JSON array of statements from {@code bytes}. */
  public static List<Statement> readArray(byte[] bytes, XapiVersion version, boolean strict) {
    checkLength(bytes.length);
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      return readMany(p, version, strict);
    }
  }

  /** Reads a JSON array of statements from {@code text}. */
  public static List<Statement> readArray(String text, XapiVersion version, boolean strict) {
    checkLength(text.length());
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      return readMany(p, version, strict);
    }
  }

  /** Reads a JSON array of statements from {@code in}, which is left open. */
  public static List<Statement> readArray(InputStream in, XapiVersion version, boolean strict) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      return readMany(p, version, strict);
    }
  }

  /** Writes statements as UTF-8 JSON: one object, or an array when {@code array}. */
  public static byte[] write(List<Statement> statements, boolean array) {
    // As ObjectMapper.writeValueAsBytes does: pooled buffers instead of a growing byte array.
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try {
      ByteArrayBuilder out = new ByteArrayBuilder(recycler, 2000);
      try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
        StatementGenerator sg = new StatementGenerator(g);
        if (array) {
          g.writeStartArray();
        }
        for (Statement s : statements) {
          sg.statement(s);
        }
        if (array) {
          g.writeEndArray();
        }
      }
      return out.getClearAndRelease();
    } finally {
      recycler.releaseToPool();
    }
  }

  private static Statement readOne(JsonParser p, XapiVersion version, boolean strict) {
    try {
      if (p.nextToken() == null) {
        throw empty();
      }
      StatementParser reader = new StatementParser(p, version, strict);
      Statement s = reader.statementValue();
      end(p);
      if (!reader.violations().isEmpty()) {
        throw new StatementValidationException(version, reader.violations());
      }
      return s;
    } catch (JacksonException e) {
      throw translate(p, e);
    }
  }

  private static List<Statement> readMany(JsonParser p, XapiVersion version, boolean strict) {
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw empty();
      }
      StatementParser reader = new StatementParser(p, version, strict);
      List<Statement> list = new ArrayList<>();
      if (t != JsonToken.START_ARRAY) {
        reader.violations().add(
            new Violation("$", "must be a JSON array of statements", Sections.STATEMENT));
        p.skipChildren();
      } else {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Statement s = reader.statementValue();
          if (s != null) {
            list.add(s);
          }
        }
      }
      end(p);
      if (!reader.violations().isEmpty()) {
        throw new StatementValidationException(version, reader.violations());
      }
      return list;
    } catch (JacksonException e) {
      throw translate(p, e);
    }
  }

  private static void end(JsonParser p) {
    if (p.nextToken() != null) {
      throw new StatementParseException(
          new Violation("$", "unexpected data after the end of the JSON value", Sections.JSON),
          line(p.currentTokenLocation()),
          column(p.currentTokenLocation()),
          null);
    }
  }

  private static StatementParseException empty() {
    return new StatementParseException(
        new Violation("$", "no JSON value: the input is empty", Sections.JSON), -1, -1, null);
  }

  private static void checkLength(long length) {
    if (length > MAX_DOCUMENT_LENGTH) {
      throw new StatementParseException(
          new Violation(
              "$",
              "the document is longer than the limit of " + MAX_DOCUMENT_LENGTH + " bytes",
              Sections.LIMITS),
          -1,
          -1,
          null);
    }
  }

  private static RuntimeException translate(JsonParser p, JacksonException e) {
    // Bytes that are not valid UTF-8/16/32 surface as I/O errors of the decoder; they are bad input.
    if (e instanceof JacksonIOException io && !(io.getCause() instanceof CharConversionException)) {
      return new UncheckedIOException(io.getCause());
    }
    String path;
    try {
      path = JsonPaths.of(p.streamReadContext());
    } catch (RuntimeException ignored) {
      path = "$";
    }
    TokenStreamLocation at = e.getLocation();
    boolean limit = e instanceof StreamConstraintsException;
    String message = withoutSource(e.getOriginalMessage());
    String rule = limit ? "exceeds a limit: " + message : "malformed JSON: " + message;
    return new StatementParseException(
        new Violation(path, rule, limit ? Sections.LIMITS : Sections.JSON), line(at), column(at), e);
  }

  /** Jackson's message without its source-location remarks, which this exception carries itself. */
  static String withoutSource(String message) {
    if (message == null) {
      return "unreadable input";
    }
    String m = message;
    int at;
    while ((at = m.indexOf("[Source:")) >= 0) {
      int close = m.indexOf(']', at);
      int start = at;
      String before = m.substring(0, start);
      if (before.endsWith(" at ")) {
        start -= 4;
      }
      if (m.substring(0, start).endsWith(" (start marker")) {
        start -= " (start marker".length();
        close = m.indexOf(')', close) >= 0 ? m.indexOf(')', close) : close;
      }
      m = m.substring(0, start) + (close < 0 ? "" : m.substring(close + 1));
    }
    return m.strip();
  }

  private static long line(TokenStreamLocation at) {
    return at == null ? -1 : at.getLineNr();
  }

  private static long column(TokenStreamLocation at) {
    return at == null ? -1 : at.getColumnNr();
  }
}
