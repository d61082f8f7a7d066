package org.framsteg.scorm.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.framsteg.scorm.ManifestImport;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.testing.ScormArbitraries;

/** Reading never throws anything but {@link PackageException}, whatever the bytes. */
class ManifestReadingProperties {
  @Provide
  Arbitrary<byte[]> damaged() {
    return ScormArbitraries.mutatedManifests();
  }

  @Property(tries = 500)
  void damagedManifestIsReadOrRefusedWithATypedException(@ForAll("damaged") byte[] xml) {
    try {
      ManifestImport read = PackageReader.defaults().readManifest(xml);
      assertThat(read.manifest().organizations().size() + read.manifest().resources().size())
          .isPositive();
    } catch (PackageException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 300)
  void arbitraryBytesAreReadOrRefusedWithATypedException(@ForAll @Size(max = 500) byte[] xml) {
    try {
      PackageReader.defaults().readManifest(xml);
    } catch (PackageException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }

  @Property(tries = 1)
  void theUndamagedManifestReadsWithoutWarnings() {
    ManifestImport read = PackageReader.defaults().readManifest(ScormArbitraries.validManifest());
    assertThat(read.report().warnings()).isEmpty();
    assertThat(read.manifest().allItems()).hasSize(3);
  }
}
