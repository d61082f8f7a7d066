package org.framsteg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.core.json.JsonFixtures.head;
import static org.framsteg.core.json.JsonFixtures.json;
import static org.framsteg.core.json.JsonFixtures.problems;
import static org.framsteg.core.json.JsonFixtures.withActivities;
import static org.framsteg.core.json.JsonFixtures.withCourseRule;
import static org.framsteg.core.json.JsonFixtures.withMedia;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.framsteg.core.course.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every kind of problem a course file can have is reported with its path in the file and the rule
 * broken, and all problems of a file are reported together in document order.
 */
class CourseJsonValidationTest {

  private static final String VIDEO = "{'kind': 'video', 'source': 'v.mp4', 'duration': 'PT1M'}";

  @Nested
  class TheFormatMarker {
    @Test
    void anUnknownFormatIsTheOnlyProblemReported() {
      String json = json("{'format': 'framsteg-course/2', 'id': 5, 'modules': 'none', 'anything': true}");

      assertThat(problems(json)).containsExactly(
          "format: unknown format 'framsteg-course/2'; this version of Framsteg reads framsteg-course/1");
    }

    @Test
    void aMissingFormatIsReportedAlongWithTheRest() {
      String json = json("{'id': 'https://example.org/c', 'title': {'sv': 'Kurs'}, " + JsonFixtures.oneModule()
          + ", 'colour': 1}");

      assertThat(problems(json)).containsExactly(
          "format: is required; a course file starts with \"format\": \"framsteg-course/1\"",
          "colour: unknown field, expected one of format, id, version, title, description, languages,"
              + " publisher, audience, licence, modules, completion");
    }

    @Test
    void aFormatThatIsNotAStringIsReported() {
      String json = json("{'format': 1, 'id': 'https://example.org/c', 'title': {'sv': 'Kurs'}, "
          + JsonFixtures.oneModule() + "}");

      assertThat(problems(json)).containsExactly("format: must be the string \"framsteg-course/1\", found a number");
    }
  }

  @Nested
  class MissingAndUnknownKeys {
    @Test
    void requiredKeysOfTheCourseAreNamed() {
      assertThat(problems(json("{'format': 'framsteg-course/1'}"))).containsExactly(
          "id: is required", "title: is required", "modules: is required");
    }

    @Test
    void requiredKeysOfModulesActivitiesAndMediaAreNamedWithTheirPaths() {
      String json = json("{" + head() + ", 'modules': [{'activities': [{'media': {'kind': 'video'}}]}, {}]}");

      assertThat(problems(json)).containsExactly(
          "modules[0].id: is required",
          "modules[0].title: is required",
          "modules[0].activities[0].id: is required",
          "modules[0].activities[0].title: is required",
          "modules[0].activities[0].media.source: is required",
          "modules[0].activities[0].media.duration: is required",
          "modules[1].id: is required",
          "modules[1].title: is required",
          "modules[1].activities: is required");
    }

    @Test
    void requiredKeysOfEveryMediaKindAreNamed() {
      assertThat(problems(withMedia("{}"))).containsExactly("modules[0].activities[0].media.kind: is required");
      assertThat(problems(withMedia("{'kind': 'document'}")))
          .containsExactly("modules[0].activities[0].media.source: is required");
      assertThat(problems(withMedia("{'kind': 'link'}")))
          .containsExactly("modules[0].activities[0].media.url: is required");
      assertThat(problems(withMedia("{'kind': 'assessment'}"))).containsExactly(
          "modules[0].activities[0].media.maxScore: is required",
          "modules[0].activities[0].media.passingScore: is required");
      assertThat(problems(withMedia("{'kind': 'podcast', 'source': 'p.mp3'}")))
          .containsExactly("modules[0].activities[0].media.duration: is required");
    }

    @Test
    void anActivityWithoutMediaIsReported() {
      assertThat(problems(withActivities("{'id': 'a', 'title': {'sv': 'A'}}")))
          .containsExactly("modules[0].activities[0].media: is required");
    }

    @Test
    void nullForARequiredKeyIsReportedAsSuch() {
      assertThat(problems(json("{'format': 'framsteg-course/1', 'id': null, 'title': {'sv': 'K'}, "
          + JsonFixtures.oneModule() + "}")))
          .containsExactly("id: is required, found null");
    }

