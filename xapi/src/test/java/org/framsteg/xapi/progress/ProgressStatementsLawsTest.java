package org.framsteg.xapi.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.core.testing.CourseArbitraries;
import org.framsteg.core.testing.CourseArbitraries.CourseWithEvents;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.Xapi;
import org.framsteg.xapi.XapiVersion;

/** Laws of the mapping between progress events and statements. */
class ProgressStatementsLawsTest {

  @Provide
  Arbitrary<CourseWithEvents> coursesWithEvents() {
    return CourseArbitraries.coursesWithEvents();
  }

  @Property(tries = 50)
  void eventsThroughJsonLinesGiveTheSameStateAndCompletion(@ForAll("coursesWithEvents") CourseWithEvents c) {
    for (XapiVersion version : XapiVersion.values()) {
      List<Statement> statements = ProgressStatements.of(c.course(), c.enrolment(), version).statements(c.events());
      ByteArrayOutputStream lines = new ByteArrayOutputStream();
      for (Statement s : statements) {
        lines.writeBytes(Xapi.writer().write(s, version));
        lines.write('\n');
      }
      IngestResult in = ProgressStatements.ingestJsonLines(c.course(),
          new ByteArrayInputStream(lines.toByteArray()), version);

      assertThat(in.unmatched()).isEmpty();
      ProgressState expected = c.folded();
      ProgressState actual = c.start().applyAll(in.events(c.enrolment().learner()));
      assertThat(actual).isEqualTo(expected);
      java.time.Instant now = c.enrolledAt().plus(CourseArbitraries.HORIZON);
      Completion want = expected.completion(now);
      Completion got = actual.completion(now);
      assertThat(got.status()).isEqualTo(want.status());
      assertThat(got.percent()).isEqualTo(want.percent());
    }
  }

  @Property(tries = 50)
  void eventsThroughAJsonArrayGiveTheSameEventsButForIds(@ForAll("coursesWithEvents") CourseWithEvents c) {
    List<Statement> statements =
        ProgressStatements.of(c.course(), c.enrolment(), XapiVersion.V2_0).statements(c.events());
    byte[] json = Xapi.writer().writeArray(statements, XapiVersion.V2_0);
    IngestResult in = ProgressStatements.ingestJsonArray(c.course(), json, XapiVersion.V2_0);
    // The generator's ids are UUIDs, which become the statement ids unchanged.
    assertThat(in.events(c.enrolment().learner())).containsExactlyElementsOf(c.events());
  }

  @Property(tries = 30)
  void theSameEventsGiveTheSameBytes(@ForAll("coursesWithEvents") CourseWithEvents c) {
    byte[] first = Xapi.writer().writeArray(
        ProgressStatements.of(c.course(), c.enrolment(), XapiVersion.V1_0_3).statements(c.events()),
        XapiVersion.V1_0_3);
    byte[] second = Xapi.writer().writeArray(
        ProgressStatements.of(c.course(), c.enrolment(), XapiVersion.V1_0_3).statements(c.events()),
        XapiVersion.V1_0_3);
    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 30)
  void everyStatementIsValidInBothVersions(@ForAll("coursesWithEvents") CourseWithEvents c) {
    for (XapiVersion version : XapiVersion.values()) {
      ProgressStatements p = ProgressStatements.of(c.course(), c.enrolment(), version);
      for (Statement s : p.statements(c.events())) {
        assertThat(Xapi.validator(version).validate(s)).as("%s", s).isEmpty();
      }
      for (Statement s : p.completionStatements(c.folded().completion(c.enrolledAt().plus(CourseArbitraries.HORIZON)))) {
        assertThat(Xapi.validator(version).validate(s)).as("%s", s).isEmpty();
      }
    }
  }
}
