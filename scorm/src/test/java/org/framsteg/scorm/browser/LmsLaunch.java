package org.framsteg.scorm.browser;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.framsteg.scorm.ScormVersion;

/**
 * How the test LMS launches one SCO: the run-time version, the SCO's URL, the data model values the
 * LMS holds before the SCO starts, and optionally a SetValue that the LMS refuses.
 *
 * <pre>{@code
 * LmsLaunch first = LmsLaunch.firstAttempt(ScormVersion.SCORM_2004_4TH, scoUrl);
 * LmsLaunch again = first.withInitialCmi(session.carryOver());
 * }</pre>
 */
public record LmsLaunch(
    ScormVersion version,
    URI sco,
    Map<String, String> initialCmi,
    Optional<String> failSetValueOf) {

  public LmsLaunch {
    initialCmi = Map.copyOf(initialCmi);
  }

  /**
   * A learner's first launch: entry {@code ab-initio} (SCORM 1.2 RTE §3.4.4 cmi.core.entry, SCORM
   * 2004 RTE §4.2.8 cmi.entry) and, in 1.2, lesson_status {@code not attempted}.
   */
  public static LmsLaunch firstAttempt(ScormVersion version, URI sco) {
    Map<String, String> cmi =
        version.isScorm2004()
            ? Map.of("cmi.entry", "ab-initio")
            : Map.of("cmi.core.entry", "ab-initio", "cmi.core.lesson_status", "not attempted");
    return new LmsLaunch(version, sco, cmi, Optional.empty());
  }

  /** The same launch with these values in the LMS before the SCO starts. */
  public LmsLaunch withInitialCmi(Map<String, String> cmi) {
    return new LmsLaunch(version, sco, cmi, failSetValueOf);
  }

  /** The same launch with an LMS that refuses every SetValue of {@code element} (error 351). */
  public LmsLaunch failingSetValueOf(String element) {
    return new LmsLaunch(version, sco, initialCmi, Optional.of(element));
  }

  /** {@code "1.2"} or {@code "2004"}: the API object the SCO must find. */
  public String runtime() {
    return version.isScorm2004() ? "2004" : "1.2";
  }

  Map<String, Object> toHostOptions() {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("version", runtime());
    options.put("scoUrl", sco.toString());
    options.put("initialCmi", initialCmi);
    failSetValueOf.ifPresent(e -> options.put("failSetValueOf", e));
    return options;
  }
}
