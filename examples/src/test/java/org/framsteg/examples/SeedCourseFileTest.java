package org.framsteg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.framsteg.core.course.Course;
import org.framsteg.core.json.CourseJson;
import org.junit.jupiter.api.Test;

/** The shipped course file is the Java-built seed course, in the canonical course file form. */
class SeedCourseFileTest {
  static final String RESOURCE = "/att-leda-digital-transformation.course.json";

  private static byte[] shipped() throws IOException {
    try (InputStream in = SeedCourseFileTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("resource %s", RESOURCE).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theShippedFileReadsAsTheJavaBuiltCourse() throws IOException {
    Course read = CourseJson.read(shipped());
    assertThat(read).isEqualTo(SeedCourse.create());
  }

  @Test
  void theShippedFileIsTheCanonicalTextOfTheJavaBuiltCourse() throws IOException {
    assertThat(new String(shipped(), StandardCharsets.UTF_8)).isEqualTo(CourseJson.write(SeedCourse.create()));
  }
}
