package org.framsteg.scorm.internal.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framsteg.scorm.runtime.CmiCredit;
import org.framsteg.scorm.runtime.CmiEntry;
import org.framsteg.scorm.runtime.CmiExit;
import org.framsteg.scorm.runtime.CmiInteractionType;
import org.framsteg.scorm.runtime.CmiMode;
import org.framsteg.scorm.runtime.CmiResult;
import org.framsteg.scorm.runtime.CmiTimeLimitAction;
import org.framsteg.scorm.runtime.Scorm12Cmi;
import org.framsteg.scorm.runtime.Scorm12Interaction;
import org.framsteg.scorm.runtime.Scorm12LessonStatus;
import org.framsteg.scorm.runtime.Scorm12Objective;
import org.framsteg.scorm.runtime.Scorm12Score;

/** The SCORM 1.2 data model (RTE 3.4): element table, rules, reader and writer. */
public final class Scorm12Model {
  private static final String MODEL = "(SCORM 1.2 RTE 3.4)";
  private static final String UNKNOWN = "unknown element of the SCORM 1.2 data model " + MODEL;

  // ------------------------------------------------------------------ data types

  static final Codec<String> IDENTIFIER = Codecs.identifier12();
  static final Codec<String> STRING_255 = Codecs.string(255, "CMIString255", Codecs.S12);
  static final Codec<String> STRING_4096 = Codecs.string(4096, "CMIString4096", Codecs.S12);
  static final Codec<String> FEEDBACK = Codecs.string(255, "CMIFeedback", Codecs.S12);
  static final Codec<BigDecimal> SCORE =
      Codecs.decimal("a CMIDecimal between 0 and 100", "0", "100", MODEL);
  static final Codec<BigDecimal> DECIMAL = Codecs.decimal("a CMIDecimal", null, null, Codecs.S12);
  static final Codec<Duration> TIMESPAN = Codecs.timespan12();
  static final Codec<LocalTime> TIME = Codecs.time12();
  static final Codec<CmiCredit> CREDIT =
      Codecs.vocabulary(CmiCredit::token, Codecs.S12, CmiCredit.values());
  static final Codec<Scorm12LessonStatus> STATUS =
      Codecs.vocabulary(Scorm12LessonStatus::token, Codecs.S12, Scorm12LessonStatus.values());
  static final Codec<CmiEntry> ENTRY =
      Codecs.vocabulary(CmiEntry::token, Codecs.S12, CmiEntry.values());
  static final Codec<CmiExit> EXIT =
      Codecs.vocabulary(
          CmiExit::token,
          Codecs.S12,
          new CmiExit[] {CmiExit.TIME_OUT, CmiExit.SUSPEND, CmiExit.LOGOUT, CmiExit.NONE});
  static final Codec<CmiMode> MODE = Codecs.vocabulary(CmiMode::token, Codecs.S12, CmiMode.values());
  static final Codec<CmiTimeLimitAction> TIME_LIMIT_ACTION =
      Codecs.vocabulary(CmiTimeLimitAction::token, Codecs.S12, CmiTimeLimitAction.values());
  static final Codec<CmiInteractionType> TYPE =
      Codecs.vocabulary(
          CmiInteractionType::token,
          Codecs.S12,
          Arrays.stream(CmiInteractionType.values())
              .filter(CmiInteractionType::inScorm12)
              .toArray(CmiInteractionType[]::new));
  static final Codec<CmiResult> RESULT = Codecs.result(true);
  static final Codec<Integer> AUDIO = Codecs.integer(-1, 100, MODEL);
  static final Codec<Integer> SPEED = Codecs.integer(-100, 100, MODEL);
  static final Codec<Integer> TEXT = Codecs.integer(-1, 1, MODEL);

  // ------------------------------------------------------------------ elements of cmi

