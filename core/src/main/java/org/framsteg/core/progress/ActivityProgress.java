package org.framsteg.core.progress;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What is known of one activity for one learner.
 *
 * <pre>{@code
 * ActivityProgress p = state.activity("https://example.org/course/v3");
 * double watched = p.played().coverage(videoDuration);
 * }</pre>
 *
 * @param activityId the activity
 * @param started whether any event touched it
 * @param completed whether a completed event arrived
 * @param markedDone whether it was marked done by hand
 * @param played the played parts of a timed medium (empty otherwise)
 * @param position the resume point of a timed medium, if reported
 * @param bestScore the best scaled score of an assessment, if scored
 * @param passed whether an attempt passed
 * @param attempts how many distinct attempts were scored
 */
public record ActivityProgress(String activityId, boolean started, boolean completed, boolean markedDone,
    PlayedSegments played, Optional<Duration> position, OptionalDouble bestScore, boolean passed,
    OptionalInt attempts) {}
