package org.framsteg.scorm.internal.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.framsteg.scorm.runtime.CmiTimestamp;
import org.framsteg.scorm.runtime.Scorm2004Cmi;
import org.framsteg.scorm.runtime.Scorm2004Comment;
import org.framsteg.scorm.runtime.Scorm2004CompletionStatus;
import org.framsteg.scorm.runtime.Scorm2004Interaction;
import org.framsteg.scorm.runtime.Scorm2004Objective;
import org.framsteg.scorm.runtime.Scorm2004Score;
import org.framsteg.scorm.runtime.Scorm2004SuccessStatus;

/** The SCORM 2004 4th edition data model (RTE 4.2): element table, rules, reader and writer. */
public final class Scorm2004Model {
  private static final String UNKNOWN =
      "unknown element of the SCORM 2004 4th edition data model (SCORM 2004 4th ed. RTE 4.2)";

  private static String cite(String section) {
    return "(SCORM 2004 4th ed. RTE " + section + ")";
  }

  private static Codec<String> string(int spm, String section) {
    return Codecs.string(spm, "characterstring (SPM " + spm + ")", cite(section));
  }

  private static Codec<BigDecimal> real(String min, String max, String section) {
    String what =
        min == null
            ? "a real(10,7) number"
            : max == null
                ? "a real(10,7) number of at least " + min
                : "a real(10,7) number from " + min + " to " + max;
    return Codecs.decimal(what, min, max, cite(section));
  }

  // ------------------------------------------------------------------ data types

  static final Codec<String> LONG_ID = Codecs.identifier2004(4000);
  static final Codec<CmiTimestamp> TIMESTAMP = Codecs.timestamp();
  static final Codec<Duration> INTERVAL = Codecs.interval();
  static final Codec<Scorm2004CompletionStatus> COMPLETION =
      Codecs.vocabulary(
          Scorm2004CompletionStatus::token, cite("4.2.4"), Scorm2004CompletionStatus.values());
  static final Codec<Scorm2004SuccessStatus> SUCCESS =
      Codecs.vocabulary(Scorm2004SuccessStatus::token, cite("4.2.22"), Scorm2004SuccessStatus.values());
  static final Codec<BigDecimal> SCALED = real("-1", "1", "4.2.20");
  static final Codec<BigDecimal> REAL = real(null, null, "4.2.20");
  static final Codec<BigDecimal> PROGRESS = real("0", "1", "4.2.18");

  // ------------------------------------------------------------------ elements of cmi

