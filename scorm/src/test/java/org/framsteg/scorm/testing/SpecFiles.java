package org.framsteg.scorm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the official schemas and sample manifests are: {@code framsteg.specDir} (surefire passes
 * it), by default {@code ../shared/spec} beside the repository. A relative value is resolved
 * against the repository root (the folder of the root pom). When the folder is absent, tests that
 * need it are skipped, or fail when {@code framsteg.requireSpec=true}. Files are read in place.
 */
public final class SpecFiles {
  private static final String DEFAULT = "../shared/spec";

  private SpecFiles() {}

  /** The spec folder; skips (or fails) the calling test when it is absent. */
  public static Path dir() {
    Path dir = configured();
    if (!Files.isDirectory(dir)) {
      String message = "spec directory " + dir + " is absent (set framsteg.specDir)";
      if (Boolean.getBoolean("framsteg.requireSpec")) {
        throw new AssertionError(message + " and framsteg.requireSpec=true");
      }
      Assumptions.abort(message + "; test skipped");
    }
    return dir;
  }

  /** A file under the spec folder, which must exist. */
  public static Path file(String relative) {
    Path file = dir().resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("spec file " + file + " is missing");
    }
    return file;
  }

  /** A sample manifest by file name ({@code samples/<name>}). */
  public static Path sample(String name) {
    return file("samples/" + name);
  }

  /** All {@code samples/adl-cts/*.imsmanifest.xml}, sorted. */
  public static List<Path> adlCtsManifests() {
    return list(dir().resolve("samples/adl-cts"), ".imsmanifest.xml");
  }

  /** The SCORM manifests directly in {@code samples/}, sorted. */
  public static List<Path> sampleManifests() {
    return list(dir().resolve("samples"), ".imsmanifest.xml");
  }

  private static List<Path> list(Path folder, String suffix) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The configured folder, resolved; it may not exist. */
  public static Path configured() {
    String value = System.getProperty("framsteg.specDir", "").strip();
    Path path = Path.of(value.isEmpty() ? DEFAULT : value);
    return (path.isAbsolute() ? path : repositoryRoot().resolve(path)).normalize();
  }

  /** The topmost folder, from the working directory up, that holds a {@code pom.xml}. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    Path root = dir;
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml"))) {
        root = p;
      }
    }
    return root;
  }
}