    @Test
    void unknownKeysAreErrorsThatNameTheKeyAndTheKnownOnes() {
      String json = withActivities("{'id': 'a', 'title': {'sv': 'A'}, 'titel': {'sv': 'A'},"
          + " 'media': {'kind': 'video', 'source': 'v.mp4', 'duration': 'PT1M', 'length': 'PT1M'}}");

      assertThat(problems(json)).containsExactly(
          "modules[0].activities[0].titel: unknown field, expected one of id, title, description, required,"
              + " estimatedTime, media, completion",
          "modules[0].activities[0].media.length: unknown field, expected one of kind, source, duration,"
              + " language, captions, transcripts");
    }

    @Test
    void unknownKeysOfEachMediaKindListThatKindsKeys() {
      assertThat(problems(withMedia("{'kind': 'podcast', 'source': 'p.mp3', 'duration': 'PT1M', 'pages': 3}")))
          .containsExactly("modules[0].activities[0].media.pages: unknown field, expected one of kind, source,"
              + " duration, language, series, episode, captions, transcripts");
      assertThat(problems(withMedia("{'kind': 'document', 'source': 'd.pdf', 'duration': 'PT1M'}")))
          .containsExactly("modules[0].activities[0].media.duration: unknown field, expected one of kind, source,"
              + " pages, language");
      assertThat(problems(withMedia("{'kind': 'link', 'url': 'https://example.org/', 'source': 'x'}")))
          .containsExactly("modules[0].activities[0].media.source: unknown field, expected one of kind, url");
      assertThat(problems(withMedia("{'kind': 'assessment', 'maxScore': 1, 'passingScore': 1, 'pass': 1}")))
          .containsExactly("modules[0].activities[0].media.pass: unknown field, expected one of kind, maxScore,"
              + " passingScore, attemptsAllowed");
    }

    @Test
    void keysThatAreNotPlainNamesAreQuotedInPaths() {
      assertThat(problems(json("{" + head() + ", " + JsonFixtures.oneModule() + ", 'a b.c': 1}"))).singleElement()
          .asString()
          .startsWith("[\"a b.c\"]: unknown field");
    }
  }

  @Nested
  class WrongTypes {
    @Test
    void eachKindOfValueNamesWhatWasExpectedAndWhatWasFound() {
      String json = json("{'format': 'framsteg-course/1', 'id': 7, 'version': 2, 'title': 'Kurs',"
          + " 'languages': 'sv', 'publisher': ['a'], 'modules': {}}");

      assertThat(problems(json)).containsExactly(
          "id: must be a string, found a number",
          "version: must be a string, found a number",
          "title: must be an object of language tag to text, such as {\"sv\": \"...\", \"en\": \"...\"},"
              + " found a string",
          "languages: must be an array of strings, found a string",
          "publisher: must be a string, found an array",
          "modules: must be an array of modules, found an object");
    }

    @Test
    void elementsOfArraysAreCheckedOneByOne() {
      String json = json("{" + head() + ", 'languages': ['sv', 1, null], 'modules': [3, {'id': 'm',"
          + " 'title': {'sv': 'M'}, 'required': 'yes', 'activities': [true, {'id': 'a', 'title': {'sv': 'A'},"
          + " 'media': 'video'}]}]}");

      assertThat(problems(json)).containsExactly(
          "languages[1]: must be a string, found a number",
          "languages[2]: must be a string, found null",
          "modules[0]: must be a module object, found a number",
          "modules[1].required: must be true or false, found a string",
          "modules[1].activities[0]: must be an activity object, found true",
          "modules[1].activities[1].media: must be a media object such as {\"kind\": \"video\", \"source\":"
              + " \"...\", \"duration\": \"PT12M\"}, found a string");
    }

    @Test
    void wholeNumbersMustBeWholeAndFitAnInt() {
      assertThat(problems(withMedia("{'kind': 'document', 'source': 'd.pdf', 'pages': 2.5}")))
          .containsExactly("modules[0].activities[0].media.pages: must be a whole number, found 2.5");
      assertThat(problems(withMedia("{'kind': 'document', 'source': 'd.pdf', 'pages': 99999999999}")))
          .containsExactly("modules[0].activities[0].media.pages: must be a whole number from -2147483648 to"
              + " 2147483647, found 99999999999");
      assertThat(problems(withMedia("{'kind': 'document', 'source': 'd.pdf', 'pages': '3'}")))
          .containsExactly("modules[0].activities[0].media.pages: must be a whole number, found a string");
    }

