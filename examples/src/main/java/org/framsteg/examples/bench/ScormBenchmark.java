package org.framsteg.examples.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.framsteg.core.course.Course;
import org.framsteg.examples.SeedCourse;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.ScormExport;
import org.framsteg.scorm.importing.CourseImport;
import org.framsteg.scorm.importing.CourseImporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SCORM: export of the seed course as a SCORM 2004 package (goal under 10 ms), and import of a
 * generated 1,000-item SCORM 2004 manifest as a course (goal under 100 ms).
 *
 * <pre>{@code
 * java -cp examples/target/framsteg.jar org.openjdk.jmh.Main ScormBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScormBenchmark {
  /** Items in the generated manifest. */
  public static final int ITEMS = 1_000;

  private Course seed;
  private ScormExport export;
  private byte[] manifest;

  @Setup
  public void setUp() {
    seed = SeedCourse.create();
    export = ScormExport.scorm2004();
    manifest = manifest(ITEMS, 10).getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the seed course (15 videos, 8 podcast episodes) as a SCORM 2004 zip in memory. */
  @Benchmark
  public byte[] exportSeedCourse2004() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    export.write(seed, out);
    return out.toByteArray();
  }

  /** Reads a 1,000-item manifest safely and maps it to a course with its import report. */
  @Benchmark
  public CourseImport importThousandItemManifest() {
    return CourseImporter.defaults().toCourse(PackageReader.defaults().readManifest(manifest));
  }

  /** A SCORM 2004 4th edition manifest with {@code items} SCOs in {@code modules} modules. */
  static String manifest(int items, int modules) {
    StringBuilder org = new StringBuilder();
    StringBuilder res = new StringBuilder();
    int perModule = items / modules;
    for (int m = 0; m < modules; m++) {
      org.append("<item identifier=\"m").append(m).append("\"><title>Modul ").append(m).append("</title>");
      for (int i = 0; i < perModule; i++) {
        int n = m * perModule + i;
        org.append("<item identifier=\"i").append(n).append("\" identifierref=\"r").append(n)
            .append("\"><title>Avsnitt ").append(n).append("</title></item>");
        res.append("<resource identifier=\"r").append(n).append("\" type=\"webcontent\" adlcp:scormType=\"sco\""
            + " href=\"sco/").append(n).append(".html\"><file href=\"sco/").append(n).append(".html\"/></resource>");
      }
      org.append("</item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest identifier=\"bench\" version=\"1\" xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\""
        + " xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\">"
        + "<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>"
        + "<organizations default=\"org\"><organization identifier=\"org\"><title>Kurs</title>" + org
        + "</organization></organizations><resources>" + res + "</resources></manifest>";
  }
}
