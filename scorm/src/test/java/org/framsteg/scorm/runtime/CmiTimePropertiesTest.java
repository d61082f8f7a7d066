package org.framsteg.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CmiTimePropertiesTest {

  @Property
  void timespanParsesItsFormatBackToTheDurationCutToCentiseconds(
      @ForAll("timespanDurations") Duration d) {
    assertThat(CmiTime.parseTimespan(CmiTime.formatTimespan(d))).isEqualTo(centis(d));
  }

  @Property
  void timespanCanonicalTextRoundTrips(@ForAll("timespanDurations") Duration d) {
    String canonical = CmiTime.formatTimespan(d);
    assertThat(CmiTime.formatTimespan(CmiTime.parseTimespan(canonical))).isEqualTo(canonical);
  }

  @Property
  void timeOfDayParsesItsFormatBackToTheTimeCutToCentiseconds(@ForAll("timesOfDay") LocalTime t) {
    String text = CmiTime.formatTimeOfDay(t);
    assertThat(CmiTime.parseTimeOfDay(text))
        .isEqualTo(t.withNano(t.getNano() / 10_000_000 * 10_000_000));
    assertThat(CmiTime.formatTimeOfDay(CmiTime.parseTimeOfDay(text))).isEqualTo(text);
  }

  @Property
  void intervalParsesItsFormatBackToTheDurationCutToCentiseconds(
      @ForAll("intervalDurations") Duration d) {
    assertThat(CmiTime.parseTimeInterval(CmiTime.formatTimeInterval(d))).isEqualTo(centis(d));
  }

  @Property
  void intervalCanonicalTextRoundTrips(@ForAll("intervalDurations") Duration d) {
    String canonical = CmiTime.formatTimeInterval(d);
    assertThat(CmiTime.formatTimeInterval(CmiTime.parseTimeInterval(canonical))).isEqualTo(canonical);
  }

  @Property
  void timestampCanonicalTextRoundTrips(@ForAll("timestamps") CmiTimestamp t) {
    assertThat(CmiTimestamp.parse(t.toString())).isEqualTo(t);
    assertThat(CmiTimestamp.parse(t.toString()).toString()).isEqualTo(t.toString());
  }

  @Property
  void timespanGarbageIsEitherReadOrATypedError(@ForAll("timespanNoise") String text) {
    readsOrRejects(text, CmiTime::parseTimespan, CmiTime::formatTimespan, CmiTime::parseTimespan);
  }

  @Property
  void intervalGarbageIsEitherReadOrATypedError(@ForAll("intervalNoise") String text) {
    readsOrRejects(
        text, CmiTime::parseTimeInterval, CmiTime::formatTimeInterval, CmiTime::parseTimeInterval);
  }

  @Property
  void timestampGarbageIsEitherReadOrATypedError(@ForAll("timestampNoise") String text) {
    readsOrRejects(text, CmiTimestamp::parse, CmiTimestamp::toString, CmiTimestamp::parse);
  }

  /** A value that is read writes back to text that reads to the same value; else a typed error. */
  private static <T> void readsOrRejects(
      String text, Function<String, T> parse, Function<T, String> format, Function<String, T> again) {
    T value;
    try {
      value = parse.apply(text);
    } catch (CmiDataException e) {
      assertThat(e.violations()).isNotEmpty();
      return;
    }
    assertThat(again.apply(format.apply(value))).isEqualTo(value);
  }

  private static Duration centis(Duration d) {
    return d.truncatedTo(ChronoUnit.MILLIS).withNanos(d.getNano() / 10_000_000 * 10_000_000);
  }

  @Provide
  Arbitrary<Duration> timespanDurations() {
    return CmiArbitraries.timespanDurations();
  }

  @Provide
  Arbitrary<Duration> intervalDurations() {
    return CmiArbitraries.intervalDurations();
  }

  @Provide
  Arbitrary<LocalTime> timesOfDay() {
    return CmiArbitraries.timesOfDay();
  }

  @Provide
  Arbitrary<CmiTimestamp> timestamps() {
    return CmiArbitraries.timestamps();
  }

  @Provide
  Arbitrary<String> timespanNoise() {
    return CmiArbitraries.textOver("0123456789:.-", 14);
  }

  @Provide
  Arbitrary<String> intervalNoise() {
    return CmiArbitraries.textOver("PT0123456789.YMDHS", 16);
  }

  @Provide
  Arbitrary<String> timestampNoise() {
    return CmiArbitraries.textOver("0123456789-T:.Z+1920", 30);
  }
}
