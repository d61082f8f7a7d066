package org.framsteg.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.framsteg.xapi.StatementLine;
import org.framsteg.xapi.Violation;
import org.framsteg.xapi.Xapi;
import org.framsteg.xapi.XapiVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code framsteg statements}: commands on xAPI statement logs (JSON Lines). */
@Command(name = "statements", mixinStandardHelpOptions = true,
    description = "Commands on xAPI statement logs: JSON Lines, one statement per line.",
    subcommands = StatementsCommand.Validate.class, synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
final class StatementsCommand extends CommandGroup {
  /** {@code framsteg statements validate FILE.jsonl [--xapi-version 1.0.3|2.0]}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Judges every line of a JSON Lines file as an LRS receiving the statement would, except "
          + "that id, stored, authority and version may be present.",
          "Prints one line per input line, in order, blank and non-JSON lines included: 'valid', or "
              + "'invalid<TAB>$.path: message' naming the first problem (and how many more there are).",
          "Exits with 1 if any line is invalid."})
  static final class Validate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.jsonl", description = "The statements, one JSON object per line (UTF-8).")
    Path file;

    @Option(names = "--xapi-version", paramLabel = "VERSION", defaultValue = "2.0",
        converter = VersionConverter.class,
        description = "The xAPI version to judge by: 1.0.3 or 2.0 (default: ${DEFAULT-VALUE}).")
    XapiVersion version;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      long lines = 0;
      long invalid = 0;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
          Stream<StatementLine> outcomes = Xapi.reader(version).readLines(in)) {
        Iterator<StatementLine> it = outcomes.iterator();
        while (it.hasNext()) {
          StatementLine line = it.next();
          lines++;
          if (line instanceof StatementLine.Invalid bad) {
            invalid++;
            out.println(verdict(bad.violations()));
          } else {
            out.println("valid");
          }
        }
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      out.flush();
      if (invalid > 0) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + file + ": " + invalid + " of " + lines
            + (lines == 1 ? " line is" : " lines are") + " not valid " + version + " statements");
        err.flush();
        return Main.INVALID_INPUT;
      }
      return Main.OK;
    }

    /** {@code invalid<TAB>path: rule (section)}, one line, with the count of further problems. */
    static String verdict(List<Violation> violations) {
      String first = oneLine(violations.get(0).toString());
      int more = violations.size() - 1;
      return "invalid\t" + first + (more == 0 ? "" : "; " + more + (more == 1 ? " more problem" : " more problems"));
    }

    /** Tabs, line ends and other control characters become spaces, so a verdict is one line. */
    static String oneLine(String text) {
      StringBuilder b = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
      }
      return b.toString();
    }
  }

  /** Accepts 1.0.3 and 2.0 (also 2.0.0). */
  static final class VersionConverter implements CommandLine.ITypeConverter<XapiVersion> {
    @Override
    public XapiVersion convert(String value) {
      switch (value) {
        case "1.0.3":
          return XapiVersion.V1_0_3;
        case "2.0":
        case "2.0.0":
          return XapiVersion.V2_0;
        default:
          throw new CommandLine.TypeConversionException("expected 1.0.3 or 2.0, was '" + value + "'");
      }
    }
  }
}
