package org.framsteg.core.internal.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.framsteg.core.Violation;
import org.framsteg.core.course.CourseValidationException;
import org.framsteg.core.json.CourseJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON text into a tree under the limits of {@link CourseJson}, reporting duplicate keys
 * (all of them, with their paths) and turning every parser failure into a
 * {@link CourseValidationException} with the path, line and column where it happened.
 */
public final class JsonInput {

  /** The tree of a document and the duplicate keys found while reading it. */
  public record Tree(JsonNode root, List<Violation> duplicates) {}

  /** Opens a parser on some source with the factory's limits. */
  @FunctionalInterface
  private interface Source {
    JsonParser open(JsonFactory factory, ObjectReadContext context);
  }

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(CourseJson.MAX_NESTING_DEPTH)
          .maxDocumentLength(CourseJson.MAX_DOCUMENT_LENGTH)
          .maxStringLength(CourseJson.MAX_STRING_LENGTH)
          .maxNumberLength(CourseJson.MAX_NUMBER_LENGTH)
          .maxNameLength(CourseJson.MAX_NAME_LENGTH)
          .maxTokenCount(CourseJson.MAX_TOKEN_COUNT)
          .build())
      // The caller owns the stream it passes in; sources we open ourselves are closed by us.
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<Violation> duplicates = new ArrayList<>();

  private final Watched watched;

  private JsonInput(Watched watched) {
    this.watched = watched;
  }

  /**
   * Reads one JSON value from text.
   *
   * @throws CourseValidationException when the text is not JSON, is empty, is cut short, holds
   *     more than one value or breaks a limit
   */
  public static Tree read(String json) {
    return inMemory((factory, context) -> factory.createParser(context, json));
  }

  /**
   * Reads one JSON value from bytes in UTF-8, UTF-16 or UTF-32 (detected).
   *
   * @throws CourseValidationException as for {@link #read(String)}, and for bytes that are not text
   */
  public static Tree read(byte[] json) {
    return inMemory((factory, context) -> factory.createParser(context, json));
  }

  /**
   * Reads one JSON value from a stream, which is left open.
   *
   * @throws CourseValidationException as for {@link #read(byte[])}
   * @throws IOException when the stream fails
   */
  public static Tree read(InputStream json) throws IOException {
    Watched in = new Watched(json);
    return new JsonInput(in).parse((factory, context) -> factory.createParser(context, in));
  }

  private static Tree inMemory(Source source) {
    try {
      return new JsonInput(null).parse(source);
    } catch (IOException e) {
      throw new IllegalStateException("input in memory cannot fail to be read", e);
    }
  }

  /** The caller's stream, remembering whether it failed. */
  private static final class Watched extends FilterInputStream {
    private IOException failure;

    Watched(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }

  private Tree parse(Source source) throws IOException {
    JsonParser parser;
    try {
      parser = source.open(FACTORY, ObjectReadContext.empty());
    } catch (JacksonIOException e) {
      throw ioFailure(null, e);
    } catch (JacksonException e) {
      throw failure(null, e);
    }
    try (JsonParser p = parser) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new CourseValidationException(List.of(new Violation("",
            "the input is empty; expected a course object starting with {\"format\": \""
                + CourseJson.FORMAT + "\"")));
      }
      JsonNode root = value(p);
      if (p.nextToken() != null) {
        TokenStreamLocation at = p.currentTokenLocation();
        throw new CourseValidationException(withDuplicates(new Violation("",
            "unexpected content after the course object" + where(at)
                + "; a course file holds one JSON object")));
      }
      return new Tree(root, List.copyOf(duplicates));
    } catch (JacksonIOException e) {
      throw ioFailure(parser, e);
    } catch (JacksonException e) {
      throw failure(parser, e);
    }
  }

  /**
   * An I/O exception is the stream's failure only when the stream failed; otherwise Jackson found
   * bytes that are not text in the encoding it detected, which is a problem of the input.
   */
  private IOException ioFailure(JsonParser p, JacksonIOException e) {
    if (watched != null && watched.failure != null) {
      return watched.failure;
    }
    String path = p == null ? "" : path(p.streamReadContext());
    String where = p == null ? "" : where(p.currentLocation());
    IOException cause = e.getCause();
    throw new CourseValidationException(withDuplicates(new Violation(path,
        "the input is not valid UTF-8, UTF-16 or UTF-32 text" + where + ": "
            + (cause == null ? e.getOriginalMessage() : cause.getMessage()))));
  }

  private JsonNode value(JsonParser p) {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          if (object.has(name)) {
            // Beyond the listing limit more duplicates would only cost memory.
            if (duplicates.size() < CourseJson.MAX_VIOLATIONS) {
              duplicates.add(new Violation(path(p.streamReadContext()),
                  "duplicate key " + JsonPaths.quote(name) + "; a key may appear once in an object"));
            }
            p.skipChildren();
          } else {
            object.set(name, value(p));
          }
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(p));
        }
        return array;
      }
      case VALUE_STRING:
        return NODES.stringNode(p.getString());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + token);
    }
  }

  private CourseValidationException failure(JsonParser p, JacksonException e) {
    String path = p == null ? "" : path(p.streamReadContext());
    // A broken limit comes without a location; the parser knows how far it got.
    String where = where(e.getLocation() != null || p == null ? e.getLocation() : p.currentTokenLocation());
    String message;
    if (e instanceof StreamConstraintsException) {
      message = "the input breaks a limit" + where + ": " + limit(e.getOriginalMessage());
    } else if (e instanceof UnexpectedEndOfInputException) {
      message = "the input ends too early" + where + "; it is cut short or a bracket is missing";
    } else {
      message = "malformed JSON" + where + ": " + withoutSource(e.getOriginalMessage());
    }
    return new CourseValidationException(withDuplicates(new Violation(path, message)));
  }

  /**
   * Jackson's messages may name the source ({@code (for Object starting at [Source: ...; line: 1,
   * column: 2])}); the location is given separately and the source is the caller's business.
   */
  static String withoutSource(String message) {
    if (message == null) {
      return "";
    }
    String m = message;
    for (int at = m.indexOf("[Source:"); at >= 0; at = m.indexOf("[Source:")) {
      int close = m.indexOf(']', at);
      if (close < 0) {
        return m.substring(0, at).trim();
      }
      int open = m.lastIndexOf('(', at);
      int end = m.indexOf(')', close);
      if (open >= 0 && end >= 0 && m.substring(close + 1, end).isBlank()) {
        m = m.substring(0, open).trim() + m.substring(end + 1);
      } else {
        m = m.substring(0, at).trim() + m.substring(close + 1);
      }
    }
    return m.trim();
  }

  private List<Violation> withDuplicates(Violation last) {
    List<Violation> all = new ArrayList<>(duplicates);
    all.add(last);
    return all;
  }

  /** Jackson names the limit by its getter; say it in the course file's terms. */
  private static String limit(String jacksonMessage) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    if (m.contains("NestingDepth")) {
      return "nested deeper than " + CourseJson.MAX_NESTING_DEPTH
          + " levels of objects and arrays (CourseJson.MAX_NESTING_DEPTH)";
    } else if (m.contains("DocumentLength")) {
      return "longer than " + CourseJson.MAX_DOCUMENT_LENGTH
          + " bytes (CourseJson.MAX_DOCUMENT_LENGTH)";
    } else if (m.contains("StringLength")) {
      return "a string longer than " + CourseJson.MAX_STRING_LENGTH
          + " characters (CourseJson.MAX_STRING_LENGTH)";
    } else if (m.contains("NameLength")) {
      return "a key longer than " + CourseJson.MAX_NAME_LENGTH
          + " characters (CourseJson.MAX_NAME_LENGTH)";
    } else if (m.contains("TokenCount")) {
      return "more than " + CourseJson.MAX_TOKEN_COUNT
          + " tokens (keys, values and brackets; CourseJson.MAX_TOKEN_COUNT)";
    } else if (m.contains("Number") || m.contains("number")) {
      return "a number longer than " + CourseJson.MAX_NUMBER_LENGTH
          + " characters (CourseJson.MAX_NUMBER_LENGTH)";
    }
    return m;
  }

  private static String where(TokenStreamLocation at) {
    if (at == null || at == TokenStreamLocation.NA || at.getLineNr() < 1) {
      return "";
    }
    return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** The path of the parser's position, in the notation of {@link JsonPaths}. */
  static String path(TokenStreamContext context) {
    Deque<TokenStreamContext> chain = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = "";
    for (TokenStreamContext c : chain) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = JsonPaths.index(path, c.getCurrentIndex());
      } else if (c.inObject() && c.currentName() != null) {
        path = JsonPaths.field(path, c.currentName());
      }
    }
    return path;
  }
}
