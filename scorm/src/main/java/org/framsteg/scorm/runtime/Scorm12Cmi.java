package org.framsteg.scorm.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.internal.runtime.Scorm12Model;
import org.framsteg.scorm.internal.runtime.Violations;
import org.immutables.value.Value;

/**
 * The SCORM 1.2 run-time data of one learner in one SCO: the {@code cmi.*} data model of SCORM 1.2
 * RTE section 3.4, every element typed and range-checked.
 *
 * <pre>{@code
 * Scorm12Cmi cmi = Scorm12Cmi.fromElements(Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "92"));
 * SortedMap<String, String> stored = cmi.toElements();
 * }</pre>
 *
 * <h2>Reading and writing</h2>
 *
 * {@link #fromElements(Map)} reads the flat element map an LMS or a browser run-time stores ({@code
 * "cmi.interactions.0.id" -> "q1"}) and reports every problem at once in a {@link
 * CmiDataException}: values outside their data type or range, unknown vocabulary, unknown {@code
 * cmi.*} elements, indexes that are not contiguous from 0, records without an {@code id}. {@link
 * #toElements()} writes the canonical map back, sorted by element with indexes in numeric order;
 * reading it gives an equal value.
 *
 * <ul>
 *   <li>An empty value of an element whose data type has no empty value (numbers, times, most
 *       vocabularies, identifiers) means "not set" (CMIBlank) and is not written back. Character
 *       strings keep the empty string, and {@link CmiEntry#NONE}/{@link CmiExit#NONE} stand for the
 *       empty vocabulary token.
 *   <li>The keywords {@code _version} (must be {@code 3.4}) and {@code _count} (must equal the
 *       number of records) are checked against the data; {@code _children} is accepted and ignored.
 *       None of them are written: they are derived from the data.
 *   <li>Elements outside the {@code cmi} namespace (a run-time's own extensions) are kept verbatim
 *       in {@link #extensions()} and written back unchanged.
 * </ul>
 */
@Value.Immutable
@FramstegStyle
public abstract class Scorm12Cmi {

  /** {@code cmi.core.student_id}, a CMIIdentifier. */
  public abstract Optional<String> studentId();

  /** {@code cmi.core.student_name}, a CMIString255. */
  public abstract Optional<String> studentName();

  /** {@code cmi.core.lesson_location}, a CMIString255 bookmark. */
  public abstract Optional<String> lessonLocation();

  /** {@code cmi.core.credit}. */
  public abstract Optional<CmiCredit> credit();

  /** {@code cmi.core.lesson_status}. */
  public abstract Optional<Scorm12LessonStatus> lessonStatus();

  /** {@code cmi.core.entry}. */
  public abstract Optional<CmiEntry> entry();

  /** {@code cmi.core.score.*}. */
  @Value.Default
  public Scorm12Score score() {
    return Scorm12Score.builder().build();
  }

  /** {@code cmi.core.total_time}, a CMITimespan. */
  public abstract Optional<Duration> totalTime();

  /** {@code cmi.core.lesson_mode}. */
  public abstract Optional<CmiMode> lessonMode();

  /** {@code cmi.core.exit}; {@link CmiExit#NORMAL} is rejected (SCORM 2004 only). */
  public abstract Optional<CmiExit> exit();

  /** {@code cmi.core.session_time}, a CMITimespan. */
  public abstract Optional<Duration> sessionTime();

  /** {@code cmi.suspend_data}, a CMIString4096. */
  public abstract Optional<String> suspendData();

  /** {@code cmi.launch_data}, a CMIString4096. */
  public abstract Optional<String> launchData();

  /** {@code cmi.comments}, a CMIString4096. */
  public abstract Optional<String> comments();

  /** {@code cmi.comments_from_lms}, a CMIString4096. */
  public abstract Optional<String> commentsFromLms();

  /** {@code cmi.objectives.n.*}, in index order. */
  public abstract List<Scorm12Objective> objectives();

  /** {@code cmi.student_data.mastery_score}, a CMIDecimal from 0 to 100. */
  public abstract Optional<BigDecimal> masteryScore();

  /** {@code cmi.student_data.max_time_allowed}, a CMITimespan. */
  public abstract Optional<Duration> maxTimeAllowed();

  /** {@code cmi.student_data.time_limit_action}. */
  public abstract Optional<CmiTimeLimitAction> timeLimitAction();

  /** {@code cmi.student_preference.audio}, a CMISInteger from -1 to 100. */
  public abstract Optional<Integer> preferenceAudio();

  /** {@code cmi.student_preference.language}, a CMIString255. */
  public abstract Optional<String> preferenceLanguage();

  /** {@code cmi.student_preference.speed}, a CMISInteger from -100 to 100. */
  public abstract Optional<Integer> preferenceSpeed();

  /** {@code cmi.student_preference.text}, a CMISInteger from -1 to 1. */
  public abstract Optional<Integer> preferenceText();

  /** {@code cmi.interactions.n.*}, in index order. */
  public abstract List<Scorm12Interaction> interactions();

  /** Elements outside the {@code cmi} namespace, kept verbatim. */
  public abstract Map<String, String> extensions();

  /**
   * Reads the flat element map of an LMS or run-time.
   *
   * @throws CmiDataException listing every problem of the map
   */
  public static Scorm12Cmi fromElements(Map<String, String> elements) {
    Objects.requireNonNull(elements, "elements");
    return Scorm12Model.read(elements);
  }

  /** The canonical flat element map, sorted by element with indexes in numeric order. */
  public SortedMap<String, String> toElements() {
    return Scorm12Model.write(this);
  }

  /** A builder of SCORM 1.2 run-time data. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds run-time data; {@code build()} throws {@link CmiDataException} for invalid values. */
  public static final class Builder extends ImmutableScorm12Cmi.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    Scorm12Model.checkCmi(this, v);
    v.throwIfAny();
  }
}
