package org.framsteg.examples.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * One file the demo writes from a folded season: a report, a log of statements, a package.
 *
 * <pre>{@code
 * DemoOutput csv = new org.framsteg.examples.report.CsvReport();
 * try (OutputStream out = Files.newOutputStream(dir.resolve(csv.fileName()))) { csv.write(result, Locale.ENGLISH, out); }
 * }</pre>
 *
 * <p>Each output is one call of {@link Demo#write}; adding a format is adding an implementation
 * to the list the demo is given.
 */
public interface DemoOutput {

  /** The name of the file in the output directory. */
  String fileName();

  /**
   * Writes the file. The same result and locale must give the same bytes.
   *
   * @param result the folded season
   * @param locale the language of texts meant for people (Swedish or English)
   * @param out where to write; not closed
   */
  void write(SeasonResult result, Locale locale, OutputStream out) throws IOException;
}
