package org.framsteg.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseValidationException;
import org.framsteg.core.json.CourseJson;

/** Reading the course file a command is given, with the tool's exit-code contract. */
final class CourseFiles {
  private CourseFiles() {}

  /**
   * The course in {@code file}.
   *
   * @throws InvalidInputException listing every problem when the file is not a valid course
   * @throws IOException when the file cannot be read
   */
  static Course read(Path file) throws IOException, InvalidInputException {
    try {
      return CourseJson.read(file);
    } catch (CourseValidationException e) {
      throw new InvalidInputException(file + " is not a valid course: " + e.violations().size()
          + (e.violations().size() == 1 ? " problem" : " problems"),
          e.violations().stream().map(Object::toString).toList());
    }
  }
}
