package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.framsteg.xapi.XapiVersion.V1_0_3;
import static org.framsteg.xapi.XapiVersion.V2_0;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.xapi.internal.json.Json;

/** Laws of reading, writing and validating, over generated statements of both versions. */
class StatementProperties {

  private static final StatementWriter WRITER = Xapi.writer();

  @Provide
  Arbitrary<Statement> v20() {
    return StatementArbitraries.valid(V2_0).statements();
  }

  @Provide
  Arbitrary<Statement> v103() {
    return StatementArbitraries.valid(V1_0_3).statements();
  }

  @Provide
  Arbitrary<Statement> faulty20() {
    return StatementArbitraries.faulty(V2_0).statements();
  }

  @Provide
  Arbitrary<Statement> faulty103() {
    return StatementArbitraries.faulty(V1_0_3).statements();
  }

  @Property(tries = 200)
  void xapi20StatementsReadBackEqualAfterWriting(@ForAll("v20") Statement s) {
    assertThat(Xapi.reader(V2_0).read(WRITER.write(s, V2_0))).isEqualTo(s);
  }

  @Property(tries = 200)
  void xapi103StatementsReadBackEqualAfterWriting(@ForAll("v103") Statement s) {
    assertThat(Xapi.reader(V1_0_3).read(WRITER.write(s, V1_0_3))).isEqualTo(s);
  }

  @Property(tries = 200)
  void writingIsDeterministicAndWritingWhatWasReadGivesTheSameBytes(@ForAll("v20") Statement s) {
    byte[] once = WRITER.write(s, V2_0);
    assertThat(WRITER.write(s, V2_0)).isEqualTo(once);
    assertThat(WRITER.write(Statement.builder().from(s).build(), V2_0)).isEqualTo(once);
    assertThat(WRITER.write(Xapi.reader(V2_0).read(once), V2_0)).isEqualTo(once);
  }

  @Property(tries = 200)
  void generatedValidStatementsHaveNoViolations(@ForAll("v20") Statement v20, @ForAll("v103") Statement v103) {
    assertThat(Xapi.validator(V2_0).validate(v20)).isEmpty();
    assertThat(Xapi.validator(V1_0_3).validate(v103)).isEmpty();
  }

  @Property(tries = 300)
  void readerAndValidatorFindTheSameViolationsInXapi20(@ForAll("faulty20") Statement s) {
    sameViolations(s, V2_0);
  }

  @Property(tries = 300)
  void readerAndValidatorFindTheSameViolationsInXapi103(@ForAll("faulty103") Statement s) {
    sameViolations(s, V1_0_3);
  }

  /** The rules applied while streaming and those applied to a built statement agree, path for path. */
  private static void sameViolations(Statement s, XapiVersion version) {
    List<Violation> judged = Xapi.validator(version).validate(s);
    byte[] json = Json.write(List.of(s), false);
    Throwable read = catchThrowable(() -> Xapi.reader(version).read(json));
    Throwable written = catchThrowable(() -> WRITER.write(s, version));
    if (judged.isEmpty()) {
      assertThat(read).isNull();
      assertThat(written).isNull();
    } else {
      assertThat(read).isInstanceOf(StatementValidationException.class);
      assertThat(((StatementValidationException) read).violations()).containsExactlyInAnyOrderElementsOf(judged);
      assertThat(written).isInstanceOf(StatementValidationException.class);
    }
  }

  @Property(tries = 150)
  void xapi103StatementsBecomeXapi20WithTheSamePointsInTimeOrAreRefusedForMissingOffsets(@ForAll("v103") Statement s) {
    boolean offsetMissing = timestamps(s).stream().anyMatch(t -> t.offset().isEmpty());
    Throwable t = catchThrowable(() -> WRITER.write(s, V2_0));
    if (offsetMissing) {
      assertThat(t).isInstanceOf(VersionConversionException.class);
      return;
    }
    assertThat(t).isNull();
    Statement converted = Xapi.reader(V2_0).read(WRITER.write(s, V2_0));
    assertThat(converted.xapiVersion()).isEqualTo(V2_0);
    assertThat(timestamps(converted)).allSatisfy(ts -> assertThat(ts.isRfc3339()).isTrue());
    assertThat(timestamps(converted).stream().map(XapiTimestamp::toInstant).toList())
        .isEqualTo(timestamps(s).stream().map(XapiTimestamp::toInstant).toList());
    Statement withoutTimes = withoutTimestamps(s);
    assertThat(withoutTimestamps(converted)).isEqualTo(Statement.builder().from(withoutTimes).xapiVersion(V2_0).build());
  }

  @Property(tries = 150)
  void xapi20StatementsAreWrittenAs103UnchangedOrRefusedForXapi20Data(@ForAll("v20") Statement s) {
    boolean xapi20Data = s.version().filter(v -> v.startsWith("2.")).isPresent()
        || contexts(s).stream().anyMatch(c -> !c.contextAgents().isEmpty() || !c.contextGroups().isEmpty());
    Throwable t = catchThrowable(() -> WRITER.write(s, V1_0_3));
    if (xapi20Data) {
      assertThat(t).isInstanceOf(VersionConversionException.class);
    } else {
      assertThat(t).isNull();
      assertThat(WRITER.write(s, V1_0_3)).isEqualTo(WRITER.write(s, V2_0));
    }
  }

  private static List<XapiTimestamp> timestamps(Statement s) {
    java.util.ArrayList<XapiTimestamp> list = new java.util.ArrayList<>();
    s.timestamp().ifPresent(list::add);
    s.stored().ifPresent(list::add);
    if (s.object() instanceof SubStatement sub) {
      sub.timestamp().ifPresent(list::add);
    }
    return list;
  }

  private static Statement withoutTimestamps(Statement s) {
    Statement.Builder b = Statement.builder().from(s).timestamp(Optional.empty()).stored(Optional.empty());
    if (s.object() instanceof SubStatement sub) {
      b.object(SubStatement.builder().from(sub).timestamp(Optional.empty()).build());
    }
    return b.build();
  }

  private static List<Context> contexts(Statement s) {
    java.util.ArrayList<Context> list = new java.util.ArrayList<>();
    s.context().ifPresent(list::add);
    if (s.object() instanceof SubStatement sub) {
      sub.context().ifPresent(list::add);
    }
    return list;
  }
}
