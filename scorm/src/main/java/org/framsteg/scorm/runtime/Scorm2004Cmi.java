package org.framsteg.scorm.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.internal.runtime.Scorm2004Model;
import org.framsteg.scorm.internal.runtime.Violations;
import org.immutables.value.Value;

/**
 * The SCORM 2004 4th edition run-time data of one learner in one SCO: the {@code cmi.*} data model
 * of the SCORM 2004 4th edition RTE book, section 4.2, every element typed and range-checked.
 *
 * <pre>{@code
 * Scorm2004Cmi cmi = Scorm2004Cmi.fromElements(Map.of("cmi.progress_measure", "0.9", "cmi.completion_threshold", "0.8"));
 * Scorm2004CompletionStatus status = cmi.evaluatedCompletionStatus();   // COMPLETED
 * }</pre>
 *
 * <h2>Reading and writing</h2>
 *
 * {@link #fromElements(Map)} reads the flat element map an LMS or a browser run-time stores and
 * reports every problem at once in a {@link CmiDataException}; {@link #toElements()} writes the
 * canonical map back, sorted by element with indexes in numeric order, and reading it gives an
 * equal value. Blank values, keywords and extensions are treated as for {@link Scorm12Cmi}: an
 * empty value of a type without an empty value means "not set"; {@code _version} (must be {@code
 * 1.0}) and {@code _count} are checked and not written, {@code _children} is ignored; elements
 * outside {@code cmi}, such as {@code adl.nav.request} or {@code adl.data.n.*}, are kept verbatim
 * in {@link #extensions()}.
 *
 * <h2>Size limits</h2>
 *
 * Character strings longer than their smallest permitted maximum (SPM), such as 64000 characters of
 * {@code cmi.suspend_data} or 1000 of {@code cmi.location}, are rejected rather than truncated: a
 * value Framsteg stores is one every conformant LMS accepts. Numbers are limited to 64 characters;
 * the count of records is not limited beyond the input itself.
 *
 * <h2>Evaluated statuses</h2>
 *
 * The stored {@link #completionStatus()} and {@link #successStatus()} are what the SCO set; {@link
 * #evaluatedCompletionStatus()} and {@link #evaluatedSuccessStatus()} are what the LMS reports
 * after applying the thresholds of RTE 4.2.4.1 and 4.2.22.
 */
@Value.Immutable
@FramstegStyle
public abstract class Scorm2004Cmi {

  /** {@code cmi.comments_from_learner.n.*} (RTE 4.2.2), in index order. */
  public abstract List<Scorm2004Comment> commentsFromLearner();

  /** {@code cmi.comments_from_lms.n.*} (RTE 4.2.3), in index order. */
  public abstract List<Scorm2004Comment> commentsFromLms();

  /** {@code cmi.completion_status} (RTE 4.2.4), as set by the SCO. */
  public abstract Optional<Scorm2004CompletionStatus> completionStatus();

  /** {@code cmi.completion_threshold} (RTE 4.2.5), from 0 to 1. */
  public abstract Optional<BigDecimal> completionThreshold();

  /** {@code cmi.credit} (RTE 4.2.6). */
  public abstract Optional<CmiCredit> credit();

  /** {@code cmi.entry} (RTE 4.2.7). */
  public abstract Optional<CmiEntry> entry();

  /** {@code cmi.exit} (RTE 4.2.8). */
  public abstract Optional<CmiExit> exit();

  /** {@code cmi.interactions.n.*} (RTE 4.2.9), in index order. */
  public abstract List<Scorm2004Interaction> interactions();

  /** {@code cmi.launch_data} (RTE 4.2.10), a characterstring (SPM 4000). */
  public abstract Optional<String> launchData();

  /** {@code cmi.learner_id} (RTE 4.2.11), a long_identifier_type. */
  public abstract Optional<String> learnerId();

  /** {@code cmi.learner_name} (RTE 4.2.12), a localized_string_type (SPM 250). */
  public abstract Optional<String> learnerName();

  /** {@code cmi.learner_preference.audio_level} (RTE 4.2.13), a real number of at least 0. */
  public abstract Optional<BigDecimal> preferenceAudioLevel();

  /** {@code cmi.learner_preference.language} (RTE 4.2.13), a language_type or empty. */
  public abstract Optional<String> preferenceLanguage();

  /** {@code cmi.learner_preference.delivery_speed} (RTE 4.2.13), a real number of at least 0. */
  public abstract Optional<BigDecimal> preferenceDeliverySpeed();

