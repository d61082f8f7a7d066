package org.framsteg.examples.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import org.framsteg.scorm.ScormExport;

/**
 * The demo's SCORM packages, {@code scorm-1.2.zip} and {@code scorm-2004.zip}: the season's course
 * with its media referenced, not packed.
 *
 * <pre>{@code
 * DemoOutput zip = ScormOutput.scorm2004();
 * Demo.write(result, Locale.ENGLISH, dir, List.of(zip));
 * }</pre>
 *
 * @see ScormExport
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3 (Content Packaging)</a>
 */
public final class ScormOutput implements DemoOutput {
  private final String fileName;
  private final ScormExport export;

  private ScormOutput(String fileName, ScormExport export) {
    this.fileName = fileName;
    this.export = Objects.requireNonNull(export, "export");
  }

  /** {@code scorm-1.2.zip}. */
  public static ScormOutput scorm12() {
    return new ScormOutput("scorm-1.2.zip", ScormExport.scorm12());
  }

  /** {@code scorm-2004.zip}, SCORM 2004 4th edition. */
  public static ScormOutput scorm2004() {
    return new ScormOutput("scorm-2004.zip", ScormExport.scorm2004());
  }

  @Override
  public String fileName() {
    return fileName;
  }

  /** Writes the package; the locale is not used (the course's own languages are written). */
  @Override
  public void write(SeasonResult result, Locale locale, OutputStream out) throws IOException {
    export.write(result.course(), out);
  }
}
