package org.framsteg.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.examples.SeedCourse;
import org.framsteg.examples.demo.Cmi5Output;
import org.framsteg.examples.demo.Demo;
import org.framsteg.examples.demo.ScormOutput;
import org.framsteg.examples.demo.DemoOutput;
import org.framsteg.examples.demo.Season;
import org.framsteg.examples.demo.SeasonResult;
import org.framsteg.examples.demo.Simulation;
import org.framsteg.examples.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code framsteg demo}: a simulated season of the seed course, folded and reported. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Enrols learners in the seed course \"Att leda digital transformation\", simulates a season of use "
            + "(20 weeks: sessions over days, pauses, skips, re-watching, podcasts at 1.5x, drop-outs, "
            + "due dates), folds the events with the engine and writes the reports.",
        "The same seed gives the same files."},
    footer = {"%nWrites to DIR:", "  report.csv   learner, status, percent, what remains",
        "  report.html  the course owner's report: charts and a table, one self-contained page",
        "  cmi5.xml     the course as a cmi5 course structure (AUs launched from " + Cmi5Command.DEFAULT_LAUNCH_BASE + ")",
        "  scorm-1.2.zip, scorm-2004.zip  the course as SCORM packages (media referenced, not packed)"})
final class DemoCommand implements Callable<Integer> {
  /** Every learner's events are kept for the outputs: about 60 KiB of heap per learner. */
  static final int MAX_LEARNERS = 100_000;

  @Spec
  CommandSpec spec;

  @Option(names = "--learners", paramLabel = "N", defaultValue = "200",
      description = "How many learners enrol (1 to " + MAX_LEARNERS + "; default: ${DEFAULT-VALUE}).")
  int learners;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2026",
      description = "Seed of the random generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "framsteg-demo",
      description = "Directory to write to; made if missing (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "sv", converter = LanguageConverter.class,
      description = "Language of the reports: sv or en (default: ${DEFAULT-VALUE}).")
  Locale lang;

  @Override
  public Integer call() throws IOException {
    if (learners < 1 || learners > MAX_LEARNERS) {
      throw new ParameterException(spec.commandLine(),
          "--learners: must be between 1 and " + MAX_LEARNERS + ", was " + learners);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Simulation simulation = Simulation.of(SeedCourse.create(), Season.of(learners, seed));
    SeasonResult result = SeasonResult.of(simulation, ProgressBar.onTerminal(stderr, "Simulating"));
    List<Path> files = Demo.write(result, lang, out, outputs());
    stdout.printf(Locale.ROOT, "%d learners, %d events: %d completed, %d in progress, %d not started, "
            + "%d expired, %d withdrawn.%n", result.outcomes().size(), result.events(),
        result.count(CompletionStatus.COMPLETED), result.count(CompletionStatus.IN_PROGRESS),
        result.count(CompletionStatus.NOT_STARTED), result.count(CompletionStatus.EXPIRED),
        result.count(CompletionStatus.WITHDRAWN));
    stdout.println("Wrote:");
    for (Path file : files) {
      stdout.println("  " + file.toAbsolutePath().normalize());
    }
    stdout.flush();
    return Main.OK;
  }

  /** What the demo writes: one entry per file (statements, packages and cmi5.xml join here). */
  static List<DemoOutput> outputs() {
    List<DemoOutput> outputs = new ArrayList<>(Reports.all());
    outputs.add(new Cmi5Output(URI.create(Cmi5Command.DEFAULT_LAUNCH_BASE)));
    outputs.add(ScormOutput.scorm12());
    outputs.add(ScormOutput.scorm2004());
    return outputs;
  }

  /** Accepts the languages the reports are written in. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      Locale locale = Locale.forLanguageTag(value);
      String language = locale.getLanguage();
      if (!language.equals("sv") && !language.equals("en")) {
        throw new CommandLine.TypeConversionException("expected sv or en, was '" + value + "'");
      }
      return Locale.forLanguageTag(language);
    }
  }
}
