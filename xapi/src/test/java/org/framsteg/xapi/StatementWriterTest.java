package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.framsteg.xapi.Fixtures.MINIMAL;
import static org.framsteg.xapi.Fixtures.set;
import static org.framsteg.xapi.XapiVersion.V1_0_3;
import static org.framsteg.xapi.XapiVersion.V2_0;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The writer's one fixed form, its exactness, and conversion between xAPI versions. */
class StatementWriterTest {

  private static final StatementWriter WRITER = Xapi.writer();

  private static Statement.Builder base() {
    return Statement.builder()
        .actor(Agent.builder().name("Anna").ifi(Ifi.mbox("mailto:anna@example.com")).build())
        .verb(Verb.of("http://adlnet.gov/expapi/verbs/completed", LanguageMap.of("en-US", "completed")))
        .object(Activity.of("https://example.com/activities/course-1"));
  }

  @Test
  void propertiesAreWrittenInTheSpecificationsOrderWithObjectTypeFirstAndNoWhitespace() {
    Statement s = base()
        .id(UUID.fromString("fd41c918-b88b-4b20-a0a5-a4c32391aaa0"))
        .result(Result.builder().completion(true).score(Score.builder().scaled(new BigDecimal("0.95")).build()).build())
        .timestamp(XapiTimestamp.parse("2015-11-18T12:17:00+00:00"))
        .version("1.0.0")
        .build();
    assertThat(WRITER.writeString(s, V2_0)).isEqualTo(
        "{\"id\":\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\","
            + "\"actor\":{\"objectType\":\"Agent\",\"name\":\"Anna\",\"mbox\":\"mailto:anna@example.com\"},"
            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\",\"display\":{\"en-US\":\"completed\"}},"
            + "\"object\":{\"objectType\":\"Activity\",\"id\":\"https://example.com/activities/course-1\"},"
            + "\"result\":{\"score\":{\"scaled\":0.95},\"completion\":true},"
            + "\"timestamp\":\"2015-11-18T12:17:00+00:00\",\"version\":\"1.0.0\"}");
  }

