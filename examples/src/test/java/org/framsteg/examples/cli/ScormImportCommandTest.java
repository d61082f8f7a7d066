package org.framsteg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.examples.cli.MainTest.run;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.framsteg.core.course.Course;
import org.framsteg.core.json.CourseJson;
import org.framsteg.examples.SeedCourse;
import org.framsteg.examples.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScormImportCommandTest {

  @Test
  void anExportedPackageImportsAsACourseFileWithTheSameActivities(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("seed-2004.zip");
    Run export = run("scorm", "export", Cmi5CommandTest.seed(dir).toString(), "--version", "2004",
        "--out", zip.toString());
    assertThat(export.code()).as(export.err()).isEqualTo(Main.OK);

    Run r = run("scorm", "import", zip.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    Course imported = CourseJson.read(r.out());
    Course seed = SeedCourse.create();
    assertThat(imported.modules()).hasSameSizeAs(seed.modules());
    assertThat(imported.activities().count()).isEqualTo(seed.activities().count());
    assertThat(imported.activities().map(a -> a.title().primary()).toList())
        .isEqualTo(seed.activities().map(a -> a.title().primary()).toList());
  }

  @Test
  void aZipSlipPackageIsRefusedWithTheEntryNamedAndExitCodeOne(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("slip.zip");
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("imsmanifest.xml"));
      out.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("../../evil.sh"));
      out.write("echo".getBytes(StandardCharsets.UTF_8));
    }

    Run r = run("scorm", "import", zip.toString());

    assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("../../evil.sh");
  }

  @Test
  void aMissingPackageIsAnInputOutputError(@TempDir Path dir) {
    Run r = run("scorm", "import", dir.resolve("none.zip").toString());

    assertThat(r.code()).isEqualTo(Main.USAGE_OR_IO);
    assertThat(r.err()).contains("none.zip");
  }
}
