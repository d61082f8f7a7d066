package org.framsteg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {

  /** One run of the tool in-process, with what it printed. */
  record Run(int code, String out, String err) {}

  static Run run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(Main.commandLine(), args);
  }

  @Test
  void helpOnTheToolListsTheCommandsAndExitsZero() {
    Run r = run("--help");
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("Usage: framsteg").contains("demo");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void everyCommandAnswersHelp() {
    List<String> commands = new java.util.ArrayList<>();
    collect(Main.commandLine(), commands);
    assertThat(commands).contains("framsteg demo", "framsteg course", "framsteg course validate");
    for (String command : commands) {
      String[] args = (command.substring("framsteg".length()).trim() + " --help").trim().split(" ");
      Run r = run(args);
      assertThat(r.code()).as(command).isEqualTo(Main.OK);
      assertThat(r.out()).as(command).contains("Usage: " + command);
      assertThat(r.err()).as(command).isEmpty();
    }
    assertThat(run("demo", "--help").out()).contains("--learners").contains("--seed").contains("--out")
        .contains("--lang");
  }

  private static void collect(CommandLine cl, List<String> out) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      out.add(sub.getCommandSpec().qualifiedName());
      collect(sub, out);
    }
  }

  @Test
  void versionExitsZero() {
    Run r = run("--version");
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).startsWith("framsteg ");
  }

  @Test
  void withoutACommandItIsAUsageError() {
    Run r = run();
    assertThat(r.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(r.err()).contains("a command is required: demo").contains("Usage:");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownCommandOrOptionIsAUsageError() {
    assertThat(run("frobnicate").code()).isEqualTo(Main.USAGE_OR_IO);
    Run r = run("demo", "--colour", "blue");
    assertThat(r.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(r.err()).contains("--colour");
  }

  @Test
  void badOptionValuesAreUsageErrorsNamedOnStandardError() {
    Run zero = run("demo", "--learners", "0");
    assertThat(zero.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(zero.err()).contains("--learners: must be between 1 and 100000, was 0");
    Run text = run("demo", "--learners", "many");
    assertThat(text.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(text.err()).contains("many");
    Run lang = run("demo", "--lang", "fr");
    assertThat(lang.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(lang.err()).contains("expected sv or en, was 'fr'");
    Run seed = run("demo", "--seed", "1.5");
    assertThat(seed.code()).isEqualTo(Main.USAGE_OR_IO);
  }

  @Test
  void theDemoWritesTheReportsAndSaysWhere(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("demo");
    Run r = run("demo", "--learners", "25", "--seed", "3", "--out", out.toString(), "--lang", "en");
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(out.resolve("report.csv")).isRegularFile();
    assertThat(out.resolve("report.html")).isRegularFile();
    assertThat(org.framsteg.xapi.cmi5.Cmi5Xml.read(out.resolve("cmi5.xml")).courseId())
        .isEqualTo(org.framsteg.examples.SeedCourse.create().id());
    assertThat(org.framsteg.scorm.PackageReader.defaults().read(out.resolve("scorm-1.2.zip"))).isNotNull();
    assertThat(org.framsteg.scorm.PackageReader.defaults().read(out.resolve("scorm-2004.zip"))).isNotNull();
    assertThat(r.out()).contains("25 learners").contains(out.resolve("report.csv").toAbsolutePath().toString())
        .contains(out.resolve("report.html").toAbsolutePath().toString());
    assertThat(Files.readAllLines(out.resolve("report.csv"))).hasSize(26);
    assertThat(Files.readString(out.resolve("report.html"))).contains("lang=\"en\"");
    assertThat(r.err()).as("no progress bar without a terminal").isEmpty();
  }

  @Test
  void theSameSeedGivesTheSameReportBytes(@TempDir Path dir) throws Exception {
    assertThat(run("demo", "--learners", "40", "--seed", "77", "--out", dir.resolve("a").toString()).code())
        .isZero();
    assertThat(run("demo", "--learners", "40", "--seed", "77", "--out", dir.resolve("b").toString()).code())
        .isZero();
    assertThat(run("demo", "--learners", "40", "--seed", "78", "--out", dir.resolve("c").toString()).code())
        .isZero();
    byte[] a = Files.readAllBytes(dir.resolve("a/report.csv"));
    assertThat(Files.readAllBytes(dir.resolve("b/report.csv"))).isEqualTo(a);
    assertThat(Files.readAllBytes(dir.resolve("c/report.csv"))).isNotEqualTo(a);
    assertThat(Files.readAllBytes(dir.resolve("b/report.html")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a/report.html")));
  }

  @Test
  void anOutputDirectoryThatCannotBeMadeIsAnIoError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("in-the-way"), "x");
    Run r = run("demo", "--learners", "2", "--out", file.resolve("demo").toString());
    assertThat(r.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(r.err()).startsWith("framsteg demo: ").contains(file.toString());
    assertThat(r.out()).isEmpty();
  }

  @Command(name = "check")
  static final class Check implements Callable<Integer> {
    @Override
    public Integer call() throws InvalidInputException {
      throw new InvalidInputException("course.json is not a valid course",
          List.of("modules[0].id: must not be blank", "title: is required"));
    }
  }

  @Test
  void invalidInputExitsOneWithEveryProblemOnItsOwnLine() {
    // The contract every command that reads a file follows (course validate, statements validate).
    CommandLine cl = Main.commandLine();
    cl.addSubcommand(new Check());
    Run r = run(cl, "check");
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.out().lines().toList()).containsExactly("modules[0].id: must not be blank", "title: is required");
    assertThat(r.err().lines().toList()).containsExactly("framsteg check: course.json is not a valid course");
  }

  @Test
  void courseValidateSaysValidForTheSeedCourseFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.course.json");
    try (var in = MainTest.class.getResourceAsStream("/att-leda-digital-transformation.course.json")) {
      Files.copy(in, file);
    }
    Run r = run("course", "validate", file.toString());
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).isEqualTo("valid" + System.lineSeparator());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void courseValidateListsEveryProblemWithItsPathAndExitsOne(@TempDir Path dir) throws Exception {
    String seed;
    try (var in = MainTest.class.getResourceAsStream("/att-leda-digital-transformation.course.json")) {
      seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // Two problems: a video without a length and a rule naming an activity that is not there.
    String broken = seed.replaceFirst("\"duration\": \"PT18M42S\"", "\"duration\": \"PT0S\"")
        .replaceFirst("/v02\",\n              \"fraction\"", "/v99\",\n              \"fraction\"");
    assertThat(broken).isNotEqualTo(seed);
    Path file = Files.writeString(dir.resolve("broken.course.json"), broken);
    Run r = run("course", "validate", file.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.matches("\\S+: .+"));
    assertThat(lines).anyMatch(l -> l.startsWith("modules[0].activities[0].media.duration: "));
    assertThat(lines).anyMatch(l -> l.contains("v99"));
    assertThat(r.err()).startsWith("framsteg course validate: " + file + " is not a valid course");
  }

  @Test
  void courseValidateOfMalformedJsonIsInvalidInput(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("half.course.json"), "{\"format\": \"framsteg-course/1\", \"id\": ");
    Run r = run("course", "validate", file.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.out()).isNotBlank();
  }

  @Test
  void courseValidateOfAMissingFileIsAnIoError(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.course.json");
    Run r = run("course", "validate", missing.toString());
    assertThat(r.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(r.err()).contains("no such file: " + missing);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void courseWithoutASubcommandIsAUsageError() {
    Run r = run("course");
    assertThat(r.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(r.err()).contains("a command is required: validate");
    assertThat(run("course", "validate").code()).as("file missing").isEqualTo(Main.USAGE_OR_IO);
    assertThat(run("course", "validate", "--help").code()).isZero();
  }
}