  @Test
  void equalStatementsAreWrittenAsEqualBytesWhateverOrderTheirMapsWereFilledIn() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("sv", "slutförde");
    a.put("en-US", "completed");
    Map<String, String> b = new LinkedHashMap<>();
    b.put("en-US", "completed");
    b.put("sv", "slutförde");
    Statement first = base().verb(Verb.of("http://adlnet.gov/expapi/verbs/completed", LanguageMap.of(a)))
        .result(Result.builder().extensions(Extensions.empty().with("http://x.example/b", "2").with("http://x.example/a", "1")).build())
        .build();
    Statement second = base().verb(Verb.of("http://adlnet.gov/expapi/verbs/completed", LanguageMap.of(b)))
        .result(Result.builder().extensions(Extensions.empty().with("http://x.example/a", "1").with("http://x.example/b", "2")).build())
        .build();
    assertThat(first).isEqualTo(second);
    assertThat(WRITER.write(first, V2_0)).isEqualTo(WRITER.write(second, V2_0));
    assertThat(WRITER.writeString(first, V2_0)).contains("{\"en-US\":\"completed\",\"sv\":\"slutförde\"}");
  }

  @Test
  void extensionNumbersRoundTripDigitForDigit() {
    String json = MINIMAL.replace("\"object\"",
        "\"result\": {\"extensions\": {\"http://example.com/n\": [1.000000000000000000001, 12345678901234567890123,"
            + " -0.0, 1E+400, 2.50]}}, \"object\"");
    Statement s = Xapi.reader(V2_0).read(json);
    String written = WRITER.writeString(s, V2_0);
    assertThat(written).contains("[1.000000000000000000001,12345678901234567890123,-0.0,1E+400,2.50]");
    assertThat(s.result().orElseThrow().extensions().get("http://example.com/n").orElseThrow())
        .isEqualTo(JsonValue.array(List.of(JsonValue.number("1.000000000000000000001"),
            JsonValue.number("12345678901234567890123"), JsonValue.number("-0.0"), JsonValue.number("1E+400"),
            JsonValue.number("2.50"))));
  }

  @Test
  void extensionObjectsKeepTheirMemberOrder() {
    String json = set(MINIMAL, "/result/extensions/http:~1~1example.com~1room", "{\"name\": \"Kilby\", \"id\": 7}");
    assertThat(WRITER.writeString(Xapi.reader(V2_0).read(json), V2_0)).contains("{\"name\":\"Kilby\",\"id\":7}");
  }

  @Test
  void scoresKeepEveryDigitGiven() {
    String json = set(MINIMAL, "/result/score", "{\"raw\": 0}").replace("\"raw\":0", "\"raw\":12.345678901234567890123");
    assertThat(WRITER.writeString(Xapi.reader(V2_0).read(json), V2_0)).contains("\"raw\":12.345678901234567890123");
  }

  @Test
  void textIsWrittenAsUtf8WithoutEscapingSlashesOrNonAsciiCharacters() {
    Statement s = base().verb(Verb.of("http://example.com/فعل/خواندن", LanguageMap.of("ja", "読んだ 📖"))).build();
    byte[] out = WRITER.write(s, V2_0);
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(text).contains("\"id\":\"http://example.com/فعل/خواندن\"", "\"ja\":\"読んだ 📖\"");
    assertThat(Xapi.reader(V2_0).read(out)).isEqualTo(s);
  }

  @Test
  void anInvalidStatementIsNotWritten() {
    Statement s = base().actor(Agent.of(Ifi.mbox("anna@example.com"))).build();
    StatementValidationException e = catchThrowableOfType(() -> WRITER.write(s, V2_0), StatementValidationException.class);
    assertThat(e.violations()).extracting(Violation::path).containsExactly("$.actor.mbox");
  }

  @Test
  void xapi20OnlyDataIsNotWrittenAsXapi103() {
    Statement s = base()
        .context(Context.builder()
            .addContextAgents(ContextAgent.builder().agent(Agent.of(Ifi.mbox("mailto:coach@example.com"))).build())
            .addContextGroups(ContextGroup.builder().group(Group.builder().ifi(Ifi.mbox("mailto:t@example.com")).build()).build())
            .build())
        .version("2.0.0")
        .build();
    assertThat(WRITER.writeString(s, V2_0)).contains("\"contextAgents\":[{\"objectType\":\"contextAgent\",\"agent\":");
    VersionConversionException e = catchThrowableOfType(() -> WRITER.write(s, V1_0_3), VersionConversionException.class);
    assertThat(e.from()).isEqualTo(V2_0);
    assertThat(e.to()).isEqualTo(V1_0_3);
    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly("$.context.contextAgents", "$.context.contextGroups", "$.version");
  }

  @Test
  void xapi20StatementsWithoutXapi20DataAreWrittenAsXapi103Unchanged() {
    Statement s = base().version("1.0.0").build();
    byte[] asNew = WRITER.write(s, V2_0);
    byte[] asOld = WRITER.write(s, V1_0_3);
    assertThat(asOld).isEqualTo(asNew);
    assertThat(Xapi.reader(V1_0_3).read(asOld).xapiVersion()).isEqualTo(V1_0_3);
  }

  @Test
  void xapi103TimestampsAreRewrittenInRfc3339FormForXapi20KeepingOffsetAndPrecision() {
    String json = set(set(MINIMAL, "/timestamp", "\"20151118T121700,123456789012+0530\""), "/stored", "\"2015-11-18T12:17Z\"");
    Statement old = Xapi.reader(V1_0_3).read(json);
    String written = WRITER.writeString(old, V2_0);
    assertThat(written)
        .contains("\"timestamp\":\"2015-11-18T12:17:00.123456789012+05:30\"", "\"stored\":\"2015-11-18T12:17:00Z\"");
    Statement again = Xapi.reader(V2_0).read(written);
    assertThat(again.timestamp().flatMap(XapiTimestamp::toInstant)).isEqualTo(old.timestamp().flatMap(XapiTimestamp::toInstant));
    assertThat(WRITER.writeString(old, V1_0_3)).contains("\"timestamp\":\"20151118T121700,123456789012+0530\"");
  }

  @Test
  void xapi103TimestampsWithoutOffsetCannotBeWrittenAsXapi20() {
    Statement old = Xapi.reader(V1_0_3).read(set(MINIMAL, "/timestamp", "\"2015-11-18T12:17:00\""));
    VersionConversionException e = catchThrowableOfType(() -> WRITER.write(old, V2_0), VersionConversionException.class);
    assertThat(e.violations()).extracting(Violation::path).containsExactly("$.timestamp");
  }

  @Test
  void subStatementTimestampsAreConvertedToo() {
    String sub = Fixtures.resource("spec-examples/object-appendix-b-substatement-with-statement-ref.json");
    Statement old = Xapi.reader(V1_0_3).read(set(MINIMAL, "/object", set(sub, "/timestamp", "\"20300101T000000Z\"")));
    assertThat(WRITER.writeString(old, V2_0)).contains("\"timestamp\":\"2030-01-01T00:00:00Z\"");
  }

  @Test
  void arraysOfStatementsAreWrittenAndValidatedWithIndexedPaths() {
    Statement good = base().build();
    Statement bad = base().actor(Agent.of(Ifi.openId("no scheme"))).build();
    byte[] array = WRITER.writeArray(List.of(good, good), V2_0);
    assertThat(Xapi.reader(V2_0).readArray(array)).containsExactly(good, good);
    StatementValidationException e =
        catchThrowableOfType(() -> WRITER.writeArray(List.of(good, bad), V2_0), StatementValidationException.class);
    assertThat(e.violations()).extracting(Violation::path).containsExactly("$[1].actor.openid");
  }

  @Test
  void everyKindOfObjectAndActorIsWrittenAndReadBack() {
    Agent coach = Agent.of(new Account("https://lms.example.com", "42"));
    Group team = Group.builder().name("Team").addMembers(coach, Agent.of(Ifi.mboxSha1Sum("ebd31e95054c018b10727ccffd2ef2ec3a016ee9"))).build();
    SubStatement plan = SubStatement.builder().actor(team).verb(Verb.of("http://example.com/planned"))
        .object(new StatementRef(UUID.fromString("9e13cefd-53d3-4eac-b5ed-2cf6693903bb")))
        .timestamp(XapiTimestamp.of(OffsetDateTime.of(2030, 1, 2, 3, 4, 5, 600_000_000, ZoneOffset.ofHours(-5))))
        .build();
    Statement s = base()
        .object(plan)
        .authority(Group.builder().addMembers(coach, Agent.of(Ifi.openId("http://openid.example.org/x"))).build())
        .result(Result.builder().response("yes").duration(XapiDuration.of(Duration.ofMinutes(90))).success(false).build())
        .context(Context.builder().instructor(coach).team(team).language("sv-SE")
            .statement(new StatementRef(UUID.fromString("e05aa883-acaf-40ad-bf54-02c8ce485fb0"))).build())
        .addAttachments(Attachment.builder().usageType("https://example.com/usage/certificate")
            .display(LanguageMap.of("en", "Certificate")).contentType("application/pdf").length(4235)
            .sha2("672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634")
            .fileUrl("https://example.com/certificates/42.pdf").build())
        .build();
    for (XapiVersion v : XapiVersion.values()) {
      Statement built = Statement.builder().from(s).xapiVersion(v).build();
      byte[] out = WRITER.write(built, v);
      assertThat(Xapi.reader(v).read(out)).isEqualTo(built);
    }
    assertThat(WRITER.writeString(s, V2_0))
        .contains("\"timestamp\":\"2030-01-02T03:04:05.6-05:00\"", "\"duration\":\"PT1H30M\"",
            "\"member\":[{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lms.example.com\",\"name\":\"42\"}}");
  }
}
