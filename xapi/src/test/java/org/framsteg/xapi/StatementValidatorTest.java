package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.framsteg.xapi.XapiVersion.V1_0_3;
import static org.framsteg.xapi.XapiVersion.V2_0;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Built statements are judged by the same rules as read ones, with the same paths. */
class StatementValidatorTest {

  private static final StatementValidator V2 = Xapi.validator(V2_0);

  private static Statement.Builder base() {
    return Statement.builder()
        .actor(Agent.of(Ifi.mbox("mailto:anna@example.com")))
        .verb(Verb.of("http://adlnet.gov/expapi/verbs/completed"))
        .object(Activity.of("https://example.com/activities/course-1"));
  }

  @Test
  void aValidBuiltStatementHasNoViolations() {
    Statement s = base().build();
    assertThat(V2.validate(s)).isEmpty();
    assertThat(V2.check(s)).isSameAs(s);
  }

  @Test
  void builtStatementsGetTheSameViolationsAsTheSameJsonRead() {
    Statement s = base()
        .actor(Group.builder().name("Team").build())
        .verb(Verb.of("completed", LanguageMap.of("en_US", "completed")))
        .result(Result.builder().score(Score.builder().scaled(new BigDecimal("1.5")).build()).build())
        .build();
    List<Violation> built = V2.validate(s);
    String json = """
        {"actor": {"objectType": "Group", "name": "Team"},
         "verb": {"id": "completed", "display": {"en_US": "completed"}},
         "object": {"objectType": "Activity", "id": "https://example.com/activities/course-1"},
         "result": {"score": {"scaled": 1.5}}}
        """;
    assertThat(built).containsExactlyInAnyOrderElementsOf(Fixtures.violations(V2_0, json));
    assertThat(built).extracting(Violation::path)
        .containsExactlyInAnyOrder("$.actor", "$.verb.id", "$.verb.display.en_US", "$.result.score.scaled");
  }

  @Test
  void checkThrowsEveryViolation() {
    Statement s = base().actor(Agent.of(new Account("nohost", "1"))).verb(Verb.of(Verb.VOIDED)).build();
    StatementValidationException e = catchThrowableOfType(() -> V2.check(s), StatementValidationException.class);
    assertThat(e.version()).isEqualTo(V2_0);
    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("$.object", "$.actor.account.homePage");
    assertThat(e.getMessage()).startsWith("Not a valid xAPI 2.0 statement: 2 problems:")
        .contains("$.object: a voiding statement (verb http://adlnet.gov/expapi/verbs/voided) must have a StatementRef object (xAPI-Data 2.3.2)");
  }

  @Test
  void nestedSubStatementsAreReportedAndNotWalkedFurther() {
    SubStatement inner = SubStatement.builder().actor(Agent.of(Ifi.mbox("bad"))).verb(Verb.of("http://example.com/v"))
        .object(Activity.of("https://example.com/a")).build();
    SubStatement outer = SubStatement.builder().from(inner).actor(Agent.of(Ifi.mbox("mailto:a@example.com"))).object(inner).build();
    assertThat(V2.validate(base().object(outer).build())).extracting(Violation::path).containsExactly("$.object.object");
  }

  @Test
  void interactionComponentsAreJudgedWithTheirIndex() {
    ActivityDefinition d = ActivityDefinition.builder().interactionType(InteractionType.LIKERT)
        .addScale(InteractionComponent.of("1"), InteractionComponent.of("2"), InteractionComponent.of("1"))
        .addChoices(InteractionComponent.of("a"))
        .build();
    assertThat(V2.validate(base().object(Activity.builder().id("https://example.com/q").definition(d).build()).build()))
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("$.object.definition.choices", "$.object.definition.scale[2].id");
  }

  @Test
  void contextAgentsAreValidInXapi20AndNotIn103() {
    Statement s = base().context(Context.builder()
        .addContextAgents(ContextAgent.builder().agent(Agent.of(Ifi.mbox("mailto:c@example.com"))).relevantTypes(List.of()).build())
        .build()).build();
    assertThat(V2.validate(s)).extracting(Violation::path).containsExactly("$.context.contextAgents[0].relevantTypes");
    assertThat(Xapi.validator(V1_0_3).validate(s)).extracting(Violation::path)
        .containsExactlyInAnyOrder("$.context.contextAgents", "$.context.contextAgents[0].relevantTypes");
  }

  @Test
  void extensionValuesDeeperThanTheLimitAreRefusedWithoutExhaustingTheStack() {
    JsonValue deep = JsonValue.nullValue();
    for (int i = 0; i < 10_000; i++) {
      deep = JsonValue.array(List.of(deep));
    }
    Statement s = base().result(Result.builder().extensions(Extensions.of("http://example.com/deep", deep)).build()).build();
    assertThat(V2.validate(s)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.result.extensions['http://example.com/deep']");
      assertThat(v.section()).isEqualTo("StatementReader limits");
    });
    assertThat(catchThrowableOfType(() -> Xapi.writer().write(s, V2_0), StatementValidationException.class)).isNotNull();
    JsonValue shallow = JsonValue.nullValue();
    for (int i = 0; i < 64; i++) {
      shallow = JsonValue.array(List.of(shallow));
    }
    Statement ok = base().result(Result.builder().extensions(Extensions.of("http://example.com/deep", shallow)).build()).build();
    assertThat(Xapi.reader(V2_0).read(Xapi.writer().write(ok, V2_0))).isEqualTo(ok);
  }
}
