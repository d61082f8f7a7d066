package org.framsteg.core.json;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseValidationException;

/**
 * Fuzzes the course file reader: whatever the bytes, reading gives a course or a
 * {@link CourseValidationException}, nothing else (no NullPointerException, no other runtime
 * exception, no error). A course that is read is written and read again to the same course.
 *
 * <p>During {@code mvn verify} the test replays its seed inputs in
 * {@code CourseJsonFuzzTestInputs/readGivesACourseOrValidationProblems/} and every crash found
 * earlier; {@code JAZZER_FUZZ=1 mvn test -Dtest=CourseJsonFuzzTest} fuzzes for the given time.
 */
class CourseJsonFuzzTest {

  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({"\"format\"", "\"framsteg-course/1\"", "\"id\"", "\"title\"", "\"sv\"",
      "\"modules\"", "\"activities\"", "\"media\"", "\"kind\"", "\"video\"", "\"podcast\"",
      "\"assessment\"", "\"source\"", "\"duration\"", "\"PT1M\"", "\"captions\"", "\"completion\"",
      "\"allOf\"", "\"atLeast\"", "\"weighted\"", "\"parts\"", "\"rule\"", "\"played\"",
      "\"fraction\"", "\"before\"", "\"deadline\"", "\"daysAfterEnrolment\"", "\"completed\"",
      "\"moduleCompleted\""})
  void readGivesACourseOrValidationProblems(byte[] input) {
    Course course;
    try {
      course = CourseJson.read(input);
    } catch (CourseValidationException expected) {
      if (expected.violations().isEmpty()) {
        throw new AssertionError("a validation exception without violations", expected);
      }
      return;
    }
    if (!CourseJson.read(CourseJson.write(course)).equals(course)) {
      throw new AssertionError("the course read does not survive writing and reading again");
    }
  }
}
