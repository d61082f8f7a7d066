package org.framsteg.scorm.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.internal.runtime.Scorm2004Model;
import org.framsteg.scorm.internal.runtime.Violations;
import org.immutables.value.Value;

/**
 * One SCORM 2004 interaction (a question and the learner's answer), {@code cmi.interactions.n.*}
 * (SCORM 2004 4th ed. RTE 4.2.9).
 *
 * <pre>{@code
 * Scorm2004Interaction i = Scorm2004Interaction.builder().id("q1").type(CmiInteractionType.CHOICE)
 *     .learnerResponse("a[,]c").addCorrectResponses("a[,]c").build();
 * }</pre>
 *
 * <p>Responses need a {@link #type()} and follow its format (RTE 4.2.9): {@code true-false} is
 * {@code true} or {@code false}; {@code choice} and {@code sequencing} are short identifiers joined
 * by {@code [,]} (unique for choice); {@code likert} is one short identifier; {@code matching} is
 * {@code source[.]target} pairs joined by {@code [,]}; {@code numeric} responses are real numbers
 * and patterns {@code min[:]max} ranges; {@code fill-in} and {@code long-fill-in} are localized
 * strings (patterns may start with {@code {case_matters=..}} and {@code {order_matters=..}});
 * {@code performance} and {@code other} are checked for length only. {@code true-false}, {@code
 * likert}, {@code numeric} and {@code other} have at most one correct response. An empty {@code
 * learner_response} of an interaction without a type, which browser run-times store by default,
 * is read as not set.
 */
@Value.Immutable
@FramstegStyle
public abstract class Scorm2004Interaction {

  /** {@code id}, a long_identifier_type; required. */
  public abstract String id();

  /** {@code type}. */
  public abstract Optional<CmiInteractionType> type();

  /** {@code objectives.m.id}, long_identifier_types in index order, unique. */
  public abstract List<String> objectiveIds();

  /** {@code timestamp}. */
  public abstract Optional<CmiTimestamp> timestamp();

  /** {@code correct_responses.m.pattern}, in index order. */
  public abstract List<String> correctResponses();

  /** {@code weighting}, a real(10,7) number. */
  public abstract Optional<BigDecimal> weighting();

  /** {@code learner_response}. */
  public abstract Optional<String> learnerResponse();

  /** {@code result}. */
  public abstract Optional<CmiResult> result();

  /** {@code latency}, a timeinterval. */
  public abstract Optional<Duration> latency();

  /** {@code description}, a localized_string_type (SPM 250). */
  public abstract Optional<String> description();

  /** A builder of interactions. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds interactions; {@code build()} throws {@link CmiDataException} for invalid values. */
  public static final class Builder extends ImmutableScorm2004Interaction.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    Scorm2004Model.checkInteraction("cmi.interactions.n", this, v);
    v.throwIfAny();
  }
}
