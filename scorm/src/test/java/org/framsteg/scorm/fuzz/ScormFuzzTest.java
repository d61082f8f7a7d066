package org.framsteg.scorm.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageLimits;
import org.framsteg.scorm.PackageReader;

/**
 * Jazzer fuzz tests of the two parsers that take hostile input. In a normal build they replay the
 * inputs under {@code src/test/resources/.../ScormFuzzTestInputs/<test>/}. To fuzz one:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl scorm -am verify -Djazzer.hooks=true
 * -Dtest=ScormFuzzTest#manifestReaderThrowsOnlyPackageException}. Any exception other than
 * {@link PackageException} is a finding.
 */
class ScormFuzzTest {
  /** Small limits so the fuzzer reaches every limit check with small inputs. */
  private static final PackageReader READER = PackageReader.withLimits(PackageLimits.builder()
      .maxEntries(32).maxTotalBytes(1 << 20).maxEntryBytes(256 << 10).maxManifestBytes(64 << 10)
      .maxElementDepth(40).maxAttributes(40).maxTextLength(4096).build());

  @FuzzTest(maxDuration = "30s")
  void manifestReaderThrowsOnlyPackageException(byte[] input) {
    try {
      READER.readManifest(input);
    } catch (PackageException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void packageReaderThrowsOnlyPackageException(byte[] input) throws IOException {
    try {
      READER.read(new ByteArrayInputStream(input));
    } catch (PackageException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }
}
