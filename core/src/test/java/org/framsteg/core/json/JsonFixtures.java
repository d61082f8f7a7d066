package org.framsteg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.framsteg.core.Violation;
import org.framsteg.core.course.CourseValidationException;

/**
 * Small course files for the tests, written with single quotes for readability ({@link #json}),
 * and the example course file from the test resources.
 */
final class JsonFixtures {
  /** The example course: every field, every media kind and every rule kind. */
  static final String EXAMPLE = "course-with-every-field-media-kind-and-rule.json";

  private JsonFixtures() {}

  /** JSON text from a readable form: single quotes become double quotes. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** The first keys of every course file used here. */
  static String head() {
    return "'format': 'framsteg-course/1', 'id': 'https://example.org/c', 'title': {'sv': 'Kurs'}";
  }

  /** A {@code modules} key with one module of one link activity. */
  static String oneModule() {
    return "'modules': [{'id': 'https://example.org/c/m1', 'title': {'sv': 'Modul'}, 'activities': [{'id':"
        + " 'https://example.org/c/l', 'title': {'sv': 'Länk'}, 'media': {'kind': 'link', 'url': 'https://example.org/'}}]}]";
  }

  /** A course with one module holding the given activities (JSON objects, comma separated). */
  static String withActivities(String activities) {
    return json("{" + head() + ", 'modules': [{'id': 'https://example.org/c/m1', 'title': {'sv': 'Modul'},"
        + " 'activities': [" + activities + "]}]}");
  }

  /** A course with one activity {@code https://example.org/c/a} presenting the given media. */
  static String withMedia(String media) {
    return withActivities("{'id': 'https://example.org/c/a', 'title': {'sv': 'Aktivitet'}, 'media': " + media + "}");
  }

  /**
   * A course with a video {@code v}, a document {@code d}, an assessment {@code q}, a podcast
   * episode {@code p} in module {@code m1} and a link {@code l} in module {@code m2}, whose own
   * rule is the given one.
   */
  static String withCourseRule(String rule) {
    return json("{" + head() + ", 'modules': ["
        + "{'id': 'm1', 'title': {'sv': 'Modul 1'}, 'activities': ["
        + "{'id': 'v', 'title': {'sv': 'Video'}, 'media': {'kind': 'video', 'source': 'v.mp4', 'duration': 'PT10M'}},"
        + "{'id': 'd', 'title': {'sv': 'Text'}, 'media': {'kind': 'document', 'source': 'd.pdf'}},"
        + "{'id': 'q', 'title': {'sv': 'Prov'}, 'media': {'kind': 'assessment', 'maxScore': 10, 'passingScore': 6}},"
        + "{'id': 'p', 'title': {'sv': 'Podd'}, 'media': {'kind': 'podcast', 'source': 'p.mp3', 'duration': 'PT30M'}}"
        + "]},"
        + "{'id': 'm2', 'title': {'sv': 'Modul 2'}, 'activities': ["
        + "{'id': 'l', 'title': {'sv': 'Länk'}, 'media': {'kind': 'link', 'url': 'https://example.org/'}}"
        + "]}],"
        + " 'completion': " + rule + "}");
  }

  /** The problems reading the text reports, as {@code path: message}. */
  static List<String> problems(String json) {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class,
        () -> CourseJson.read(json));
    assertThat(e).as("reading should fail: %s", json).isNotNull();
    return e.violations().stream().map(Violation::toString).toList();
  }

  /** The problems reading the bytes reports. */
  static List<Violation> violations(byte[] json) {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class,
        () -> CourseJson.read(json));
    assertThat(e).as("reading should fail").isNotNull();
    return e.violations();
  }

  /** A test resource of this package as text. */
  static String resource(String name) {
    try (InputStream in = JsonFixtures.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
