package org.framsteg.xapi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framsteg.xapi.progress.ProgressVocabulary.*;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.course.Course;
import org.framsteg.core.learner.Enrolment;
import org.framsteg.core.learner.EnrolmentStatus;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.Segment;
import org.framsteg.core.testing.Events;
import org.framsteg.core.testing.TestCourses;
import org.framsteg.xapi.Activity;
import org.framsteg.xapi.Agent;
import org.framsteg.xapi.Ifi;
import org.framsteg.xapi.JsonValue;
import org.framsteg.xapi.Result;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.StatementRef;
import org.framsteg.xapi.Verb;
import org.framsteg.xapi.Xapi;
import org.framsteg.xapi.XapiTimestamp;
import org.framsteg.xapi.XapiVersion;
import org.framsteg.xapi.progress.Unmatched.Reason;
import org.junit.jupiter.api.Test;

class ProgressStatementsTest {
  static final Course COURSE = TestCourses.course(
      TestCourses.module("m1", TestCourses.video("film", Duration.ofMinutes(10)),
          TestCourses.podcast("pod", Duration.ofMinutes(30)), TestCourses.document("text")),
      TestCourses.module("m2", TestCourses.assessment("quiz", 20, 12)));
  static final Learner ANNA = Learner.mailbox("anna@example.org");
  static final Enrolment ENROLMENT = Enrolment.of(ANNA, COURSE.id(), TestCourses.ENROLLED);
  final ProgressStatements out = ProgressStatements.of(COURSE, ENROLMENT, XapiVersion.V2_0);
  final Events ev = new Events(TestCourses.ENROLLED).after(Duration.ofHours(1));

  private Statement roundTrip(ProgressEvent e) {
    Statement s = out.statement(e);
    assertThat(Xapi.validator(XapiVersion.V2_0).validate(s)).isEmpty();
    assertThat(Xapi.validator(XapiVersion.V1_0_3).validate(s)).isEmpty();
    IngestResult in = ProgressStatements.ingest(COURSE, List.of(s));
    assertThat(in.unmatched()).isEmpty();
    ProgressEvent back = in.events(ANNA).get(0);
    assertThat(back.id()).isEqualTo(s.id().orElseThrow().toString());
    assertThat(back.timestamp()).isEqualTo(e instanceof ProgressEvent.TimeSpent t ? t.end() : e.timestamp());
    return s;
  }

  private static Optional<JsonValue> resultExt(Statement s, String iri) {
    return s.result().orElseThrow().extensions().get(iri);
  }

  @Test
  void startedIsInitializedOnTheActivityWithModuleAsParentAndCourseAsGrouping() {
    Statement s = roundTrip(ev.started("film"));
    assertThat(s.verb().id()).isEqualTo(INITIALIZED);
    Activity object = (Activity) s.object();
    assertThat(object.id()).isEqualTo(TestCourses.id("film"));
    assertThat(object.definition().orElseThrow().type()).contains(TYPE_VIDEO);
    assertThat(object.definition().orElseThrow().name().get("sv")).contains("Avsnitt film");
    var ctx = s.context().orElseThrow();
    assertThat(ctx.registration()).contains(ProgressStatements.registration(ENROLMENT));
    assertThat(ctx.contextActivities().parent()).extracting(Activity::id).containsExactly(TestCourses.id("m1"));
    assertThat(ctx.contextActivities().grouping()).extracting(Activity::id).containsExactly(COURSE.id());
    assertThat(s.actor()).isEqualTo(Agent.of(Ifi.mbox("mailto:anna@example.org")));
  }

  @Test
  void playedIsPausedWithTimePlayedSegmentsLengthAndSessionId() {
    ProgressEvent.Played p = ev.played("film", 12.5, 70);
    Statement s = roundTrip(p);
    assertThat(s.verb().id()).isEqualTo(VIDEO_PAUSED);
    assertThat(resultExt(s, EXT_PLAYED_SEGMENTS)).contains(JsonValue.of("12.5[.]70"));
    assertThat(resultExt(s, EXT_TIME)).contains(JsonValue.of(new BigDecimal("70")));
    var ext = s.context().orElseThrow().extensions();
    assertThat(ext.get(EXT_LENGTH)).contains(JsonValue.of(new BigDecimal("600")));
    assertThat(ext.get(EXT_SESSION_ID)).contains(JsonValue.of(out.registration().toString()));
    ProgressEvent back = ProgressStatements.ingest(COURSE, List.of(s)).events(ANNA).get(0);
    assertThat(((ProgressEvent.Played) back).segment()).isEqualTo(p.segment());
  }

