package org.framsteg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.Explanation;
import org.framsteg.core.course.Course;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.xapi.XapiVersion;
import org.framsteg.xapi.progress.IngestResult;
import org.framsteg.xapi.progress.ProgressStatements;
import org.framsteg.xapi.progress.Unmatched;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code framsteg progress COURSE.json STATEMENTS.jsonl}: each learner's completion from xAPI
 * statements.
 */
@Command(name = "progress", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Reads xAPI statements (JSON Lines) into progress and prints one JSON object per learner: "
        + "learner, status, percent, the parts of the rule met and unmet, and what remains.",
        "Statements that give no progress (unknown activity or verb, voided, invalid) are listed on standard "
            + "error as 'line N: REASON message'; an invalid statement makes the exit code 1.",
        "Each learner counts as enrolled at their first statement; completion is judged at --at, by default "
            + "the time of the last statement, so the same input always gives the same output."})
final class ProgressCommand implements Callable<Integer> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "COURSE.json", description = "The course file.")
  Path course;

  @Parameters(index = "1", paramLabel = "STATEMENTS.jsonl", description = "xAPI statements, one per line.")
  Path statements;

  @Option(names = "--xapi-version", paramLabel = "VERSION", defaultValue = "2.0",
      converter = StatementsCommand.VersionConverter.class,
      description = "The xAPI version the statements are judged by: 1.0.3 or 2.0 (default: ${DEFAULT-VALUE}).")
  XapiVersion version;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "When to judge completion, as an ISO-8601 instant (default: the last statement's time).")
  Instant at;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "The language of the explanations: sv or en (default: ${DEFAULT-VALUE}).")
  String lang;

  @Override
  public Integer call() throws IOException, InvalidInputException {
    Course c = CourseFiles.read(course);
    IngestResult result;
    try (InputStream in = Files.newInputStream(statements)) {
      result = ProgressStatements.ingestJsonLines(c, in, version);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file: " + statements, e);
    }
    Locale locale = Locale.forLanguageTag(lang);
    CourseEngine engine = CourseEngine.of(c);
    Instant judgedAt = at != null ? at : result.events().values().stream().flatMap(List::stream)
        .map(ProgressEvent::timestamp).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);

    PrintWriter out = spec.commandLine().getOut();
    List<Map.Entry<Learner, List<ProgressEvent>>> learners = new ArrayList<>(result.events().entrySet());
    learners.sort(Map.Entry.comparingByKey(Comparator.comparing(Learner::key)));
    for (Map.Entry<Learner, List<ProgressEvent>> e : learners) {
      Instant enrolled = e.getValue().stream().map(ProgressEvent::timestamp)
          .min(Comparator.naturalOrder()).orElse(judgedAt);
      Completion completion = engine.start(enrolled).applyAll(e.getValue()).completion(judgedAt);
      out.println(JSON.writeValueAsString(line(e.getKey(), completion, locale)));
    }
    out.flush();

    PrintWriter err = spec.commandLine().getErr();
    boolean invalid = false;
    for (Unmatched u : result.unmatched()) {
      err.println(StatementsCommand.Validate.oneLine("line " + u.index() + ": " + u.reason() + " " + u.message()));
      invalid |= u.reason() == Unmatched.Reason.INVALID_STATEMENT;
    }
    err.flush();
    return invalid ? Main.INVALID_INPUT : Main.OK;
  }

  /** One learner's line: learner, status, percent, met and unmet parts, remaining. */
  static ObjectNode line(Learner learner, Completion completion, Locale locale) {
    ObjectNode node = JSON.createObjectNode();
    node.put("learner", learner.key());
    node.put("status", completion.status().name());
    node.put("percent", completion.percent());
    ArrayNode met = node.putArray("met");
    ArrayNode unmet = node.putArray("unmet");
    leaves(completion.explanation(), met, unmet, locale);
    node.put("remaining", completion.summary(locale));
    return node;
  }

  private static void leaves(Explanation e, ArrayNode met, ArrayNode unmet, Locale locale) {
    if (e.parts().isEmpty()) {
      (e.met() ? met : unmet).add(e.sentence(locale));
      return;
    }
    for (Explanation part : e.parts()) {
      leaves(part, met, unmet, locale);
    }
  }
}
