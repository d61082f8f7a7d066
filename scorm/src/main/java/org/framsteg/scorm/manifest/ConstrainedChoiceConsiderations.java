package org.framsteg.scorm.manifest;

/**
 * {@code adlseq:constrainedChoiceConsiderations}: limits on choice navigation.
 *
 * <pre>{@code
 * boolean constrained = sequencing.constrainedChoiceConsiderations()
 *     .map(ConstrainedChoiceConsiderations::constrainChoice).orElse(false);
 * }</pre>
 *
 * @param preventActivation default false
 * @param constrainChoice default false
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (ADL sequencing
 *     extensions)</a>
 */
public record ConstrainedChoiceConsiderations(boolean preventActivation, boolean constrainChoice) {}