  static final Row<Scorm12Cmi, String> STUDENT_ID =
      Row.of("cmi.core.student_id", IDENTIFIER, Scorm12Cmi::studentId);
  static final Row<Scorm12Cmi, String> STUDENT_NAME =
      Row.of("cmi.core.student_name", STRING_255, Scorm12Cmi::studentName);
  static final Row<Scorm12Cmi, String> LESSON_LOCATION =
      Row.of("cmi.core.lesson_location", STRING_255, Scorm12Cmi::lessonLocation);
  static final Row<Scorm12Cmi, CmiCredit> CORE_CREDIT =
      Row.of("cmi.core.credit", CREDIT, Scorm12Cmi::credit);
  static final Row<Scorm12Cmi, Scorm12LessonStatus> LESSON_STATUS =
      Row.of("cmi.core.lesson_status", STATUS, Scorm12Cmi::lessonStatus);
  static final Row<Scorm12Cmi, CmiEntry> CORE_ENTRY =
      Row.of("cmi.core.entry", ENTRY, Scorm12Cmi::entry);
  static final Row<Scorm12Cmi, BigDecimal> SCORE_RAW =
      Row.of("cmi.core.score.raw", SCORE, c -> c.score().raw());
  static final Row<Scorm12Cmi, BigDecimal> SCORE_MIN =
      Row.of("cmi.core.score.min", SCORE, c -> c.score().min());
  static final Row<Scorm12Cmi, BigDecimal> SCORE_MAX =
      Row.of("cmi.core.score.max", SCORE, c -> c.score().max());
  static final Row<Scorm12Cmi, Duration> TOTAL_TIME =
      Row.of("cmi.core.total_time", TIMESPAN, Scorm12Cmi::totalTime);
  static final Row<Scorm12Cmi, CmiMode> LESSON_MODE =
      Row.of("cmi.core.lesson_mode", MODE, Scorm12Cmi::lessonMode);
  static final Row<Scorm12Cmi, CmiExit> CORE_EXIT = Row.of("cmi.core.exit", EXIT, Scorm12Cmi::exit);
  static final Row<Scorm12Cmi, Duration> SESSION_TIME =
      Row.of("cmi.core.session_time", TIMESPAN, Scorm12Cmi::sessionTime);
  static final Row<Scorm12Cmi, String> SUSPEND_DATA =
      Row.of("cmi.suspend_data", STRING_4096, Scorm12Cmi::suspendData);
  static final Row<Scorm12Cmi, String> LAUNCH_DATA =
      Row.of("cmi.launch_data", STRING_4096, Scorm12Cmi::launchData);
  static final Row<Scorm12Cmi, String> COMMENTS =
      Row.of("cmi.comments", STRING_4096, Scorm12Cmi::comments);
  static final Row<Scorm12Cmi, String> COMMENTS_FROM_LMS =
      Row.of("cmi.comments_from_lms", STRING_4096, Scorm12Cmi::commentsFromLms);
  static final Row<Scorm12Cmi, BigDecimal> MASTERY_SCORE =
      Row.of("cmi.student_data.mastery_score", SCORE, Scorm12Cmi::masteryScore);
  static final Row<Scorm12Cmi, Duration> MAX_TIME_ALLOWED =
      Row.of("cmi.student_data.max_time_allowed", TIMESPAN, Scorm12Cmi::maxTimeAllowed);
  static final Row<Scorm12Cmi, CmiTimeLimitAction> STUDENT_TIME_LIMIT_ACTION =
      Row.of("cmi.student_data.time_limit_action", TIME_LIMIT_ACTION, Scorm12Cmi::timeLimitAction);
  static final Row<Scorm12Cmi, Integer> PREFERENCE_AUDIO =
      Row.of("cmi.student_preference.audio", AUDIO, Scorm12Cmi::preferenceAudio);
  static final Row<Scorm12Cmi, String> PREFERENCE_LANGUAGE =
      Row.of("cmi.student_preference.language", STRING_255, Scorm12Cmi::preferenceLanguage);
  static final Row<Scorm12Cmi, Integer> PREFERENCE_SPEED =
      Row.of("cmi.student_preference.speed", SPEED, Scorm12Cmi::preferenceSpeed);
  static final Row<Scorm12Cmi, Integer> PREFERENCE_TEXT =
      Row.of("cmi.student_preference.text", TEXT, Scorm12Cmi::preferenceText);

  static final List<Row<Scorm12Cmi, ?>> CMI =
      List.of(
          STUDENT_ID, STUDENT_NAME, LESSON_LOCATION, CORE_CREDIT, LESSON_STATUS, CORE_ENTRY,
          SCORE_RAW, SCORE_MIN, SCORE_MAX, TOTAL_TIME, LESSON_MODE, CORE_EXIT, SESSION_TIME,
          SUSPEND_DATA, LAUNCH_DATA, COMMENTS, COMMENTS_FROM_LMS, MASTERY_SCORE, MAX_TIME_ALLOWED,
          STUDENT_TIME_LIMIT_ACTION, PREFERENCE_AUDIO, PREFERENCE_LANGUAGE, PREFERENCE_SPEED,
          PREFERENCE_TEXT);