  static final Row<Scorm2004Cmi, Scorm2004CompletionStatus> COMPLETION_STATUS =
      Row.of("cmi.completion_status", COMPLETION, Scorm2004Cmi::completionStatus);
  static final Row<Scorm2004Cmi, BigDecimal> COMPLETION_THRESHOLD =
      Row.of("cmi.completion_threshold", real("0", "1", "4.2.5"), Scorm2004Cmi::completionThreshold);
  static final Row<Scorm2004Cmi, CmiCredit> CREDIT =
      Row.of(
          "cmi.credit",
          Codecs.vocabulary(CmiCredit::token, cite("4.2.6"), CmiCredit.values()),
          Scorm2004Cmi::credit);
  static final Row<Scorm2004Cmi, CmiEntry> ENTRY =
      Row.of(
          "cmi.entry",
          Codecs.vocabulary(CmiEntry::token, cite("4.2.7"), CmiEntry.values()),
          Scorm2004Cmi::entry);
  static final Row<Scorm2004Cmi, CmiExit> EXIT =
      Row.of(
          "cmi.exit",
          Codecs.vocabulary(CmiExit::token, cite("4.2.8"), CmiExit.values()),
          Scorm2004Cmi::exit);
  static final Row<Scorm2004Cmi, String> LAUNCH_DATA =
      Row.of("cmi.launch_data", string(4000, "4.2.10"), Scorm2004Cmi::launchData);
  static final Row<Scorm2004Cmi, String> LEARNER_ID =
      Row.of("cmi.learner_id", LONG_ID, Scorm2004Cmi::learnerId);
  static final Row<Scorm2004Cmi, String> LEARNER_NAME =
      Row.of("cmi.learner_name", Codecs.localized(250), Scorm2004Cmi::learnerName);
  static final Row<Scorm2004Cmi, BigDecimal> AUDIO_LEVEL =
      Row.of(
          "cmi.learner_preference.audio_level",
          real("0", null, "4.2.13"),
          Scorm2004Cmi::preferenceAudioLevel);
  static final Row<Scorm2004Cmi, String> LANGUAGE =
      Row.of("cmi.learner_preference.language", Codecs.language(), Scorm2004Cmi::preferenceLanguage);
  static final Row<Scorm2004Cmi, BigDecimal> DELIVERY_SPEED =
      Row.of(
          "cmi.learner_preference.delivery_speed",
          real("0", null, "4.2.13"),
          Scorm2004Cmi::preferenceDeliverySpeed);
  static final Row<Scorm2004Cmi, Integer> AUDIO_CAPTIONING =
      Row.of(
          "cmi.learner_preference.audio_captioning",
          new Codec<>(
              true,
              s -> {
                if (s.equals("-1") || s.equals("0") || s.equals("1")) {
                  return Integer.valueOf(s);
                }
                throw new RuleBroken(
                    "unknown vocabulary value " + Texts.quote(s) + "; one of -1, 0, 1 " + cite("4.2.13"));
              },
              i -> i >= -1 && i <= 1 ? null : "must be -1, 0 or 1 " + cite("4.2.13") + ", not " + i,
              String::valueOf),
          Scorm2004Cmi::preferenceAudioCaptioning);
  static final Row<Scorm2004Cmi, String> LOCATION =
      Row.of("cmi.location", string(1000, "4.2.14"), Scorm2004Cmi::location);
  static final Row<Scorm2004Cmi, Duration> MAX_TIME_ALLOWED =
      Row.of("cmi.max_time_allowed", INTERVAL, Scorm2004Cmi::maxTimeAllowed);
  static final Row<Scorm2004Cmi, CmiMode> MODE =
      Row.of(
          "cmi.mode",
          Codecs.vocabulary(CmiMode::token, cite("4.2.16"), CmiMode.values()),
          Scorm2004Cmi::mode);
  static final Row<Scorm2004Cmi, BigDecimal> PROGRESS_MEASURE =
      Row.of("cmi.progress_measure", PROGRESS, Scorm2004Cmi::progressMeasure);
  static final Row<Scorm2004Cmi, BigDecimal> SCALED_PASSING_SCORE =
      Row.of(
          "cmi.scaled_passing_score", real("-1", "1", "4.2.19"), Scorm2004Cmi::scaledPassingScore);
  static final Row<Scorm2004Cmi, BigDecimal> SCORE_SCALED =
      Row.of("cmi.score.scaled", SCALED, c -> c.score().scaled());
  static final Row<Scorm2004Cmi, BigDecimal> SCORE_RAW =
      Row.of("cmi.score.raw", REAL, c -> c.score().raw());
  static final Row<Scorm2004Cmi, BigDecimal> SCORE_MIN =
      Row.of("cmi.score.min", REAL, c -> c.score().min());
  static final Row<Scorm2004Cmi, BigDecimal> SCORE_MAX =
      Row.of("cmi.score.max", REAL, c -> c.score().max());
  static final Row<Scorm2004Cmi, Duration> SESSION_TIME =
      Row.of("cmi.session_time", INTERVAL, Scorm2004Cmi::sessionTime);
  static final Row<Scorm2004Cmi, Scorm2004SuccessStatus> SUCCESS_STATUS =
      Row.of("cmi.success_status", SUCCESS, Scorm2004Cmi::successStatus);
  static final Row<Scorm2004Cmi, String> SUSPEND_DATA =
      Row.of("cmi.suspend_data", string(64000, "4.2.23"), Scorm2004Cmi::suspendData);
  static final Row<Scorm2004Cmi, CmiTimeLimitAction> TIME_LIMIT_ACTION =
      Row.of(
          "cmi.time_limit_action",
          Codecs.vocabulary(CmiTimeLimitAction::token, cite("4.2.24"), CmiTimeLimitAction.values()),
          Scorm2004Cmi::timeLimitAction);
  static final Row<Scorm2004Cmi, Duration> TOTAL_TIME =
      Row.of("cmi.total_time", INTERVAL, Scorm2004Cmi::totalTime);

