package org.framsteg.examples.report;

import java.util.List;
import org.framsteg.examples.demo.DemoOutput;

/**
 * The reports for a course owner: {@code report.csv} and {@code report.html}.
 *
 * <pre>{@code
 * List<Path> files = Demo.write(result, Locale.ENGLISH, Path.of("target/demo"), Reports.all());
 * }</pre>
 */
public final class Reports {
  private Reports() {}

  /** The CSV and the HTML report. */
  public static List<DemoOutput> all() {
    return List.of(new CsvReport(), new HtmlReport());
  }
}