  @Test
  void podcastEpisodesUseTheSameVerbWithTheirOwnType() {
    Statement s = roundTrip(ev.played("pod", 0, 1.001));
    assertThat(((Activity) s.object()).definition().orElseThrow().type()).contains(TYPE_PODCAST_EPISODE);
    assertThat(resultExt(s, EXT_PLAYED_SEGMENTS)).contains(JsonValue.of("0[.]1.001"));
  }

  @Test
  void positionedIsSeekedWithTimeTo() {
    Statement s = roundTrip(ev.positioned("film", Duration.ofMillis(61_250)));
    assertThat(s.verb().id()).isEqualTo(VIDEO_SEEKED);
    assertThat(resultExt(s, EXT_TIME_TO)).contains(JsonValue.of(new BigDecimal("61.25")));
  }

  @Test
  void completedSetsResultCompletion() {
    Statement s = roundTrip(ev.completed("text"));
    assertThat(s.verb().id()).isEqualTo(COMPLETED);
    assertThat(s.result().orElseThrow().completion()).contains(true);
  }

  @Test
  void scoredWithAVerdictIsPassedOrFailedWithSuccessAndAttempt() {
    ProgressEvent.Scored passed = ev.scored("quiz", 2, 0.75, true);
    Statement s = roundTrip(passed);
    assertThat(s.verb().id()).isEqualTo(PASSED);
    assertThat(s.result().orElseThrow().success()).contains(true);
    assertThat(s.context().orElseThrow().extensions().get(EXT_ATTEMPT)).contains(JsonValue.of(2));
    assertThat(roundTrip(ev.scored("quiz", 1, 0.1, false)).verb().id()).isEqualTo(FAILED);
    ProgressEvent back = ProgressStatements.ingest(COURSE, List.of(s)).events(ANNA).get(0);
    assertThat(((ProgressEvent.Scored) back).score()).isEqualTo(passed.score());
    assertThat(((ProgressEvent.Scored) back).attempt()).isEqualTo(2);
  }

  @Test
  void scoredWithoutAVerdictIsScoredWithoutSuccess() {
    ProgressEvent.Scored raw = new ProgressEvent.Scored("x", ev.now(), TestCourses.id("quiz"), 1,
        org.framsteg.core.progress.Score.raw(13, 0, 20), Optional.empty());
    Statement s = roundTrip(raw);
    assertThat(s.verb().id()).isEqualTo(SCORED);
    assertThat(s.result().orElseThrow().success()).isEmpty();
    assertThat(s.result().orElseThrow().score().orElseThrow().raw()).contains(BigDecimal.valueOf(13.0));
  }

  @Test
  void timeSpentIsTerminatedWithDurationOnTheActivityOrTheCourse() {
    Statement inActivity = roundTrip(ev.spentIn("film", Duration.ofMinutes(7)));
    assertThat(inActivity.verb().id()).isEqualTo(TERMINATED);
    assertThat(inActivity.result().orElseThrow().duration().orElseThrow().toDuration()).contains(Duration.ofMinutes(7));
    ProgressEvent.TimeSpent course = ev.spent(Duration.ofSeconds(90));
    Statement s = roundTrip(course);
    assertThat(((Activity) s.object()).id()).isEqualTo(COURSE.id());
    ProgressEvent.TimeSpent back = (ProgressEvent.TimeSpent) ProgressStatements.ingest(COURSE, List.of(s))
        .events(ANNA).get(0);
    assertThat(back.activity()).isEmpty();
    assertThat(back.start()).isEqualTo(course.start());
    assertThat(back.end()).isEqualTo(course.end());
  }

  @Test
  void markedDoneIsWaivedWithWhoMarkedIt() {
    Statement s = roundTrip(ev.markedDone("text"));
    assertThat(s.verb().id()).isEqualTo(WAIVED);
    assertThat(resultExt(s, EXT_MARKED_BY)).contains(JsonValue.of("mailto:larare@example.org"));
    ProgressEvent back = ProgressStatements.ingest(COURSE, List.of(s)).events(ANNA).get(0);
    assertThat(((ProgressEvent.MarkedDone) back).by()).contains("mailto:larare@example.org");
  }

  @Test
  void enrolmentChangesHaveOneVerbPerStatus() {
    List<String> verbs = new ArrayList<>();
    for (EnrolmentStatus status : EnrolmentStatus.values()) {
      Statement s = roundTrip(ev.enrolment(status));
      assertThat(((Activity) s.object()).id()).isEqualTo(COURSE.id());
      ProgressEvent back = ProgressStatements.ingest(COURSE, List.of(s)).events(ANNA).get(0);
      assertThat(((ProgressEvent.EnrolmentChanged) back).status()).isEqualTo(status);
      verbs.add(s.verb().id());
    }
    assertThat(verbs).doesNotHaveDuplicates().contains(REGISTERED);
  }

