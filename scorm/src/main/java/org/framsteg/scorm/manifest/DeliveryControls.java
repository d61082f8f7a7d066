package org.framsteg.scorm.manifest;

/**
 * {@code imsss:deliveryControls}: whether an activity is tracked and who sets its status.
 *
 * <pre>{@code
 * DeliveryControls d = sequencing.deliveryControls().orElse(DeliveryControls.DEFAULT);
 * boolean lmsDecides = !d.completionSetByContent();
 * }</pre>
 *
 * @param tracked default true
 * @param completionSetByContent default false
 * @param objectiveSetByContent default false
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.1 (Delivery
 *     Controls)</a>
 */
public record DeliveryControls(boolean tracked, boolean completionSetByContent,
    boolean objectiveSetByContent) {
  /** The schema defaults. */
  public static final DeliveryControls DEFAULT = new DeliveryControls(true, false, false);
}
