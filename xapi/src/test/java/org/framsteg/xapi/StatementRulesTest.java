package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.xapi.Fixtures.MINIMAL;
import static org.framsteg.xapi.Fixtures.invalid;
import static org.framsteg.xapi.Fixtures.invalidInBoth;
import static org.framsteg.xapi.Fixtures.remove;
import static org.framsteg.xapi.Fixtures.resource;
import static org.framsteg.xapi.Fixtures.set;
import static org.framsteg.xapi.Fixtures.valid;
import static org.framsteg.xapi.Fixtures.validInBoth;
import static org.framsteg.xapi.Fixtures.violations;
import static org.framsteg.xapi.XapiVersion.V1_0_3;
import static org.framsteg.xapi.XapiVersion.V2_0;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per MUST of the xAPI data specification (xAPI-Data sections 2 and 4, and what xAPI 2.0
 * adds), each with a valid and an invalid case; the invalid case must be refused with a violation
 * at the offending path that cites the rule's section.
 */
class StatementRulesTest {

  private static final String AGENT_ACCOUNT =
      "{\"objectType\": \"Agent\", \"account\": {\"homePage\": \"https://lms.example.com\", \"name\": \"1625378\"}}";
  private static final String STATEMENT_REF =
      "{\"objectType\": \"StatementRef\", \"id\": \"e05aa883-acaf-40ad-bf54-02c8ce485fb0\"}";
  private static final String ATTACHMENT =
      """
      {"usageType": "https://example.com/usage/certificate", "display": {"en": "Certificate"},
       "contentType": "application/pdf", "length": 4235,
       "sha2": "672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634"}
      """;

  @Nested
  class FormattingRequirements {

    @Test
    void statementMustUseActorVerbAndObject() {
      validInBoth(MINIMAL);
      for (String property : List.of("actor", "verb", "object")) {
        invalidInBoth(remove(MINIMAL, "/" + property), "$", "xAPI-Data 2.4");
        assertThat(violations(V2_0, remove(MINIMAL, "/" + property)))
            .extracting(Violation::rule)
            .contains("missing required property \"" + property + "\"");
      }
    }

    @Test
    void statementMustUseEachPropertyAtMostOnce() {
      validInBoth(MINIMAL);
      String twice = MINIMAL.replaceFirst("\\{", "{\"verb\": {\"id\": \"http://example.com/other\"}, ");
      invalidInBoth(twice, "$.verb", "xAPI-Data 2.2");
      String twiceInActor = set(MINIMAL, "/actor", "{\"mbox\": \"mailto:a@example.com\"}")
          .replace("\"mbox\":", "\"name\": \"A\", \"name\": \"B\", \"mbox\":");
      invalidInBoth(twiceInActor, "$.actor.name", "xAPI-Data 2.2");
      String twiceInLanguageMap = MINIMAL.replace("{\"en-US\": \"completed\"}", "{\"en-US\": \"a\", \"en-US\": \"b\"}");
      invalidInBoth(twiceInLanguageMap, "$.verb.display['en-US']", "xAPI-Data 2.2");
      String twiceInExtensionValue = set(MINIMAL, "/result/extensions/https:~1~1example.com~1x", "{\"k\": 1}")
          .replace("{\"k\":1}", "{\"k\": 1, \"k\": 2}");
      invalidInBoth(twiceInExtensionValue, "$.result.extensions['https://example.com/x'].k", "RFC 8259");
    }

    @Test
    void nullValuesMustBeRejectedExceptInsideExtensions() {
      validInBoth(set(MINIMAL, "/result/extensions/https:~1~1example.com~1x", "null"));
      validInBoth(set(MINIMAL, "/context/extensions/https:~1~1example.com~1x", "{\"a\": [null]}"));
      invalidInBoth(set(MINIMAL, "/actor/name", "null"), "$.actor.name", "xAPI-Data 2.2");
      invalidInBoth(set(MINIMAL, "/context", "null"), "$.context", "xAPI-Data 2.2");
      invalidInBoth(set(MINIMAL, "/verb/display/en-US", "null"), "$.verb.display['en-US']", "xAPI-Data 2.2");
    }

    @Test
    void valuesMustHaveTheDataTypeTheSpecificationRequires() {
      validInBoth(set(MINIMAL, "/result", "{\"success\": true, \"score\": {\"raw\": 5}}"));
      invalidInBoth(set(MINIMAL, "/result/success", "\"true\""), "$.result.success", "xAPI-Data 2.4.5");
      invalidInBoth(set(MINIMAL, "/result/score/raw", "\"5\""), "$.result.score.raw", "xAPI-Data 2.4.5.1");
      invalidInBoth(set(MINIMAL, "/actor/name", "42"), "$.actor.name", "xAPI-Data 2.4.2");
      invalidInBoth(set(MINIMAL, "/verb", "\"completed\""), "$.verb", "xAPI-Data 2.4.3");
    }

    @Test
    void keysMustMatchTheCaseOfTheSpecification() {
      validInBoth(MINIMAL);
      String renamed = MINIMAL.replace("\"actor\"", "\"Actor\"");
      invalidInBoth(renamed, "$.Actor", "xAPI-Data 2.2");
      invalidInBoth(renamed, "$", "xAPI-Data 2.4");
    }

    @Test
    void propertiesTheSpecificationDoesNotDefineAreRejectedByAStrictReader() {
      String extra = set(MINIMAL, "/actor/nickname", "\"Annie\"");
      invalidInBoth(extra, "$.actor.nickname", "xAPI-Data 2.2");
      invalidInBoth(set(MINIMAL, "/object/mbox", "\"mailto:a@example.com\""), "$.object.mbox", "xAPI-Data 2.2");
      Statement lenient = Xapi.reader(V2_0).lenient().read(extra);
      assertThat(lenient).isEqualTo(valid(V2_0, MINIMAL));
    }

    @Test
    void enumeratedValuesMustMatchTheirCaseExactly() {
      validInBoth(set(MINIMAL, "/object/objectType", "\"Activity\""));
      invalidInBoth(set(MINIMAL, "/object/objectType", "\"activity\""), "$.object.objectType", "xAPI-Data 2.4.4");
      invalidInBoth(set(MINIMAL, "/actor/objectType", "\"agent\""), "$.actor.objectType", "xAPI-Data 2.4.2");
      invalidInBoth(
          set(MINIMAL, "/object/definition/interactionType", "\"Choice\""),
          "$.object.definition.interactionType",
          "xAPI-Data 2.4.4.1");
    }

    @Test
    void iriValuesMustHaveAScheme() {
      validInBoth(set(MINIMAL, "/verb/id", "\"urn:example:verbs:completed\""));
      invalidInBoth(set(MINIMAL, "/verb/id", "\"completed\""), "$.verb.id", "xAPI-Data 2.4.3");
      invalidInBoth(set(MINIMAL, "/verb/id", "\"\""), "$.verb.id", "xAPI-Data 2.4.3");
      invalidInBoth(set(MINIMAL, "/object/id", "\"#fragment\""), "$.object.id", "xAPI-Data 2.4.4.1");
      invalidInBoth(set(MINIMAL, "/object/id", "\"http://example.com/a b\""), "$.object.id", "xAPI-Data 2.4.4.1");
    }
  }