    @Test
    void aWholeNumberWrittenWithAFractionOfZeroIsAccepted() {
      Document document = (Document) CourseJson.read(withMedia("{'kind': 'document', 'source': 'd.pdf', 'pages': 3.0}"))
          .activities().findFirst().orElseThrow().media();

      assertThat(document.pages()).contains(3);
    }

    @Test
    void numbersMustBeNumbersAndFinite() {
      assertThat(problems(withMedia("{'kind': 'assessment', 'maxScore': '20', 'passingScore': 1e400}")))
          .containsExactly(
              "modules[0].activities[0].media.maxScore: must be a number, found a string",
              "modules[0].activities[0].media.passingScore: must be a number no larger than 1.7976931348623157E308");
    }

    @Test
    void captionsAreAMapOfTagToUri() {
      assertThat(problems(withMedia("{'kind': 'video', 'source': 'v.mp4', 'duration': 'PT1M', 'captions': ['sv'],"
          + " 'transcripts': {'sv': 3}}"))).containsExactly(
              "modules[0].activities[0].media.captions: must be an object of language tag to URI, such as"
                  + " {\"sv\": \"media/intro.sv.vtt\"}, found an array",
              "modules[0].activities[0].media.transcripts.sv: must be a string, found a number");
    }
  }

  @Nested
  class Values {
    @Test
    void anUnknownMediaKindListsTheKnownOnes() {
      assertThat(problems(withMedia("{'kind': 'vidoe', 'source': 'v.mp4', 'duration': 'PT1M'}"))).containsExactly(
          "modules[0].activities[0].media.kind: unknown media kind 'vidoe', expected one of video, audio,"
              + " podcast, document, link, assessment");
    }

    @Test
    void durationsMustBeIso8601() {
      assertThat(problems(withMedia("{'kind': 'video', 'source': 'v.mp4', 'duration': '12:30'}"))).containsExactly(
          "modules[0].activities[0].media.duration: must be an ISO-8601 duration such as \"PT12M30.5S\","
              + " found '12:30'");
      assertThat(problems(withActivities("{'id': 'a', 'title': {'sv': 'A'}, 'estimatedTime': 'PT', 'media': "
          + VIDEO + "}"))).containsExactly(
              "modules[0].activities[0].estimatedTime: must be an ISO-8601 duration such as \"PT12M30.5S\","
                  + " found 'PT'");
    }

    @Test
    void mediaDurationsMustBePositiveWithMillisecondPrecision() {
      assertThat(problems(withMedia("{'kind': 'video', 'source': 'v.mp4', 'duration': 'PT0S'}")))
          .containsExactly("modules[0].activities[0].media.duration: must be positive");
      assertThat(problems(withMedia("{'kind': 'audio', 'source': 'a.mp3', 'duration': '-PT5M'}")))
          .containsExactly("modules[0].activities[0].media.duration: must be positive");
      assertThat(problems(withMedia("{'kind': 'podcast', 'source': 'p.mp3', 'duration': 'PT1.0001S'}")))
          .containsExactly("modules[0].activities[0].media.duration: must have at most millisecond precision");
    }

    @Test
    void mediaAndEstimatesLastAtMostAboutTwentyFourDays() {
      assertThat(problems(withMedia("{'kind': 'video', 'source': 'v.mp4', 'duration': 'PT600H'}"))).containsExactly(
          "modules[0].activities[0].media.duration: must be at most 2147483647 ms (about 24 days), was PT600H");
      assertThat(problems(withActivities("{'id': 'a', 'title': {'sv': 'A'}, 'estimatedTime': 'P30D', 'media': "
          + VIDEO + "}"))).containsExactly(
              "modules[0].activities[0].estimatedTime: must be at most 2147483647 ms (about 24 days), was PT720H");
    }

    @Test
    void estimatedTimeMustBePositive() {
      assertThat(problems(withActivities("{'id': 'a', 'title': {'sv': 'A'}, 'estimatedTime': 'PT0S', 'media': "
          + VIDEO + "}"))).containsExactly("modules[0].activities[0].estimatedTime: must be positive");
    }

    @Test
    void urisMustBeUris() {
      assertThat(problems(withMedia("{'kind': 'video', 'source': 'media/a b.mp4', 'duration': 'PT1M'}")))
          .containsExactly("modules[0].activities[0].media.source: must be a URI (Illegal character in path at"
              + " index 7), found 'media/a b.mp4'");
    }

