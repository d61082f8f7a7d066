package org.framsteg.scorm.manifest;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code imsss:limitConditions}: how often and how long an activity may be attempted. SCORM 2004
 * uses only these two of the IMS SS limits; the others are reported and ignored.
 *
 * <pre>{@code
 * LimitConditions limits = sequencing.limitConditions().orElseThrow();
 * int attempts = limits.attemptLimit().orElse(Integer.MAX_VALUE);
 * }</pre>
 *
 * @param attemptLimit {@code @attemptLimit}; 0 or absent means unlimited
 * @param attemptAbsoluteDurationLimit {@code @attemptAbsoluteDurationLimit}
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (Limit
 *     Conditions)</a>
 */
public record LimitConditions(Optional<Integer> attemptLimit,
    Optional<Duration> attemptAbsoluteDurationLimit) {
  public LimitConditions {
    Objects.requireNonNull(attemptLimit, "attemptLimit");
    Objects.requireNonNull(attemptAbsoluteDurationLimit, "attemptAbsoluteDurationLimit");
  }
}