  private static final Set<String> CMI_KEYWORDS =
      Set.of(
          "cmi._children",
          "cmi.core._children",
          "cmi.core.score._children",
          "cmi.student_data._children",
          "cmi.student_preference._children");

  // ------------------------------------------------------------------ elements of records

  static final Row<Scorm12Score, BigDecimal> RAW = Row.of("raw", SCORE, Scorm12Score::raw);
  static final Row<Scorm12Score, BigDecimal> MIN = Row.of("min", SCORE, Scorm12Score::min);
  static final Row<Scorm12Score, BigDecimal> MAX = Row.of("max", SCORE, Scorm12Score::max);

  static final Row<Scorm12Objective, String> OBJECTIVE_ID =
      Row.of("id", IDENTIFIER, o -> Optional.of(o.id()));
  static final Row<Scorm12Objective, BigDecimal> OBJECTIVE_RAW =
      Row.of("score.raw", SCORE, o -> o.score().raw());
  static final Row<Scorm12Objective, BigDecimal> OBJECTIVE_MIN =
      Row.of("score.min", SCORE, o -> o.score().min());
  static final Row<Scorm12Objective, BigDecimal> OBJECTIVE_MAX =
      Row.of("score.max", SCORE, o -> o.score().max());
  static final Row<Scorm12Objective, Scorm12LessonStatus> OBJECTIVE_STATUS =
      Row.of("status", STATUS, Scorm12Objective::status);
  static final List<Row<Scorm12Objective, ?>> OBJECTIVE =
      List.of(OBJECTIVE_ID, OBJECTIVE_RAW, OBJECTIVE_MIN, OBJECTIVE_MAX, OBJECTIVE_STATUS);

  static final Row<Scorm12Interaction, String> INTERACTION_ID =
      Row.of("id", IDENTIFIER, i -> Optional.of(i.id()));
  static final Row<Scorm12Interaction, LocalTime> INTERACTION_TIME =
      Row.of("time", TIME, Scorm12Interaction::time);
  static final Row<Scorm12Interaction, CmiInteractionType> INTERACTION_TYPE =
      Row.of("type", TYPE, Scorm12Interaction::type);
  static final Row<Scorm12Interaction, BigDecimal> WEIGHTING =
      Row.of("weighting", DECIMAL, Scorm12Interaction::weighting);
  static final Row<Scorm12Interaction, String> STUDENT_RESPONSE =
      Row.of("student_response", FEEDBACK, Scorm12Interaction::studentResponse);
  static final Row<Scorm12Interaction, CmiResult> INTERACTION_RESULT =
      Row.of("result", RESULT, Scorm12Interaction::result);
  static final Row<Scorm12Interaction, Duration> LATENCY =
      Row.of("latency", TIMESPAN, Scorm12Interaction::latency);
  static final List<Row<Scorm12Interaction, ?>> INTERACTION =
      List.of(
          INTERACTION_ID,
          INTERACTION_TIME,
          INTERACTION_TYPE,
          WEIGHTING,
          STUDENT_RESPONSE,
          INTERACTION_RESULT,
          LATENCY);

  private static final Map<String, String> ARRAYS =
      Map.of("cmi.objectives", MODEL, "cmi.interactions", MODEL);

  private Scorm12Model() {}

  // ------------------------------------------------------------------ rules

  public static void checkScore(String prefix, Scorm12Score score, Violations v) {
    for (Row<Scorm12Score, ?> row : List.of(RAW, MIN, MAX)) {
      row.check(prefix + ".", score, v);
    }
  }

  public static void checkObjective(String prefix, Scorm12Objective objective, Violations v) {
    for (Row<Scorm12Objective, ?> row : OBJECTIVE) {
      row.check(prefix + ".", objective, v);
    }
  }

  public static void checkInteraction(String prefix, Scorm12Interaction interaction, Violations v) {
    for (Row<Scorm12Interaction, ?> row : INTERACTION) {
      row.check(prefix + ".", interaction, v);
    }
    for (int m = 0; m < interaction.objectiveIds().size(); m++) {
      IDENTIFIER.check(prefix + ".objectives." + m + ".id", interaction.objectiveIds().get(m), v);
    }
    for (int m = 0; m < interaction.correctResponses().size(); m++) {
      FEEDBACK.check(
          prefix + ".correct_responses." + m + ".pattern", interaction.correctResponses().get(m), v);
    }
    checkResponses(
        prefix, interaction.type(), interaction.studentResponse(), interaction.correctResponses(), v);
  }

