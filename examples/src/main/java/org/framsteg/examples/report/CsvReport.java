package org.framsteg.examples.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.framsteg.core.completion.Completion;
import org.framsteg.examples.demo.DemoOutput;
import org.framsteg.examples.demo.LearnerOutcome;
import org.framsteg.examples.demo.SeasonResult;

/**
 * {@code report.csv}: one row per learner with status, percent and what remains, as RFC 4180 CSV
 * in UTF-8.
 *
 * <pre>{@code
 * learner,status,percent,remaining
 * learner-0001,IN_PROGRESS,62,"4 of 15 videos left, about 1 h 50 min of material; deadline in 12 days"
 * }</pre>
 *
 * <p>The status is the {@code CompletionStatus} name, for machines; what remains is
 * {@link Completion#summary(Locale)} in the report's language, for people.
 */
public final class CsvReport implements DemoOutput {

  @Override
  public String fileName() {
    return "report.csv";
  }

  @Override
  public void write(SeasonResult result, Locale locale, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("learner,status,percent,remaining\r\n");
    for (LearnerOutcome o : result.outcomes()) {
      Completion c = o.completion();
      w.write(field(o.history().name()));
      w.write(',');
      w.write(c.status().name());
      w.write(',');
      w.write(Integer.toString(c.percent()));
      w.write(',');
      w.write(field(c.summary(locale)));
      w.write("\r\n");
    }
    w.flush();
  }

  /** A field, quoted when it holds a comma, a quote or a line break (RFC 4180 section 2). */
  static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