    @Test
    void linksMustBeAbsolute() {
      assertThat(problems(withMedia("{'kind': 'link', 'url': 'www.kb.se'}")))
          .containsExactly("modules[0].activities[0].media.url: must be an absolute URL, was 'www.kb.se'");
    }

    @Test
    void countsMustBeOneOrMore() {
      assertThat(problems(withMedia("{'kind': 'podcast', 'source': 'p.mp3', 'duration': 'PT1M', 'episode': 0}")))
          .containsExactly("modules[0].activities[0].media.episode: must be 1 or more");
      assertThat(problems(withMedia("{'kind': 'document', 'source': 'd.pdf', 'pages': -1}")))
          .containsExactly("modules[0].activities[0].media.pages: must be 1 or more");
      assertThat(problems(withMedia("{'kind': 'assessment', 'maxScore': 1, 'passingScore': 1, 'attemptsAllowed': 0}")))
          .containsExactly("modules[0].activities[0].media.attemptsAllowed: must be 1 or more");
    }

    @Test
    void assessmentScoresMustBeInRange() {
      assertThat(problems(withMedia("{'kind': 'assessment', 'maxScore': 10, 'passingScore': 12}")))
          .containsExactly("modules[0].activities[0].media.passingScore: must not be above maxScore (10.0)");
      assertThat(problems(withMedia("{'kind': 'assessment', 'maxScore': 0, 'passingScore': 0}")))
          .containsExactly("modules[0].activities[0].media.maxScore: must be positive");
      assertThat(problems(withMedia("{'kind': 'assessment', 'maxScore': 10, 'passingScore': -1}")))
          .containsExactly("modules[0].activities[0].media.passingScore: must be 0 or more");
    }

    @Test
    void aMissingScoreDoesNotMakeTheOtherLookWrong() {
      // A missing key is listed where its object starts.
      assertThat(problems(withMedia("{'kind': 'assessment', 'maxScore': -5}"))).containsExactly(
          "modules[0].activities[0].media.passingScore: is required",
          "modules[0].activities[0].media.maxScore: must be positive");
    }

    @Test
    void languageTagsMustBeWellFormedWhereverTheyAre() {
      String json = json("{" + head().replace("{'sv': 'Kurs'}", "{'sv': 'Kurs', 'en_GB': 'Course'}")
          + ", 'languages': ['sv', 'svenska!'], 'modules': [{'id': 'm', 'title': {'sv': 'M'}, 'activities': ["
          + "{'id': 'a', 'title': {'sv': 'A'}, 'media': {'kind': 'video', 'source': 'v.mp4', 'duration': 'PT1M',"
          + " 'language': 'x', 'captions': {'sv_SE': 'v.vtt'}}}]}]}");

      assertThat(problems(json)).containsExactly(
          "title.en_GB: 'en_GB' is not a well-formed BCP 47 language tag",
          "languages[1]: 'svenska!' is not a well-formed BCP 47 language tag",
          "modules[0].activities[0].media.language: 'x' is not a well-formed BCP 47 language tag",
          "modules[0].activities[0].media.captions.sv_SE: 'sv_SE' is not a well-formed BCP 47 language tag");
    }

    @Test
    void textsMustNotBeEmptyBlankOrGiveALanguageTwice() {
      String json = json("{'format': 'framsteg-course/1', 'id': 'https://example.org/c', 'title': {},"
          + " 'description': {'sv': '  '}, 'audience': {'sv-se': 'a', 'sv-SE': 'b'}, " + JsonFixtures.oneModule() + "}");

      assertThat(problems(json)).containsExactly(
          "title: must have a text in at least one language",
          "description.sv: text for language 'sv' must not be blank",
          "audience.sv-SE: the same language as 'sv-se'; give each language once");
    }

    @Test
    void idsMustBeUsable() {
      String json = json("{'format': 'framsteg-course/1', 'id': ' ', 'version': '', 'title': {'sv': 'K'},"
          + " 'modules': [{'id': 'modul ett', 'title': {'sv': 'M'}, 'activities': [{'id': 'a', 'title': {'sv': 'A'},"
          + " 'media': " + VIDEO + "}]}]}");

      assertThat(problems(json)).containsExactly(
          "id: must not be blank",
          "version: must not be blank",
          "modules[0].id: must not contain white space or control characters");
    }
  }