  /** {@code cmi.learner_preference.audio_captioning} (RTE 4.2.13): -1 (off), 0 (no change), 1 (on). */
  public abstract Optional<Integer> preferenceAudioCaptioning();

  /** {@code cmi.location} (RTE 4.2.14), a characterstring bookmark (SPM 1000). */
  public abstract Optional<String> location();

  /** {@code cmi.max_time_allowed} (RTE 4.2.15), a timeinterval. */
  public abstract Optional<Duration> maxTimeAllowed();

  /** {@code cmi.mode} (RTE 4.2.16). */
  public abstract Optional<CmiMode> mode();

  /** {@code cmi.objectives.n.*} (RTE 4.2.17), in index order, ids unique. */
  public abstract List<Scorm2004Objective> objectives();

  /** {@code cmi.progress_measure} (RTE 4.2.18), from 0 to 1. */
  public abstract Optional<BigDecimal> progressMeasure();

  /** {@code cmi.scaled_passing_score} (RTE 4.2.19), from -1 to 1. */
  public abstract Optional<BigDecimal> scaledPassingScore();

  /** {@code cmi.score.*} (RTE 4.2.20). */
  @Value.Default
  public Scorm2004Score score() {
    return Scorm2004Score.builder().build();
  }

  /** {@code cmi.session_time} (RTE 4.2.21), a timeinterval. */
  public abstract Optional<Duration> sessionTime();

  /** {@code cmi.success_status} (RTE 4.2.22), as set by the SCO. */
  public abstract Optional<Scorm2004SuccessStatus> successStatus();

  /** {@code cmi.suspend_data} (RTE 4.2.23), a characterstring (SPM 64000). */
  public abstract Optional<String> suspendData();

  /** {@code cmi.time_limit_action} (RTE 4.2.24). */
  public abstract Optional<CmiTimeLimitAction> timeLimitAction();

  /** {@code cmi.total_time} (RTE 4.2.25), a timeinterval. */
  public abstract Optional<Duration> totalTime();

  /** Elements outside the {@code cmi} namespace, kept verbatim. */
  public abstract Map<String, String> extensions();

  /**
   * The completion status the LMS reports (RTE 4.2.4.1): with a {@link #completionThreshold()},
   * {@code completed} if {@link #progressMeasure()} reaches it, {@code incomplete} if it does not
   * and {@code unknown} if there is no progress measure, whatever the SCO set; without a threshold,
   * the status the SCO set, or {@code unknown}.
   */
  public Scorm2004CompletionStatus evaluatedCompletionStatus() {
    if (completionThreshold().isPresent()) {
      return progressMeasure()
          .map(
              p ->
                  p.compareTo(completionThreshold().get()) >= 0
                      ? Scorm2004CompletionStatus.COMPLETED
                      : Scorm2004CompletionStatus.INCOMPLETE)
          .orElse(Scorm2004CompletionStatus.UNKNOWN);
    }
    return completionStatus().orElse(Scorm2004CompletionStatus.UNKNOWN);
  }

  /**
   * The success status the LMS reports (RTE 4.2.22): with a {@link #scaledPassingScore()}, {@code
   * passed} if {@code score.scaled} reaches it, {@code failed} if it does not and {@code unknown}
   * if there is no scaled score, whatever the SCO set; without a passing score, the status the SCO
   * set, or {@code unknown}.
   */
  public Scorm2004SuccessStatus evaluatedSuccessStatus() {
    if (scaledPassingScore().isPresent()) {
      return score()
          .scaled()
          .map(
              s ->
                  s.compareTo(scaledPassingScore().get()) >= 0
                      ? Scorm2004SuccessStatus.PASSED
                      : Scorm2004SuccessStatus.FAILED)
          .orElse(Scorm2004SuccessStatus.UNKNOWN);
    }
    return successStatus().orElse(Scorm2004SuccessStatus.UNKNOWN);
  }

  /**
   * Reads the flat element map of an LMS or run-time.
   *
   * @throws CmiDataException listing every problem of the map
   */
  public static Scorm2004Cmi fromElements(Map<String, String> elements) {
    Objects.requireNonNull(elements, "elements");
    return Scorm2004Model.read(elements);
  }

  /** The canonical flat element map, sorted by element with indexes in numeric order. */
  public SortedMap<String, String> toElements() {
    return Scorm2004Model.write(this);
  }

  /** A builder of SCORM 2004 run-time data. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds run-time data; {@code build()} throws {@link CmiDataException} for invalid values. */
  public static final class Builder extends ImmutableScorm2004Cmi.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    Scorm2004Model.checkCmi(this, v);
    v.throwIfAny();
  }
}