  @Nested
  class Voiding {

    @Test
    void voidingStatementMustHaveAStatementRefObject() {
      validInBoth(resource("spec-examples/statement-2.3.2-voiding.json"));
      String voidingActivity = set(MINIMAL, "/verb/id", "\"" + Verb.VOIDED + "\"");
      invalidInBoth(voidingActivity, "$.object", "xAPI-Data 2.3.2");
      String voidingStatementRef = set(voidingActivity, "/object", STATEMENT_REF);
      validInBoth(voidingStatementRef);
    }
  }

  @Nested
  class Ids {

    @Test
    void statementIdMustBeAUuidInStandardStringForm() {
      validInBoth(set(MINIMAL, "/id", "\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\""));
      validInBoth(set(MINIMAL, "/id", "\"FD41C918-B88B-4B20-A0A5-A4C32391AAA0\""));
      for (String bad : List.of("\"1-1-1-1-1\"", "\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0a\"",
          "\"fd41c918-b88b-4b20-a0a5-a4c32391aaaz\"", "\"fd41c918b88b4b20a0a5a4c32391aaa0\"", "\"\"")) {
        invalidInBoth(set(MINIMAL, "/id", bad), "$.id", "xAPI-Data 2.4.1");
      }
      invalidInBoth(set(MINIMAL, "/id", "12345"), "$.id", "xAPI-Data 2.4.1");
    }

    @Test
    void uuidVariantIsOnlyRecommendedSoOtherVariantsAreAccepted() {
      // xAPI-Data 4.4 recommends variant 2; the spec's own simplest example uses variant 0.
      Statement s = valid(V2_0, resource("spec-examples/statement-2.4-simplest.json"));
      assertThat(s.id().orElseThrow().variant()).isNotEqualTo(2);
      invalidInBoth(set(MINIMAL, "/id", "\"12345678-1234-5678-1234-56781234567\""), "$.id", "xAPI-Data 2.4.1");
    }
  }

  @Nested
  class Actors {

    @Test
    void agentMustHaveExactlyOneInverseFunctionalIdentifier() {
      validInBoth(set(MINIMAL, "/actor", AGENT_ACCOUNT));
      validInBoth(set(MINIMAL, "/actor", "{\"openid\": \"http://openid.example.org/anna\"}"));
      invalidInBoth(set(MINIMAL, "/actor", "{\"objectType\": \"Agent\", \"name\": \"Anna\"}"), "$.actor", "xAPI-Data 2.4.2.1");
      invalidInBoth(
          set(MINIMAL, "/actor/openid", "\"http://openid.example.org/anna\""), "$.actor", "xAPI-Data 2.4.2.1");
    }

    @Test
    void actorObjectTypeMustBeAgentOrGroup() {
      validInBoth(set(MINIMAL, "/actor/objectType", "\"Agent\""));
      invalidInBoth(set(MINIMAL, "/actor/objectType", "\"Person\""), "$.actor.objectType", "xAPI-Data 2.4.2");
      invalidInBoth(set(MINIMAL, "/actor/objectType", "\"Activity\""), "$.actor.objectType", "xAPI-Data 2.4.2");
    }

    @Test
    void anonymousGroupMustListItsMembers() {
      String anonymous = "{\"objectType\": \"Group\", \"member\": [" + AGENT_ACCOUNT + "]}";
      validInBoth(set(MINIMAL, "/actor", anonymous));
      invalidInBoth(set(MINIMAL, "/actor", "{\"objectType\": \"Group\", \"name\": \"Team\"}"), "$.actor", "xAPI-Data 2.4.2.2");
      invalidInBoth(
          set(MINIMAL, "/actor", "{\"objectType\": \"Group\", \"member\": []}"), "$.actor.member", "xAPI-Data 2.4.2.2");
    }

    @Test
    void groupMembersMustBeAgentsNotGroups() {
      String nested =
          "{\"objectType\": \"Group\", \"member\": [" + AGENT_ACCOUNT
              + ", {\"objectType\": \"Group\", \"mbox\": \"mailto:team@example.com\"}]}";
      invalidInBoth(set(MINIMAL, "/actor", nested), "$.actor.member[1]", "xAPI-Data 2.4.2.2");
      validInBoth(set(MINIMAL, "/actor", nested.replace("\"Group\", \"mbox\"", "\"Agent\", \"mbox\"")));
    }

    @Test
    void identifiedGroupMustHaveExactlyOneInverseFunctionalIdentifier() {
      String identified = "{\"objectType\": \"Group\", \"mbox\": \"mailto:team@example.com\"}";
      validInBoth(set(MINIMAL, "/actor", identified));
      invalidInBoth(
          set(set(MINIMAL, "/actor", identified), "/actor/openid", "\"http://openid.example.org/team\""),
          "$.actor",
          "xAPI-Data 2.4.2.2");
    }

    @Test
    void mboxMustBeAMailtoIri() {
      validInBoth(set(MINIMAL, "/actor/mbox", "\"mailto:anna.berg+xapi@example.co.uk\""));
      for (String bad : List.of("anna@example.com", "mailto:", "mailto:anna", "mailto:an na@example.com",
          "mailto:anna@example.com?subject=hi", "MAILTO:anna@example.com", "mailto:a@b@example.com")) {
        invalidInBoth(set(MINIMAL, "/actor/mbox", "\"" + bad + "\""), "$.actor.mbox", "xAPI-Data 2.4.2.3");
      }
    }

    @Test
    void mboxSha1sumMustBeAHexEncodedSha1() {
      String agent = "{\"mbox_sha1sum\": \"ebd31e95054c018b10727ccffd2ef2ec3a016ee9\"}";
      validInBoth(set(MINIMAL, "/actor", agent));
      invalidInBoth(set(MINIMAL, "/actor", agent.replace("ee9\"", "ee\"")), "$.actor.mbox_sha1sum", "xAPI-Data 2.4.2.3");
      invalidInBoth(set(MINIMAL, "/actor", agent.replace("ebd3", "xyz3")), "$.actor.mbox_sha1sum", "xAPI-Data 2.4.2.3");
      invalidInBoth(set(MINIMAL, "/actor", "{\"mbox_sha1sum\": 12}"), "$.actor.mbox_sha1sum", "xAPI-Data 2.4.2.3");
    }

    @Test
    void openidMustBeAUri() {
      validInBoth(set(MINIMAL, "/actor", "{\"openid\": \"http://toby.openid.example.org/\"}"));
      invalidInBoth(set(MINIMAL, "/actor", "{\"openid\": \"toby\"}"), "$.actor.openid", "xAPI-Data 2.4.2.3");
      invalidInBoth(set(MINIMAL, "/actor", "{\"openid\": \"http://tøby.example.org/\"}"), "$.actor.openid", "xAPI-Data 2.4.2.3");
    }

