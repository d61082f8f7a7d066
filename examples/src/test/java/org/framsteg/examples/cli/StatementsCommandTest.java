package org.framsteg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.examples.cli.MainTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framsteg.examples.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementsCommandTest {

  static final String VALID = "{\"actor\": {\"objectType\": \"Agent\", \"mbox\": \"mailto:anna@example.com\"},"
      + " \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/completed\", \"display\": {\"en-US\": \"completed\"}},"
      + " \"object\": {\"objectType\": \"Activity\", \"id\": \"https://example.com/activities/course-1\"}}";

  /** Valid in xAPI 2.0 only: contextAgents came with 2.0. */
  static final String WITH_CONTEXT_AGENTS = VALID.substring(0, VALID.length() - 1)
      + ", \"context\": {\"contextAgents\": [{\"objectType\": \"contextAgent\","
      + " \"agent\": {\"mbox\": \"mailto:coach@example.com\"}}]}}";

  /** A stored statement, as an LRS returns it: id, stored, authority and version are accepted. */
  static final String STORED = VALID.substring(0, VALID.length() - 1)
      + ", \"id\": \"6b3f2a3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f\", \"stored\": \"2026-03-01T10:00:00.000Z\","
      + " \"timestamp\": \"2026-03-01T09:59:58.120Z\", \"version\": \"1.0.3\","
      + " \"authority\": {\"objectType\": \"Agent\", \"account\": {\"homePage\": \"https://lrs.example.org\","
      + " \"name\": \"framsteg\"}}}";

  static final String BAD_MBOX = VALID.replace("mailto:anna@example.com", "anna@example.com");

  static Path file(Path dir, String... lines) throws Exception {
    return Files.writeString(dir.resolve("statements.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void everyValidLineSaysValidAndTheExitCodeIsZero(@TempDir Path dir) throws Exception {
    Run r = run("statements", "validate", file(dir, VALID, STORED, WITH_CONTEXT_AGENTS).toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out().lines().toList()).containsExactly("valid", "valid", "valid");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void oneLinePerInputLineInOrderBlankAndGarbageIncluded(@TempDir Path dir) throws Exception {
    Run r = run("statements", "validate",
        file(dir, VALID, "", "not json at all", BAD_MBOX, "{\"actor\": ", "   ", VALID).toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).isEqualTo("valid");
    assertThat(lines.get(6)).isEqualTo("valid");
    for (int i : new int[] {1, 2, 3, 4, 5}) {
      assertThat(lines.get(i)).as("line %d", i + 1).matches("invalid\t\\$[^\t]*: [^\t]+");
    }
    assertThat(lines.get(1)).contains("blank line");
    assertThat(lines.get(3)).startsWith("invalid\t$.actor.mbox: ");
    assertThat(r.err()).isEqualTo("framsteg statements validate: " + dir.resolve("statements.jsonl")
        + ": 5 of 7 lines are not valid xAPI 2.0 statements" + System.lineSeparator());
  }

  @Test
  void aLineWithSeveralProblemsNamesTheFirstAndCountsTheRest(@TempDir Path dir) throws Exception {
    String twoProblems = BAD_MBOX.replace("https://example.com/activities/course-1", "not an iri");
    Run r = run("statements", "validate", file(dir, twoProblems).toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.out().lines().toList()).singleElement().asString()
        .startsWith("invalid\t$.").endsWith("; 1 more problem");
  }

  @Test
  void theVersionDecidesWhatIsValid(@TempDir Path dir) throws Exception {
    Path f = file(dir, WITH_CONTEXT_AGENTS);
    assertThat(run("statements", "validate", f.toString()).out()).isEqualTo("valid" + System.lineSeparator());
    assertThat(run("statements", "validate", "--xapi-version", "2.0", f.toString()).code()).isZero();
    Run old = run("statements", "validate", "--xapi-version", "1.0.3", f.toString());
    assertThat(old.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(old.out()).startsWith("invalid\t$.context.contextAgents");
    assertThat(old.err()).contains("not valid xAPI 1.0.3 statements");
  }

  @Test
  void aMessageWithTabsOrLineEndsStaysOnOneLine() {
    assertThat(StatementsCommand.Validate.oneLine("a\tb\nc\r\nd")).isEqualTo("a b c  d");
  }

  @Test
  void anEmptyFileHasNoLinesAndIsValid(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Run r = run("statements", "validate", empty.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void usageAndIoErrorsExitTwo(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nowhere.jsonl");
    Run r = run("statements", "validate", missing.toString());
    assertThat(r.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(r.err()).contains("no such file: " + missing);
    assertThat(r.out()).isEmpty();
    Run version = run("statements", "validate", "--xapi-version", "1.0", file(dir, VALID).toString());
    assertThat(version.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(version.err()).contains("expected 1.0.3 or 2.0, was '1.0'");
    assertThat(run("statements", "validate").code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(run("statements").err()).contains("a command is required: validate");
    assertThat(run("statements", "validate", dir.toString()).code()).as("a directory").isEqualTo(Main.USAGE_OR_IO);
  }
}
