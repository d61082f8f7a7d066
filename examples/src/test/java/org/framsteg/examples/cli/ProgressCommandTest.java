package org.framsteg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.examples.cli.MainTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.examples.SeedCourse;
import org.framsteg.examples.cli.MainTest.Run;
import org.framsteg.examples.demo.Season;
import org.framsteg.examples.demo.SeasonResult;
import org.framsteg.examples.demo.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProgressCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void theDemosStatementsReadBackIntoTheSameCompletions(@TempDir Path dir) throws Exception {
    Run demo = run("demo", "--learners", "30", "--seed", "7", "--out", dir.toString());
    assertThat(demo.code()).as(demo.err()).isEqualTo(Main.OK);
    Path statements = dir.resolve("statements.jsonl");
    assertThat(statements).exists();

    Run r = run("progress", Cmi5CommandTest.seed(dir).toString(), statements.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    List<JsonNode> lines = r.out().lines().map(JSON::readTree).toList();
    SeasonResult season = SeasonResult.of(Simulation.of(SeedCourse.create(), Season.of(30, 7L)), SeasonResult.Progress.NONE);
    long withEvents = season.outcomes().stream().filter(o -> !o.history().events().isEmpty()).count();
    assertThat(lines).hasSize((int) withEvents);
    Set<String> keys = season.outcomes().stream().map(o -> o.history().learner().key())
        .collect(Collectors.toSet());
    for (JsonNode line : lines) {
      assertThat(keys).contains(line.get("learner").asString());
      assertThat(line.get("percent").asInt()).isBetween(0, 100);
      assertThat(line.get("met").isArray()).isTrue();
      assertThat(line.get("unmet").isArray()).isTrue();
      assertThat(line.get("remaining").asString()).isNotBlank();
    }
    Set<String> completedByCli = lines.stream()
        .filter(l -> l.get("status").asString().equals("COMPLETED"))
        .map(l -> l.get("learner").asString()).collect(Collectors.toSet());
    Set<String> completedBySeason = season.outcomes().stream()
        .filter(o -> o.completion().status() == CompletionStatus.COMPLETED)
        .map(o -> o.history().learner().key()).collect(Collectors.toSet());
    assertThat(completedByCli).isEqualTo(completedBySeason).isNotEmpty();
    // Completion statements about the course are reported, not turned into progress.
    assertThat(r.err()).contains("COURSE_OR_MODULE");
  }

  @Test
  void anInvalidStatementIsReportedWithItsLineAndGivesExitCodeOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"actor\": {\"mbox\": \"not-a-mailbox\"}}\nnot json\n");

    Run r = run("progress", Cmi5CommandTest.seed(dir).toString(), file.toString());

    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("line 1: INVALID_STATEMENT").contains("line 2: INVALID_STATEMENT");
  }

  @Test
  void aMissingStatementsFileIsAnInputOutputError(@TempDir Path dir) throws Exception {
    Run r = run("progress", Cmi5CommandTest.seed(dir).toString(), dir.resolve("none.jsonl").toString());

    assertThat(r.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(r.err()).contains("none.jsonl");
  }
}
