package org.framsteg.scorm.manifest;

import java.util.Optional;

/**
 * The condition tested by a sequencing or rollup rule condition ({@code @condition}). Rollup
 * conditions use a subset: all but the measure comparisons and {@link #ALWAYS}.
 *
 * <pre>{@code
 * ConditionType t = ConditionType.fromToken("objectiveMeasureGreaterThan").orElseThrow();
 * boolean needsThreshold = t.usesMeasureThreshold();
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (Sequencing Rule
 *     Description, Rollup Rule Description)</a>
 */
public enum ConditionType {
  SATISFIED("satisfied"),
  OBJECTIVE_STATUS_KNOWN("objectiveStatusKnown"),
  OBJECTIVE_MEASURE_KNOWN("objectiveMeasureKnown"),
  OBJECTIVE_MEASURE_GREATER_THAN("objectiveMeasureGreaterThan"),
  OBJECTIVE_MEASURE_LESS_THAN("objectiveMeasureLessThan"),
  COMPLETED("completed"),
  ACTIVITY_PROGRESS_KNOWN("activityProgressKnown"),
  ATTEMPTED("attempted"),
  ATTEMPT_LIMIT_EXCEEDED("attemptLimitExceeded"),
  TIME_LIMIT_EXCEEDED("timeLimitExceeded"),
  OUTSIDE_AVAILABLE_TIME_RANGE("outsideAvailableTimeRange"),
  ALWAYS("always");

  private final String token;

  ConditionType(String token) {
    this.token = token;
  }

  /** The value as the schema spells it. */
  public String token() {
    return token;
  }

  /** Whether the condition compares the objective measure with {@code measureThreshold}. */
  public boolean usesMeasureThreshold() {
    return this == OBJECTIVE_MEASURE_GREATER_THAN || this == OBJECTIVE_MEASURE_LESS_THAN;
  }

  /** Whether a rollup condition may use it. */
  public boolean allowedInRollup() {
    return !usesMeasureThreshold() && this != ALWAYS;
  }

  /** The condition a token names, ignoring case. */
  public static Optional<ConditionType> fromToken(String token) {
    for (ConditionType t : values()) {
      if (t.token.equalsIgnoreCase(token.strip())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