  @Test
  void theSameEventAlwaysGivesTheSameStatementId() {
    ProgressEvent e = new ProgressEvent.Started("not-a-uuid", ev.now(), TestCourses.id("film"));
    assertThat(out.statement(e).id()).isEqualTo(out.statement(e).id());
    String uuid = UUID.randomUUID().toString();
    assertThat(out.statement(new ProgressEvent.Started(uuid, ev.now(), TestCourses.id("film"))).id())
        .contains(UUID.fromString(uuid));
  }

  @Test
  void theRegistrationIsDerivedFromLearnerCourseAndEnrolmentInstant() {
    assertThat(ProgressStatements.registration(ENROLMENT))
        .isEqualTo(ProgressStatements.registration(Enrolment.of(ANNA, COURSE.id(), TestCourses.ENROLLED)))
        .isNotEqualTo(ProgressStatements.registration(Enrolment.of(ANNA, COURSE.id(),
            TestCourses.ENROLLED.plusMillis(1))));
  }

  @Test
  void anActivityIdThatIsNotAnIriIsRefused() {
    Course c = TestCourses.courseOf(Optional.empty(), org.framsteg.core.course.Activity.builder().from(
        TestCourses.document("x")).id("just-a-name").build());
    assertThatThrownBy(() -> ProgressStatements.of(c, ANNA, UUID.randomUUID(), XapiVersion.V2_0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("just-a-name")
        .hasMessageContaining("absolute IRI");
  }

  // ---- voiding ----

  private static Statement voiding(UUID target) {
    return Statement.builder().id(UUID.randomUUID()).actor(Agent.of(Ifi.mbox("mailto:lrs@example.org")))
        .verb(Verb.of(Verb.VOIDED)).object(new StatementRef(target)).timestamp(XapiTimestamp.of(Instant.now()))
        .build();
  }

  @Test
  void aVoidedStatementGivesNoEventWhetherTheVoidingComesBeforeOrAfter() {
    Statement kept = out.statement(ev.started("film"));
    Statement gone = out.statement(ev.completed("film"));
    Statement v = voiding(gone.id().orElseThrow());
    for (List<Statement> order : List.of(List.of(kept, gone, v), List.of(v, kept, gone))) {
      IngestResult in = ProgressStatements.ingest(COURSE, order);
      assertThat(in.events(ANNA)).extracting(ProgressEvent::id).containsExactly(kept.id().orElseThrow().toString());
      assertThat(in.unmatched()).extracting(Unmatched::reason).containsExactlyInAnyOrder(Reason.VOIDED, Reason.VOIDING);
      assertThat(in.problems()).isEmpty();
    }
  }

  // ---- unmatched ----

  private static Unmatched only(Statement s) {
    IngestResult in = ProgressStatements.ingest(COURSE, List.of(s));
    assertThat(in.events()).isEmpty();
    assertThat(in.unmatched()).hasSize(1);
    return in.unmatched().get(0);
  }

  @Test
  void anUnknownActivityIsReported() {
    Statement s = Statement.builder().from(out.statement(ev.started("film")))
        .object(Activity.of("https://example.org/elsewhere")).build();
    Unmatched u = only(s);
    assertThat(u.reason()).isEqualTo(Reason.UNKNOWN_ACTIVITY);
    assertThat(u.statementId()).isEqualTo(s.id());
    assertThat(u.message()).contains("https://example.org/elsewhere");
  }

  @Test
  void anUnknownVerbIsReported() {
    Statement s = Statement.builder().from(out.statement(ev.started("film")))
        .verb(Verb.of("http://adlnet.gov/expapi/verbs/experienced")).build();
    assertThat(only(s).reason()).isEqualTo(Reason.UNKNOWN_VERB);
  }

  @Test
  void aPausedStatementWithoutPlayedSegmentsIsReported() {
    Statement s = Statement.builder().from(out.statement(ev.played("film", 1, 2)))
        .result(Result.builder().build()).build();
    Unmatched u = only(s);
    assertThat(u.reason()).isEqualTo(Reason.MISSING_EXTENSION);
    assertThat(u.message()).contains(EXT_PLAYED_SEGMENTS);
  }

  @Test
  void malformedPlayedSegmentsAreReported() {
    Statement s = Statement.builder().from(out.statement(ev.played("film", 1, 2)))
        .result(Result.builder().extensions(org.framsteg.xapi.Extensions.empty()
            .with(EXT_PLAYED_SEGMENTS, "5[.]2")).build()).build();
    assertThat(only(s).reason()).isEqualTo(Reason.MALFORMED_VALUE);
  }

  @Test
  void severalPlayedSegmentsGiveOneEventEach() {
    Statement s = Statement.builder().from(out.statement(ev.played("film", 1, 2)))
        .result(Result.builder().extensions(org.framsteg.xapi.Extensions.empty()
            .with(EXT_PLAYED_SEGMENTS, "0[.]5[,]10[.]12.5")).build()).build();
    List<ProgressEvent> events = ProgressStatements.ingest(COURSE, List.of(s)).events(ANNA);
    assertThat(events).extracting(e -> ((ProgressEvent.Played) e).segment())
        .containsExactly(Segment.ofSeconds(0, 5), Segment.ofSeconds(10, 12.5));
    assertThat(events).extracting(ProgressEvent::id).doesNotHaveDuplicates();
  }

  @Test
  void aScoreVerbWithoutAScoreIsReported() {
    Statement s = Statement.builder().from(out.statement(ev.scored("quiz", 1, 0.5)))
        .result(Result.builder().build()).build();
    assertThat(only(s).reason()).isEqualTo(Reason.MISSING_RESULT);
  }

  @Test
  void aStatementWithoutIdOrTimestampIsReported() {
    Statement base = out.statement(ev.started("film"));
    assertThat(only(Statement.builder().from(base).id(Optional.empty()).build()).reason())
        .isEqualTo(Reason.MISSING_ID);
    assertThat(only(Statement.builder().from(base).timestamp(Optional.empty()).build()).reason())
        .isEqualTo(Reason.MISSING_TIMESTAMP);
  }

  @Test
  void anActorWithoutMboxOrAccountIsReported() {
    Statement s = Statement.builder().from(out.statement(ev.started("film")))
        .actor(Agent.of(Ifi.openId("https://openid.example.org/anna"))).build();
    assertThat(only(s).reason()).isEqualTo(Reason.UNKNOWN_ACTOR);
  }

  @Test
  void anInvalidJsonLineIsReportedWithItsLineNumberAndTheRestIsRead() {
    String good = Xapi.writer().writeString(out.statement(ev.started("film")), XapiVersion.V2_0);
    byte[] lines = ("{\"not\": \"a statement\"}\n" + good + "\n").getBytes(StandardCharsets.UTF_8);
    IngestResult in = ProgressStatements.ingestJsonLines(COURSE, new ByteArrayInputStream(lines), XapiVersion.V2_0);
    assertThat(in.events(ANNA)).hasSize(1);
    assertThat(in.unmatched()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(Reason.INVALID_STATEMENT);
      assertThat(u.index()).isEqualTo(1);
    });
  }

  @Test
  void learnersAreKeyedByIdentifierNotName() {
    Learner named = Learner.builder().mbox("mailto:anna@example.org").name("Anna").build();
    Statement s = ProgressStatements.of(COURSE, named, UUID.randomUUID(), XapiVersion.V2_0)
        .statement(ev.started("film"));
    assertThat(s.actor().name()).contains("Anna");
    IngestResult in = ProgressStatements.ingest(COURSE, List.of(s));
    assertThat(in.events(named)).hasSize(1);
    assertThat(in.events(ANNA)).hasSize(1);
  }

  // ---- course and module completion ----

  @Test
  void aCompletedCourseGivesCompletedAndSatisfiedStatementsThatIngestReportsAsInformational() {
    var engine = org.framsteg.core.CourseEngine.of(COURSE);
    List<ProgressEvent> events = List.of(ev.completed("film"), ev.completed("pod"), ev.completed("text"),
        ev.scored("quiz", 1, 0.9, true), ev.completed("quiz"));
    Completion c = engine.start(ENROLMENT).applyAll(events).completion(ev.now());
    assertThat(c.status()).isEqualTo(CompletionStatus.COMPLETED);
    List<Statement> statements = out.completionStatements(c);
    assertThat(statements).extracting(s -> ((Activity) s.object()).id() + " " + s.verb().id())
        .contains(COURSE.id() + " " + COMPLETED, COURSE.id() + " " + SATISFIED,
            TestCourses.id("m1") + " " + SATISFIED, TestCourses.id("m2") + " " + SATISFIED);
    for (Statement s : statements) {
      assertThat(Xapi.validator(XapiVersion.V1_0_3).validate(s)).isEmpty();
    }
    IngestResult in = ProgressStatements.ingest(COURSE, statements);
    assertThat(in.events()).isEmpty();
    assertThat(in.unmatched()).hasSize(statements.size())
        .allSatisfy(u -> assertThat(u.reason()).isEqualTo(Reason.COURSE_OR_MODULE));
  }

  @Test
  void anUnfinishedCourseGivesNoCourseCompletionStatement() {
    var engine = org.framsteg.core.CourseEngine.of(COURSE);
    Completion c = engine.start(ENROLMENT).apply(ev.completed("film")).completion(ev.now());
    assertThat(out.completionStatements(c)).noneMatch(s -> ((Activity) s.object()).id().equals(COURSE.id()));
  }
}
