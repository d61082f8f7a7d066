package org.framsteg.scorm.runtime;

import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.internal.runtime.Scorm2004Model;
import org.framsteg.scorm.internal.runtime.Violations;
import org.immutables.value.Value;

/**
 * A comment from the learner or from the LMS, {@code cmi.comments_from_learner.n.*} and {@code
 * cmi.comments_from_lms.n.*} (SCORM 2004 4th ed. RTE 4.2.2 and 4.2.3).
 *
 * <pre>{@code
 * Scorm2004Comment c = Scorm2004Comment.builder().comment("{lang=en}Too fast").location("page-3").build();
 * Optional<CmiTimestamp> when = c.timestamp();
 * }</pre>
 *
 * <p>At least one of the three elements is set.
 */
@Value.Immutable
@FramstegStyle
public abstract class Scorm2004Comment {

  /** {@code comment}, a localized_string_type (SPM 4000 characters). */
  public abstract Optional<String> comment();

  /** {@code location}, a characterstring (SPM 250). */
  public abstract Optional<String> location();

  /** {@code timestamp}. */
  public abstract Optional<CmiTimestamp> timestamp();

  /** A builder of comments. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds comments; {@code build()} throws {@link CmiDataException} for invalid values. */
  public static final class Builder extends ImmutableScorm2004Comment.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    Scorm2004Model.checkComment("cmi.comments_from_learner.n", this, v);
    v.throwIfAny();
  }
}
