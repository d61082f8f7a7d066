package org.framsteg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.examples.cli.MainTest.run;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framsteg.core.json.CourseJson;
import org.framsteg.examples.cli.MainTest.Run;
import org.framsteg.scorm.ExportReport;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.ScormExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScormCommandTest {

  @Test
  void exportWritesAPackageOfEachVersionWithItsReportOnStandardError(@TempDir Path dir) throws Exception {
    Path course = Cmi5CommandTest.seed(dir);
    for (String version : List.of("1.2", "2004")) {
      Path zip = dir.resolve("out/scorm-" + version + ".zip");
      Run r = run("scorm", "export", course.toString(), "--version", version, "--out", zip.toString());
      assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
      assertThat(r.out()).isEmpty();
      ScormExport export = version.equals("1.2") ? ScormExport.scorm12() : ScormExport.scorm2004();
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      ExportReport report = export.write(CourseJson.read(course), expected);
      assertThat(Files.readAllBytes(zip)).as("deterministic, same as the library").isEqualTo(expected.toByteArray());
      assertThat(PackageReader.defaults().read(zip)).isNotNull();
      assertThat(r.err().lines().toList())
          .containsExactlyElementsOf(report.entries().stream().map(Object::toString).toList());
    }
  }

  @Test
  void aMediaBaseResolvesRelativeMedia(@TempDir Path dir) throws Exception {
    Path course = Cmi5CommandTest.seed(dir);
    Path zip = dir.resolve("p.zip");
    Run r = run("scorm", "export", course.toString(), "--version", "2004", "--out", zip.toString(),
        "--media-base", "https://media.example.org/att-leda/");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("MEDIA_MISSING");
    Run bad = run("scorm", "export", course.toString(), "--version", "2004", "--out", zip.toString(),
        "--media-base", "ftp://media.example.org/");
    assertThat(bad.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(bad.err()).contains("--media-base: ");
  }

  @Test
  void badInputAndUsageGiveTheirExitCodes(@TempDir Path dir) throws Exception {
    Path course = Cmi5CommandTest.seed(dir);
    Run version = run("scorm", "export", course.toString(), "--version", "2.0", "--out", dir.resolve("a.zip").toString());
    assertThat(version.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(version.err()).contains("expected 1.2 or 2004, was '2.0'");
    assertThat(run("scorm", "export", course.toString(), "--out", dir.resolve("a.zip").toString()).err())
        .contains("--version");
    Path invalid = Files.writeString(dir.resolve("bad.json"), "[]");
    Run bad = run("scorm", "export", invalid.toString(), "--version", "1.2", "--out", dir.resolve("b.zip").toString());
    assertThat(bad.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(dir.resolve("b.zip")).doesNotExist();
    Run missing = run("scorm", "export", dir.resolve("none.json").toString(), "--version", "1.2", "--out",
        dir.resolve("c.zip").toString());
    assertThat(missing.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(missing.err()).contains("no such file");
    assertThat(run("scorm").err()).contains("a command is required: export");
  }
}
