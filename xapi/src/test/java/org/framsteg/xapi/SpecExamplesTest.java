package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.xapi.Fixtures.MINIMAL;
import static org.framsteg.xapi.Fixtures.resource;
import static org.framsteg.xapi.Fixtures.set;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The example statements of the xAPI specification's text are valid input and survive a round trip. */
class SpecExamplesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "statement-2.3.2-voiding.json",
        "statement-2.4-simplest.json",
        "statement-2.4.4.3-statement-ref-comment.json",
        "statement-2.4.4.3-substatement-planned-visit.json",
        "statement-appendix-a-simple.json",
        "statement-appendix-a-completion-duration-in-seconds.json",
        "statement-appendix-a-long-group-actor-all-properties.json",
        "statement-appendix-d-signed-original.json",
        "statement-appendix-d-signed-with-signature-attachment.json"
      })
  void specExampleStatementsAreValidInBothVersionsAndRoundTrip(String file) {
    String json = resource("spec-examples/" + file);
    for (XapiVersion version : XapiVersion.values()) {
      Statement read = Xapi.reader(version).read(json);
      assertThat(read.xapiVersion()).isEqualTo(version);
      byte[] written = Xapi.writer().write(read, version);
      Statement again = Xapi.reader(version).read(written);
      assertThat(again).isEqualTo(read);
      assertThat(Xapi.writer().write(again, version)).isEqualTo(written);
      assertThat(Xapi.validator(version).validate(read)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "object-appendix-b-activity.json",
        "object-appendix-b-agent.json",
        "object-appendix-b-identified-group-with-members.json",
        "object-appendix-b-substatement-with-statement-ref.json"
      })
  void specExampleObjectsAreValidStatementObjects(String file) {
    String json = set(MINIMAL, "/object", resource("spec-examples/" + file));
    Statement s = Fixtures.valid(XapiVersion.V2_0, json);
    Fixtures.valid(XapiVersion.V1_0_3, json);
    String expectedType = file.contains("activity") ? "Activity"
        : file.contains("agent") ? "Agent"
        : file.contains("group") ? "Group" : "SubStatement";
    assertThat(s.object().objectType()).isEqualTo(expectedType);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(InteractionType.class)
  void specExampleInteractionDefinitionsAreValid(InteractionType type) {
    String definition = resource("spec-examples/definition-appendix-c-" + type.json() + ".json");
    String json = set(MINIMAL, "/object/definition", definition);
    Statement s = Fixtures.valid(XapiVersion.V2_0, json);
    ActivityDefinition d = ((Activity) s.object()).definition().orElseThrow();
    assertThat(d.interactionType()).contains(type);
    assertThat(d.type()).contains("http://adlnet.gov/expapi/activities/cmi.interaction");
    assertThat(d.correctResponsesPattern()).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"agent-2.4.2.4-account.json"})
  void specExampleAccountAgentIsAValidActor(String file) {
    Statement s = Fixtures.valid(XapiVersion.V2_0, set(MINIMAL, "/actor", resource("spec-examples/" + file)));
    assertThat(((Agent) s.actor()).ifi()).isEqualTo(new Account("http://www.example.com", "1625378"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"context-activities-2.4.6.2.json"})
  void specExampleContextActivitiesAreRead(String file) {
    String json = set(MINIMAL, "/context/contextActivities", resource("spec-examples/" + file));
    Context c = Fixtures.valid(XapiVersion.V2_0, json).context().orElseThrow();
    assertThat(c.contextActivities().parent())
        .containsExactly(Activity.of("http://example.adlnet.gov/xapi/example/test1"));
    assertThat(c.contextActivities().grouping())
        .containsExactly(Activity.of("http://example.adlnet.gov/xapi/example/Algebra1"));
  }

  @org.junit.jupiter.api.Test
  void longExampleIsReadIntoTheModelFaithfully() {
    Statement s = Fixtures.valid(
        XapiVersion.V2_0, resource("spec-examples/statement-appendix-a-long-group-actor-all-properties.json"));
    assertThat(s.id()).contains(UUID.fromString("6690e6c9-3ef0-4ed3-8b37-7f3964730bee"));
    Group team = (Group) s.actor();
    assertThat(team.ifi()).contains(Ifi.mbox("mailto:teampb@example.com"));
    assertThat(team.members()).extracting(Agent::ifi)
        .containsExactly(
            new Account("http://www.example.com", "13936749"),
            Ifi.openId("http://toby.openid.example.org/"),
            Ifi.mboxSha1Sum("ebd31e95054c018b10727ccffd2ef2ec3a016ee9"));
    assertThat(s.verb().display().asMap()).containsEntry("en-GB", "attended").containsEntry("en-US", "attended");
    Result r = s.result().orElseThrow();
    assertThat(r.duration().flatMap(XapiDuration::toDuration)).contains(Duration.ofHours(1));
    assertThat(r.extensions().get("http://example.com/profiles/meetings/resultextensions/minuteslocation"))
        .contains(JsonValue.of("X:\\meetings\\minutes\\examplemeeting.one"));
    Context c = s.context().orElseThrow();
    assertThat(c.language()).contains("tlh");
    assertThat(c.team().orElseThrow().ifi()).contains(Ifi.mbox("mailto:teampb@example.com"));
    assertThat(c.contextActivities().other()).hasSize(2);
    assertThat(s.timestamp().flatMap(XapiTimestamp::toInstant))
        .contains(Instant.parse("2013-05-18T05:32:34.804Z"));
    assertThat(s.version()).contains("1.0.0");
    assertThat(s.authority()).containsInstanceOf(Agent.class);
    assertThat(((Activity) s.object()).definition().orElseThrow().extensions()
            .get("http://example.com/profiles/meetings/activitydefinitionextensions/room"))
        .contains(room());
  }

  /** The room extension of the long example, members in the order the spec gives them. */
  private static JsonValue room() {
    java.util.Map<String, JsonValue> members = new java.util.LinkedHashMap<>();
    members.put("name", JsonValue.of("Kilby"));
    members.put("id", JsonValue.of("http://example.com/rooms/342"));
    return JsonValue.object(members);
  }

  @org.junit.jupiter.api.Test
  void completionExampleHasScaledScoreAndDurationInSeconds() {
    Statement s = Fixtures.valid(
        XapiVersion.V1_0_3, resource("spec-examples/statement-appendix-a-completion-duration-in-seconds.json"));
    Result r = s.result().orElseThrow();
    assertThat(r.score().orElseThrow().scaled()).contains(new BigDecimal("0.95"));
    assertThat(r.duration().orElseThrow().text()).isEqualTo("PT1234S");
    assertThat(r.duration().orElseThrow().toDuration()).contains(Duration.ofSeconds(1234));
    assertThat(List.of(r.success(), r.completion())).containsOnly(java.util.Optional.of(true));
  }
}
