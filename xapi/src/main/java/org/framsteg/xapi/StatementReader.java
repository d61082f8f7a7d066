package org.framsteg.xapi;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.framsteg.xapi.internal.json.Json;
import org.framsteg.xapi.internal.json.Lines;
import org.framsteg.xapi.internal.rules.Sections;

/**
 * Reads and validates statements from JSON: one statement, a JSON array of them, or JSON Lines.
 *
 * <pre>{@code
 * StatementReader reader = Xapi.reader(XapiVersion.V2_0);
 * Statement s = reader.read(Files.readAllBytes(path)); // or a StatementValidationException listing every problem
 * }</pre>
 *
 * <p>Reading streams through Jackson's {@code JsonParser} and builds the statement directly, with
 * no JSON tree, checking every MUST of the <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#20-statements">xAPI data
 * specification</a> as an LRS does, except that {@code id}, {@code stored}, {@code authority} and
 * {@code version} may be present (stored statements are valid input). A statement that breaks any
 * rule is refused with a {@link StatementValidationException} listing all violations; input that
 * is not JSON, is cut short or exceeds a limit gets a {@link StatementParseException} naming the
 * path. Properties must occur once; in a strict reader (the default) properties the specification
 * does not define are violations, a {@link #lenient()} reader skips them and drops them.
 *
 * <p>Limits, so that hostile input costs bounded memory and time: a document (or JSON Lines line)
 * of at most {@value #MAX_DOCUMENT_BYTES} bytes, nesting at most {@value #MAX_NESTING_DEPTH} deep,
 * strings of at most {@value #MAX_STRING_LENGTH} characters, property names of at most {@value
 * #MAX_NAME_LENGTH} characters and numbers of at most {@value #MAX_NUMBER_LENGTH} characters.
 * Readers are immutable and thread-safe.
 */
public final class StatementReader {

  /** The longest document, and the longest JSON Lines line, in bytes (16 MiB). */
  public static final int MAX_DOCUMENT_BYTES = Json.MAX_DOCUMENT_LENGTH;
  /** The deepest nesting of JSON objects and arrays. */
  public static final int MAX_NESTING_DEPTH = Json.MAX_NESTING_DEPTH;
  /** The longest string value, in characters (1 Mi). */
  public static final int MAX_STRING_LENGTH = Json.MAX_STRING_LENGTH;
  /** The longest property name, in characters. */
  public static final int MAX_NAME_LENGTH = Json.MAX_NAME_LENGTH;
  /** The longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = Json.MAX_NUMBER_LENGTH;

  private final XapiVersion version;
  private final boolean strict;

  StatementReader(XapiVersion version, boolean strict) {
    this.version = Objects.requireNonNull(version, "version");
    this.strict = strict;
  }

  /** The version statements are read and validated as. */
  public XapiVersion version() {
    return version;
  }

  /** Whether properties the specification does not define are violations (true) or skipped. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * A reader that skips (and drops) properties the specification does not define instead of
   * refusing the statement; every other rule still applies.
   */
  public StatementReader lenient() {
    return new StatementReader(version, false);
  }

  /**
   * Reads one statement from UTF-8 (or UTF-16/32, detected) JSON.
   *
   * @throws StatementParseException if the input is not JSON, is cut short or exceeds a limit
   * @throws StatementValidationException if it is not a valid statement, listing every problem
   */
  public Statement read(byte[] json) {
    return valid(Json.read(Objects.requireNonNull(json, "json"), 0, json.length, version, strict));
  }

  /**
   * Reads one statement from JSON text.
   *
   * @throws StatementParseException if the input is not JSON, is cut short or exceeds a limit
   * @throws StatementValidationException if it is not a valid statement, listing every problem
   */
  public Statement read(String json) {
    return valid(Json.read(Objects.requireNonNull(json, "json"), version, strict));
  }

  /**
   * Reads one statement from a stream, which is read to its end but not closed.
   *
   * @throws StatementParseException if the input is not JSON, is cut short or exceeds a limit
   * @throws StatementValidationException if it is not a valid statement, listing every problem
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public Statement read(InputStream json) {
    return valid(Json.read(Objects.requireNonNull(json, "json"), version, strict));
  }

  /**
   * Reads a JSON array of statements, as sent to an LRS in one request; violations are reported
   * with paths such as {@code $[3].actor.mbox}.
   *
   * @throws StatementParseException if the input is not JSON, is cut short or exceeds a limit
   * @throws StatementValidationException if it is not an array of valid statements
   */
  public List<Statement> readArray(byte[] json) {
    return valid(Json.readArray(Objects.requireNonNull(json, "json"), version, strict));
  }

  /** Reads a JSON array of statements from text; see {@link #readArray(byte[])}. */
  public List<Statement> readArray(String json) {
    return valid(Json.readArray(Objects.requireNonNull(json, "json"), version, strict));
  }

  /** Reads a JSON array of statements from a stream, which is not closed; see {@link #readArray(byte[])}. */
  public List<Statement> readArray(InputStream json) {
    return valid(Json.readArray(Objects.requireNonNull(json, "json"), version, strict));
  }

  /**
   * Reads JSON Lines (UTF-8, one JSON value per line): one outcome per line, in order, including
   * blank lines, lines that are not JSON and lines longer than {@value #MAX_DOCUMENT_BYTES} bytes
   * (which are skipped without being kept in memory). Lines end with {@code \n} or {@code \r\n};
   * a final line needs no line end. The stream is read lazily and not closed.
   *
   * @throws java.io.UncheckedIOException from the stream's operations if reading fails
   */
  public Stream<StatementLine> readLines(InputStream jsonLines) {
    Lines lines = new Lines(Objects.requireNonNull(jsonLines, "jsonLines"), MAX_DOCUMENT_BYTES);
    // Each line's outcome is computed before the next line is read: the line buffer is reused.
    Iterator<StatementLine> it =
        new Iterator<>() {
          private StatementLine pending;
          private boolean done;

          @Override
          public boolean hasNext() {
            if (pending == null && !done) {
              Lines.Line line = lines.next();
              if (line == null) {
                done = true;
              } else {
                pending = outcome(line);
              }
            }
            return pending != null;
          }

          @Override
          public StatementLine next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            StatementLine result = pending;
            pending = null;
            return result;
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private StatementLine outcome(Lines.Line line) {
    if (line.tooLong()) {
      return new StatementLine.Invalid(
          line.number(),
          new StatementParseException(
              new Violation(
                  "$", "the line is longer than the limit of " + MAX_DOCUMENT_BYTES + " bytes", Sections.LIMITS),
              line.number(),
              -1,
              null));
    }
    if (isBlank(line.bytes(), line.length())) {
      return new StatementLine.Invalid(
          line.number(),
          new StatementParseException(
              new Violation("$", "blank line: expected a statement", Sections.JSON), line.number(), 1, null));
    }
    try {
      return new StatementLine.Valid(
          line.number(), valid(Json.read(line.bytes(), 0, line.length(), version, strict)));
    } catch (XapiException e) {
      return new StatementLine.Invalid(line.number(), e);
    }
  }

  /** Statements that passed reading passed every rule; the writer need not judge them again. */
  private Statement valid(Statement s) {
    s.knownValidIn(version);
    return s;
  }

  private List<Statement> valid(List<Statement> list) {
    list.forEach(this::valid);
    return list;
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "StatementReader[" + version + (strict ? ", strict" : ", lenient") + "]";
  }
}
