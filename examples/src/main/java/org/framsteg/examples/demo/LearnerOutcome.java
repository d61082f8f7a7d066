package org.framsteg.examples.demo;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.progress.ProgressState;

/**
 * Where one learner stands at the end of a season: the history, the folded state, the completion
 * and when it was reached.
 *
 * <pre>{@code
 * LearnerOutcome o = result.outcomes().get(0);
 * String line = o.history().name() + " " + o.completion().summary(Locale.ENGLISH);
 * }</pre>
 *
 * @param history what the learner did
 * @param state the progress folded from the history's events
 * @param completion the completion at the end of the season
 * @param completedInWeek the week of the season (from 1) by whose end the course was completed
 * @param lastActivity the activity of the learner's last event about an activity, if any
 */
public record LearnerOutcome(LearnerHistory history, ProgressState state, Completion completion,
    OptionalInt completedInWeek, Optional<String> lastActivity) {
  public LearnerOutcome {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(completedInWeek, "completedInWeek");
    Objects.requireNonNull(lastActivity, "lastActivity");
  }
}
