package org.framsteg.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.framsteg.core.Violation;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseValidationException;
import org.framsteg.core.internal.json.CourseReader;
import org.framsteg.core.internal.json.CourseWriter;
import org.framsteg.core.internal.json.JsonInput;

/**
 * Reads and writes course definitions in the course file format {@value #FORMAT}, described in
 * the <a href="package-summary.html">package documentation</a>.
 *
 * <pre>{@code
 * Course course = CourseJson.read(Path.of("ledarskap.course.json"));   // CourseValidationException lists every problem
 * String json = CourseJson.write(course);                              // the same course gives the same text
 * }</pre>
 *
 * <p>Reading checks everything and reports everything: JSON syntax, types, unknown and missing
 * keys, duplicate keys, values (durations, instants, URIs, language tags, ranges) and the rules
 * of the whole course (unique ids, rules that name existing activities and modules of the right
 * kind, no rule that depends on itself). The problems come in one
 * {@link CourseValidationException}, each a {@link Violation} with its path in the file
 * ({@code modules[2].activities[0].media.duration: must be positive}), in document order. Input is
 * treated as hostile: it is read under the limits below, and breaking one is reported like any
 * other problem, before much of the input has been read.
 *
 * <p>Writing gives the canonical text of the course: UTF-8, keys in the documented order,
 * two-space indentation, {@code \n} line ends and a final line end, so that reading and writing
 * again gives the same bytes and files can be compared and kept under version control.
 */
public final class CourseJson {

  /** The value of the {@code "format"} key this version reads and writes. */
  public static final String FORMAT = "framsteg-course/1";

  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest key accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest document accepted: 16 MiB, in bytes (in characters for a {@code String}). */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /**
   * The most tokens (keys, values, brackets) accepted: enough for tens of thousands of activities,
   * and a bound on the memory a document of many tiny values takes.
   */
  public static final long MAX_TOKEN_COUNT = 1_000_000;

  /** The most languages in one language map (a title, a description, an audience). */
  public static final int MAX_LANGUAGES = 1_000;

  /** The most problems listed; reading stops after this many. */
  public static final int MAX_VIOLATIONS = 1_000;

  private CourseJson() {}

  /**
   * Reads a course from JSON text.
   *
   * @throws CourseValidationException listing every problem of the text, in document order
   */
  public static Course read(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw tooLong();
    }
    return CourseReader.read(JsonInput.read(json));
  }

  /**
   * Reads a course from JSON bytes (UTF-8, or UTF-16/32 as detected).
   *
   * @throws CourseValidationException listing every problem of the input, in document order
   */
  public static Course read(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length > MAX_DOCUMENT_LENGTH) {
      throw tooLong();
    }
    return CourseReader.read(JsonInput.read(json));
  }

  /**
   * Reads a course from a stream, which is left open. Reading stops at the first limit broken, so a
   * huge or endless stream costs no more than the limits allow.
   *
   * @throws CourseValidationException listing every problem of the input, in document order
   * @throws IOException when the stream cannot be read
   */
  public static Course read(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    return CourseReader.read(JsonInput.read(json));
  }

  /**
   * Reads a course from a file.
   *
   * @throws CourseValidationException listing every problem of the file, in document order
   * @throws IOException when the file cannot be read
   */
  public static Course read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** The course as canonical JSON text: the same course always gives the same text. */
  public static String write(Course course) {
    Objects.requireNonNull(course, "course");
    return CourseWriter.write(course);
  }

  /** Writes the course as canonical JSON in UTF-8 to a stream, which is left open. */
  public static void write(Course course, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(write(course).getBytes(StandardCharsets.UTF_8));
  }

  private static CourseValidationException tooLong() {
    return new CourseValidationException(List.of(new Violation("", "the input breaks a limit: longer than "
        + MAX_DOCUMENT_LENGTH + " bytes (CourseJson.MAX_DOCUMENT_LENGTH)")));
  }
}
