package org.framsteg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.examples.cli.MainTest.run;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framsteg.core.json.CourseJson;
import org.framsteg.examples.cli.MainTest.Run;
import org.framsteg.xapi.cmi5.Cmi5CourseStructure;
import org.framsteg.xapi.cmi5.Cmi5Export;
import org.framsteg.xapi.cmi5.Cmi5Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cmi5CommandTest {

  static Path seed(Path dir) throws Exception {
    Path file = dir.resolve("seed.course.json");
    try (var in = Cmi5CommandTest.class.getResourceAsStream("/att-leda-digital-transformation.course.json")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void exportWritesTheStructureAndTheReportGoesToStandardError(@TempDir Path dir) throws Exception {
    Path course = seed(dir);
    Path out = dir.resolve("out/sub/cmi5.xml");
    Run r = run("cmi5", "export", course.toString(), "--out", out.toString(),
        "--launch-base", "https://lms.example.org/player/");
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).isEmpty();
    Cmi5Export.Result expected = Cmi5Export.to(URI.create("https://lms.example.org/player/"))
        .export(CourseJson.read(course));
    assertThat(Files.readAllBytes(out)).isEqualTo(expected.xml());
    Cmi5CourseStructure read = Cmi5Xml.read(out);
    assertThat(read).isEqualTo(expected.structure());
    assertThat(Files.readString(out)).contains("https://lms.example.org/player/?activity=");
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(expected.report().entries().size()).isNotEmpty();
    assertThat(lines).containsExactlyElementsOf(
        expected.report().entries().stream().map(Object::toString).toList());
  }

  @Test
  void theDefaultLaunchBaseIsUsedWhenNoneIsGiven(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("cmi5.xml");
    Run r = run("cmi5", "export", seed(dir).toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains(Cmi5Command.DEFAULT_LAUNCH_BASE + "?activity=");
  }

  @Test
  void anInvalidCourseExitsOneAndWritesNothing(@TempDir Path dir) throws Exception {
    Path course = Files.writeString(dir.resolve("bad.course.json"), "{\"format\": \"framsteg-course/1\"}");
    Path out = dir.resolve("cmi5.xml");
    Run r = run("cmi5", "export", course.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.out().lines()).isNotEmpty().allMatch(l -> l.contains(": "));
    assertThat(r.err()).contains("is not a valid course");
    assertThat(out).doesNotExist();
  }

  @Test
  void usageAndIoErrorsExitTwo(@TempDir Path dir) throws Exception {
    Path course = seed(dir);
    Run relative = run("cmi5", "export", course.toString(), "--out", dir.resolve("a.xml").toString(),
        "--launch-base", "player/");
    assertThat(relative.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(relative.err()).contains("--launch-base: ");
    assertThat(dir.resolve("a.xml")).doesNotExist();
    assertThat(run("cmi5", "export", course.toString()).err()).contains("--out");
    Run missing = run("cmi5", "export", dir.resolve("none.json").toString(), "--out", dir.resolve("b.xml").toString());
    assertThat(missing.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(missing.err()).contains("no such file");
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    Run unwritable = run("cmi5", "export", course.toString(), "--out", blocker.resolve("cmi5.xml").toString());
    assertThat(unwritable.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(run("cmi5").err()).contains("a command is required: export");
  }
}