  static final List<Row<Scorm2004Cmi, ?>> CMI =
      List.of(
          COMPLETION_STATUS, COMPLETION_THRESHOLD, CREDIT, ENTRY, EXIT, LAUNCH_DATA, LEARNER_ID,
          LEARNER_NAME, AUDIO_LEVEL, LANGUAGE, DELIVERY_SPEED, AUDIO_CAPTIONING, LOCATION,
          MAX_TIME_ALLOWED, MODE, PROGRESS_MEASURE, SCALED_PASSING_SCORE, SCORE_SCALED, SCORE_RAW,
          SCORE_MIN, SCORE_MAX, SESSION_TIME, SUCCESS_STATUS, SUSPEND_DATA, TIME_LIMIT_ACTION,
          TOTAL_TIME);

  private static final Set<String> CMI_KEYWORDS =
      Set.of("cmi._children", "cmi.learner_preference._children", "cmi.score._children");

  // ------------------------------------------------------------------ elements of records

  static final Row<Scorm2004Score, BigDecimal> SCALED_ROW =
      Row.of("scaled", SCALED, Scorm2004Score::scaled);
  static final Row<Scorm2004Score, BigDecimal> RAW_ROW = Row.of("raw", REAL, Scorm2004Score::raw);
  static final Row<Scorm2004Score, BigDecimal> MIN_ROW = Row.of("min", REAL, Scorm2004Score::min);
  static final Row<Scorm2004Score, BigDecimal> MAX_ROW = Row.of("max", REAL, Scorm2004Score::max);

  static final Row<Scorm2004Comment, String> COMMENT =
      Row.of("comment", Codecs.localized(4000), Scorm2004Comment::comment);
  static final Row<Scorm2004Comment, String> COMMENT_LOCATION =
      Row.of("location", string(250, "4.2.2"), Scorm2004Comment::location);
  static final Row<Scorm2004Comment, CmiTimestamp> COMMENT_TIMESTAMP =
      Row.of("timestamp", TIMESTAMP, Scorm2004Comment::timestamp);
  static final List<Row<Scorm2004Comment, ?>> COMMENT_ROWS =
      List.of(COMMENT, COMMENT_LOCATION, COMMENT_TIMESTAMP);

  static final Row<Scorm2004Objective, String> OBJECTIVE_ID =
      Row.of("id", LONG_ID, o -> Optional.of(o.id()));
  static final Row<Scorm2004Objective, BigDecimal> OBJECTIVE_SCALED =
      Row.of("score.scaled", SCALED, o -> o.score().scaled());
  static final Row<Scorm2004Objective, BigDecimal> OBJECTIVE_RAW =
      Row.of("score.raw", REAL, o -> o.score().raw());
  static final Row<Scorm2004Objective, BigDecimal> OBJECTIVE_MIN =
      Row.of("score.min", REAL, o -> o.score().min());
  static final Row<Scorm2004Objective, BigDecimal> OBJECTIVE_MAX =
      Row.of("score.max", REAL, o -> o.score().max());
  static final Row<Scorm2004Objective, Scorm2004SuccessStatus> OBJECTIVE_SUCCESS =
      Row.of("success_status", SUCCESS, Scorm2004Objective::successStatus);
  static final Row<Scorm2004Objective, Scorm2004CompletionStatus> OBJECTIVE_COMPLETION =
      Row.of("completion_status", COMPLETION, Scorm2004Objective::completionStatus);
  static final Row<Scorm2004Objective, BigDecimal> OBJECTIVE_PROGRESS =
      Row.of("progress_measure", PROGRESS, Scorm2004Objective::progressMeasure);
  static final Row<Scorm2004Objective, String> OBJECTIVE_DESCRIPTION =
      Row.of("description", Codecs.localized(250), Scorm2004Objective::description);
  static final List<Row<Scorm2004Objective, ?>> OBJECTIVE =
      List.of(
          OBJECTIVE_ID, OBJECTIVE_SCALED, OBJECTIVE_RAW, OBJECTIVE_MIN, OBJECTIVE_MAX,
          OBJECTIVE_SUCCESS, OBJECTIVE_COMPLETION, OBJECTIVE_PROGRESS, OBJECTIVE_DESCRIPTION);

