package org.framsteg.examples.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The demo: a simulated season of a course, folded by the engine and written out as reports.
 *
 * <pre>{@code
 * SeasonResult r = SeasonResult.of(Simulation.of(SeedCourse.create(), Season.of(200, 2026L)), Progress.NONE);
 * List<Path> files = Demo.write(r, Locale.forLanguageTag("sv"), Path.of("target/demo"), Reports.all());
 * }</pre>
 */
public final class Demo {
  private Demo() {}

  /**
   * Writes each output to its file in {@code dir}, creating the directory if needed.
   *
   * @return the files written, in the order of {@code outputs}
   * @throws IOException when the directory cannot be made or a file cannot be written
   */
  public static List<Path> write(SeasonResult result, Locale locale, Path dir, List<DemoOutput> outputs)
      throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (DemoOutput output : outputs) {
      Path file = dir.resolve(output.fileName());
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
        output.write(result, locale, out);
      }
      written.add(file);
    }
    return written;
  }
}