  @Nested
  class RuleShapes {
    @Test
    void aRuleIsAnObjectWithExactlyOneKey() {
      assertThat(problems(withCourseRule("'completed'"))).containsExactly(
          "completion: must be a rule object with one key, such as {\"completed\": \"<activity id>\"}, found a string");
      assertThat(problems(withCourseRule("{}"))).containsExactly(
          "completion: a rule object has exactly one key, one of allOf, anyOf, atLeast, weighted, completed,"
              + " moduleCompleted, played, scoreAtLeast, passed, timeSpent, markedDone, before; found none");
      assertThat(problems(withCourseRule("{'completed': 'v', 'passed': 'q'}"))).containsExactly(
          "completion: a rule object has exactly one key, one of allOf, anyOf, atLeast, weighted, completed,"
              + " moduleCompleted, played, scoreAtLeast, passed, timeSpent, markedDone, before; found 2:"
              + " \"completed\", \"passed\"");
    }

    @Test
    void anUnknownRuleKeyListsTheKnownOnes() {
      assertThat(problems(withCourseRule("{'allOff': []}"))).containsExactly(
          "completion.allOff: unknown rule 'allOff', expected one of allOf, anyOf, atLeast, weighted, completed,"
              + " moduleCompleted, played, scoreAtLeast, passed, timeSpent, markedDone, before");
    }

    @Test
    void groupsNeedAnArrayOfAtLeastOneRule() {
      assertThat(problems(withCourseRule("{'allOf': {'completed': 'v'}}")))
          .containsExactly("completion.allOf: must be an array of rules, found an object");
      assertThat(problems(withCourseRule("{'anyOf': []}"))).containsExactly("completion.anyOf: must not be empty");
      assertThat(problems(withCourseRule("{'allOf': [{'completed': 'v'}, 3]}"))).containsExactly(
          "completion.allOf[1]: must be a rule object with one key, such as {\"completed\": \"<activity id>\"},"
              + " found a number");
    }

    @Test
    void atLeastNeedsACountWithinItsRules() {
      assertThat(problems(withCourseRule("{'atLeast': {'count': 3, 'rules': [{'completed': 'v'}, {'completed': 'd'}]}}")))
          .containsExactly("completion.atLeast.count: must be between 1 and the number of rules (2), was 3");
      assertThat(problems(withCourseRule("{'atLeast': {'count': 0, 'rules': [{'completed': 'v'}]}}")))
          .containsExactly("completion.atLeast.count: must be between 1 and the number of rules (1), was 0");
      assertThat(problems(withCourseRule("{'atLeast': {'rules': [], 'least': 1}}"))).containsExactly(
          "completion.atLeast.count: is required",
          "completion.atLeast.least: unknown field, expected one of count, rules");
      assertThat(problems(withCourseRule("{'atLeast': {'count': 3, 'rules': [{'completed': 'v'}, {'completd': 'd'}]}}")))
          .containsExactly(
              "completion.atLeast.count: must be between 1 and the number of rules (2), was 3",
              "completion.atLeast.rules[1].completd: unknown rule 'completd', expected one of allOf, anyOf, atLeast,"
                  + " weighted, completed, moduleCompleted, played, scoreAtLeast, passed, timeSpent, markedDone, before");
      assertThat(problems(withCourseRule("{'atLeast': {'count': 1, 'rules': []}}")))
          .containsExactly("completion.atLeast.rules: must not be empty");
    }

    @Test
    void weightedNeedsAThresholdAndPositiveWeights() {
      assertThat(problems(withCourseRule("{'weighted': {'threshold': 1.5, 'parts': [{'weight': 0, 'rule':"
          + " {'completed': 'v'}}, {'weight': 1, 'rule': {'completed': 'd'}, 'note': 'x'}, {'rule': {'completed': 'q'}}]}}")))
          .containsExactly(
              "completion.weighted.threshold: must be in (0, 1], was 1.5",
              "completion.weighted.parts[0].weight: must be a positive number, was 0.0",
              "completion.weighted.parts[1].note: unknown field, expected one of weight, rule",
              "completion.weighted.parts[2].weight: is required");
      assertThat(problems(withCourseRule("{'weighted': {'threshold': 1.5, 'parts': [{'weight': 1, 'rule':"
          + " {'completed': 'v'}}]}}"))).containsExactly("completion.weighted.threshold: must be in (0, 1], was 1.5");
      assertThat(problems(withCourseRule("{'weighted': {'threshold': 0, 'parts': []}}"))).containsExactly(
          "completion.weighted.threshold: must be in (0, 1], was 0.0",
          "completion.weighted.parts: must not be empty");
    }

