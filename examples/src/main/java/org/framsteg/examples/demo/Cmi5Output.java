package org.framsteg.examples.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.framsteg.xapi.cmi5.Cmi5Export;

/**
 * The demo's {@code cmi5.xml}: the season's course as a cmi5 course structure.
 *
 * <pre>{@code
 * DemoOutput cmi5 = new Cmi5Output(URI.create("https://lms.example.org/framsteg/"));
 * Demo.write(result, Locale.ENGLISH, dir, List.of(cmi5));
 * }</pre>
 *
 * @see Cmi5Export
 * @see <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#course_structure_data_model">cmi5
 *     §13.1 Course Structure Data Model</a>
 */
public final class Cmi5Output implements DemoOutput {
  private final Cmi5Export export;

  /** The structure with AUs launched from {@code launchBase}. */
  public Cmi5Output(URI launchBase) {
    this.export = Cmi5Export.to(Objects.requireNonNull(launchBase, "launchBase"));
  }

  @Override
  public String fileName() {
    return "cmi5.xml";
  }

  /** Writes the structure; the locale is not used (every language of the course is written). */
  @Override
  public void write(SeasonResult result, Locale locale, OutputStream out) throws IOException {
    out.write(export.export(result.course()).xml());
  }
}