    @Test
    void accountMustHaveAHomePageAndAName() {
      validInBoth(set(MINIMAL, "/actor", AGENT_ACCOUNT));
      invalidInBoth(set(MINIMAL, "/actor", remove(AGENT_ACCOUNT, "/account/name")), "$.actor.account", "xAPI-Data 2.4.2.4");
      invalidInBoth(set(MINIMAL, "/actor", remove(AGENT_ACCOUNT, "/account/homePage")), "$.actor.account", "xAPI-Data 2.4.2.4");
    }

    @Test
    void accountHomePageMustBeAnIrl() {
      validInBoth(set(set(MINIMAL, "/actor", AGENT_ACCOUNT), "/actor/account/homePage", "\"http://www.example.com\""));
      invalidInBoth(
          set(set(MINIMAL, "/actor", AGENT_ACCOUNT), "/actor/account/homePage", "\"lms.example.com\""),
          "$.actor.account.homePage",
          "xAPI-Data 2.4.2.4");
      invalidInBoth(
          set(set(MINIMAL, "/actor", AGENT_ACCOUNT), "/actor/account/homePage", "\"urn:example:lms\""),
          "$.actor.account.homePage",
          "xAPI-Data 2.4.2.4");
    }
  }

  @Nested
  class Verbs {

    @Test
    void verbMustHaveAnIriId() {
      validInBoth(set(MINIMAL, "/verb", "{\"id\": \"http://adlnet.gov/expapi/verbs/attended\"}"));
      invalidInBoth(set(MINIMAL, "/verb", "{\"display\": {\"en\": \"attended\"}}"), "$.verb", "xAPI-Data 2.4.3");
      invalidInBoth(set(MINIMAL, "/verb/id", "\"attended\""), "$.verb.id", "xAPI-Data 2.4.3");
    }

    @Test
    void verbDisplayMustBeALanguageMap() {
      validInBoth(set(MINIMAL, "/verb/display", "{\"en-US\": \"completed\", \"sv\": \"slutförde\"}"));
      invalidInBoth(set(MINIMAL, "/verb/display", "\"completed\""), "$.verb.display", "xAPI-Data 2.4.3");
      invalidInBoth(set(MINIMAL, "/verb/display", "{\"en\": 1}"), "$.verb.display.en", "xAPI-Data 2.4.3");
    }
  }

  @Nested
  class Objects {

    @Test
    void objectTypeMustBeActivityAgentGroupStatementRefOrSubStatement() {
      validInBoth(set(MINIMAL, "/object", STATEMENT_REF));
      validInBoth(set(MINIMAL, "/object", AGENT_ACCOUNT));
      invalidInBoth(set(MINIMAL, "/object/objectType", "\"Statement\""), "$.object.objectType", "xAPI-Data 2.4.4");
    }

    @Test
    void objectWithoutObjectTypeIsAnActivity() {
      Statement s = valid(V2_0, remove(MINIMAL, "/object/objectType"));
      assertThat(s.object()).isEqualTo(Activity.of("https://example.com/activities/course-1"));
      invalidInBoth(set(remove(MINIMAL, "/object/objectType"), "/object/id", "\"42\""), "$.object.id", "xAPI-Data 2.4.4.1");
    }

    @Test
    void agentOrGroupAsObjectMustSpecifyObjectType() {
      validInBoth(set(MINIMAL, "/object", AGENT_ACCOUNT));
      invalidInBoth(set(MINIMAL, "/object", remove(AGENT_ACCOUNT, "/objectType")), "$.object", "xAPI-Data 2.4.4.2");
    }

    @Test
    void activityMustHaveAnIriId() {
      validInBoth(set(MINIMAL, "/object/id", "\"http://example.com/فعل/خواندن\""));
      invalidInBoth(remove(MINIMAL, "/object/id"), "$.object", "xAPI-Data 2.4.4.1");
      invalidInBoth(set(MINIMAL, "/object/id", "\"course-1\""), "$.object.id", "xAPI-Data 2.4.4.1");
    }

    @Test
    void activityTypeMustBeAnIriAndMoreInfoAnIrl() {
      String definition = "{\"type\": \"http://adlnet.gov/expapi/activities/course\", \"moreInfo\": \"https://example.com/about\"}";
      validInBoth(set(MINIMAL, "/object/definition", definition));
      invalidInBoth(set(MINIMAL, "/object/definition/type", "\"course\""), "$.object.definition.type", "xAPI-Data 2.4.4.1");
      invalidInBoth(set(MINIMAL, "/object/definition/moreInfo", "\"about.html\""), "$.object.definition.moreInfo", "xAPI-Data 2.4.4.1");
    }

    @Test
    void activityDefinitionNameAndDescriptionMustBeLanguageMaps() {
      validInBoth(set(MINIMAL, "/object/definition", "{\"name\": {\"en\": \"Course\"}, \"description\": {\"de-DE\": \"Kurs\"}}"));
      invalidInBoth(set(MINIMAL, "/object/definition/name", "\"Course\""), "$.object.definition.name", "xAPI-Data 2.4.4.1");
      invalidInBoth(set(MINIMAL, "/object/definition/description", "7"), "$.object.definition.description", "xAPI-Data 2.4.4.1");
    }

    @Test
    void interactionActivitiesMustHaveAValidInteractionType() {
      validInBoth(set(MINIMAL, "/object/definition", "{\"interactionType\": \"numeric\", \"correctResponsesPattern\": [\"4[:]\"]}"));
      invalidInBoth(
          set(MINIMAL, "/object/definition", "{\"correctResponsesPattern\": [\"4[:]\"]}"), "$.object.definition", "xAPI-Data 2.4.4.1");
      invalidInBoth(
          set(MINIMAL, "/object/definition", "{\"choices\": [{\"id\": \"a\"}]}"), "$.object.definition", "xAPI-Data 2.4.4.1");
      invalidInBoth(
          set(MINIMAL, "/object/definition/interactionType", "\"essay\""),
          "$.object.definition.interactionType",
          "xAPI-Data 2.4.4.1");
    }

    @Test
    void interactionComponentListsMustMatchTheInteractionType() {
      String choice = "{\"interactionType\": \"choice\", \"choices\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}";
      validInBoth(set(MINIMAL, "/object/definition", choice));
      validInBoth(set(MINIMAL, "/object/definition", choice.replace("choice\"", "sequencing\"")));
      invalidInBoth(
          set(MINIMAL, "/object/definition", choice.replace("choice\"", "likert\"")),
          "$.object.definition.choices",
          "xAPI-Data 2.4.4.1");
      String[][] lists = {{"scale", "likert"}, {"source", "matching"}, {"target", "matching"}, {"steps", "performance"}};
      for (String[] list : lists) {
        String def = "{\"interactionType\": \"" + list[1] + "\", \"" + list[0] + "\": [{\"id\": \"x\"}]}";
        validInBoth(set(MINIMAL, "/object/definition", def));
        invalidInBoth(
            set(MINIMAL, "/object/definition", def.replace(list[1], "true-false")),
            "$.object.definition." + list[0],
            "xAPI-Data 2.4.4.1");
      }
    }

