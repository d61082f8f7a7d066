package org.framsteg.scorm.runtime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.framsteg.scorm.internal.runtime.TimeFormats;
import org.framsteg.scorm.internal.runtime.Violations;

/**
 * A SCORM 2004 {@code time (second,10,0)} value: a point in time of the form {@code
 * YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]}, kept with the precision it was written in.
 *
 * <pre>{@code
 * CmiTimestamp t = CmiTimestamp.parse("2009-07-25T03:30:35.5+05:00");
 * Instant at = t.toInstant(ZoneOffset.UTC);   // offset of the value wins; UTC only if it has none
 * }</pre>
 *
 * <p>Rules (SCORM 2004 4th edition RTE 4.2, data type time; used by {@code
 * cmi.interactions.n.timestamp} and {@code cmi.comments_from_learner.n.timestamp}): the year is 1970
 * to 2038, each part needs the ones before it, fractions of a second have 1 or 2 digits, and a time
 * zone designator ({@code Z}, {@code +hh}, {@code +hh:mm}) is allowed only after {@code ss.s}, as
 * the ADL conformance test suite requires. Offsets beyond &plusmn;18:00 are rejected because
 * java.time cannot hold them.
 *
 * <p>{@link #toString()} writes the canonical text: the same precision, the fewest fraction digits
 * ({@code .0} when a time zone follows), {@code Z} for a zero offset and {@code +hh:mm} otherwise.
 *
 * @param dateTime the local date and time; fields finer than {@code precision} are at their minimum
 * @param precision the finest field written: one of {@code YEARS}, {@code MONTHS}, {@code DAYS},
 *     {@code HOURS}, {@code MINUTES}, {@code SECONDS}
 * @param offset the time zone designator, allowed only with {@code SECONDS} precision
 */
public record CmiTimestamp(
    LocalDateTime dateTime, ChronoUnit precision, Optional<ZoneOffset> offset) {

  private static final String TYPE = "time (second,10,0)";
  private static final Set<ChronoUnit> PRECISIONS =
      EnumSet.of(
          ChronoUnit.YEARS,
          ChronoUnit.MONTHS,
          ChronoUnit.DAYS,
          ChronoUnit.HOURS,
          ChronoUnit.MINUTES,
          ChronoUnit.SECONDS);

  /** Checks the value can be written exactly as a SCORM 2004 time. */
  public CmiTimestamp {
    Objects.requireNonNull(dateTime, "dateTime");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(offset, "offset");
    String problem = problem(dateTime, precision, offset);
    if (problem != null) {
      throw new CmiDataException(List.of(new CmiViolation(TYPE, problem)));
    }
  }

  /**
   * Reads a SCORM 2004 time.
   *
   * @throws CmiDataException naming the rule the text breaks
   */
  public static CmiTimestamp parse(String text) {
    Objects.requireNonNull(text, "text");
    return Violations.single(TYPE, () -> TimeFormats.parseTimestamp(text));
  }

  /**
   * A timestamp of full precision with a time zone, cut down to centiseconds.
   *
   * @throws CmiDataException if the year is outside 1970 to 2038
   */
  public static CmiTimestamp of(OffsetDateTime time) {
    LocalDateTime local =
        time.toLocalDateTime()
            .withNano(time.getNano() / TimeFormats.NANOS_PER_CENTI * TimeFormats.NANOS_PER_CENTI);
    return new CmiTimestamp(local, ChronoUnit.SECONDS, Optional.of(time.getOffset()));
  }

  /**
   * The instant this value names, with missing parts at their minimum (a bare year is 1 January,
   * 00:00) and {@code assumedOffset} used when the value has no time zone designator.
   */
  public Instant toInstant(ZoneOffset assumedOffset) {
    return dateTime.toInstant(offset.orElse(assumedOffset));
  }

  /** The canonical SCORM 2004 text of this value. */
  @Override
  public String toString() {
    return TimeFormats.formatTimestamp(this);
  }

  private static String problem(
      LocalDateTime t, ChronoUnit precision, Optional<ZoneOffset> offset) {
    if (!PRECISIONS.contains(precision)) {
      return "precision must be YEARS, MONTHS, DAYS, HOURS, MINUTES or SECONDS, not " + precision;
    }
    if (t.getYear() < 1970 || t.getYear() > 2038) {
      return "the year must be 1970 to 2038 (SCORM 2004 4th ed. RTE 4.2, data type time), not "
          + t.getYear();
    }
    if (t.getNano() % TimeFormats.NANOS_PER_CENTI != 0) {
      return "fractions of a second are limited to 2 digits (0.01 s)";
    }
    if (!truncated(t, precision).equals(t)) {
      return "fields finer than " + precision + " must be at their minimum in " + t;
    }
    if (offset.isPresent() && precision != ChronoUnit.SECONDS) {
      return "a time zone designator needs hh:mm:ss.s (SECONDS precision)";
    }
    if (offset.isPresent() && offset.get().getTotalSeconds() % 60 != 0) {
      return "a time zone offset has whole minutes (+hh:mm), not " + offset.get();
    }
    return null;
  }

  private static LocalDateTime truncated(LocalDateTime t, ChronoUnit precision) {
    switch (precision) {
      case YEARS:
        return t.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS);
      case MONTHS:
        return t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
      case SECONDS:
        return t;
      default:
        return t.truncatedTo(precision);
    }
  }
}
