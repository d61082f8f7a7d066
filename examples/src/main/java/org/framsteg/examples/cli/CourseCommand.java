package org.framsteg.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.framsteg.core.json.CourseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framsteg course}: commands on course files ({@value CourseJson#FORMAT}). */
@Command(name = "course", mixinStandardHelpOptions = true,
    description = "Commands on course files (" + CourseJson.FORMAT + ").",
    subcommands = CourseCommand.Validate.class, synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
final class CourseCommand extends CommandGroup {
  /** {@code framsteg course validate COURSE.json}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Checks a course file: JSON syntax, every field and the rules of the whole course.",
          "Prints 'valid', or one line per problem as 'path: message' and exits with 1."})
  static final class Validate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COURSE.json", description = "The course file.")
    Path file;

    @Override
    public Integer call() throws IOException, InvalidInputException {
      CourseFiles.read(file);
      PrintWriter out = spec.commandLine().getOut();
      out.println("valid");
      out.flush();
      return Main.OK;
    }
  }
}