    @Test
    void interactionComponentIdsMustBeDistinctWithinAList() {
      String def = "{\"interactionType\": \"choice\", \"choices\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"a\"}]}";
      invalidInBoth(set(MINIMAL, "/object/definition", def), "$.object.definition.choices[2].id", "xAPI-Data 2.4.4.1");
      validInBoth(set(MINIMAL, "/object/definition", def.replace("{\"id\": \"a\"}]", "{\"id\": \"c\"}]")));
      String matching = "{\"interactionType\": \"matching\", \"source\": [{\"id\": \"a\"}], \"target\": [{\"id\": \"a\"}]}";
      validInBoth(set(MINIMAL, "/object/definition", matching));
    }

    @Test
    void interactionComponentMustHaveAnId() {
      String def = "{\"interactionType\": \"likert\", \"scale\": [{\"id\": \"1\", \"description\": {\"en\": \"low\"}}]}";
      validInBoth(set(MINIMAL, "/object/definition", def));
      invalidInBoth(
          set(MINIMAL, "/object/definition", def.replace("\"id\": \"1\", ", "")),
          "$.object.definition.scale[0]",
          "xAPI-Data 2.4.4.1");
    }

    @Test
    void emptyCorrectResponsesPatternMeansNoCorrectAnswerAndIsKeptApartFromAbsence() {
      Statement none = valid(V2_0, set(MINIMAL, "/object/definition", "{\"interactionType\": \"other\", \"correctResponsesPattern\": []}"));
      Statement any = valid(V2_0, set(MINIMAL, "/object/definition", "{\"interactionType\": \"other\"}"));
      assertThat(((Activity) none.object()).definition().orElseThrow().correctResponsesPattern()).contains(List.of());
      assertThat(((Activity) any.object()).definition().orElseThrow().correctResponsesPattern()).isEmpty();
      assertThat(Xapi.writer().writeString(none, V2_0)).contains("\"correctResponsesPattern\":[]");
    }

    @Test
    void statementRefMustHaveObjectTypeStatementRefAndAUuidId() {
      validInBoth(set(MINIMAL, "/object", STATEMENT_REF));
      invalidInBoth(set(MINIMAL, "/object", remove(STATEMENT_REF, "/id")), "$.object", "xAPI-Data 2.4.4.3");
      invalidInBoth(set(set(MINIMAL, "/object", STATEMENT_REF), "/object/id", "\"abc\""), "$.object.id", "xAPI-Data 2.4.4.3");
      invalidInBoth(set(MINIMAL, "/context/statement", remove(STATEMENT_REF, "/objectType")), "$.context.statement", "xAPI-Data 2.4.4.3");
    }

