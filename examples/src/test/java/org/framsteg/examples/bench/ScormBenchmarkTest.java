package org.framsteg.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.importing.CourseImport;
import org.junit.jupiter.api.Test;

/** The benchmark measures real work: the package reads back, the manifest has its items. */
class ScormBenchmarkTest {

  @Test
  void theBenchmarkedExportIsAPackageAndTheManifestImportsAllItsItems() throws Exception {
    ScormBenchmark b = new ScormBenchmark();
    b.setUp();

    byte[] zip = b.exportSeedCourse2004();
    assertThat(PackageReader.defaults().read(new ByteArrayInputStream(zip)).manifest().allItems()).hasSize(5 + 23);

    CourseImport imported = b.importThousandItemManifest();
    assertThat(imported.course().modules()).hasSize(10);
    assertThat(imported.course().activities().count()).isEqualTo(ScormBenchmark.ITEMS);
  }
}
