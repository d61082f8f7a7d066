package org.framsteg.xapi.cmi5;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared specification files (official schemas, sample files), read in place.
 *
 * <p>The directory is the system property {@code framsteg.specDir} (the build passes it), else
 * {@code ../shared/spec} relative to the repository root. When a file is missing the calling test
 * is skipped with a message, unless {@code framsteg.requireSpec=true}, when it fails. jqwik does
 * not take JUnit assumptions, so properties use {@link NeedsCmi5Schema} instead.
 */
final class SpecDir {
  private SpecDir() {}

  /** The spec directory, whether it exists or not. */
  static Path dir() {
    String configured = System.getProperty("framsteg.specDir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path root = here;
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw")) || Files.isDirectory(p.resolve(".mvn"))) {
        root = p;
        break;
      }
    }
    return root.resolve("../shared/spec").normalize();
  }

  /** Whether the build demands the spec files. */
  static boolean required() {
    return Boolean.parseBoolean(System.getProperty("framsteg.requireSpec", "false"));
  }

  /**
   * A file below the spec directory; skips the test (JUnit assumption) when it is absent, or fails
   * it when {@code framsteg.requireSpec=true}.
   */
  static Path require(String relative) {
    Path file = dir().resolve(relative);
    if (!Files.isRegularFile(file)) {
      String message = "spec file " + file + " not found (set -Dframsteg.specDir to the shared spec directory)";
      if (required()) {
        fail(message + "; framsteg.requireSpec=true demands it");
      }
      Assumptions.abort("skipped: " + message);
    }
    return file;
  }

  /**
   * Skips a jqwik property or container when {@code cmi5/CourseStructure.xsd} is absent; when
   * {@code framsteg.requireSpec=true} it lets the property run, so that it fails on the missing file.
   */
  static final class NeedsCmi5Schema implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      Path xsd = dir().resolve("cmi5/CourseStructure.xsd");
      if (Files.isRegularFile(xsd) || required()) {
        return SkipResult.doNotSkip();
      }
      return SkipResult.skip("skipped: spec file " + xsd + " not found (set -Dframsteg.specDir to the shared"
          + " spec directory)");
    }
  }
}