  static final Row<Scorm2004Interaction, String> INTERACTION_ID =
      Row.of("id", LONG_ID, i -> Optional.of(i.id()));
  static final Row<Scorm2004Interaction, CmiInteractionType> INTERACTION_TYPE =
      Row.of(
          "type",
          Codecs.vocabulary(CmiInteractionType::token, cite("4.2.9"), CmiInteractionType.values()),
          Scorm2004Interaction::type);
  static final Row<Scorm2004Interaction, CmiTimestamp> INTERACTION_TIMESTAMP =
      Row.of("timestamp", TIMESTAMP, Scorm2004Interaction::timestamp);
  static final Row<Scorm2004Interaction, BigDecimal> WEIGHTING =
      Row.of("weighting", real(null, null, "4.2.9"), Scorm2004Interaction::weighting);
  static final Row<Scorm2004Interaction, CmiResult> INTERACTION_RESULT =
      Row.of("result", Codecs.result(false), Scorm2004Interaction::result);
  static final Row<Scorm2004Interaction, Duration> LATENCY =
      Row.of("latency", INTERVAL, Scorm2004Interaction::latency);
  static final Row<Scorm2004Interaction, String> INTERACTION_DESCRIPTION =
      Row.of("description", Codecs.localized(250), Scorm2004Interaction::description);
  /** Responses are plain text here; their format is checked against the type. */
  static final Row<Scorm2004Interaction, String> LEARNER_RESPONSE =
      Row.of(
          "learner_response",
          new Codec<>(false, s -> s, s -> null, s -> s),
          Scorm2004Interaction::learnerResponse);
  static final List<Row<Scorm2004Interaction, ?>> INTERACTION =
      List.of(
          INTERACTION_ID,
          INTERACTION_TYPE,
          INTERACTION_TIMESTAMP,
          WEIGHTING,
          LEARNER_RESPONSE,
          INTERACTION_RESULT,
          LATENCY,
          INTERACTION_DESCRIPTION);

  private static final Codec<String> PATTERN = new Codec<>(false, s -> s, s -> null, s -> s);

  private static final Map<String, String> ARRAYS = new LinkedHashMap<>();

  static {
    ARRAYS.put("cmi.comments_from_learner", cite("4.2.2"));
    ARRAYS.put("cmi.comments_from_lms", cite("4.2.3"));
    ARRAYS.put("cmi.interactions", cite("4.2.9"));
    ARRAYS.put("cmi.objectives", cite("4.2.17"));
  }

  private Scorm2004Model() {}

  // ------------------------------------------------------------------ rules

  public static void checkScore(String prefix, Scorm2004Score score, Violations v) {
    for (Row<Scorm2004Score, ?> row : List.of(SCALED_ROW, RAW_ROW, MIN_ROW, MAX_ROW)) {
      row.check(prefix, score, v);
    }
  }

  public static void checkComment(String prefix, Scorm2004Comment comment, Violations v) {
    for (Row<Scorm2004Comment, ?> row : COMMENT_ROWS) {
      row.check(prefix + ".", comment, v);
    }
    if (comment.comment().isEmpty() && comment.location().isEmpty() && comment.timestamp().isEmpty()) {
      v.add(prefix, "a comment has at least one of comment, location and timestamp " + cite("4.2.2"));
    }
  }

  public static void checkObjective(String prefix, Scorm2004Objective objective, Violations v) {
    for (Row<Scorm2004Objective, ?> row : OBJECTIVE) {
      row.check(prefix + ".", objective, v);
    }
  }

