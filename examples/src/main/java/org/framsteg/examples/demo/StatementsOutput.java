package org.framsteg.examples.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.StatementWriter;
import org.framsteg.xapi.Xapi;
import org.framsteg.xapi.XapiVersion;
import org.framsteg.xapi.progress.ProgressStatements;

/**
 * The demo's {@code statements.jsonl}: every learner's events as xAPI 2.0 statements, one per
 * line, followed by the course and module completion statements of learners who completed.
 *
 * <pre>{@code
 * Demo.write(result, Locale.ENGLISH, dir, List.of(new StatementsOutput()));
 * // framsteg progress course.json dir/statements.jsonl  reads them back
 * }</pre>
 *
 * @see ProgressStatements
 */
public final class StatementsOutput implements DemoOutput {
  private static final XapiVersion VERSION = XapiVersion.V2_0;

  @Override
  public String fileName() {
    return "statements.jsonl";
  }

  /** Writes the statements; the locale is not used (statements carry every language). */
  @Override
  public void write(SeasonResult result, Locale locale, OutputStream out) throws IOException {
    StatementWriter writer = Xapi.writer();
    for (LearnerOutcome outcome : result.outcomes()) {
      LearnerHistory h = outcome.history();
      ProgressStatements xapi = ProgressStatements.of(result.course(), h.enrolment(), VERSION);
      for (Statement s : xapi.statements(h.events())) {
        out.write(writer.write(s, VERSION));
        out.write('\n');
      }
      for (Statement s : xapi.completionStatements(outcome.completion())) {
        out.write(writer.write(s, VERSION));
        out.write('\n');
      }
    }
  }
}
