package org.framsteg.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackageExceptionTest {
  @Test
  void messageNamesEntryPathRuleAndDetailOfEveryProblem() {
    PackageException e = new PackageException(List.of(
        new PackageProblem("imsmanifest.xml", "/manifest/organizations/organization[1]/item[3]",
            PackageRule.XML_TOO_DEEP, "element nested 101 deep"),
        new PackageProblem("../evil.sh", "", PackageRule.UNSAFE_ENTRY_NAME, "climbs out")));
    assertThat(e.getMessage()).isEqualTo(
        "imsmanifest.xml: /manifest/organizations/organization[1]/item[3]: element nested 101 "
            + "deep [XML_TOO_DEEP: the XML is nested too deeply]; ../evil.sh: climbs out "
            + "[UNSAFE_ENTRY_NAME: entry names must be relative paths that stay inside the "
            + "package]");
    assertThat(e.rule()).isEqualTo(PackageRule.XML_TOO_DEEP);
    assertThat(e.problems()).hasSize(2);
  }

  @Test
  void locationLeavesOutWhatIsEmpty() {
    assertThat(new PackageProblem("", "", PackageRule.NOT_A_ZIP, "x").location())
        .isEqualTo("(package)");
    assertThat(new PackageProblem("a.zip", "", PackageRule.NOT_A_ZIP, "x").location())
        .isEqualTo("a.zip");
    assertThat(new PackageProblem("", "/manifest", PackageRule.NOT_A_MANIFEST, "x").location())
        .isEqualTo("/manifest");
  }

  @Test
  void anExceptionWithoutProblemsCannotBeMade() {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> new PackageException(List.of()));
    assertThat(e).hasMessageContaining("at least one problem");
  }
}
