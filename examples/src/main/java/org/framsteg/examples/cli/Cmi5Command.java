package org.framsteg.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.framsteg.core.course.Course;
import org.framsteg.xapi.cmi5.Cmi5Exception;
import org.framsteg.xapi.cmi5.Cmi5Export;
import org.framsteg.xapi.cmi5.Cmi5ExportReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framsteg cmi5}: cmi5 course structures. */
@Command(name = "cmi5", mixinStandardHelpOptions = true,
    description = "cmi5 course structures (cmi5.xml).",
    subcommands = Cmi5Command.Export.class, synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
final class Cmi5Command extends CommandGroup {
  /** Where AUs are launched unless {@code --launch-base} says otherwise. */
  static final String DEFAULT_LAUNCH_BASE = "https://lms.example.org/framsteg/";

  /** {@code framsteg cmi5 export COURSE.json --out cmi5.xml [--launch-base URL]}. */
  @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Writes a course as a cmi5 course structure: the course, a block per module, an AU per activity.",
          "What cmi5 cannot say as the course says it (module rules, deadlines, watched fractions, metadata) "
              + "is listed on standard error, one line per course part as 'path: what was written instead'."})
  static final class Export implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COURSE.json", description = "The course file.")
    Path course;

    @Option(names = "--out", paramLabel = "FILE", required = true,
        description = "The cmi5.xml to write; its directory is made if missing.")
    Path out;

    @Option(names = "--launch-base", paramLabel = "URL", defaultValue = DEFAULT_LAUNCH_BASE,
        description = {"The player that launches an activity as an AU; every AU url is "
            + "URL?activity=ID&media=MEDIA, relative media resolved against it (default: ${DEFAULT-VALUE})."})
    String launchBase;

    @Override
    public Integer call() throws IOException, InvalidInputException {
      Cmi5Export export = export(spec.commandLine(), launchBase);
      Course c = CourseFiles.read(course);
      Cmi5Export.Result result;
      try {
        result = export.export(c);
      } catch (Cmi5Exception e) {
        throw new InvalidInputException(course + " cannot be exported to cmi5",
            e.violations().stream().map(Object::toString).toList());
      }
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(out, result.xml());
      PrintWriter err = spec.commandLine().getErr();
      report(err, result.report());
      err.flush();
      return Main.OK;
    }

    /** One line per entry, so that a reader sees each change with its course path. */
    static void report(PrintWriter err, Cmi5ExportReport report) {
      for (Cmi5ExportReport.Entry e : report.entries()) {
        err.println(StatementsCommand.Validate.oneLine(e.toString()));
      }
    }
  }

  /** The export for a launch base given on the command line; a bad one is a usage error. */
  static Cmi5Export export(CommandLine cl, String launchBase) {
    try {
      return Cmi5Export.to(new URI(launchBase));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new ParameterException(cl, "--launch-base: " + e.getMessage());
    }
  }
}
