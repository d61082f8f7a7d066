package org.framsteg.scorm.internal.mapping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.progress.PlayedSegments;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.Score;
import org.framsteg.core.progress.Segment;
import org.framsteg.scorm.mapping.MappingNote;
import org.framsteg.scorm.mapping.ScoSession;
import org.framsteg.scorm.mapping.SessionEvents;
import org.framsteg.scorm.mapping.SuspendData;
import org.framsteg.scorm.runtime.Scorm12Cmi;
import org.framsteg.scorm.runtime.Scorm12LessonStatus;
import org.framsteg.scorm.runtime.Scorm2004Cmi;
import org.framsteg.scorm.runtime.Scorm2004CompletionStatus;
import org.framsteg.scorm.runtime.Scorm2004SuccessStatus;

/** The events of one SCO session, for {@code RuntimeMapping}. */
public final class CmiToEvents {
  /** Seconds as the player writes a position: digits, optionally a fraction. */
  private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,9})?");

  private final ScoSession session;
  private final Activity activity;
  private final List<ProgressEvent> events = new ArrayList<>();
  private final List<MappingNote> notes = new ArrayList<>();

  private CmiToEvents(ScoSession session, Activity activity) {
    this.session = session;
    this.activity = activity;
  }

  /** The events of a SCORM 1.2 session. */
  public static SessionEvents scorm12(ScoSession session, Activity activity, Scorm12Cmi cmi) {
    CmiToEvents m = new CmiToEvents(session, activity);
    m.started();
    m.location("cmi.core.lesson_location", cmi.lessonLocation());
    m.suspendData(cmi.suspendData());
    Optional<Scorm12LessonStatus> status = cmi.lessonStatus();
    status.filter(s -> s == Scorm12LessonStatus.PASSED || s == Scorm12LessonStatus.COMPLETED)
        .ifPresent(s -> m.completed("cmi.core.lesson_status"));
    status.filter(s -> s == Scorm12LessonStatus.BROWSED).ifPresent(s -> m.note(
        "cmi.core.lesson_status", "'browsed' not mapped: the learner looked without taking "
            + "part, which Framsteg does not count"));
    Optional<Boolean> passed = status.filter(s -> s == Scorm12LessonStatus.PASSED
        || s == Scorm12LessonStatus.FAILED).map(s -> s == Scorm12LessonStatus.PASSED);
    m.scored12(cmi, passed);
    m.time("cmi.core.session_time", cmi.sessionTime());
    cmi.comments().filter(c -> !c.isBlank()).ifPresent(c -> m.note("cmi.comments",
        "learner comments not mapped"));
    for (int i = 0; i < cmi.objectives().size(); i++) {
      m.note("cmi.objectives." + i, "objective '" + cmi.objectives().get(i).id()
          + "' not mapped: Framsteg keeps no objectives");
    }
    m.interactions(cmi.interactions().stream().map(x -> x.id()).toList());
    if (cmi.preferenceAudio().isPresent() || cmi.preferenceLanguage().isPresent()
        || cmi.preferenceSpeed().isPresent() || cmi.preferenceText().isPresent()) {
      m.note("cmi.student_preference", "learner preferences not mapped");
    }
    m.extensions(cmi.extensions());
    return new SessionEvents(m.events, m.notes);
  }

  /** The events of a SCORM 2004 session, from the statuses as the LMS evaluates them. */
  public static SessionEvents scorm2004(ScoSession session, Activity activity, Scorm2004Cmi cmi) {
    CmiToEvents m = new CmiToEvents(session, activity);
    m.started();
    m.location("cmi.location", cmi.location());
    m.suspendData(cmi.suspendData());
    Scorm2004CompletionStatus completion = cmi.evaluatedCompletionStatus();
    cmi.completionStatus().filter(set -> set != completion).ifPresent(set -> m.note(
        "cmi.completion_status", "'" + set.token() + "' is evaluated as '" + completion.token()
            + "': cmi.progress_measure " + cmi.progressMeasure().map(BigDecimal::toPlainString)
            .orElse("(not set)") + " against cmi.completion_threshold "
            + cmi.completionThreshold().map(BigDecimal::toPlainString).orElse("") + " (RTE 4.2.4.1)"));
    if (completion == Scorm2004CompletionStatus.COMPLETED) {
      m.completed("cmi.completion_status");
    }
    Scorm2004SuccessStatus success = cmi.evaluatedSuccessStatus();
    cmi.successStatus().filter(set -> set != success).ifPresent(set -> m.note(
        "cmi.success_status", "'" + set.token() + "' is evaluated as '" + success.token()
            + "': cmi.score.scaled " + cmi.score().scaled().map(BigDecimal::toPlainString)
            .orElse("(not set)") + " against cmi.scaled_passing_score "
            + cmi.scaledPassingScore().map(BigDecimal::toPlainString).orElse("") + " (RTE 4.2.22)"));
    Optional<Boolean> passed = success == Scorm2004SuccessStatus.UNKNOWN ? Optional.empty()
        : Optional.of(success == Scorm2004SuccessStatus.PASSED);
    m.scored2004(cmi, passed);
    cmi.progressMeasure().ifPresent(p -> m.note("cmi.progress_measure", p.toPlainString()
        + " not mapped: Framsteg measures progress by played segments and events"
        + (cmi.completionThreshold().isPresent() ? " (it decided the completion status)" : "")));
    m.time("cmi.session_time", cmi.sessionTime());
    for (int i = 0; i < cmi.commentsFromLearner().size(); i++) {
      m.note("cmi.comments_from_learner." + i, "learner comment not mapped");
    }
    for (int i = 0; i < cmi.objectives().size(); i++) {
      m.note("cmi.objectives." + i, "objective '" + cmi.objectives().get(i).id()
          + "' not mapped: Framsteg keeps no objectives");
    }
    m.interactions(cmi.interactions().stream().map(x -> x.id()).toList());
    if (cmi.preferenceAudioLevel().isPresent() || cmi.preferenceLanguage().isPresent()
        || cmi.preferenceDeliverySpeed().isPresent() || cmi.preferenceAudioCaptioning().isPresent()) {
      m.note("cmi.learner_preference", "learner preferences not mapped");
    }
    m.extensions(cmi.extensions());
    return new SessionEvents(m.events, m.notes);
  }

  // ---------------------------------------------------------------- elements

  private String id(String element) {
    return session.id() + "#" + element;
  }

  private void started() {
    events.add(new ProgressEvent.Started(id("start"), session.end(), activity.id()));
  }

  private void completed(String element) {
    events.add(new ProgressEvent.Completed(id(element), session.end(), activity.id()));
  }

  private void location(String element, Optional<String> value) {
    if (value.isEmpty() || value.get().isEmpty()) {
      return;
    }
    String text = value.get();
    if (!(activity.media() instanceof TimedMedia)) {
      note(element, quote(text) + " not mapped: only video and audio activities keep a resume "
          + "point in Framsteg");
      return;
    }
    if (!SECONDS.matcher(text).matches()) {
      note(element, quote(text) + " not mapped: not a position in seconds");
      return;
    }
    BigDecimal millis = new BigDecimal(text).movePointRight(3).setScale(0, RoundingMode.HALF_UP);
    if (millis.compareTo(BigDecimal.valueOf(Segment.MAX_MILLIS)) > 0) {
      note(element, quote(text) + " not mapped: beyond the longest medium Framsteg holds");
      return;
    }
    events.add(new ProgressEvent.Positioned(id(element), session.end(), activity.id(),
        Duration.ofMillis(millis.longValueExact())));
  }

  private void suspendData(Optional<String> value) {
    if (value.isEmpty() || value.get().isEmpty()) {
      return;
    }
    String text = value.get();
    if (!(activity.media() instanceof TimedMedia)) {
      note("cmi.suspend_data", "not mapped: the SCO's own data (" + text.length()
          + " characters); only video and audio activities keep played segments");
      return;
    }
    Optional<PlayedSegments> played = SuspendData.decode(text);
    if (played.isEmpty()) {
      note("cmi.suspend_data", "not mapped: not in the F1 played-segments format ("
          + quote(text.length() <= 40 ? text : text.substring(0, 37) + "...") + ")");
      return;
    }
    List<Segment> segments = played.get().segments();
    for (int i = 0; i < segments.size(); i++) {
      events.add(new ProgressEvent.Played(id("cmi.suspend_data[" + i + "]"), session.end(),
          activity.id(), segments.get(i)));
    }
  }

  private void scored12(Scorm12Cmi cmi, Optional<Boolean> passed) {
    Optional<BigDecimal> raw = cmi.score().raw();
    Optional<BigDecimal> min = cmi.score().min();
    Optional<BigDecimal> max = cmi.score().max();
    if (raw.isEmpty()) {
      if (min.isPresent() || max.isPresent()) {
        note("cmi.core.score", "score.min or score.max without score.raw not mapped");
      }
      passed.filter(p -> activity.media() instanceof Assessment).ifPresent(p ->
          note("cmi.core.lesson_status", (p ? "'passed'" : "'failed'") + " without a score: "
              + "not mapped as a pass or fail, Framsteg records them with a score"));
      return;
    }
    Score score;
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) < 0
        && raw.get().compareTo(min.get()) >= 0 && raw.get().compareTo(max.get()) <= 0) {
      score = score(raw.get(), min.get(), max.get());
    } else {
      if (min.isPresent() || max.isPresent()) {
        note("cmi.core.score", "score.min " + plain(min) + " and score.max " + plain(max)
            + " do not bound score.raw " + raw.get().toPlainString()
            + ": read on the 0 to 100 scale");
      }
      score = score(raw.get(), BigDecimal.ZERO, BigDecimal.valueOf(100));
    }
    scored("cmi.core.score", score, passed);
  }

  private void scored2004(Scorm2004Cmi cmi, Optional<Boolean> passed) {
    Optional<BigDecimal> scaled = cmi.score().scaled();
    Optional<BigDecimal> raw = cmi.score().raw();
    Optional<BigDecimal> min = cmi.score().min();
    Optional<BigDecimal> max = cmi.score().max();
    boolean bounded = raw.isPresent() && min.isPresent() && max.isPresent()
        && min.get().compareTo(max.get()) < 0 && raw.get().compareTo(min.get()) >= 0
        && raw.get().compareTo(max.get()) <= 0;
    Score score;
    if (scaled.isPresent()) {
      double s = scaled.get().doubleValue();
      boolean minBelowMax = min.isEmpty() || max.isEmpty() || min.get().compareTo(max.get()) < 0;
      boolean rawInside = raw.isEmpty() || ((min.isEmpty() || raw.get().compareTo(min.get()) >= 0)
          && (max.isEmpty() || raw.get().compareTo(max.get()) <= 0));
      Optional<Score> full = minBelowMax && rawInside
          ? attempt(() -> new Score(s, optional(raw), optional(min), optional(max)))
          : Optional.empty();
      if (full.isPresent()) {
        score = full.get();
      } else {
        note("cmi.score", "score.raw, score.min and score.max are inconsistent; only "
            + "score.scaled is mapped");
        score = Score.scaled(s);
      }
    } else if (bounded) {
      score = score(raw.get(), min.get(), max.get());
    } else {
      if (raw.isPresent() || min.isPresent() || max.isPresent()) {
        note("cmi.score", "not mapped: without score.scaled Framsteg needs score.raw within "
            + "score.min and score.max");
      }
      passed.filter(p -> activity.media() instanceof Assessment).ifPresent(p ->
          note("cmi.success_status", (p ? "'passed'" : "'failed'") + " without a score: "
              + "not mapped as a pass or fail, Framsteg records them with a score"));
      return;
    }
    scored("cmi.score", score, passed);
  }

  private void scored(String element, Score score, Optional<Boolean> passed) {
    if (!(activity.media() instanceof Assessment)) {
      note(element, "not mapped: the activity is not an assessment");
      return;
    }
    events.add(new ProgressEvent.Scored(id(element), session.end(), activity.id(),
        session.attempt(), score, passed));
  }

  /** The score of a raw value within bounds; only scaled when the bounds do not fit a double. */
  private static Score score(BigDecimal raw, BigDecimal min, BigDecimal max) {
    double scaled = Math.max(-1, Math.min(1, raw.subtract(min)
        .divide(max.subtract(min), MathContext.DECIMAL128).doubleValue()));
    return attempt(() -> new Score(scaled, OptionalDouble.of(raw.doubleValue()),
        OptionalDouble.of(min.doubleValue()), OptionalDouble.of(max.doubleValue())))
        .orElseGet(() -> Score.scaled(scaled));
  }

  private static Optional<Score> attempt(java.util.function.Supplier<Score> make) {
    try {
      return Optional.of(make.get());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void time(String element, Optional<Duration> value) {
    if (value.isEmpty() || value.get().isZero()) {
      return;
    }
    Instant end = session.end();
    try {
      Instant start = end.minus(value.get());
      events.add(new ProgressEvent.TimeSpent(id(element), end, Optional.of(activity.id()), start,
          end));
    } catch (DateTimeException | ArithmeticException e) {
      note(element, value.get() + " not mapped: longer than the time before the session ended");
    }
  }

  private void interactions(List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      note("cmi.interactions." + i, "interaction '" + ids.get(i) + "' not mapped: Framsteg "
          + "keeps no interactions");
    }
  }

  private void extensions(Map<String, String> extensions) {
    if (!extensions.isEmpty()) {
      note(extensions.keySet().stream().sorted().collect(Collectors.joining(", ")),
          "not mapped: elements outside the cmi data model");
    }
  }

  private void note(String element, String message) {
    notes.add(new MappingNote(element, message));
  }

  private static OptionalDouble optional(Optional<BigDecimal> d) {
    return d.map(x -> OptionalDouble.of(x.doubleValue())).orElse(OptionalDouble.empty());
  }

  private static String plain(Optional<BigDecimal> d) {
    return d.map(BigDecimal::toPlainString).orElse("(not set)");
  }

  private static String quote(String s) {
    return "'" + s + "'";
  }
}
