package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module exports its API packages and nothing of its machinery. */
class ModuleDescriptorTest {

  @Test
  void onlyTheApiPackagesAreExported() throws IOException {
    Path info = Path.of("target/classes/module-info.class");
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(info)) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(d.name()).isEqualTo("org.framsteg.xapi");
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder("org.framsteg.xapi", "org.framsteg.xapi.cmi5",
        "org.framsteg.xapi.progress");
    for (String internal : new String[] {"json", "rules", "syntax", "cmi5", "progress"}) {
      assertThat(Path.of("target/classes/org/framsteg/xapi/internal", internal)).isDirectory();
    }
    assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
        .contains("org.framsteg.core", "tools.jackson.core", "org.immutables.value.annotations");
  }
}