    @Test
    void subStatementMustNotHaveIdStoredVersionOrAuthority() {
      String sub = resource("spec-examples/object-appendix-b-substatement-with-statement-ref.json");
      validInBoth(set(MINIMAL, "/object", sub));
      invalidInBoth(set(MINIMAL, "/object", set(sub, "/id", "\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\"")), "$.object.id", "xAPI-Data 2.4.4.3");
      invalidInBoth(set(MINIMAL, "/object", set(sub, "/stored", "\"2013-05-18T05:32:34.804Z\"")), "$.object.stored", "xAPI-Data 2.4.4.3");
      invalidInBoth(set(MINIMAL, "/object", set(sub, "/version", "\"1.0.0\"")), "$.object.version", "xAPI-Data 2.4.4.3");
      invalidInBoth(set(MINIMAL, "/object", set(sub, "/authority", AGENT_ACCOUNT)), "$.object.authority", "xAPI-Data 2.4.4.3");
      // A MUST NOT, not an undefined property: a lenient reader refuses it too.
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Xapi.reader(V2_0).lenient()
              .read(set(MINIMAL, "/object", set(sub, "/version", "\"1.0.0\"")))))
          .isInstanceOf(StatementValidationException.class);
    }

    @Test
    void subStatementMustNotContainASubStatement() {
      String sub = resource("spec-examples/object-appendix-b-substatement-with-statement-ref.json");
      validInBoth(set(MINIMAL, "/object", sub));
      String nested = set(sub, "/object", sub);
      invalidInBoth(set(MINIMAL, "/object", nested), "$.object.object", "xAPI-Data 2.4.4.3");
    }

    @Test
    void subStatementMustBeValidatedAsAStatement() {
      String sub = resource("spec-examples/object-appendix-b-substatement-with-statement-ref.json");
      validInBoth(set(MINIMAL, "/object", sub));
      invalidInBoth(set(MINIMAL, "/object", remove(sub, "/verb")), "$.object", "xAPI-Data 2.4.4.3");
      invalidInBoth(set(MINIMAL, "/object", set(sub, "/actor/mbox", "\"agent@example.com\"")), "$.object.actor.mbox", "xAPI-Data 2.4.2.3");
      invalidInBoth(set(MINIMAL, "/object", set(sub, "/result/score/scaled", "3")), "$.object.result.score.scaled", "xAPI-Data 2.4.5.1");
    }
  }

  @Nested
  class Results {

    @Test
    void successAndCompletionMustBeBooleans() {
      validInBoth(set(MINIMAL, "/result", "{\"success\": false, \"completion\": true}"));
      invalidInBoth(set(MINIMAL, "/result", "{\"completion\": \"true\"}"), "$.result.completion", "xAPI-Data 2.4.5");
      invalidInBoth(set(MINIMAL, "/result", "{\"success\": 1}"), "$.result.success", "xAPI-Data 2.4.5");
    }

    @Test
    void responseMustBeAString() {
      validInBoth(set(MINIMAL, "/result/response", "\"We agreed on some example actions.\""));
      invalidInBoth(set(MINIMAL, "/result/response", "12345"), "$.result.response", "xAPI-Data 2.4.5");
      invalidInBoth(set(MINIMAL, "/result/response", "{\"key\": \"invalid\"}"), "$.result.response", "xAPI-Data 2.4.5");
    }

    @Test
    void durationMustBeAnIso8601DurationWithDesignators() {
      for (String ok : List.of("PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT1H0M0.1S", "P1DT12H", "PT0,5S")) {
        validInBoth(set(MINIMAL, "/result/duration", "\"" + ok + "\""));
      }
      for (String bad : List.of("P4W1D", "PA1H0M0S", "should fail", "P", "PT", "P1H", "PT1D", "P0003-01-29T04:35:59", "-PT1S", "PT1.5H30M", "pt1h")) {
        invalidInBoth(set(MINIMAL, "/result/duration", "\"" + bad + "\""), "$.result.duration", "xAPI-Data 4.6");
      }
      invalidInBoth(set(MINIMAL, "/result/duration", "12345"), "$.result.duration", "xAPI-Data 4.6");
    }

    @Test
    void scaledScoreMustBeBetweenMinusOneAndOne() {
      for (String ok : List.of("-1", "1", "1.0", "0", "0.95", "-0.5e0")) {
        validInBoth(set(MINIMAL, "/result/score/scaled", ok));
      }
      for (String bad : List.of("1.01", "-1.0000001", "2", "1e1")) {
        invalidInBoth(set(MINIMAL, "/result/score/scaled", bad), "$.result.score.scaled", "xAPI-Data 2.4.5.1");
      }
    }

    @Test
    void scoreMinMustBeLessThanMax() {
      validInBoth(set(MINIMAL, "/result/score", "{\"min\": 0, \"max\": 0.0001}"));
      invalidInBoth(set(MINIMAL, "/result/score", "{\"min\": 5, \"max\": 5}"), "$.result.score.min", "xAPI-Data 2.4.5.1");
      invalidInBoth(set(MINIMAL, "/result/score", "{\"min\": 6, \"max\": 5}"), "$.result.score.min", "xAPI-Data 2.4.5.1");
    }

    @Test
    void rawScoreMustBeBetweenMinAndMaxInclusive() {
      validInBoth(set(MINIMAL, "/result/score", "{\"raw\": 0, \"min\": 0, \"max\": 20}"));
      validInBoth(set(MINIMAL, "/result/score", "{\"raw\": 20, \"min\": 0, \"max\": 20}"));
      validInBoth(set(MINIMAL, "/result/score", "{\"raw\": -1000}"));
      invalidInBoth(set(MINIMAL, "/result/score", "{\"raw\": 21, \"max\": 20}"), "$.result.score.raw", "xAPI-Data 2.4.5.1");
      invalidInBoth(set(MINIMAL, "/result/score", "{\"raw\": -1, \"min\": 0}"), "$.result.score.raw", "xAPI-Data 2.4.5.1");
    }

    @Test
    void scoreValuesMustBeNumbers() {
      validInBoth(set(MINIMAL, "/result/score", "{\"scaled\": 0.6767676, \"max\": 100.6767676}"));
      invalidInBoth(set(MINIMAL, "/result/score/max", "\"100\""), "$.result.score.max", "xAPI-Data 2.4.5.1");
      invalidInBoth(set(MINIMAL, "/result/score", "\"high\""), "$.result.score", "xAPI-Data 2.4.5.1");
    }
  }

  @Nested
  class Contexts {

    @Test
    void registrationMustBeAUuid() {
      validInBoth(set(MINIMAL, "/context/registration", "\"ec531277-b57b-4c15-8d91-d292c5b2b8f7\""));
      invalidInBoth(set(MINIMAL, "/context/registration", "\"ec531277\""), "$.context.registration", "xAPI-Data 2.4.6");
      invalidInBoth(set(MINIMAL, "/context/registration", "{}"), "$.context.registration", "xAPI-Data 2.4.6");
    }

    @Test
    void instructorMustBeAnAgentOrGroup() {
      validInBoth(set(MINIMAL, "/context/instructor", AGENT_ACCOUNT));
      validInBoth(set(MINIMAL, "/context/instructor", "{\"objectType\": \"Group\", \"mbox\": \"mailto:staff@example.com\"}"));
      invalidInBoth(set(MINIMAL, "/context/instructor", "\"Ms Smith\""), "$.context.instructor", "xAPI-Data 2.4.2");
    }

    @Test
    void teamMustBeAGroup() {
      validInBoth(set(MINIMAL, "/context/team", "{\"objectType\": \"Group\", \"mbox\": \"mailto:teampb@example.com\"}"));
      invalidInBoth(set(MINIMAL, "/context/team", AGENT_ACCOUNT), "$.context.team", "xAPI-Data 2.4.6");
      invalidInBoth(set(MINIMAL, "/context/team", remove(AGENT_ACCOUNT, "/objectType")), "$.context.team", "xAPI-Data 2.4.6");
    }

    @Test
    void revisionMayOnlyBeUsedWhenTheObjectIsAnActivity() {
      validInBoth(set(MINIMAL, "/context/revision", "\"2\""));
      validInBoth(set(remove(MINIMAL, "/object/objectType"), "/context/revision", "\"2\""));
      String ref = set(set(MINIMAL, "/object", STATEMENT_REF), "/context/revision", "\"2\"");
      invalidInBoth(ref, "$.context.revision", "xAPI-Data 2.4.6");
      invalidInBoth(set(set(MINIMAL, "/object", AGENT_ACCOUNT), "/context/revision", "\"2\""), "$.context.revision", "xAPI-Data 2.4.6");
    }

    @Test
    void platformMayOnlyBeUsedWhenTheObjectIsAnActivity() {
      validInBoth(set(MINIMAL, "/context/platform", "\"Example virtual meeting software\""));
      String sub = resource("spec-examples/object-appendix-b-substatement-with-statement-ref.json");
      invalidInBoth(set(set(MINIMAL, "/object", sub), "/context/platform", "\"web\""), "$.context.platform", "xAPI-Data 2.4.6");
      invalidInBoth(set(MINIMAL, "/object", set(sub, "/context/platform", "\"web\"")), "$.object.context.platform", "xAPI-Data 2.4.6");
    }

    @Test
    void contextLanguageMustBeAnRfc5646Tag() {
      for (String ok : List.of("tlh", "cmn", "fr-CA", "es-419", "zh-Hant-TW")) {
        validInBoth(set(MINIMAL, "/context/language", "\"" + ok + "\""));
      }
      invalidInBoth(set(MINIMAL, "/context/language", "\"en_US\""), "$.context.language", "xAPI-Data 2.4.6");
      invalidInBoth(set(MINIMAL, "/context/language", "\"English (UK)\""), "$.context.language", "xAPI-Data 2.4.6");
      invalidInBoth(set(MINIMAL, "/context/language", "\"e\""), "$.context.language", "xAPI-Data 2.4.6");
    }

    @Test
    void contextStatementMustBeAStatementReference() {
      validInBoth(set(MINIMAL, "/context/statement", STATEMENT_REF));
      invalidInBoth(set(MINIMAL, "/context/statement", AGENT_ACCOUNT), "$.context.statement.objectType", "xAPI-Data 2.4.6");
      invalidInBoth(set(MINIMAL, "/context/statement", "\"e05aa883-acaf-40ad-bf54-02c8ce485fb0\""), "$.context.statement", "xAPI-Data 2.4.6");
    }

    @Test
    void contextActivitiesKeysMustBeParentGroupingCategoryOrOther() {
      String all = "{\"parent\": [{\"id\": \"http://example.com/p\"}], \"grouping\": [{\"id\": \"http://example.com/g\"}],"
          + " \"category\": [{\"id\": \"http://example.com/c\"}], \"other\": [{\"id\": \"http://example.com/o\"}]}";
      validInBoth(set(MINIMAL, "/context/contextActivities", all));
      invalidInBoth(
          set(MINIMAL, "/context/contextActivities/sibling", "[{\"id\": \"http://example.com/s\"}]"),
          "$.context.contextActivities.sibling",
          "xAPI-Data 2.4.6.2");
      // Not even a lenient reader drops a context activity key silently.
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Xapi.reader(V2_0).lenient()
              .read(set(MINIMAL, "/context/contextActivities/Parent", "[{\"id\": \"http://example.com/s\"}]"))))
          .isInstanceOf(StatementValidationException.class);
    }

    @Test
    void contextActivityValueMayBeASingleActivityOrAnArrayAndIsWrittenAsAnArray() {
      Statement single = valid(V2_0, set(MINIMAL, "/context/contextActivities/parent", "{\"id\": \"http://example.com/p\"}"));
      Statement array = valid(V2_0, set(MINIMAL, "/context/contextActivities/parent", "[{\"id\": \"http://example.com/p\"}]"));
      assertThat(single).isEqualTo(array);
      assertThat(Xapi.writer().writeString(single, V2_0))
          .contains("\"parent\":[{\"objectType\":\"Activity\",\"id\":\"http://example.com/p\"}]");
      invalidInBoth(set(MINIMAL, "/context/contextActivities/parent", "\"http://example.com/p\""),
          "$.context.contextActivities.parent", "xAPI-Data 2.4.6.2");
    }

    @Test
    void contextActivitiesMustBeActivities() {
      invalidInBoth(
          set(MINIMAL, "/context/contextActivities/category", "[" + AGENT_ACCOUNT + "]"),
          "$.context.contextActivities.category[0].objectType",
          "xAPI-Data 2.4.6.2");
      invalidInBoth(
          set(MINIMAL, "/context/contextActivities/category", "[{\"definition\": {}}]"),
          "$.context.contextActivities.category[0]",
          "xAPI-Data 2.4.4.1");
    }
  }

  @Nested
  class Timestamps {

    @Test
    void timestampMustBeAnIso8601DateTime() {
      for (String ok : List.of("2015-11-18T12:17:00+00:00", "2015-11-18T12:17:00.123456789Z", "2008-09-15T15:53:00.601+01:00",
          "2024-02-29T23:59:59.5-05:30")) {
        validInBoth(set(MINIMAL, "/timestamp", "\"" + ok + "\""));
      }
      for (String bad : List.of("01/011/2015", "should fail", "2015-11-18", "2015-11-18 12:17:00Z", "2015-02-30T12:00:00Z",
          "2015-11-18T25:00:00Z", "2015-11-18T12:17:00+19:00", "2015-11-18T12:17:00.Z", "")) {
        invalidInBoth(set(MINIMAL, "/timestamp", "\"" + bad + "\""), "$.timestamp", "xAPI-Data 4.5");
      }
      invalidInBoth(set(MINIMAL, "/timestamp", "1447849020"), "$.timestamp", "xAPI-Data 2.4.7");
    }

    @Test
    void timestampMustNotUseANegativeZeroOffset() {
      validInBoth(set(MINIMAL, "/timestamp", "\"2008-09-15T15:53:00.601+00:00\""));
      for (String bad : List.of("2008-09-15T15:53:00.601-00", "2008-09-15T15:53:00.601-0000", "2008-09-15T15:53:00.601-00:00")) {
        invalidInBoth(set(MINIMAL, "/timestamp", "\"" + bad + "\""), "$.timestamp", "xAPI-Data 4.5");
      }
    }

    @Test
    void xapi20TimestampsMustFollowRfc3339() {
      for (String iso : List.of("20151118T121700Z", "2015-11-18T12:17:00", "2015-11-18T12:17Z", "2015-11-18T12:17:00,5Z", "2015-11-18T12:17:00+0100")) {
        valid(V1_0_3, set(MINIMAL, "/timestamp", "\"" + iso + "\""));
        invalid(V2_0, set(MINIMAL, "/timestamp", "\"" + iso + "\""), "$.timestamp", "xAPI-Data 4.5");
        invalid(V2_0, set(MINIMAL, "/stored", "\"" + iso + "\""), "$.stored", "xAPI-Data 4.5");
      }
      valid(V2_0, set(MINIMAL, "/timestamp", "\"2015-11-18t12:17:00.000z\""));
    }

    @Test
    void storedMustBeATimestamp() {
      validInBoth(set(MINIMAL, "/stored", "\"2013-05-18T05:32:34.804+00:00\""));
      invalidInBoth(set(MINIMAL, "/stored", "\"yesterday\""), "$.stored", "xAPI-Data 4.5");
    }

    @Test
    void subStatementTimestampMayBeInTheFuture() {
      String sub = resource("spec-examples/object-appendix-b-substatement-with-statement-ref.json");
      validInBoth(set(MINIMAL, "/object", set(sub, "/timestamp", "\"2999-01-01T00:00:00Z\"")));
      invalidInBoth(set(MINIMAL, "/object", set(sub, "/timestamp", "\"soon\"")), "$.object.timestamp", "xAPI-Data 4.5");
    }
  }

  @Nested
  class Authorities {

    @Test
    void authorityMustBeAnAgentOrAnAnonymousGroupOfTwoAgents() {
      validInBoth(set(MINIMAL, "/authority", AGENT_ACCOUNT));
      String oauth = """
          {"objectType": "Group", "member": [
            {"account": {"homePage": "http://example.com/xAPI/OAuth/Token", "name": "oauth_consumer_x75db"}},
            {"mbox": "mailto:bob@example.com"}]}
          """;
      validInBoth(set(MINIMAL, "/authority", oauth));
      String three = oauth.replace("{\"mbox\": \"mailto:bob@example.com\"}",
          "{\"mbox\": \"mailto:bob@example.com\"}, {\"mbox\": \"mailto:eve@example.com\"}");
      invalidInBoth(set(MINIMAL, "/authority", three), "$.authority", "xAPI-Data 2.4.9");
      String one = remove(oauth, "/member/1");
      invalidInBoth(set(MINIMAL, "/authority", one), "$.authority", "xAPI-Data 2.4.9");
      String identified = set(oauth, "/mbox", "\"mailto:apps@example.com\"");
      invalidInBoth(set(MINIMAL, "/authority", identified), "$.authority", "xAPI-Data 2.4.9");
    }
  }

  @Nested
  class Versions {

    @Test
    void versionMustStartWith10ForXapi103() {
      for (String ok : List.of("1.0", "1.0.0", "1.0.3", "1.0.9", "1.0.10")) {
        valid(V1_0_3, set(MINIMAL, "/version", "\"" + ok + "\""));
      }
      for (String bad : List.of("should fail", "0.9.9", "1.1.0", "2.0.0", "1.0.", "1.0.01", "1", "1.0.0-beta")) {
        invalid(V1_0_3, set(MINIMAL, "/version", "\"" + bad + "\""), "$.version", "xAPI-Data 2.4.10");
      }
    }

    @Test
    void versionMayStartWith10Or20ForXapi20() {
      for (String ok : List.of("1.0.0", "1.0.3", "2.0", "2.0.0", "2.0.7")) {
        valid(V2_0, set(MINIMAL, "/version", "\"" + ok + "\""));
      }
      for (String bad : List.of("2.1.0", "3.0.0", "0.95", "2.0.x")) {
        invalid(V2_0, set(MINIMAL, "/version", "\"" + bad + "\""), "$.version", "xAPI-Data 2.4.10");
      }
    }
  }

  @Nested
  class Attachments {

    @Test
    void attachmentMustHaveUsageTypeDisplayContentTypeLengthAndSha2() {
      validInBoth(set(MINIMAL, "/attachments", "[" + ATTACHMENT + "]"));
      for (String required : List.of("usageType", "display", "contentType", "length", "sha2")) {
        invalidInBoth(set(MINIMAL, "/attachments", "[" + remove(ATTACHMENT, "/" + required) + "]"),
            "$.attachments[0]", "xAPI-Data 2.4.11");
      }
    }

    @Test
    void attachmentsMustBeAnArrayOfAttachmentObjects() {
      validInBoth(set(MINIMAL, "/attachments", "[]"));
      invalidInBoth(set(MINIMAL, "/attachments", ATTACHMENT), "$.attachments", "xAPI-Data 2.4.11");
      invalidInBoth(set(MINIMAL, "/attachments", "[12345]"), "$.attachments[0]", "xAPI-Data 2.4.11");
    }

    @Test
    void attachmentUsageTypeMustBeAnIri() {
      invalidInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/usageType", "\"certificate\"") + "]"),
          "$.attachments[0].usageType", "xAPI-Data 2.4.11");
    }

    @Test
    void attachmentContentTypeMustBeAnInternetMediaType() {
      validInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/contentType", "\"text/plain; charset=ascii\"") + "]"));
      for (String bad : List.of("\"text\"", "\"text/\"", "\"text/plain;\"", "12345")) {
        invalidInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/contentType", bad) + "]"),
            "$.attachments[0].contentType", "xAPI-Data 2.4.11");
      }
    }

    @Test
    void attachmentLengthMustBeANonNegativeInteger() {
      validInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/length", "0") + "]"));
      for (String bad : List.of("\"4235\"", "42.5", "-1", "99999999999999999999")) {
        invalidInBoth(set(MINIMAL, "/attachments", "[" + ATTACHMENT.replace("4235", bad) + "]"),
            "$.attachments[0].length", "xAPI-Data 2.4.11");
      }
    }

    @Test
    void attachmentSha2MustBeAHexSha2Hash() {
      String sha512 = "a".repeat(128);
      validInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/sha2", "\"" + sha512 + "\"") + "]"));
      for (String bad : List.of("\"should fail\"", "12345", "\"" + "a".repeat(40) + "\"")) {
        invalidInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/sha2", bad) + "]"),
            "$.attachments[0].sha2", "xAPI-Data 2.4.11");
      }
    }

    @Test
    void attachmentFileUrlMustBeAnIrl() {
      validInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/fileUrl", "\"http://over.there.com/file.txt\"") + "]"));
      invalidInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/fileUrl", "\"should fail\"") + "]"),
          "$.attachments[0].fileUrl", "xAPI-Data 2.4.11");
    }

    @Test
    void attachmentDisplayAndDescriptionMustBeLanguageMaps() {
      validInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/description", "{\"es-MX\": \"Certificado\"}") + "]"));
      invalidInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/display", "\"Certificate\"") + "]"),
          "$.attachments[0].display", "xAPI-Data 2.4.11");
      invalidInBoth(set(MINIMAL, "/attachments", "[" + set(ATTACHMENT, "/description", "{\"es-MX-\": \"x\"}") + "]"),
          "$.attachments[0].description['es-MX-']", "xAPI-Data 4.2");
    }

    @Test
    void signatureAttachmentMustHaveContentTypeApplicationOctetStream() {
      validInBoth(resource("spec-examples/statement-appendix-d-signed-with-signature-attachment.json"));
      String signature = set(ATTACHMENT, "/usageType", "\"" + Attachment.SIGNATURE_USAGE_TYPE + "\"");
      invalidInBoth(set(MINIMAL, "/attachments", "[" + signature + "]"), "$.attachments[0].contentType", "xAPI-Data 2.6");
    }
  }

  @Nested
  class ExtensionsAndLanguageMaps {

    @Test
    void extensionKeysMustBeIris() {
      validInBoth(set(MINIMAL, "/context/extensions/http:~1~1example.com~1altitude", "3400"));
      invalidInBoth(set(MINIMAL, "/context/extensions/altitude", "3400"), "$.context.extensions.altitude", "xAPI-Data 4.1");
      invalidInBoth(set(MINIMAL, "/object/definition/extensions/room", "1"), "$.object.definition.extensions.room", "xAPI-Data 4.1");
    }

    @Test
    void extensionValuesMayBeAnyJsonValue() {
      for (String value : List.of("true", "1.5", "\"\"", "null", "{}", "[]", "{\"a\": [1, {\"b\": null}]}")) {
        validInBoth(set(MINIMAL, "/result/extensions/http:~1~1example.com~1x", value));
      }
      invalidInBoth(set(MINIMAL, "/result/extensions", "\"x\""), "$.result.extensions", "xAPI-Data 4.1");
    }

    @Test
    void languageMapKeysMustBeRfc5646LanguageTags() {
      for (String tag : List.of("de", "de-DE", "zh-Hant", "sr-Latn-RS", "cmn", "ase", "es-419", "zh-Hans-CN", "i-klingon",
          "x-private", "en-US-x-twain", "de-CH-1996", "sl-rozaj-biske", "en-a-bbb-x-a-ccc", "zh-min-nan")) {
        validInBoth(set(MINIMAL, "/verb/display", "{\"" + tag + "\": \"completed\"}"));
      }
      for (String tag : List.of("english language", "en_US", "zh-z-aaa-z-bbb-c-ccc", "", "en--US", "12", "en-", "de-DE-1996-1996",
          "toolongsubtag-x", "a")) {
        invalidInBoth(set(MINIMAL, "/verb/display", "{\"" + tag + "\": \"completed\"}"),
            "$.verb.display" + org.framsteg.xapi.internal.rules.Paths.member(tag), "xAPI-Data 4.2");
      }
    }
  }

  @Nested
  class Xapi20ContextAgentsAndGroups {

    private static final String CONTEXT_AGENT =
        "{\"objectType\": \"contextAgent\", \"agent\": {\"objectType\": \"Agent\", \"mbox\": \"mailto:player-1@example.com\"},"
            + " \"relevantTypes\": [\"https://example.com/activity-types/quarterback\"]}";
    private static final String CONTEXT_GROUP =
        "{\"objectType\": \"contextGroup\", \"group\": {\"objectType\": \"Group\", \"mbox\": \"mailto:team-1@example.com\"},"
            + " \"relevantTypes\": [\"https://example.com/activity-types/team/a\"]}";

    @Test
    void contextAgentsAndContextGroupsAreDefinedByXapi20Only() {
      valid(V2_0, set(MINIMAL, "/context/contextAgents", "[" + CONTEXT_AGENT + "]"));
      valid(V2_0, set(MINIMAL, "/context/contextGroups", "[" + CONTEXT_GROUP + "]"));
      invalid(V1_0_3, set(MINIMAL, "/context/contextAgents", "[" + CONTEXT_AGENT + "]"), "$.context.contextAgents",
          "xAPI 2.0 (IEEE 9274.1.1) Context Agents");
      invalid(V1_0_3, set(MINIMAL, "/context/contextGroups", "[" + CONTEXT_GROUP + "]"), "$.context.contextGroups",
          "xAPI 2.0 (IEEE 9274.1.1) Context Groups");
    }

    @Test
    void contextAgentMustHaveObjectTypeContextAgentAndAValidAgent() {
      invalid(V2_0, set(MINIMAL, "/context/contextAgents", "[" + set(CONTEXT_AGENT, "/objectType", "\"Should fail\"") + "]"),
          "$.context.contextAgents[0].objectType", "xAPI 2.0 (IEEE 9274.1.1) Context Agents");
      invalid(V2_0, set(MINIMAL, "/context/contextAgents", "[" + remove(CONTEXT_AGENT, "/objectType") + "]"),
          "$.context.contextAgents[0]", "xAPI 2.0 (IEEE 9274.1.1) Context Agents");
      invalid(V2_0, set(MINIMAL, "/context/contextAgents", "[" + set(CONTEXT_AGENT, "/agent", "{\"key\": \"Should fail\"}") + "]"),
          "$.context.contextAgents[0].agent", "xAPI-Data 2.4.2.1");
      invalid(V2_0, set(MINIMAL, "/context/contextAgents", "[" + set(CONTEXT_AGENT, "/agent", "{\"objectType\": \"Group\", \"mbox\": \"mailto:team-1@example.com\"}") + "]"),
          "$.context.contextAgents[0].agent", "xAPI 2.0 (IEEE 9274.1.1) Context Agents");
    }

    @Test
    void contextAgentRelevantTypesMustBeOneOrMoreIris() {
      valid(V2_0, set(MINIMAL, "/context/contextAgents", "[" + remove(CONTEXT_AGENT, "/relevantTypes") + "]"));
      invalid(V2_0, set(MINIMAL, "/context/contextAgents", "[" + set(CONTEXT_AGENT, "/relevantTypes", "[]") + "]"),
          "$.context.contextAgents[0].relevantTypes", "xAPI 2.0 (IEEE 9274.1.1) Context Agents");
      invalid(V2_0, set(MINIMAL, "/context/contextAgents", "[" + set(CONTEXT_AGENT, "/relevantTypes", "[\"abc\"]") + "]"),
          "$.context.contextAgents[0].relevantTypes[0]", "xAPI 2.0 (IEEE 9274.1.1) Context Agents");
    }

    @Test
    void contextGroupMustHaveObjectTypeContextGroupAValidGroupAndIriRelevantTypes() {
      String spec = resource("spec-examples/statement-2.4-simplest.json");
      valid(V2_0, set(spec, "/context/contextGroups", "[" + CONTEXT_GROUP + ", " + CONTEXT_GROUP + "]"));
      invalid(V2_0, set(MINIMAL, "/context/contextGroups", "[" + set(CONTEXT_GROUP, "/objectType", "\"contextAgent\"") + "]"),
          "$.context.contextGroups[0].objectType", "xAPI 2.0 (IEEE 9274.1.1) Context Groups");
      invalid(V2_0, set(MINIMAL, "/context/contextGroups", "[" + set(CONTEXT_GROUP, "/group", AGENT_ACCOUNT) + "]"),
          "$.context.contextGroups[0].group", "xAPI 2.0 (IEEE 9274.1.1) Context Groups");
      invalid(V2_0, set(MINIMAL, "/context/contextGroups", "[" + set(CONTEXT_GROUP, "/relevantTypes", "[]") + "]"),
          "$.context.contextGroups[0].relevantTypes", "xAPI 2.0 (IEEE 9274.1.1) Context Groups");
      invalid(V2_0, set(MINIMAL, "/context/contextGroups", "[" + set(CONTEXT_GROUP, "/relevantTypes", "[\"team a\"]") + "]"),
          "$.context.contextGroups[0].relevantTypes[0]", "xAPI 2.0 (IEEE 9274.1.1) Context Groups");
      invalid(V2_0, set(MINIMAL, "/context/contextGroups", CONTEXT_GROUP),
          "$.context.contextGroups", "xAPI 2.0 (IEEE 9274.1.1) Context Groups");
    }
  }

  @Nested
  class Reporting {

    @Test
    void everyProblemIsListedWithPathRuleAndSection() {
      String json = """
          {"actor": {"mbox": "anna@example.com", "hobby": "chess"},
           "verb": {"id": "completed"},
           "object": {"objectType": "StatementRef", "id": "e05aa883-acaf-40ad-bf54-02c8ce485fb0"},
           "result": {"score": {"scaled": 1.5}, "success": "yes"},
           "context": {"platform": "web", "language": "en_GB"},
           "timestamp": "yesterday"}
          """;
      List<String> messages = violations(V2_0, json).stream().map(Violation::toString).toList();
      assertThat(messages).containsExactlyInAnyOrder(
          "$.actor.hobby: is not a property defined by xAPI 2.0 (xAPI-Data 2.2)",
          "$.actor.mbox: must be a mailto: IRI with one email address (xAPI-Data 2.4.2.3)",
          "$.verb.id: must be an IRI (with a scheme, e.g. https://...) (xAPI-Data 2.4.3)",
          "$.result.score.scaled: must be between -1 and 1, inclusive (xAPI-Data 2.4.5.1)",
          "$.result.success: must be true or false, not a string (xAPI-Data 2.4.5)",
          "$.context.language: must be an RFC 5646 language tag (xAPI-Data 2.4.6)",
          "$.context.platform: may only be used when the object is an Activity, not a StatementRef (xAPI-Data 2.4.6)",
          "$.timestamp: must be an ISO 8601 timestamp: expected 4-digit year at character 1 "
              + "(ISO 8601 date and time such as 2015-11-18T12:17:00.000Z) (xAPI-Data 4.5)");
    }

    @Test
    void readingAnArrayReportsProblemsWithTheIndexOfEachStatement() {
      String array = "[" + MINIMAL + "," + set(MINIMAL, "/actor/mbox", "\"x\"") + "]";
      StatementValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
          () -> Xapi.reader(V2_0).readArray(array), StatementValidationException.class);
      assertThat(e.violations()).extracting(Violation::path).containsExactly("$[1].actor.mbox");
      assertThat(Xapi.reader(V2_0).readArray("[" + MINIMAL + "," + MINIMAL + "]")).hasSize(2);
    }
  }
}
