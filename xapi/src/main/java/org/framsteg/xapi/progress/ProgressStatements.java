package org.framsteg.xapi.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.completion.Explanation;
import org.framsteg.core.course.Course;
import org.framsteg.core.learner.Enrolment;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.StatementLine;
import org.framsteg.xapi.Xapi;
import org.framsteg.xapi.XapiException;
import org.framsteg.xapi.XapiVersion;
import org.framsteg.xapi.internal.progress.StatementBuilder;
import org.framsteg.xapi.internal.progress.StatementInterpreter;

/**
 * Framsteg progress as xAPI statements, and back: the statements of one learner's events in a
 * course, and the events of any number of learners in statements.
 *
 * <pre>{@code
 * List<Statement> out = ProgressStatements.of(course, enrolment, XapiVersion.V2_0).statements(events);
 * IngestResult in = ProgressStatements.ingest(course, out);
 * }</pre>
 *
 * <p>Events map to verbs as follows (IRIs in {@link ProgressVocabulary}):
 *
 * <ul>
 *   <li>{@code Started}: {@code initialized};
 *   <li>{@code Played}: video profile {@code paused}, with {@code result.extensions} {@code time} (the
 *       segment's end), {@code played-segments} ({@code from[.]to}, seconds) and {@code progress},
 *       and {@code context.extensions} {@code length} (the medium's duration) and {@code session-id}
 *       (the registration). Audio and podcast episodes use the same verbs and extensions, with their
 *       own activity types;
 *   <li>{@code Positioned}: {@code seeked} with {@code time-to};
 *   <li>{@code Completed}: {@code completed}, {@code result.completion} true;
 *   <li>{@code Scored}: {@code passed} / {@code failed} (with {@code result.success}) when the event
 *       has a verdict, else {@code scored}; {@code result.score} has scaled, raw, min and max as
 *       given; the attempt is the context extension {@link ProgressVocabulary#EXT_ATTEMPT};
 *   <li>{@code TimeSpent}: {@code terminated} on the activity, or on the course when the session has
 *       none, with {@code result.duration}; the timestamp is the session's end;
 *   <li>{@code MarkedDone}: cmi5 {@code waived}, {@code by} in {@link ProgressVocabulary#EXT_MARKED_BY};
 *   <li>{@code EnrolmentChanged}: {@code registered} for {@code ACTIVE}, {@code urn:framsteg:verb:...}
 *       for the others, on the course.
 * </ul>
 *
 * <p>The object is the activity (its Framsteg id, which must be an absolute IRI, its title as the
 * name and its media kind as the type); {@code context.contextActivities.parent} is its module and
 * {@code grouping} the course. Statement ids are deterministic: an event id that is a UUID is used
 * as it is, any other id gives a name-based UUID, so the same event always gives the same statement.
 * Ingesting gives events whose ids are the statement ids.
 *
 * @see <a href="https://w3id.org/xapi/video">xAPI Video Profile</a>
 * @see <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#verbs">cmi5 §9.3
 *     Verbs</a>
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#246-context">xAPI-Data
 *     2.4.6 Context</a>
 */
public final class ProgressStatements {
  private final StatementBuilder builder;
  private final Course course;

  private ProgressStatements(Course course, Learner learner, UUID registration, XapiVersion version) {
    this.course = course;
    this.builder = new StatementBuilder(course, learner, registration, version);
  }

  /**
   * Statements of {@code learner} in {@code course} under {@code registration}.
   *
   * @throws IllegalArgumentException when an id of the course, a module or an activity is not an
   *     absolute IRI, which an xAPI Activity id must be
   */
  public static ProgressStatements of(Course course, Learner learner, UUID registration, XapiVersion version) {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(version, "version");
    return new ProgressStatements(course, learner, registration, version);
  }

  /** Statements of the enrolment's learner, with the registration {@link #registration(Enrolment)}. */
  public static ProgressStatements of(Course course, Enrolment enrolment, XapiVersion version) {
    return of(course, enrolment.learner(), registration(enrolment), version);
  }

