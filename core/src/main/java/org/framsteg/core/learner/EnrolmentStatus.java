package org.framsteg.core.learner;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an enrolment is in its life: invited, active, completed, or ended by withdrawal or expiry.
 *
 * <pre>{@code
 * EnrolmentStatus s = EnrolmentStatus.ACTIVE;
 * boolean ok = s.canMoveTo(EnrolmentStatus.COMPLETED);   // true
 * }</pre>
 */
public enum EnrolmentStatus {
  INVITED,
  ACTIVE,
  COMPLETED,
  WITHDRAWN,
  EXPIRED;

  /** The statuses this one may move to. */
  public Set<EnrolmentStatus> next() {
    return switch (this) {
      case INVITED -> EnumSet.of(ACTIVE, WITHDRAWN, EXPIRED);
      case ACTIVE -> EnumSet.of(COMPLETED, WITHDRAWN, EXPIRED);
      case COMPLETED -> EnumSet.noneOf(EnrolmentStatus.class);
      case WITHDRAWN, EXPIRED -> EnumSet.of(ACTIVE);
    };
  }

  /** Whether the move to {@code target} is allowed. */
  public boolean canMoveTo(EnrolmentStatus target) {
    return next().contains(target);
  }
}
