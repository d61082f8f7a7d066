package org.framsteg.scorm.runtime;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of an interaction, {@code cmi.interactions.n.result} (SCORM 1.2 RTE 3.4, SCORM 2004
 * 4th ed. RTE 4.2.9): a judgement from a fixed vocabulary or a number.
 *
 * <pre>{@code
 * CmiResult r = new CmiResult.Judged(CmiResult.Judgement.CORRECT);
 * boolean right = r instanceof CmiResult.Judged j && j.judgement() == CmiResult.Judgement.CORRECT;
 * }</pre>
 *
 * <p>The judgement {@link Judgement#INCORRECT} is written {@code wrong} in SCORM 1.2 and {@code
 * incorrect} in SCORM 2004.
 */
public sealed interface CmiResult permits CmiResult.Judged, CmiResult.Numeric {

  /** The vocabulary of judgements. */
  enum Judgement {
    /** {@code correct}. */
    CORRECT,
    /** {@code wrong} (SCORM 1.2) or {@code incorrect} (SCORM 2004). */
    INCORRECT,
    /** {@code unanticipated}: a response the content did not expect. */
    UNANTICIPATED,
    /** {@code neutral}: neither right nor wrong. */
    NEUTRAL
  }

  /**
   * A result from the vocabulary.
   *
   * @param judgement the judgement
   */
  record Judged(Judgement judgement) implements CmiResult {
    /** Checks the judgement is present. */
    public Judged {
      Objects.requireNonNull(judgement, "judgement");
    }
  }

  /**
   * A numeric result (a CMIDecimal in SCORM 1.2, a real(10,7) in SCORM 2004).
   *
   * @param value the number, with the scale it was written with
   */
  record Numeric(BigDecimal value) implements CmiResult {
    /** Checks the value is present. */
    public Numeric {
      Objects.requireNonNull(value, "value");
    }
  }
}
