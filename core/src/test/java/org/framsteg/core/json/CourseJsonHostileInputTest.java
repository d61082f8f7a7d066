package org.framsteg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.framsteg.core.json.JsonFixtures.head;
import static org.framsteg.core.json.JsonFixtures.json;
import static org.framsteg.core.json.JsonFixtures.problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.framsteg.core.Violation;
import org.framsteg.core.course.CourseValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input is hostile: malformed, cut short, of the wrong shape, with duplicate keys, huge or deeply
 * nested. Every such input ends in a {@link CourseValidationException} that says where and why,
 * and a huge input is given up on after reading no more than the limits allow. The huge inputs are
 * generated as they are read.
 */
class CourseJsonHostileInputTest {

  // ---- syntax ----

  @Test
  void malformedJsonNamesTheLineColumnAndPath() {
    String json = "{\n  \"format\": \"framsteg-course/1\",\n  \"modules\": [\n    {\"title\": {\"sv\": \"M\",, }}\n  ]\n}";

    List<String> problems = problems(json);

    assertThat(problems).containsExactly("modules[0].title.sv: malformed JSON at line 4, column 26: Unexpected"
        + " character (',' (code 44)): was expecting double-quote to start property name");
  }

  @Test
  void jacksonsSourceDescriptionIsLeftOutOfMessages() {
    List<String> problems = problems("{\"format\": \"framsteg-course/1\", \"modules\": [1, 2}");

    assertThat(problems).singleElement().asString()
        .startsWith("modules[1]: malformed JSON at line 1, column 49: Unexpected close marker '}': expected ']'")
        .doesNotContain("Source").doesNotContain("REDACTED");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{'format': 'framsteg-course/1', // a comment\n 'id': 'x'}",
      "{'format': 'framsteg-course/1', 'pages': NaN}",
      "{'format': 'framsteg-course/1', 'modules': [1, 2,]}",
      "{format: 'framsteg-course/1'}",
      "{'format': 'framsteg-course/1', 'id': 'line\nbreak'}",
      "{'format': 'framsteg-course/1', 'id': '\\x41'}",
      "{'format': 'framsteg-course/1', 'pages': 0x10}",
      "{'format': 'framsteg-course/1', 'pages': 01}",
      "{'format': 'framsteg-course/1', 'required': True}"})
  void relaxedJsonIsNotAccepted(String relaxed) {
    assertThat(problems(json(relaxed))).singleElement().asString().contains("malformed JSON at line");
  }

  @Test
  void singleQuotedStringsAreNotJson() {
    assertThat(problems("{'format': 'framsteg-course/1'}")).singleElement().asString()
        .isEqualTo("malformed JSON at line 1, column 2: Unexpected character (''' (code 39)): was expecting"
            + " double-quote to start property name");
  }

