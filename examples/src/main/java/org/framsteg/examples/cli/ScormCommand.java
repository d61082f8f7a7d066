package org.framsteg.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.framsteg.core.course.Course;
import org.framsteg.core.json.CourseJson;
import org.framsteg.scorm.ExportReport;
import org.framsteg.scorm.ImportReport;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageProblem;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.ScormExport;
import org.framsteg.scorm.ScormExportException;
import org.framsteg.scorm.importing.CourseImport;
import org.framsteg.scorm.importing.CourseImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code framsteg scorm}: SCORM 1.2 and 2004 packages. */
@Command(name = "scorm", mixinStandardHelpOptions = true,
    description = "SCORM 1.2 and SCORM 2004 4th edition packages.",
    subcommands = {ScormCommand.Export.class, ScormCommand.Import.class}, synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
final class ScormCommand extends CommandGroup {
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

  /** {@code framsteg scorm import PACKAGE.zip}. */
  @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Reads a SCORM 1.2 or 2004 package (zip) or a bare imsmanifest.xml and prints it as a "
          + "Framsteg course file on standard output.",
          "What did not map (sequencing, objectives, deeper nesting, real-world mistakes) is listed on "
              + "standard error, one line per entry as 'SEVERITY path: message'. A package that cannot be "
              + "read safely (zip slip, zip bomb, XXE, no manifest) gives exit code 1 and its problems."})
  static final class Import implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACKAGE", description = "The package (.zip) or an imsmanifest.xml.")
    Path pkg;

    @Option(names = "--id-base", paramLabel = "IRI", defaultValue = CourseImporter.DEFAULT_ID_BASE,
        description = "The base of the ids given to the course, its modules and activities (default: ${DEFAULT-VALUE}).")
    String idBase;

    @Option(names = "--language", paramLabel = "TAG", defaultValue = CourseImporter.DEFAULT_LANGUAGE,
        description = "The language of titles when the package names none (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(pkg)) {
        throw new IOException("no such file: " + pkg);
      }
      PrintWriter err = spec.commandLine().getErr();
      CourseImporter importer;
      try {
        importer = CourseImporter.defaults().withIdBase(idBase).withDefaultLanguage(language);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      CourseImport imported;
      try {
        boolean manifest = pkg.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
        imported = manifest ? importer.toCourse(PackageReader.defaults().readManifest(pkg))
            : importer.toCourse(PackageReader.defaults().read(pkg));
      } catch (PackageException e) {
        for (PackageProblem p : e.problems()) {
          err.println(StatementsCommand.Validate.oneLine(p.toString()));
        }
        err.flush();
        return Main.INVALID_INPUT;
      } catch (org.framsteg.core.course.CourseValidationException e) {
        for (org.framsteg.core.Violation v : e.violations()) {
          err.println(StatementsCommand.Validate.oneLine(v.toString()));
        }
        err.flush();
        return Main.INVALID_INPUT;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(CourseJson.write(imported.course()));
      out.flush();
      for (ImportReport.Entry entry : imported.report().entries()) {
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
