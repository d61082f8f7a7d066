package org.framsteg.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.framsteg.core.course.Course;
import org.framsteg.scorm.ExportReport;
import org.framsteg.scorm.ScormExport;
import org.framsteg.scorm.ScormExportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framsteg scorm}: SCORM 1.2 and 2004 packages. */
@Command(name = "scorm", mixinStandardHelpOptions = true,
    description = "SCORM 1.2 and SCORM 2004 4th edition packages.",
    subcommands = ScormCommand.Export.class, synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
final class ScormCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "a command is required: "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** {@code framsteg scorm export COURSE.json --version 1.2|2004 --out PACKAGE.zip}. */
  @Command(name = "export", sortOptions = false,
      description = {"Writes a course as a SCORM package: a SCO per video, audio, podcast and assessment, "
          + "an asset per document and link; media are referenced, not packed.",
          "What SCORM cannot say as the course says it is listed on standard error, one line per entry as "
              + "'SEVERITY KIND path: message'."})
  static final class Export implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "COURSE.json", description = "The course file.")
    Path course;

    // --version names the SCORM version here, so this command has no tool-version option.
    @Option(names = "--version", paramLabel = "VERSION", required = true, converter = VersionConverter.class,
        description = "1.2 or 2004 (4th edition).")
    ScormExport export;

    @Option(names = "--out", paramLabel = "PACKAGE.zip", required = true,
        description = "The zip to write; replaced only once complete, its directory made if missing.")
    Path out;

    @Option(names = "--media-base", paramLabel = "URL",
        description = "Where relative media references are found (an absolute http(s) URL ending in /); "
            + "without it they stay relative and are reported.")
    String mediaBase;

    @Override
    public Integer call() throws IOException, InvalidInputException {
      ScormExport e = export;
      if (mediaBase != null) {
        try {
          e = e.mediaBaseUrl(new URI(mediaBase));
        } catch (URISyntaxException | IllegalArgumentException bad) {
          throw new ParameterException(spec.commandLine(), "--media-base: " + bad.getMessage());
        }
      }
      Course c = CourseFiles.read(course);
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      ExportReport report;
      try {
        report = e.write(c, out);
      } catch (ScormExportException refused) {
        throw new InvalidInputException(course + " cannot be exported to SCORM",
            refused.violations().stream().map(Object::toString).toList());
      }
      PrintWriter err = spec.commandLine().getErr();
      for (ExportReport.Entry entry : report.entries()) {
        err.println(StatementsCommand.Validate.oneLine(entry.toString()));
      }
      err.flush();
      return Main.OK;
    }
  }

  /** Accepts 1.2 and 2004. */
  static final class VersionConverter implements CommandLine.ITypeConverter<ScormExport> {
    @Override
    public ScormExport convert(String value) {
      switch (value) {
        case "1.2":
          return ScormExport.scorm12();
        case "2004":
          return ScormExport.scorm2004();
        default:
          throw new CommandLine.TypeConversionException("expected 1.2 or 2004, was '" + value + "'");
      }
    }
  }
}
