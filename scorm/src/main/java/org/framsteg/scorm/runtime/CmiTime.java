package org.framsteg.scorm.runtime;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import org.framsteg.scorm.internal.runtime.TimeFormats;
import org.framsteg.scorm.internal.runtime.Violations;

/**
 * Reads and writes the time formats of the SCORM run-time data models, exactly and with range
 * checks. All of them have a precision of 0.01 s.
 *
 * <pre>{@code
 * Duration d = CmiTime.parseTimeInterval("PT1H30M5.25S");    // SCORM 2004 cmi.session_time
 * String s12 = CmiTime.formatTimespan(d);                   // "01:30:05.25", SCORM 1.2
 * }</pre>
 *
 * <ul>
 *   <li>SCORM 1.2 {@code CMITimespan} (RTE 3.4.5), {@code HHHH:MM:SS.SS}: 2 to 4 digits of hours,
 *       minutes and seconds below 60, an optional fraction of 1 or 2 digits. Used by {@code
 *       cmi.core.session_time}, {@code cmi.core.total_time}, {@code
 *       cmi.student_data.max_time_allowed}, {@code cmi.interactions.n.latency}.
 *   <li>SCORM 1.2 {@code CMITime} (RTE 3.4.5), {@code HH:MM:SS.SS}: a time of day, hours 00 to 23.
 *       Used by {@code cmi.interactions.n.time}.
 *   <li>SCORM 2004 {@code timeinterval (second,10,2)} (4th ed. RTE 4.2), ISO 8601 {@code
 *       P[yY][mM][dD][T[hH][nM][s[.s]S]]}: components in this order, each at most once, zero
 *       padding allowed, at least one component, {@code T} only before a time component, seconds
 *       with at most 2 decimal digits. Years count as 365 days and months as 2 628 029 s (30.417
 *       days): the RTE book gives no lengths, and these are the ones the ADL SCORM 2004 4th edition
 *       sample run-time compares intervals with. Values beyond a {@link Duration} are rejected.
 *       Used by {@code cmi.session_time}, {@code cmi.total_time}, {@code cmi.max_time_allowed},
 *       {@code cmi.interactions.n.latency}.
 *   <li>SCORM 2004 {@code time (second,10,0)}: see {@link CmiTimestamp}.
 * </ul>
 *
 * <p>Writers produce the canonical form, which their parsers read back to the same value: durations
 * are cut down to whole centiseconds, the fraction has the fewest digits that keep the value, SCORM
 * 2004 intervals are written as {@code PT[hH][mM][s[.s]S]} (hours never folded into days, months or
 * years, which would be inexact) and zero as {@code PT0S}.
 */
public final class CmiTime {

  private CmiTime() {}

  /**
   * Reads a SCORM 1.2 {@code CMITimespan} such as {@code 0002:30:00.5}.
   *
   * @throws CmiDataException naming the rule the text breaks
   */
  public static Duration parseTimespan(String text) {
    Objects.requireNonNull(text, "text");
    return Violations.single("CMITimespan", () -> TimeFormats.parseTimespan12(text));
  }

  /**
   * Writes a duration as a SCORM 1.2 {@code CMITimespan}, cut down to centiseconds.
   *
   * @throws CmiDataException if the duration is negative or longer than 9999:59:59.99
   */
  public static String formatTimespan(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return Violations.single("CMITimespan", () -> TimeFormats.formatTimespan12(duration));
  }

  /**
   * Reads a SCORM 1.2 {@code CMITime} (time of day) such as {@code 14:05:09.25}.
   *
   * @throws CmiDataException naming the rule the text breaks
   */
  public static LocalTime parseTimeOfDay(String text) {
    Objects.requireNonNull(text, "text");
    return Violations.single("CMITime", () -> TimeFormats.parseTime12(text));
  }

  /** Writes a time of day as a SCORM 1.2 {@code CMITime}, cut down to centiseconds. */
  public static String formatTimeOfDay(LocalTime time) {
    Objects.requireNonNull(time, "time");
    return TimeFormats.formatTime12(time);
  }

  /**
   * Reads a SCORM 2004 {@code timeinterval (second,10,2)} such as {@code P1DT2H3M4.5S}.
   *
   * @throws CmiDataException naming the rule the text breaks
   */
  public static Duration parseTimeInterval(String text) {
    Objects.requireNonNull(text, "text");
    return Violations.single("timeinterval (second,10,2)", () -> TimeFormats.parseInterval(text));
  }

  /**
   * Writes a duration as a SCORM 2004 {@code timeinterval (second,10,2)}, cut down to centiseconds.
   *
   * @throws CmiDataException if the duration is negative
   */
  public static String formatTimeInterval(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return Violations.single(
        "timeinterval (second,10,2)", () -> TimeFormats.formatInterval(duration));
  }
}