  @Test
  void invalidUtf8IsReported() {
    byte[] bytes = json("{'format': 'framsteg-course/1', 'id': 'X'}").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xC3;

    List<Violation> violations = JsonFixtures.violations(bytes);

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("id");
      assertThat(v.message()).startsWith("malformed JSON at line 1").contains("UTF-8");
    });
  }

  @Test
  void bytesThatLookLikeUtf32ButAreNotTextAreReported() {
    byte[] prefix = {0, 0, 0, 1, 0, 0, 0, 0};
    byte[] rest = "{\"format\": \"framsteg-course/1\"}".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(prefix, prefix.length + rest.length);
    System.arraycopy(rest, 0, bytes, prefix.length, rest.length);

    assertThat(JsonFixtures.violations(bytes)).singleElement().satisfies(v -> assertThat(v.message())
        .startsWith("the input is not valid UTF-8, UTF-16 or UTF-32 text").contains("Invalid UTF-32 character"));
  }

  @Test
  void bytesInAnUnsupportedByteOrderAreReportedFromBytesAndStreamsAlike() throws IOException {
    byte[] bytes = {0, 3, 0, 0, 0};
    String expected = "the input is not valid UTF-8, UTF-16 or UTF-32 text: Unsupported UCS-4 endianness (3412)"
        + " detected";

    assertThat(JsonFixtures.violations(bytes)).extracting(Violation::toString).containsExactly(expected);
    assertThat(failure(new java.io.ByteArrayInputStream(bytes)).toString()).isEqualTo(expected);
  }

  @Test
  void inputCutShortAnywhereSaysItEndsTooEarly() {
    String file = JsonFixtures.resource(JsonFixtures.EXAMPLE);
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

    // Every cut but the last (the final line end) leaves the document unfinished.
    for (int length = 1; length < bytes.length - 1; length += 5) {
      byte[] cut = java.util.Arrays.copyOf(bytes, length);
      List<Violation> violations = JsonFixtures.violations(cut);

      assertThat(violations).as("cut after %d bytes", length).singleElement()
          .satisfies(v -> assertThat(v.message()).matches("(the input ends too early|malformed JSON) at line \\d+,"
              + " column \\d+.*"));
    }
  }

  @Test
  void inputCutInsideAStringNamesWhereItWas() {
    String json = json("{'format': 'framsteg-course/1', 'modules': [{'id': 'https://example.org/m");

    assertThat(problems(json)).containsExactly("modules[0].id: the input ends too early at line 1, column 74;"
        + " it is cut short or a bracket is missing");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[]                  | an array",
      "\"framsteg-course/1\" | a string",
      "42                  | a number",
      "null                | null",
      "true                | true"})
  void aDocumentThatIsNotAnObjectIsReported(String json, String found) {
    assertThat(problems(json)).containsExactly(
        "must be a course object starting with {\"format\": \"framsteg-course/1\", found " + found);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t\r\n"})
  void emptyInputIsReported(String empty) {
    assertThat(problems(empty)).containsExactly(
        "the input is empty; expected a course object starting with {\"format\": \"framsteg-course/1\"");
  }

  @Test
  void contentAfterTheCourseIsReported() {
    String course = JsonFixtures.withMedia("{'kind': 'link', 'url': 'https://example.org/'}");

    assertThat(problems(course + "\n" + course)).singleElement().asString().isEqualTo(
        "unexpected content after the course object at line 2, column 1; a course file holds one JSON object");
    assertThat(problems(course + " ]")).singleElement().asString().contains("malformed JSON at line 1");
  }

  // ---- duplicate keys ----

  @Test
  void everyDuplicateKeyIsReportedWithItsPathAlongWithOtherProblems() {
    String json = json("{" + head() + ", 'id': 'https://example.org/other', 'modules': [{'id': 'm',"
        + " 'title': {'sv': 'M', 'en': 'M', 'sv': 'N'}, 'activities': [{'id': 'a', 'title': {'sv': 'A'},"
        + " 'media': {'kind': 'link', 'url': 'https://example.org/', 'kind': 'video'}}], 'required': 'yes'}]}");

    assertThat(problems(json)).containsExactly(
        "id: duplicate key \"id\"; a key may appear once in an object",
        "modules[0].title.sv: duplicate key \"sv\"; a key may appear once in an object",
        "modules[0].activities[0].media.kind: duplicate key \"kind\"; a key may appear once in an object",
        "modules[0].required: must be true or false, found a string");
  }

  @Test
  void duplicateKeysFoundBeforeASyntaxErrorAreReportedWithIt() {
    String json = json("{'format': 'framsteg-course/1', 'format': 'x', 'id': }");

    assertThat(problems(json)).hasSize(2).first().asString()
        .isEqualTo("format: duplicate key \"format\"; a key may appear once in an object");
  }

  @Test
  void thousandsOfDuplicateKeysAreListedUpToTheLimit() {
    String json = "{\"format\": \"framsteg-course/1\", \"title\": {" + "\"sv\": \"K\", ".repeat(5000)
        + "\"en\": \"C\"}}";

    List<String> problems = problems(json);

    assertThat(problems).hasSize(CourseJson.MAX_VIOLATIONS + 1)
        .startsWith("title.sv: duplicate key \"sv\"; a key may appear once in an object")
        .endsWith("more than 1000 problems; the rest are not listed");
  }

  // ---- limits ----

  @Test
  void aTenThousandDeepArrayStopsAtTheNestingLimit() throws IOException {
    Generated input = Generated.of("", "[", 10_000, "");

    Violation v = failure(input);

    assertThat(v.message()).isEqualTo("the input breaks a limit at line 1, column 65: nested deeper than 64 levels"
        + " of objects and arrays (CourseJson.MAX_NESTING_DEPTH)");
    assertThat(v.path()).startsWith("[0][0][0]");
  }

  @Test
  void rulesNestedTooDeeplyStopAtTheNestingLimitWithTheirPath() {
    String rule = "{'allOf': [".repeat(40) + "{'completed': 'v'}" + "]}".repeat(40);

    List<Violation> violations = JsonFixtures.violations(
        JsonFixtures.withCourseRule(rule).getBytes(StandardCharsets.UTF_8));

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.path()).startsWith("completion.allOf[0].allOf[0].allOf[0]");
      assertThat(v.message()).contains("nested deeper than 64 levels");
    });
  }

  @Test
  void rulesNestedWithinTheLimitAreRead() {
    String rule = "{'allOf': [".repeat(30) + "{'completed': 'v'}" + "]}".repeat(30);

    assertThat(CourseJson.read(JsonFixtures.withCourseRule(rule)).completion()).isPresent();
  }

  @Test
  void aHundredMegabyteStringStopsAtTheStringLimitAfterLittleMoreThanAMegabyte() throws IOException {
    Generated input = Generated.of("{\"format\": \"framsteg-course/1\", \"publisher\": \"", "a", 100_000_000, "\"}");

    Violation v = failure(input);

    assertThat(v.path()).isEqualTo("publisher");
    assertThat(v.message()).startsWith("the input breaks a limit").endsWith(
        ": a string longer than 1000000 characters (CourseJson.MAX_STRING_LENGTH)");
    assertThat(input.bytesRead()).isLessThan(2_000_000);
  }

  @Test
  void aDocumentOverSixteenMebibytesStopsAtTheDocumentLimit() throws IOException {
    Generated input = Generated.of("{\"format\": \"framsteg-course/1\",", " ", 17L * 1024 * 1024, "}");

    Violation v = failure(input);

    assertThat(v.message()).endsWith(": longer than 16777216 bytes (CourseJson.MAX_DOCUMENT_LENGTH)");
    assertThat(input.bytesRead()).isLessThan(CourseJson.MAX_DOCUMENT_LENGTH + 100_000);
  }

  @Test
  void anEndlessStreamIsGivenUpOn() throws IOException {
    Generated input = Generated.of("{\"format\": \"framsteg-course/1\", \"modules\": [", "\n", Long.MAX_VALUE, "");

    Violation v = failure(input);

    assertThat(v.message()).contains("CourseJson.MAX_DOCUMENT_LENGTH");
    assertThat(input.bytesRead()).isLessThan(CourseJson.MAX_DOCUMENT_LENGTH + 100_000);
  }

  @Test
  void millionsOfTinyValuesStopAtTheTokenLimit() throws IOException {
    Generated input = Generated.of("{\"format\": \"framsteg-course/1\", \"modules\": [", "{},", 5_000_000, "{}]}");

    Violation v = failure(input);

    assertThat(v.message()).endsWith(": more than 1000000 tokens (keys, values and brackets;"
        + " CourseJson.MAX_TOKEN_COUNT)");
    assertThat(v.path()).startsWith("modules[");
    assertThat(input.bytesRead()).isLessThan(2_000_000);
  }

  @Test
  void aLongNumberStopsAtTheNumberLimit() {
    String json = "{\"format\": \"framsteg-course/1\", \"version\": " + "9".repeat(101) + "}";

    assertThat(problems(json)).singleElement().asString().startsWith("version: the input breaks a limit at line 1")
        .endsWith(": a number longer than 100 characters (CourseJson.MAX_NUMBER_LENGTH)");
  }

  @Test
  void aNumberWithinTheLimitThatFitsNothingIsAnOrdinaryProblem() {
    String json = JsonFixtures.withCourseRule("{'atLeast': {'count': " + "9".repeat(100) + ", 'rules': [{'completed': 'v'}]}}");

    assertThat(problems(json)).singleElement().asString()
        .isEqualTo("completion.atLeast.count: must be a whole number from -2147483648 to 2147483647, found "
            + "9".repeat(100));
  }

  @Test
  void aLongKeyStopsAtTheNameLimit() {
    String json = "{\"format\": \"framsteg-course/1\", \"" + "k".repeat(1001) + "\": 1}";

    assertThat(problems(json)).singleElement().asString()
        .endsWith(": a key longer than 1000 characters (CourseJson.MAX_NAME_LENGTH)");
  }

  @Test
  void aTextInTooManyLanguagesIsRefusedBeforeItIsBuilt() {
    String languages = IntStream.range(0, 100_000).mapToObj(i -> "\"x-" + Integer.toString(i, 36) + "\": \"t\"")
        .collect(Collectors.joining(", "));
    String json = "{\"format\": \"framsteg-course/1\", \"id\": \"c\", \"title\": {" + languages + "}, " + json(JsonFixtures.oneModule()) + "}";

    assertThat(problems(json)).containsExactly(
        "title: must have at most 1000 languages, found 100000 (CourseJson.MAX_LANGUAGES)");
  }

  @Test
  void manyUnknownKeysInOneObjectAreListedInDocumentOrder() {
    String keys = IntStream.range(0, 200_000).mapToObj(i -> "\"k" + i + "\": 0").collect(Collectors.joining(", "));
    String json = "{\"format\": \"framsteg-course/1\", \"id\": \"c\", \"title\": {\"sv\": \"K\"}, " + json(JsonFixtures.oneModule()) + ", "
        + keys + "}";

    List<String> problems = problems(json);

    assertThat(problems).hasSize(CourseJson.MAX_VIOLATIONS + 1);
    assertThat(problems.get(0)).startsWith("k0: unknown field");
    assertThat(problems.get(998)).startsWith("k998: unknown field");
  }

  @Test
  void aCycleThroughALongChainOfRulesIsFoundWithoutOverflowingTheStack() {
    int n = 20_000;
    String activities = IntStream.range(0, n).mapToObj(i -> "{\"id\": \"a" + i + "\", \"title\": {\"sv\": \"A\"},"
        + " \"media\": {\"kind\": \"link\", \"url\": \"https://example.org/\"}, \"completion\": {\"completed\": \"a"
        + ((i + 1) % n) + "\"}}").collect(Collectors.joining(", "));
    String json = json("{" + head() + ", 'modules': [{'id': 'm', 'title': {'sv': 'M'}, 'activities': [") + activities
        + "]}]}";

    assertThat(problems(json)).singleElement().asString()
        .startsWith("modules[0].activities[0].completion: the rule depends on itself through a0 -> a1 -> a2 -> ")
        .endsWith(" -> a19999 -> a0");
  }

  @Test
  void textAndBytesOverTheDocumentLimitAreRefusedBeforeParsing() {
    byte[] huge = new byte[(int) CourseJson.MAX_DOCUMENT_LENGTH + 1];
    java.util.Arrays.fill(huge, (byte) ' ');

    assertThat(JsonFixtures.violations(huge)).extracting(Violation::toString).containsExactly(
        "the input breaks a limit: longer than 16777216 bytes (CourseJson.MAX_DOCUMENT_LENGTH)");
    assertThat(problems(new String(huge, StandardCharsets.US_ASCII))).containsExactly(
        "the input breaks a limit: longer than 16777216 bytes (CourseJson.MAX_DOCUMENT_LENGTH)");
  }

  @Test
  void longValuesInMessagesAreShortened() {
    String kind = "v".repeat(10_000);

    assertThat(problems(JsonFixtures.withMedia("{'kind': '" + kind + "'}"))).singleElement().asString()
        .hasSizeLessThan(300).contains("'" + "v".repeat(64) + "...'");
  }

  // ---- helpers ----

  private static Violation failure(InputStream input) throws IOException {
    CourseValidationException e = catchThrowableOfType(CourseValidationException.class, () -> CourseJson.read(input));
    assertThat(e).as("reading should fail").isNotNull();
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  /** A stream of a prefix, a piece repeated many times and a suffix, made as it is read. */
  static final class Generated extends InputStream {
    private final byte[] prefix;
    private final byte[] piece;
    private final byte[] suffix;
    private final long fillLength;
    private long position;

    private Generated(byte[] prefix, byte[] piece, long repeats, byte[] suffix) {
      this.prefix = prefix;
      this.piece = piece;
      this.suffix = suffix;
      this.fillLength = repeats > Long.MAX_VALUE / piece.length ? Long.MAX_VALUE : repeats * piece.length;
    }

    static Generated of(String prefix, String piece, long repeats, String suffix) {
      return new Generated(prefix.getBytes(StandardCharsets.UTF_8), piece.getBytes(StandardCharsets.UTF_8),
          repeats, suffix.getBytes(StandardCharsets.UTF_8));
    }

    /** How many bytes have been read so far. */
    long bytesRead() {
      return position;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        long p = position;
        int next;
        if (p < prefix.length) {
          next = prefix[(int) p];
        } else if (p - prefix.length < fillLength) {
          next = piece[(int) ((p - prefix.length) % piece.length)];
        } else if (fillLength == Long.MAX_VALUE) {
          next = piece[0];
        } else if (p - prefix.length - fillLength < suffix.length) {
          next = suffix[(int) (p - prefix.length - fillLength)];
        } else {
          break;
        }
        b[off + n] = (byte) next;
        n++;
        position++;
      }
      return n == 0 && len > 0 ? -1 : n;
    }
  }
}
