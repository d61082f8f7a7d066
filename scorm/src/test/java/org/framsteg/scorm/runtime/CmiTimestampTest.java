package org.framsteg.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.scorm.runtime.CmiTimeTest.assertRejected;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CmiTimestampTest {

  @ParameterizedTest
  @ValueSource(strings = {"2009", "2009-07", "2009-07-25", "2009-07-25T03", "2009-07-25T03:00",
      "2009-07-25T03:00:00", "2009-07-25T03:00:00.5", "2009-07-25T03:00:00.0Z",
      "2009-07-25T03:30:35.5+05:00", "2009-07-25T03:30:35.55-03:30", "1970-01-01T00:00:00.0Z",
      "2038-12-31T23:59:59.99Z", "2012-02-29"})
  void everyPrecisionFromYearToCentisecondIsKept(String text) {
    assertThat(CmiTimestamp.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void canonicalTextUsesZForUtcAndHhMmOffsets() {
    assertThat(CmiTimestamp.parse("2009-07-25T03:30:35.5+05").toString())
        .isEqualTo("2009-07-25T03:30:35.5+05:00");
    assertThat(CmiTimestamp.parse("2009-07-25T03:30:35.50+00:00").toString())
        .isEqualTo("2009-07-25T03:30:35.5Z");
    assertThat(CmiTimestamp.parse("2009-07-25T03:30:35.00z").toString())
        .isEqualTo("2009-07-25T03:30:35.0Z");
    assertThat(CmiTimestamp.parse("2009-07-25T03:30:35.00").toString())
        .isEqualTo("2009-07-25T03:30:35");
  }

  @Test
  void yearIsBetween1970And2038() {
    assertRejected(() -> CmiTimestamp.parse("1969-12-31"), "time", "1970 to 2038");
    assertRejected(() -> CmiTimestamp.parse("2039"), "time", "1970 to 2038");
  }

  @Test
  void monthDayHourMinuteSecondAreInRange() {
    assertRejected(() -> CmiTimestamp.parse("2009-13"), "time", "month must be 01 to 12");
    assertRejected(() -> CmiTimestamp.parse("2009-00"), "time", "month must be 01 to 12");
    assertRejected(() -> CmiTimestamp.parse("2009-02-29"), "time", "day must be 01 to 28");
    assertRejected(() -> CmiTimestamp.parse("2009-04-31"), "time", "day must be 01 to 30");
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T24"), "time", "hour must be 00 to 23");
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T03:60"), "time", "minute must be 00 to 59");
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T03:00:60"), "time", "second must be 00 to 59");
  }

  @Test
  void timeZoneDesignatorNeedsSecondsWithAFraction() {
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T03:00:00Z"), "time", "needs hh:mm:ss.s");
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T03:00:00+05:00"), "time", "needs hh:mm:ss.s");
  }

  @Test
  void timeZoneOffsetsAreHoursAndMinutesWithinJavaTime() {
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T03:00:00.0+24:00"), "time", "hours 00 to 23");
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T03:00:00.0+05:60"), "time", "minutes 00 to 59");
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T03:00:00.0+19:00"), "time", "\u00b118:00");
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T03:00:00.0+0500"), "time", "Z, +hh");
  }

  @Test
  void fractionsOfASecondHaveOneOrTwoDigits() {
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T03:00:00.123"), "time", "1 or 2 decimal digits");
    assertRejected(() -> CmiTimestamp.parse("2009-07-25T03:00:00."), "time", "1 or 2 decimal digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "09", "2009-7", "2009-07-25 03:00", "2009/07/25", "2009-07-25T3",
      "2009-07-25T03:00:00.0Zjunk", "20090725", "2009-07-25T03:00:00.0+05:00:00"})
  void garbageIsATypedError(String text) {
    assertRejected(() -> CmiTimestamp.parse(text), "time", "");
  }

  @Test
  void toInstantFillsMissingPartsAndUsesTheAssumedOffsetOnlyWithoutADesignator() {
    assertThat(CmiTimestamp.parse("2009").toInstant(ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2009-01-01T00:00:00Z"));
    assertThat(CmiTimestamp.parse("2009-07-25T03:00:00.0+02:00").toInstant(ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2009-07-25T01:00:00Z"));
    assertThat(CmiTimestamp.parse("2009-07-25T03:00").toInstant(ZoneOffset.ofHours(1)))
        .isEqualTo(Instant.parse("2009-07-25T02:00:00Z"));
  }

  @Test
  void ofOffsetDateTimeCutsDownToCentiseconds() {
    CmiTimestamp t =
        CmiTimestamp.of(OffsetDateTime.of(2020, 5, 6, 7, 8, 9, 123_456_789, ZoneOffset.ofHours(2)));
    assertThat(t.toString()).isEqualTo("2020-05-06T07:08:09.12+02:00");
  }

  @Test
  void constructorRejectsValuesThatCannotBeWritten() {
    LocalDateTime noon = LocalDateTime.of(2020, 1, 1, 12, 0);
    assertRejected(
        () -> new CmiTimestamp(noon, ChronoUnit.DAYS, Optional.empty()), "time", "at their minimum");
    assertRejected(
        () -> new CmiTimestamp(noon, ChronoUnit.HOURS, Optional.of(ZoneOffset.UTC)), "time", "SECONDS");
    assertRejected(
        () -> new CmiTimestamp(noon.withNano(1), ChronoUnit.SECONDS, Optional.empty()), "time", "2 digits");
    assertRejected(
        () -> new CmiTimestamp(noon, ChronoUnit.MILLIS, Optional.empty()), "time", "precision");
    assertRejected(
        () -> new CmiTimestamp(noon.withYear(2100), ChronoUnit.SECONDS, Optional.empty()), "time", "1970");
    assertRejected(
        () -> new CmiTimestamp(noon, ChronoUnit.SECONDS, Optional.of(ZoneOffset.ofTotalSeconds(30))),
        "time",
        "whole minutes");
  }
}