  /** The response formats of SCORM 1.2 that are grammars rather than examples. */
  static void checkResponses(
      String prefix,
      Optional<CmiInteractionType> type,
      Optional<String> studentResponse,
      List<String> patterns,
      Violations v) {
    if (type.isEmpty()) {
      return;
    }
    studentResponse.ifPresent(r -> checkResponse(prefix + ".student_response", type.get(), r, v));
    for (int m = 0; m < patterns.size(); m++) {
      checkResponse(prefix + ".correct_responses." + m + ".pattern", type.get(), patterns.get(m), v);
    }
  }

  private static void checkResponse(String element, CmiInteractionType type, String r, Violations v) {
    if (type == CmiInteractionType.TRUE_FALSE && !Set.of("0", "1", "t", "f").contains(r)) {
      v.add(element, "a true-false response is one of 0, 1, t, f " + Codecs.S12 + ", not " + Texts.quote(r));
    } else if (type == CmiInteractionType.NUMERIC && !Codecs.isDecimal(r)) {
      v.add(element, "a numeric response is a CMIDecimal " + Codecs.S12 + ", not " + Texts.quote(r));
    }
  }

  public static void checkCmi(Scorm12Cmi cmi, Violations v) {
    for (Row<Scorm12Cmi, ?> row : CMI) {
      row.check("", cmi, v);
    }
    checkExtensions(cmi.extensions(), v);
  }

  /** Extension elements live outside the cmi namespace, or they would be read as cmi elements. */
  static void checkExtensions(Map<String, String> extensions, Violations v) {
    for (String key : extensions.keySet()) {
      int dot = key.indexOf('.');
      String namespace = dot < 0 ? key : key.substring(0, dot);
      if (namespace.isEmpty() || namespace.equalsIgnoreCase("cmi")) {
        v.add(Texts.quote(key), "an extension element must have a namespace other than cmi");
      }
    }
  }

  // ------------------------------------------------------------------ reading

  public static Scorm12Cmi read(Map<String, String> elements) {
    Violations v = new Violations();
    FlatElements split = FlatElements.split(elements, ARRAYS, v);
    Map<String, String> scalars = new HashMap<>();
    split.scalars.forEach(
        (key, value) -> {
          if (key.equals("cmi._version")) {
            if (!value.equals("3.4")) {
              v.add(key, "the SCORM 1.2 data model version is 3.4, not " + Texts.quote(value) + " " + MODEL);
            }
          } else if (!CMI_KEYWORDS.contains(key)) {
            scalars.put(key, value);
          }
        });
    Row.Bag bag = Row.read(CMI, "", scalars, Set.of(), UNKNOWN, v);

    List<Scorm12Objective.Builder> objectives = new ArrayList<>();
    for (Records.Entry e : split.arrays.get("cmi.objectives").entries(v)) {
      objectives.add(readObjective(e, v));
    }
    List<Scorm12Interaction.Builder> interactions = new ArrayList<>();
    for (Records.Entry e : split.arrays.get("cmi.interactions").entries(v)) {
      interactions.add(readInteraction(e, v));
    }
    v.throwIfAny();

    Scorm12Cmi.Builder b = Scorm12Cmi.builder();
    b.studentId(bag.get(STUDENT_ID))
        .studentName(bag.get(STUDENT_NAME))
        .lessonLocation(bag.get(LESSON_LOCATION))
        .credit(bag.get(CORE_CREDIT))
        .lessonStatus(bag.get(LESSON_STATUS))
        .entry(bag.get(CORE_ENTRY))
        .score(
            Scorm12Score.builder()
                .raw(bag.get(SCORE_RAW))
                .min(bag.get(SCORE_MIN))
                .max(bag.get(SCORE_MAX))
                .build())
        .totalTime(bag.get(TOTAL_TIME))
        .lessonMode(bag.get(LESSON_MODE))
        .exit(bag.get(CORE_EXIT))
        .sessionTime(bag.get(SESSION_TIME))
        .suspendData(bag.get(SUSPEND_DATA))
        .launchData(bag.get(LAUNCH_DATA))
        .comments(bag.get(COMMENTS))
        .commentsFromLms(bag.get(COMMENTS_FROM_LMS))
        .masteryScore(bag.get(MASTERY_SCORE))
        .maxTimeAllowed(bag.get(MAX_TIME_ALLOWED))
        .timeLimitAction(bag.get(STUDENT_TIME_LIMIT_ACTION))
        .preferenceAudio(bag.get(PREFERENCE_AUDIO))
        .preferenceLanguage(bag.get(PREFERENCE_LANGUAGE))
        .preferenceSpeed(bag.get(PREFERENCE_SPEED))
        .preferenceText(bag.get(PREFERENCE_TEXT))
        .putAllExtensions(split.extensions);
    objectives.forEach(o -> b.addObjectives(o.build()));
    interactions.forEach(i -> b.addInteractions(i.build()));
    return b.build();
  }

