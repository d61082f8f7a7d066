package org.framsteg.scorm.internal.runtime;

/** Where the rules come from, as cited in violation messages. */
public final class Spec {
  /** SCORM 1.2 Run-Time Environment, data types and vocabularies. */
  public static final String S12_TYPES = "SCORM 1.2 RTE 3.4.5";
  /** SCORM 1.2 Run-Time Environment, data model. */
  public static final String S12_MODEL = "SCORM 1.2 RTE 3.4";

  private Spec() {}

  /** {@code (SCORM 1.2 RTE 3.4, cmi.core.score.raw)}. */
  public static String s12(String element) {
    return "(" + S12_MODEL + ", " + element + ")";
  }

  /** {@code (SCORM 2004 4th ed. RTE 4.2.20, cmi.score.scaled)}. */
  public static String s2004(String section, String element) {
    return "(SCORM 2004 4th ed. RTE " + section + ", " + element + ")";
  }
}
