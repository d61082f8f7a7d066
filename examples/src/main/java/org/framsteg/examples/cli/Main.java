package org.framsteg.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code framsteg} command-line tool.
 *
 * <pre>{@code
 * java -jar framsteg.jar demo --learners 200 --seed 2026 --out target/demo
 * int code = Main.commandLine().execute("demo", "--help");   // in-process, 0
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} on success, {@value #INVALID_INPUT} when an input file breaks a rule
 * (each problem on standard output as {@code path: message}, a summary on standard error), {@value #USAGE_OR_IO} on a usage error
 * (unknown command or option, bad option value) or when a file cannot be read or written. Errors go
 * to standard error, results to standard output. Every command answers {@code --help}.
 */
@Command(name = "framsteg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Course and progress modelling: the seed course, a simulated season and its reports.",
    commandListHeading = "%nCommands:%n", synopsisSubcommandLabel = "COMMAND")
public final class Main extends CommandGroup {
  /** Success. */
  public static final int OK = 0;
  /** The input is invalid: a file breaks a rule of its format or of the course model. */
  public static final int INVALID_INPUT = 1;
  /** A usage error (unknown command or option, bad value) or a file that cannot be read or written. */
  public static final int USAGE_OR_IO = 2;

  /** Held so that the level set on it stays: the validator's start-up line is noise on a terminal. */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  static {
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The tool with all its commands, writing to standard output and error. Set other writers with
   * {@link CommandLine#setOut} and {@link CommandLine#setErr} before {@code execute}.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // One line per command; the xAPI and SCORM commands join here.
    cl.addSubcommand(new DemoCommand());
    cl.addSubcommand(new CourseCommand());
    cl.addSubcommand(new StatementsCommand());
    cl.addSubcommand(new Cmi5Command());
    cl.addSubcommand(new ScormCommand());
    cl.addSubcommand(new ProgressCommand());
    cl.setExecutionExceptionHandler(Main::handle);
    cl.setOut(new PrintWriter(System.out, true));
    cl.setErr(new PrintWriter(System.err, true));
    return cl;
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    if (e instanceof InvalidInputException invalid) {
      // The problems are the command's answer, so they go where "valid" would have gone.
      PrintWriter out = cmd.getOut();
      invalid.problems().forEach(out::println);
      out.flush();
      err.println(name + ": " + invalid.getMessage());
      err.flush();
      return INVALID_INPUT;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
      err.println(name + ": " + describe(io));
      err.flush();
      return USAGE_OR_IO;
    }
    err.println(name + ": unexpected error: " + e);
    e.printStackTrace(err);
    err.flush();
    return USAGE_OR_IO;
  }

  /** An I/O error in words, with the file it concerns. */
  static String describe(Throwable io) {
    if (io instanceof java.nio.file.NoSuchFileException f) {
      return "no such file: " + f.getFile();
    }
    if (io instanceof java.nio.file.AccessDeniedException f) {
      return "access denied: " + f.getFile();
    }
    if (io instanceof java.nio.file.FileAlreadyExistsException f) {
      return "a file is in the way: " + f.getFile();
    }
    if (io instanceof java.nio.file.FileSystemException f) {
      return "cannot use " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
    }
    return io.getMessage() == null ? io.toString() : io.getMessage();
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"framsteg " + (v == null ? "(development build)" : v),
          "Java " + System.getProperty("java.version")};
    }
  }
}