  public static void checkInteraction(String prefix, Scorm2004Interaction i, Violations v) {
    for (Row<Scorm2004Interaction, ?> row : INTERACTION) {
      row.check(prefix + ".", i, v);
    }
    for (int m = 0; m < i.objectiveIds().size(); m++) {
      LONG_ID.check(prefix + ".objectives." + m + ".id", i.objectiveIds().get(m), v);
    }
    checkInteractionRecord(prefix, i.type(), i.objectiveIds(), i.learnerResponse(), i.correctResponses(), v);
  }

  /** The rules that tie the elements of one interaction together. */
  static void checkInteractionRecord(
      String prefix,
      Optional<CmiInteractionType> type,
      List<String> objectiveIds,
      Optional<String> learnerResponse,
      List<String> patterns,
      Violations v) {
    Set<String> seen = new HashSet<>();
    for (int m = 0; m < objectiveIds.size(); m++) {
      if (!seen.add(objectiveIds.get(m))) {
        v.add(
            prefix + ".objectives." + m + ".id",
            "the objective ids of an interaction are unique, but "
                + Texts.quote(objectiveIds.get(m))
                + " repeats "
                + cite("4.2.9"));
      }
    }
    if (type.isEmpty()) {
      if (learnerResponse.isPresent()) {
        v.add(prefix + ".learner_response", "needs " + prefix + ".type to be set " + cite("4.2.9"));
      }
      if (!patterns.isEmpty()) {
        v.add(prefix + ".correct_responses", "need " + prefix + ".type to be set " + cite("4.2.9"));
      }
      return;
    }
    learnerResponse.ifPresent(
        r -> Responses2004.check(prefix + ".learner_response", type.get(), r, false, v));
    for (int m = 0; m < patterns.size(); m++) {
      Responses2004.check(
          prefix + ".correct_responses." + m + ".pattern", type.get(), patterns.get(m), true, v);
    }
    Set<CmiInteractionType> single =
        Set.of(
            CmiInteractionType.TRUE_FALSE,
            CmiInteractionType.LIKERT,
            CmiInteractionType.NUMERIC,
            CmiInteractionType.OTHER);
    if (single.contains(type.get()) && patterns.size() > 1) {
      v.add(
          prefix + ".correct_responses",
          "a "
              + type.get().token()
              + " interaction has at most one correct response, not "
              + patterns.size()
              + " "
              + cite("4.2.9"));
    }
  }

  public static void checkCmi(Scorm2004Cmi cmi, Violations v) {
    for (Row<Scorm2004Cmi, ?> row : CMI) {
      row.check("", cmi, v);
    }
    checkUniqueObjectives(cmi.objectives().stream().map(Scorm2004Objective::id).toList(), v);
    Scorm12Model.checkExtensions(cmi.extensions(), v);
  }

