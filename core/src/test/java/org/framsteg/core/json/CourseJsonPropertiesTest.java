package org.framsteg.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.Violation;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseValidationException;
import org.framsteg.core.testing.CourseArbitraries;

/**
 * The laws of the course file: reading what was written gives the same course, writing what was
 * read gives the same bytes, and a damaged file is read or rejected with reasons, never anything
 * else. Courses come from the shared {@link CourseArbitraries}.
 */
class CourseJsonPropertiesTest {

  @Provide
  Arbitrary<Course> courses() {
    return CourseArbitraries.courses();
  }

  @Property(tries = 200)
  void aCourseReadFromItsFileEqualsTheCourse(@ForAll("courses") Course course) {
    assertThat(CourseJson.read(CourseJson.write(course))).isEqualTo(course);
  }

  @Property(tries = 200)
  void aFileReadAndWrittenAgainIsTheSameBytes(@ForAll("courses") Course course) {
    byte[] file = CourseJson.write(course).getBytes(StandardCharsets.UTF_8);

    byte[] again = CourseJson.write(CourseJson.read(file)).getBytes(StandardCharsets.UTF_8);

    assertThat(again).isEqualTo(file);
  }

  /** Courses whose free texts hold any UTF-16 code units, lone surrogates and controls included. */
  @Provide
  Arbitrary<Course> coursesWithAnyText() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank());
    return Combinators.combine(CourseArbitraries.courses(), text, text, text, text)
        .as((course, title, english, publisher, licence) -> Course.builder().from(course)
            .title(LocalizedText.of("sv", title).and("en", english)).publisher(publisher).licence(licence)
            .build());
  }

  @Property(tries = 200)
  void textsOfAnyCharactersSurviveTheFileAsUtf8(@ForAll("coursesWithAnyText") Course course) {
    byte[] file = CourseJson.write(course).getBytes(StandardCharsets.UTF_8);

    Course read = CourseJson.read(file);

    assertThat(read).isEqualTo(course);
    assertThat(CourseJson.write(read).getBytes(StandardCharsets.UTF_8)).isEqualTo(file);
  }

  /** A course file with one byte changed to one that matters to JSON, or to any byte. */
  @Provide
  Arbitrary<byte[]> damagedFiles() {
    Arbitrary<Byte> significant = Arbitraries.of("{}[]\":,0-.e ntfx\\\u00c3".chars().mapToObj(c -> (byte) c)
        .toArray(Byte[]::new));
    Arbitrary<Byte> replacement = Arbitraries.oneOf(significant, Arbitraries.bytes());
    return CourseArbitraries.courses().flatMap(course -> {
      byte[] file = CourseJson.write(course).getBytes(StandardCharsets.UTF_8);
      return Combinators.combine(Arbitraries.integers().between(0, file.length - 1), replacement)
          .as((at, b) -> {
            byte[] damaged = file.clone();
            damaged[at] = b;
            return damaged;
          });
    });
  }

  @Property(tries = 300)
  void aDamagedFileIsReadOrRejectedWithReasonsNeverAnythingElse(@ForAll("damagedFiles") byte[] file) {
    try {
      assertThat(CourseJson.read(file)).isNotNull();
    } catch (CourseValidationException e) {
      assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.message()).isNotBlank());
      assertThat(e.violations()).extracting(Violation::path).doesNotContainNull();
    }
  }
}
