package org.framsteg.examples.demo;

/**
 * How a simulated learner goes about a course.
 *
 * <pre>{@code
 * LearnerHistory h = simulation.learner(17);
 * boolean meantToFinish = h.profile() == Profile.COMMITTED;
 * }</pre>
 */
public enum Profile {
  /** Works through the course at a steady pace, goes back to parts skipped, aims to finish. */
  COMMITTED(0.42),
  /** Like a committed learner at first, then stops somewhere and does not come back. */
  DROP_OUT(0.28),
  /** Dips into a few videos and episodes, skips a lot, never means to finish. */
  SAMPLER(0.12),
  /** Means to finish but has days or weeks between sessions; often passes the due date. */
  SLOW(0.10),
  /** Enrols and never starts. */
  NO_SHOW(0.08);

  private final double share;

  Profile(double share) {
    this.share = share;
  }

  /** The share of learners with this profile. */
  public double share() {
    return share;
  }

  /** The profile at cumulative probability {@code u} in [0, 1). */
  static Profile at(double u) {
    double sum = 0;
    for (Profile p : values()) {
      sum += p.share;
      if (u < sum) {
        return p;
      }
    }
    return NO_SHOW;
  }
}
