package org.framsteg.scorm.internal.zip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageRule;
import org.framsteg.scorm.testing.ScormArbitraries;

/** The zip-name normaliser never lets a name out of the folder it is extracted into. */
class EntryNamesProperties {
  private static final Path ROOT = Path.of("/srv/lms/packages/p1").normalize();

  @Provide
  Arbitrary<String> names() {
    return ScormArbitraries.entryNames();
  }

  @Property(tries = 2000)
  void normalisedNameNeverLeavesTheRoot(@ForAll("names") String raw) {
    String name;
    try {
      name = EntryNames.normalise(raw);
    } catch (PackageException e) {
      assertThat(e.rule()).isEqualTo(PackageRule.UNSAFE_ENTRY_NAME);
      assertThat(e.problems().get(0).entry()).isEqualTo(raw);
      return;
    }
    assertThat(name).doesNotStartWith("/").doesNotContain("\\").doesNotContain(":");
    assertThat(name.split("/")).doesNotContain("..", ".");
    Path resolved = ROOT.resolve(name).normalize();
    assertThat(resolved.startsWith(ROOT)).as("%s resolves to %s", raw, resolved).isTrue();
  }

  @Property(tries = 1000)
  void normalisingIsIdempotent(@ForAll("names") String raw) {
    String once;
    try {
      once = EntryNames.normalise(raw);
    } catch (PackageException e) {
      return;
    }
    if (!once.isEmpty()) {
      assertThat(EntryNames.normalise(once)).isEqualTo(once);
    }
  }

  @Property(tries = 1000)
  void anyStringIsEitherSafeOrRefused(@ForAll String raw) {
    try {
      String name = EntryNames.normalise(raw);
      assertThat(ROOT.resolve(name).normalize().startsWith(ROOT)).isTrue();
      if (!name.isEmpty()) {
        assertThat(EntryNames.resolveInside(ROOT, name).startsWith(ROOT)).isTrue();
      }
    } catch (PackageException e) {
      assertThat(e.rule()).isEqualTo(PackageRule.UNSAFE_ENTRY_NAME);
    }
  }
}