    @Test
    void fractionsAreBetweenZeroAndOne() {
      assertThat(problems(withCourseRule("{'played': {'activity': 'v', 'fraction': 90}}")))
          .containsExactly("completion.played.fraction: must be in [0, 1], was 90.0");
      assertThat(problems(withCourseRule("{'scoreAtLeast': {'activity': 'q', 'minimum': -0.1}}")))
          .containsExactly("completion.scoreAtLeast.minimum: must be in [0, 1], was -0.1");
      assertThat(problems(withCourseRule("{'played': {'activity': 'v'}}")))
          .containsExactly("completion.played.fraction: is required");
    }

    @Test
    void idsInRulesMustNotBeBlankAndTimeSpentMustBePositive() {
      assertThat(problems(withCourseRule("{'allOf': [{'completed': ''}, {'passed': ' '}, {'markedDone': 1},"
          + " {'moduleCompleted': ''}, {'timeSpent': 'PT0S'}, {'timeSpent': 'two hours'}]}"))).containsExactly(
              "completion.allOf[0].completed: must not be blank",
              "completion.allOf[1].passed: must not be blank",
              "completion.allOf[2].markedDone: must be a string, found a number",
              "completion.allOf[3].moduleCompleted: must not be blank",
              "completion.allOf[4].timeSpent: must be positive, was PT0S",
              "completion.allOf[5].timeSpent: must be an ISO-8601 duration such as \"PT12M30.5S\", found 'two hours'");
    }

    @Test
    void beforeNeedsExactlyOneKindOfDeadline() {
      assertThat(problems(withCourseRule("{'before': {'rule': {'completed': 'v'}}}"))).containsExactly(
          "completion.before: needs a deadline (an instant such as \"2026-12-31T23:59:59Z\") or daysAfterEnrolment");
      assertThat(problems(withCourseRule("{'before': {'deadline': '2026-12-31T23:59:59Z', 'daysAfterEnrolment': 3,"
          + " 'rule': {'completed': 'v'}}}")))
          .containsExactly("completion.before: give either deadline or daysAfterEnrolment, not both");
      assertThat(problems(withCourseRule("{'before': {'daysAfterEnrolment': -1, 'rule': {'completed': 'v'}}}")))
          .containsExactly("completion.before.daysAfterEnrolment: must be 0 or more, was -1");
      assertThat(problems(withCourseRule("{'before': {'deadline': '31/12/2026', 'rule': {'completed': 'v'}}}")))
          .containsExactly("completion.before.deadline: must be an ISO-8601 instant in UTC such as"
              + " \"2026-12-31T23:59:59Z\", found '31/12/2026'");
      assertThat(problems(withCourseRule("{'before': {'daysAfterEnrolment': 3}}")))
          .containsExactly("completion.before.rule: is required");
    }
  }

  @Nested
  class TheCourseAsAWhole {
    @Test
    void rulesMustNameExistingActivitiesAndModules() {
      assertThat(problems(withCourseRule("{'anyOf': [{'completed': 'x'}, {'moduleCompleted': 'm9'},"
          + " {'played': {'activity': 'y', 'fraction': 1}}]}"))).containsExactly(
              "completion.anyOf[0].completed: no activity with id 'x'",
              "completion.anyOf[1].moduleCompleted: no module with id 'm9'",
              "completion.anyOf[2].played.activity: no activity with id 'y'");
    }

    @Test
    void rulesMustSuitTheKindOfActivityTheyName() {
      assertThat(problems(withCourseRule("{'allOf': [{'played': {'activity': 'd', 'fraction': 0.5}},"
          + " {'passed': 'v'}, {'scoreAtLeast': {'activity': 'l', 'minimum': 0.5}}]}"))).containsExactly(
              "completion.allOf[0].played.activity: 'd' is a document; only video, audio and podcast activities"
                  + " can be played",
              "completion.allOf[1].passed: 'v' is a video, not an assessment",
              "completion.allOf[2].scoreAtLeast.activity: 'l' is a link, not an assessment");
    }

