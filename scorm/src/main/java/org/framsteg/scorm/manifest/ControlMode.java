package org.framsteg.scorm.manifest;

/**
 * {@code imsss:controlMode}: which navigation the learner may use among an activity's children.
 *
 * <pre>{@code
 * ControlMode mode = sequencing.controlMode().orElse(ControlMode.DEFAULT);
 * boolean forcedSequential = mode.flow() && !mode.choice();
 * }</pre>
 *
 * @param choice default true
 * @param choiceExit default true
 * @param flow default false
 * @param forwardOnly default false
 * @param useCurrentAttemptObjectiveInfo default true
 * @param useCurrentAttemptProgressInfo default true
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (Sequencing Control
 *     Modes)</a>
 */
public record ControlMode(boolean choice, boolean choiceExit, boolean flow, boolean forwardOnly,
    boolean useCurrentAttemptObjectiveInfo, boolean useCurrentAttemptProgressInfo) {
  /** The schema defaults. */
  public static final ControlMode DEFAULT = new ControlMode(true, true, false, false, true, true);
}