  static void checkUniqueObjectives(List<String> ids, Violations v) {
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < ids.size(); n++) {
      if (ids.get(n) != null && !seen.add(ids.get(n))) {
        v.add(
            "cmi.objectives." + n + ".id",
            "objective ids are unique, but " + Texts.quote(ids.get(n)) + " repeats " + cite("4.2.17"));
      }
    }
  }

  // ------------------------------------------------------------------ reading

  public static Scorm2004Cmi read(Map<String, String> elements) {
    Violations v = new Violations();
    FlatElements split = FlatElements.split(elements, ARRAYS, v);
    Map<String, String> scalars = new HashMap<>();
    split.scalars.forEach(
        (key, value) -> {
          if (key.equals("cmi._version")) {
            if (!value.equals("1.0")) {
              v.add(
                  key,
                  "the SCORM 2004 data model version is 1.0, not " + Texts.quote(value) + " " + cite("4.2.1"));
            }
          } else if (!CMI_KEYWORDS.contains(key)) {
            scalars.put(key, value);
          }
        });
    Row.Bag bag = Row.read(CMI, "", scalars, Set.of(), UNKNOWN, v);

    List<Scorm2004Comment.Builder> fromLearner = readComments(split, "cmi.comments_from_learner", v);
    List<Scorm2004Comment.Builder> fromLms = readComments(split, "cmi.comments_from_lms", v);
    List<Scorm2004Objective.Builder> objectives = new ArrayList<>();
    List<String> objectiveIds = new ArrayList<>();
    for (Records.Entry e : split.arrays.get("cmi.objectives").entries(v)) {
      objectives.add(readObjective(e, objectiveIds, v));
    }
    checkUniqueObjectives(objectiveIds, v);
    List<Scorm2004Interaction.Builder> interactions = new ArrayList<>();
    for (Records.Entry e : split.arrays.get("cmi.interactions").entries(v)) {
      interactions.add(readInteraction(e, v));
    }
    v.throwIfAny();

    Scorm2004Cmi.Builder b =
        Scorm2004Cmi.builder()
            .completionStatus(bag.get(COMPLETION_STATUS))
            .completionThreshold(bag.get(COMPLETION_THRESHOLD))
            .credit(bag.get(CREDIT))
            .entry(bag.get(ENTRY))
            .exit(bag.get(EXIT))
            .launchData(bag.get(LAUNCH_DATA))
            .learnerId(bag.get(LEARNER_ID))
            .learnerName(bag.get(LEARNER_NAME))
            .preferenceAudioLevel(bag.get(AUDIO_LEVEL))
            .preferenceLanguage(bag.get(LANGUAGE))
            .preferenceDeliverySpeed(bag.get(DELIVERY_SPEED))
            .preferenceAudioCaptioning(bag.get(AUDIO_CAPTIONING))
            .location(bag.get(LOCATION))
            .maxTimeAllowed(bag.get(MAX_TIME_ALLOWED))
            .mode(bag.get(MODE))
            .progressMeasure(bag.get(PROGRESS_MEASURE))
            .scaledPassingScore(bag.get(SCALED_PASSING_SCORE))
            .score(
                Scorm2004Score.builder()
                    .scaled(bag.get(SCORE_SCALED))
                    .raw(bag.get(SCORE_RAW))
                    .min(bag.get(SCORE_MIN))
                    .max(bag.get(SCORE_MAX))
                    .build())
            .sessionTime(bag.get(SESSION_TIME))
            .successStatus(bag.get(SUCCESS_STATUS))
            .suspendData(bag.get(SUSPEND_DATA))
            .timeLimitAction(bag.get(TIME_LIMIT_ACTION))
            .totalTime(bag.get(TOTAL_TIME))
            .putAllExtensions(split.extensions);
    fromLearner.forEach(c -> b.addCommentsFromLearner(c.build()));
    fromLms.forEach(c -> b.addCommentsFromLms(c.build()));
    objectives.forEach(o -> b.addObjectives(o.build()));
    interactions.forEach(i -> b.addInteractions(i.build()));
    return b.build();
  }

  private static List<Scorm2004Comment.Builder> readComments(
      FlatElements split, String array, Violations v) {
    List<Scorm2004Comment.Builder> comments = new ArrayList<>();
    for (Records.Entry e : split.arrays.get(array).entries(v)) {
      int before = v.size();
      Row.Bag bag = Row.read(COMMENT_ROWS, e.element() + ".", e.values(), Set.of(), UNKNOWN, v);
      Scorm2004Comment.Builder b =
          Scorm2004Comment.builder()
              .comment(bag.get(COMMENT))
              .location(bag.get(COMMENT_LOCATION))
              .timestamp(bag.get(COMMENT_TIMESTAMP));
      boolean nothing =
          bag.get(COMMENT).isEmpty()
              && bag.get(COMMENT_LOCATION).isEmpty()
              && bag.get(COMMENT_TIMESTAMP).isEmpty();
      if (nothing && v.size() == before) { // only blanks
        v.add(e.element(), "a comment has at least one of comment, location and timestamp " + cite("4.2.2"));
      }
      comments.add(b);
    }
    return comments;
  }

  private static Scorm2004Objective.Builder readObjective(
      Records.Entry e, List<String> ids, Violations v) {
    String prefix = e.element() + ".";
    Row.Bag bag = Row.read(OBJECTIVE, prefix, e.values(), Set.of("score._children"), UNKNOWN, v);
    RecordReading.requireId(e, "every objective has an id " + cite("4.2.17"), v);
    Optional<String> id = bag.get(OBJECTIVE_ID);
    ids.add(id.orElse(null));
    Scorm2004Objective.Builder b = Scorm2004Objective.builder();
    id.ifPresent(b::id);
    return b.score(
            Scorm2004Score.builder()
                .scaled(bag.get(OBJECTIVE_SCALED))
                .raw(bag.get(OBJECTIVE_RAW))
                .min(bag.get(OBJECTIVE_MIN))
                .max(bag.get(OBJECTIVE_MAX))
                .build())
        .successStatus(bag.get(OBJECTIVE_SUCCESS))
        .completionStatus(bag.get(OBJECTIVE_COMPLETION))
        .progressMeasure(bag.get(OBJECTIVE_PROGRESS))
        .description(bag.get(OBJECTIVE_DESCRIPTION));
  }

  private static Scorm2004Interaction.Builder readInteraction(Records.Entry e, Violations v) {
    String prefix = e.element() + ".";
    Records objectives = new Records(prefix + "objectives", cite("4.2.9"));
    Records patterns = new Records(prefix + "correct_responses", cite("4.2.9"));
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
            objectives.entries(v),
            "id",
            LONG_ID,
            "every interaction objective has an id " + cite("4.2.9"),
            UNKNOWN,
            v);
    List<String> responses =
        RecordReading.readList(
            patterns.entries(v),
            "pattern",
            PATTERN,
            "every correct response has a pattern " + cite("4.2.9"),
            UNKNOWN,
            v);
    RecordReading.requireId(e, "every interaction has an id " + cite("4.2.9"), v);
    Optional<String> learnerResponse = bag.get(LEARNER_RESPONSE);
    if (bag.get(INTERACTION_TYPE).isEmpty() && learnerResponse.filter(String::isEmpty).isPresent()) {
      // a blank response of an untyped interaction carries nothing (run-times store "" by default)
      learnerResponse = Optional.empty();
    }
    checkInteractionRecord(
        e.element(), bag.get(INTERACTION_TYPE), objectiveIds, learnerResponse, responses, v);
    Scorm2004Interaction.Builder b = Scorm2004Interaction.builder();
    bag.get(INTERACTION_ID).ifPresent(b::id);
    return b.type(bag.get(INTERACTION_TYPE))
        .objectiveIds(objectiveIds)
        .timestamp(bag.get(INTERACTION_TIMESTAMP))
        .correctResponses(responses)
        .weighting(bag.get(WEIGHTING))
        .learnerResponse(learnerResponse)
        .result(bag.get(INTERACTION_RESULT))
        .latency(bag.get(LATENCY))
        .description(bag.get(INTERACTION_DESCRIPTION));
  }

  // ------------------------------------------------------------------ writing

  public static SortedMap<String, String> write(Scorm2004Cmi cmi) {
    TreeMap<String, String> out = new TreeMap<>(ElementOrder.INSTANCE);
    for (Row<Scorm2004Cmi, ?> row : CMI) {
      row.write("", cmi, out);
    }
    Row.writeAll("cmi.comments_from_learner.", cmi.commentsFromLearner(), COMMENT_ROWS, out);
    Row.writeAll("cmi.comments_from_lms.", cmi.commentsFromLms(), COMMENT_ROWS, out);
    Row.writeAll("cmi.objectives.", cmi.objectives(), OBJECTIVE, out);
    Row.writeAll("cmi.interactions.", cmi.interactions(), INTERACTION, out);
    for (int n = 0; n < cmi.interactions().size(); n++) {
      Scorm2004Interaction i = cmi.interactions().get(n);
      String prefix = "cmi.interactions." + n + ".";
      Row.writeValues(prefix + "objectives.", ".id", i.objectiveIds(), out);
      Row.writeValues(prefix + "correct_responses.", ".pattern", i.correctResponses(), out);
    }
    out.putAll(cmi.extensions());
    return Collections.unmodifiableSortedMap(out);
  }
}