    @Test
    void pathsInsideNestedRulesFollowTheFile() {
      assertThat(problems(withCourseRule("{'weighted': {'threshold': 0.5, 'parts': [{'weight': 1, 'rule':"
          + " {'before': {'daysAfterEnrolment': 3, 'rule': {'atLeast': {'count': 1, 'rules': [{'markedDone': 'z'}]}}}}}]}}")))
          .containsExactly("completion.weighted.parts[0].rule.before.rule.atLeast.rules[0].markedDone:"
              + " no activity with id 'z'");
    }

    @Test
    void idsMustBeUniqueAcrossTheCourse() {
      String json = json("{" + head() + ", 'modules': ["
          + "{'id': 'm', 'title': {'sv': 'M'}, 'activities': [{'id': 'a', 'title': {'sv': 'A'}, 'media': " + VIDEO + "},"
          + " {'id': 'a', 'title': {'sv': 'A'}, 'media': " + VIDEO + "}]},"
          + "{'id': 'm', 'title': {'sv': 'M'}, 'activities': [{'id': 'a', 'title': {'sv': 'A'}, 'media': " + VIDEO + "}]}]}");

      assertThat(problems(json)).containsExactly(
          "modules[0].activities[1].id: duplicate id 'a'",
          "modules[1].id: duplicate id 'm', also used at modules[0]",
          "modules[1].activities[0].id: duplicate id 'a', also used at modules[0].activities[0]");
    }

    @Test
    void rulesMayNameActivitiesAndModulesAnywhereInTheCourse() {
      String json = json("{" + head() + ", 'modules': ["
          + "{'id': 'm1', 'title': {'sv': 'M'}, 'activities': [{'id': 'a', 'title': {'sv': 'A'}, 'media': " + VIDEO + ","
          + " 'completion': {'played': {'activity': 'b', 'fraction': 0.5}}}]},"
          + "{'id': 'm2', 'title': {'sv': 'M'}, 'activities': [{'id': 'b', 'title': {'sv': 'B'}, 'media': " + VIDEO + "}],"
          + " 'completion': {'allOf': [{'completed': 'a'}, {'moduleCompleted': 'm1'}]}}]}");

      assertThat(CourseJson.read(json).module("m2").orElseThrow().completion()).isPresent();
    }

    @Test
    void aRuleThatDependsOnItselfThroughOtherRulesIsReported() {
      String json = withActivities(
          "{'id': 'a', 'title': {'sv': 'A'}, 'media': " + VIDEO + ", 'completion': {'completed': 'b'}},"
              + " {'id': 'b', 'title': {'sv': 'B'}, 'media': " + VIDEO + ", 'completion': {'completed': 'a'}}");

      assertThat(problems(json)).containsExactly(
          "modules[0].activities[0].completion: the rule depends on itself through a -> b -> a");
    }

    @Test
    void aCourseNeedsModulesAndAModuleNeedsActivities() {
      assertThat(problems(json("{" + head() + ", 'modules': []}")))
          .containsExactly("modules: a course needs at least one module");
      assertThat(problems(json("{" + head() + ", 'modules': [{'id': 'm', 'title': {'sv': 'M'}, 'activities': []}]}")))
          .containsExactly("modules[0].activities: a module needs at least one activity");
    }

    @Test
    void anActivitysRuleMustNotWaitForItsOwnCompletion() {
      String json = withActivities("{'id': 'a', 'title': {'sv': 'A'}, 'media': " + VIDEO + ","
          + " 'completion': {'anyOf': [{'completed': 'a'}, {'played': {'activity': 'a', 'fraction': 0.5}}]}}");

      assertThat(problems(json)).containsExactly(
          "modules[0].activities[0].completion: an activity's rule must not depend on the activity's own completion");
    }
  }

  @Nested
  class ManyProblemsAtOnce {
    @Test
    void aDuplicateIdAndABadDurationElsewhereAreBothReported() {
      String json = json("{" + head() + ", 'modules': ["
          + "{'id': 'm1', 'title': {'sv': 'M'}, 'activities': [{'id': 'a', 'title': {'sv': 'A'}, 'media': " + VIDEO + "}]},"
          + "{'id': 'm2', 'title': {'sv': 'M'}, 'activities': [{'id': 'b', 'title': {'sv': 'B'},"
          + " 'media': {'kind': 'video', 'source': 'v.mp4', 'duration': 'PT0S'}}, {'id': 'a', 'title': {'sv': 'A2'},"
          + " 'media': " + VIDEO + "}]}]}");

      assertThat(problems(json)).containsExactly(
          "modules[1].activities[0].media.duration: must be positive",
          "modules[1].activities[1].id: duplicate id 'a', also used at modules[0].activities[0]");
    }

