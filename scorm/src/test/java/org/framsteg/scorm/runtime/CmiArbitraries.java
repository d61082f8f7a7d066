package org.framsteg.scorm.runtime;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of run-time data values, shared by the property tests of this module. */
final class CmiArbitraries {

  private CmiArbitraries() {}

  /** Any duration a SCORM 1.2 CMITimespan can hold, with nanosecond detail to be cut away. */
  static Arbitrary<Duration> timespanDurations() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 9999L * 3600 + 3599), Arbitraries.integers().between(0, 999_999_999))
        .as(Duration::ofSeconds);
  }

  /** Durations up to the limit of java.time, biased towards everyday lengths. */
  static Arbitrary<Duration> intervalDurations() {
    Arbitrary<Long> seconds =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(0, 100_000)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE)));
    return Combinators.combine(seconds, Arbitraries.integers().between(0, 999_999_999))
        .as(Duration::ofSeconds);
  }

  static Arbitrary<LocalTime> timesOfDay() {
    return Arbitraries.longs()
        .between(0, LocalTime.MAX.toNanoOfDay())
        .map(LocalTime::ofNanoOfDay);
  }

  /** Valid SCORM 2004 timestamps of every precision, with and without a time zone. */
  static Arbitrary<CmiTimestamp> timestamps() {
    Arbitrary<LocalDateTime> instants =
        Arbitraries.longs()
            .between(
                LocalDateTime.of(1970, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                LocalDateTime.of(2038, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC))
            .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
    Arbitrary<ChronoUnit> precisions =
        Arbitraries.of(
            ChronoUnit.YEARS,
            ChronoUnit.MONTHS,
            ChronoUnit.DAYS,
            ChronoUnit.HOURS,
            ChronoUnit.MINUTES,
            ChronoUnit.SECONDS);
    Arbitrary<Integer> centis = Arbitraries.integers().between(0, 99);
    Arbitrary<Optional<ZoneOffset>> offsets =
        Arbitraries.integers()
            .between(-18 * 60, 18 * 60)
            .map(m -> ZoneOffset.ofTotalSeconds(m * 60))
            .optional();
    return Combinators.combine(instants, precisions, centis, offsets)
        .as(
            (t, p, c, o) -> {
              LocalDateTime cut;
              switch (p) {
                case YEARS:
                  cut = t.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS);
                  break;
                case MONTHS:
                  cut = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
                  break;
                case SECONDS:
                  cut = t.withNano(c * 10_000_000);
                  break;
                default:
                  cut = t.truncatedTo(p);
              }
              return new CmiTimestamp(cut, p, p == ChronoUnit.SECONDS ? o : Optional.empty());
            });
  }

  /** Strings over the alphabet of a format, to shake its parser. */
  static Arbitrary<String> textOver(String alphabet, int maxLength) {
    return Arbitraries.strings().withChars(alphabet.toCharArray()).ofMaxLength(maxLength);
  }
}
