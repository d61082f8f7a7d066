package org.framsteg.examples.demo;

import java.util.List;
import java.util.Objects;
import org.framsteg.core.learner.Enrolment;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.ProgressEvent;

/**
 * One simulated learner: who, the enrolment, how they went about it and what they did, as events in
 * the order they happened.
 *
 * <pre>{@code
 * LearnerHistory h = Simulation.of(SeedCourse.create(), Season.of(200, 1L)).learner(0);
 * ProgressState s = engine.start(h.enrolment()).applyAll(h.events());
 * }</pre>
 *
 * @param index the learner's number in the season, from 0
 * @param learner the learner
 * @param enrolment the enrolment, with a due date for some
 * @param profile how the learner went about the course
 * @param podcastSpeed the playback speed the learner listens to episodes at
 * @param events what happened, by timestamp
 */
public record LearnerHistory(int index, Learner learner, Enrolment enrolment, Profile profile,
    double podcastSpeed, List<ProgressEvent> events) {
  public LearnerHistory {
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(profile, "profile");
    events = List.copyOf(events);
  }

  /** The learner's account name, as shown in reports. */
  public String name() {
    return learner.accountName().orElseGet(learner::key);
  }
}