    @Test
    void everyProblemOfAFileIsListedInDocumentOrder() {
      // The course rule comes first in the file but is checked last; it is listed first.
      String json = json("{'completion': {'allOf': [{'completed': 'nowhere'}, {'completed': 'a'}]}, " + head() + ", 'languages': ['sv', ''], 'modules': ["
          + "{'id': 'm1', 'title': {'sv': 'M'}, 'activities': [{'id': 'a', 'title': {'sv': 'A'}, 'media': " + VIDEO + "},"
          + " {'id': 'b', 'title': {'sv': 'B'}, 'media': {'kind': 'vidoe', 'source': 'v.mp4', 'duration': 'PT1M'}}]},"
          + "{'id': 'm1', 'title': {'xx yy': 'M'}, 'required': 'no', 'activities': [{'id': 'c', 'title': {'sv': 'C'},"
          + " 'media': {'kind': 'podcast', 'source': 'p.mp3', 'duration': 'PT1.0001S', 'episode': 0}}]}],"
          + " 'licence': 3}");

      assertThat(problems(json)).containsExactly(
          "completion.allOf[0].completed: no activity with id 'nowhere'",
          "languages[1]: language tag must not be blank",
          "modules[0].activities[1].media.kind: unknown media kind 'vidoe', expected one of video, audio, podcast,"
              + " document, link, assessment",
          "modules[1].id: duplicate id 'm1', also used at modules[0]",
          "modules[1].title[\"xx yy\"]: 'xx yy' is not a well-formed BCP 47 language tag",
          "modules[1].required: must be true or false, found a string",
          "modules[1].activities[0].media.duration: must have at most millisecond precision",
          "modules[1].activities[0].media.episode: must be 1 or more",
          "licence: must be a string, found a number");
    }

    @Test
    void aRuleThatNamesAnActivityOfUnknownKindIsNotReportedAgain() {
      String json = json("{" + head() + ", 'modules': [{'id': 'm', 'title': {'sv': 'M'}, 'activities': ["
          + "{'id': 'b', 'title': {'sv': 'B'}, 'media': {'kind': 'vidoe', 'source': 'v.mp4', 'duration': 'PT1M'},"
          + " 'completion': {'played': {'activity': 'b', 'fraction': 0.5}}}],"
          + " 'completion': {'passed': 'b'}}],"
          + " 'completion': {'scoreAtLeast': {'activity': 'b', 'minimum': 0.5}}}");

      assertThat(problems(json)).containsExactly("modules[0].activities[0].media.kind: unknown media kind 'vidoe',"
          + " expected one of video, audio, podcast, document, link, assessment");
    }

    @Test
    void aRuleNamingAnActivityOfUnknownKindFurtherOnIsNotReportedAgain() {
      String json = withActivities("{'id': 'a', 'title': {'sv': 'A'}, 'media': " + VIDEO + ","
          + " 'completion': {'played': {'activity': 'b', 'fraction': 0.5}}},"
          + " {'id': 'b', 'title': {'sv': 'B'}, 'media': {'kind': 'vidoe', 'source': 'v.mp4', 'duration': 'PT1M'}}");

      assertThat(problems(json)).containsExactly("modules[0].activities[1].media.kind: unknown media kind 'vidoe',"
          + " expected one of video, audio, podcast, document, link, assessment");
    }

    @Test
    void listingStopsAfterAThousandProblems() {
      String modules = IntStream.range(0, 1200).mapToObj(i -> "{'id': 'm" + i + "', 'title': 'M'}")
          .collect(Collectors.joining(", "));

      var listed = problems(json("{" + head() + ", 'modules': [" + modules + "]}"));

      assertThat(listed).hasSize(CourseJson.MAX_VIOLATIONS + 1);
      assertThat(listed.subList(0, 3)).containsExactly(
          "modules[0].activities: is required",
          "modules[0].title: must be an object of language tag to text, such as {\"sv\": \"...\", \"en\": \"...\"},"
              + " found a string",
          "modules[1].activities: is required");
      assertThat(listed.get(listed.size() - 1)).isEqualTo("more than 1000 problems; the rest are not listed");
    }
  }
}