  private static Scorm12Objective.Builder readObjective(Records.Entry e, Violations v) {
    String prefix = e.element() + ".";
    Row.Bag bag =
        Row.read(OBJECTIVE, prefix, e.values(), Set.of("score._children"), UNKNOWN, v);
    Optional<String> id = bag.get(OBJECTIVE_ID);
    RecordReading.requireId(e, "every objective has an id " + MODEL, v);
    Scorm12Objective.Builder b = Scorm12Objective.builder();
    id.ifPresent(b::id);
    return b.score(
            Scorm12Score.builder()
                .raw(bag.get(OBJECTIVE_RAW))
                .min(bag.get(OBJECTIVE_MIN))
                .max(bag.get(OBJECTIVE_MAX))
                .build())
        .status(bag.get(OBJECTIVE_STATUS));
  }

  private static Scorm12Interaction.Builder readInteraction(Records.Entry e, Violations v) {
    String prefix = e.element() + ".";
    Records objectives = new Records(prefix + "objectives", MODEL);
    Records patterns = new Records(prefix + "correct_responses", MODEL);
    Map<String, String> scalars = new HashMap<>();
    e.values()
        .forEach(
            (rel, value) -> {
              if (rel.startsWith("objectives.")) {
                objectives.accept(rel.substring(11), prefix + rel, value, v);
              } else if (rel.startsWith("correct_responses.")) {
                patterns.accept(rel.substring(18), prefix + rel, value, v);
              } else {
                scalars.put(rel, value);
              }
            });
    Row.Bag bag = Row.read(INTERACTION, prefix, scalars, Set.of(), UNKNOWN, v);
    List<String> objectiveIds =
        RecordReading.readList(
            objectives.entries(v), "id", IDENTIFIER, "every interaction objective has an id " + MODEL, UNKNOWN, v);
    List<String> responses =
        RecordReading.readList(
            patterns.entries(v), "pattern", FEEDBACK, "every correct response has a pattern " + MODEL, UNKNOWN, v);
    Optional<String> id = bag.get(INTERACTION_ID);
    RecordReading.requireId(e, "every interaction has an id " + MODEL, v);
    checkResponses(
        e.element(), bag.get(INTERACTION_TYPE), bag.get(STUDENT_RESPONSE), responses, v);
    Scorm12Interaction.Builder b = Scorm12Interaction.builder();
    id.ifPresent(b::id);
    return b.objectiveIds(objectiveIds)
        .time(bag.get(INTERACTION_TIME))
        .type(bag.get(INTERACTION_TYPE))
        .correctResponses(responses)
        .weighting(bag.get(WEIGHTING))
        .studentResponse(bag.get(STUDENT_RESPONSE))
        .result(bag.get(INTERACTION_RESULT))
        .latency(bag.get(LATENCY));
  }

  // ------------------------------------------------------------------ writing

  public static SortedMap<String, String> write(Scorm12Cmi cmi) {
    TreeMap<String, String> out = new TreeMap<>(ElementOrder.INSTANCE);
    for (Row<Scorm12Cmi, ?> row : CMI) {
      row.write("", cmi, out);
    }
    Row.writeAll("cmi.objectives.", cmi.objectives(), OBJECTIVE, out);
    Row.writeAll("cmi.interactions.", cmi.interactions(), INTERACTION, out);
    for (int n = 0; n < cmi.interactions().size(); n++) {
      Scorm12Interaction i = cmi.interactions().get(n);
      String prefix = "cmi.interactions." + n + ".";
      Row.writeValues(prefix + "objectives.", ".id", i.objectiveIds(), out);
      Row.writeValues(prefix + "correct_responses.", ".pattern", i.correctResponses(), out);
    }
    out.putAll(cmi.extensions());
    return Collections.unmodifiableSortedMap(out);
  }
}
