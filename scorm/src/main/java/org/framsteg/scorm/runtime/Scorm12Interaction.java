package org.framsteg.scorm.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.internal.runtime.Scorm12Model;
import org.framsteg.scorm.internal.runtime.Violations;
import org.immutables.value.Value;

/**
 * One SCORM 1.2 interaction (a question and the learner's answer), {@code cmi.interactions.n.*}
 * (SCORM 1.2 RTE 3.4).
 *
 * <pre>{@code
 * Scorm12Interaction i = Scorm12Interaction.builder().id("q1").type(CmiInteractionType.TRUE_FALSE)
 *     .studentResponse("t").result(new CmiResult.Judged(CmiResult.Judgement.CORRECT)).build();
 * }</pre>
 *
 * <p>Responses ({@code student_response}, {@code correct_responses.n.pattern}) are CMIFeedback of
 * at most 255 characters; for {@code true-false} they are one of {@code 0 1 t f} and for {@code
 * numeric} a CMIDecimal. Other types are checked for length only, as their formats in the 1.2 RTE
 * are examples rather than grammars.
 */
@Value.Immutable
@FramstegStyle
public abstract class Scorm12Interaction {

  /** {@code cmi.interactions.n.id}, a CMIIdentifier; required. */
  public abstract String id();

  /** {@code cmi.interactions.n.objectives.m.id}, in index order. */
  public abstract List<String> objectiveIds();

  /** {@code cmi.interactions.n.time}, a CMITime (time of day). */
  public abstract Optional<LocalTime> time();

  /** {@code cmi.interactions.n.type}; SCORM 2004-only types are rejected. */
  public abstract Optional<CmiInteractionType> type();

  /** {@code cmi.interactions.n.correct_responses.m.pattern}, in index order. */
  public abstract List<String> correctResponses();

  /** {@code cmi.interactions.n.weighting}, a CMIDecimal. */
  public abstract Optional<BigDecimal> weighting();

  /** {@code cmi.interactions.n.student_response}, a CMIFeedback. */
  public abstract Optional<String> studentResponse();

  /** {@code cmi.interactions.n.result}. */
  public abstract Optional<CmiResult> result();

  /** {@code cmi.interactions.n.latency}, a CMITimespan. */
  public abstract Optional<Duration> latency();

  /** A builder of interactions. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds interactions; {@code build()} throws {@link CmiDataException} for invalid values. */
  public static final class Builder extends ImmutableScorm12Interaction.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    Scorm12Model.checkInteraction("cmi.interactions.n", this, v);
    v.throwIfAny();
  }
}
