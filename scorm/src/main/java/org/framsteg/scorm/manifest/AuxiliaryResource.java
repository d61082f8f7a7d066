package org.framsteg.scorm.manifest;

import java.util.Objects;

/**
 * {@code imsss:auxiliaryResource}: a resource offered beside an activity (IMS SS; SCORM 2004
 * does not require LMSs to act on it).
 *
 * <pre>{@code
 * AuxiliaryResource help = sequencing.auxiliaryResources().get(0);
 * String purpose = help.purpose();
 * }</pre>
 *
 * @param auxiliaryResourceId {@code @auxiliaryResourceID}
 * @param purpose {@code @purpose}
 * @see <a href="http://www.imsglobal.org/simplesequencing/">IMS Simple Sequencing 1.0</a>
 */
public record AuxiliaryResource(String auxiliaryResourceId, String purpose) {
  public AuxiliaryResource {
    Objects.requireNonNull(auxiliaryResourceId, "auxiliaryResourceId");
    Objects.requireNonNull(purpose, "purpose");
  }
}
