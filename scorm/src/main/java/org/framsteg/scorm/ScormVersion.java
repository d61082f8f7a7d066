package org.framsteg.scorm;

/**
 * The SCORM versions Framsteg reads and writes.
 *
 * <pre>{@code
 * ScormVersion v = ScormVersion.SCORM_2004_4TH;
 * boolean sequencing = v.isScorm2004();
 * }</pre>
 *
 * <p>SCORM 1.2 (ADL, 2001) and SCORM 2004 2nd, 3rd and 4th editions (ADL, 2004-2009). Framsteg
 * writes 1.2 and 2004 4th edition; it reads all of them.
 */
public enum ScormVersion {
  /** SCORM 1.2: {@code cmi.core.*}, the {@code API} object, IMS CP 1.1.2 manifests. */
  SCORM_12("1.2"),
  /** SCORM 2004 2nd edition ({@code schemaversion} "CAM 1.3"). */
  SCORM_2004_2ND("CAM 1.3"),
  /** SCORM 2004 3rd edition ({@code schemaversion} "2004 3rd Edition"). */
  SCORM_2004_3RD("2004 3rd Edition"),
  /** SCORM 2004 4th edition ({@code schemaversion} "2004 4th Edition"). */
  SCORM_2004_4TH("2004 4th Edition");

  private final String schemaVersion;

  ScormVersion(String schemaVersion) {
    this.schemaVersion = schemaVersion;
  }

  /** The value of {@code <metadata><schemaversion>} in a manifest of this version. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** Whether this is one of the SCORM 2004 editions (run-time {@code API_1484_11}, sequencing). */
  public boolean isScorm2004() {
    return this != SCORM_12;
  }
}