  /**
   * The registration of an enrolment: a name-based UUID of the learner's key, the course id and
   * the enrolment instant, so that the same enrolment always has the same registration.
   */
  public static UUID registration(Enrolment enrolment) {
    String name = "urn:framsteg:registration:" + enrolment.learner().key() + "|" + enrolment.courseId() + "|"
        + enrolment.enrolledAt();
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** The registration of every statement. */
  public UUID registration() {
    return builder.registration();
  }

  /**
   * The statement of one event.
   *
   * @throws IllegalArgumentException when the event names an activity not in the course
   */
  public Statement statement(ProgressEvent event) {
    return builder.statement(Objects.requireNonNull(event, "event"));
  }

  /** The statements of the events, in order. */
  public List<Statement> statements(Iterable<? extends ProgressEvent> events) {
    List<Statement> out = new ArrayList<>();
    for (ProgressEvent e : events) {
      out.add(statement(e));
    }
    return out;
  }

  /**
   * Statements of what a completion says is met, cmi5 style: {@code completed} and {@code
   * satisfied} on the course when it is completed, {@code satisfied} on each module whose rule is
   * met in the explanation. Their timestamp is {@link Completion#at()}, their ids name-based on the
   * registration, subject and verb. These are reported, not turned into events, by {@link #ingest}.
   */
  public List<Statement> completionStatements(Completion completion) {
    Instant at = completion.at();
    List<Statement> out = new ArrayList<>();
    Set<String> modules = new LinkedHashSet<>();
    collectModules(completion.explanation(), modules);
    for (String m : modules) {
      out.add(builder.about(m, ProgressVocabulary.SATISFIED, at));
    }
    if (completion.status() == CompletionStatus.COMPLETED) {
      out.add(builder.about(course.id(), ProgressVocabulary.COMPLETED, at));
      out.add(builder.about(course.id(), ProgressVocabulary.SATISFIED, at));
    }
    return out;
  }

  private static void collectModules(Explanation e, Set<String> out) {
    if (e.met() && e.rule() instanceof CompletionRule.ModuleCompleted m) {
      out.add(m.moduleId());
    }
    for (Explanation p : e.parts()) {
      collectModules(p, out);
    }
  }

  /**
   * The events in {@code statements}, per learner, and a report of every statement that gave none.
   * Voiding statements remove the voided statement's events whatever the order.
   */
  public static IngestResult ingest(Course course, Iterable<Statement> statements) {
    List<StatementInterpreter.Input> inputs = new ArrayList<>();
    long i = 0;
    for (Statement s : statements) {
      inputs.add(new StatementInterpreter.Input(i++, Objects.requireNonNull(s, "statement"), null));
    }
    return new StatementInterpreter(Objects.requireNonNull(course, "course")).interpret(inputs);
  }

  /** Like {@link #ingest(Course, Iterable)}, from a stream. */
  public static IngestResult ingest(Course course, Stream<Statement> statements) {
    return ingest(course, (Iterable<Statement>) statements::iterator);
  }

  /**
   * The events in JSON Lines of statements; a line that is not a valid statement is reported as
   * {@link Unmatched.Reason#INVALID_STATEMENT} with its line number, and the rest is still read.
   */
  public static IngestResult ingestJsonLines(Course course, InputStream jsonLines, XapiVersion version) {
    List<StatementInterpreter.Input> inputs = new ArrayList<>();
    try (Stream<StatementLine> lines = Xapi.reader(version).readLines(jsonLines)) {
      lines.forEach(l -> {
        if (l instanceof StatementLine.Valid v) {
          inputs.add(new StatementInterpreter.Input(v.lineNumber(), v.statement(), null));
        } else {
          StatementLine.Invalid bad = (StatementLine.Invalid) l;
          inputs.add(new StatementInterpreter.Input(bad.lineNumber(), null, bad.error().getMessage()));
        }
      });
    }
    return new StatementInterpreter(course).interpret(inputs);
  }

  /**
   * The events in a JSON array of statements.
   *
   * @throws XapiException when the document is not a valid array of statements
   */
  public static IngestResult ingestJsonArray(Course course, byte[] json, XapiVersion version) {
    return ingest(course, Xapi.reader(version).readArray(json));
  }

  /** The events in a JSON array of statements read from {@code json}. */
  public static IngestResult ingestJsonArray(Course course, InputStream json, XapiVersion version) {
    try (InputStream in = json) {
      return ingest(course, Xapi.reader(version).readArray(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A learner as ingesting keys it: its identifier, without its name. */
  static Learner identity(Learner learner) {
    return learner.mbox().map(m -> Learner.builder().mbox(m).build())
        .orElseGet(() -> Learner.account(learner.accountHomePage().orElseThrow(), learner.accountName().orElseThrow()));
  }
}
