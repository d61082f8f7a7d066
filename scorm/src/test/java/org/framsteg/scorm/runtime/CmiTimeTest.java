package org.framsteg.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CmiTimeTest {

  // ------------------------------------------------------------ SCORM 1.2 CMITimespan

  @Test
  void timespanHoursHaveTwoToFourDigits() {
    assertThat(CmiTime.parseTimespan("00:29:00")).isEqualTo(Duration.ofMinutes(29));
    assertThat(CmiTime.parseTimespan("1234:44:30")).isEqualTo(Duration.parse("PT1234H44M30S"));
    assertThat(CmiTime.parseTimespan("0002:00:00")).isEqualTo(Duration.ofHours(2));
    assertRejected(() -> CmiTime.parseTimespan("1:00:00"), "CMITimespan", "2 to 4 digits");
    assertRejected(() -> CmiTime.parseTimespan("12345:00:00"), "CMITimespan", "2 to 4 digits");
  }

  @Test
  void timespanMinutesAndSecondsAreBelowSixty() {
    assertThat(CmiTime.parseTimespan("00:59:59")).isEqualTo(Duration.ofSeconds(3599));
    assertRejected(() -> CmiTime.parseTimespan("00:60:00"), "CMITimespan", "minutes must be 00 to 59");
    assertRejected(() -> CmiTime.parseTimespan("00:00:60"), "CMITimespan", "seconds must be 00 to 59");
  }

  @Test
  void timespanFractionHasOneOrTwoDigits() {
    assertThat(CmiTime.parseTimespan("00:00:01.5")).isEqualTo(Duration.ofMillis(1500));
    assertThat(CmiTime.parseTimespan("00:00:01.05")).isEqualTo(Duration.ofMillis(1050));
    assertRejected(() -> CmiTime.parseTimespan("00:00:01.005"), "CMITimespan", "HHHH:MM:SS.SS");
    assertRejected(() -> CmiTime.parseTimespan("00:00:01."), "CMITimespan", "HHHH:MM:SS.SS");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "00:00", "aa:bb:cc", "-01:00:00", "00:0:00", "00-00-00", "00:00:00Z",
      " 00:00:00", "00:00:00 ", "PT1S", "\u0661\u0662:00:00"})
  void timespanGarbageIsATypedError(String text) {
    assertRejected(() -> CmiTime.parseTimespan(text), "CMITimespan", "CMITimespan");
  }

  @Test
  void timespanWritesTwoDigitHoursAndTheFewestFractionDigits() {
    assertThat(CmiTime.formatTimespan(Duration.ZERO)).isEqualTo("00:00:00");
    assertThat(CmiTime.formatTimespan(Duration.ofMillis(1500))).isEqualTo("00:00:01.5");
    assertThat(CmiTime.formatTimespan(Duration.ofMillis(61_059))).isEqualTo("00:01:01.05");
    assertThat(CmiTime.formatTimespan(Duration.parse("PT123H4M5S"))).isEqualTo("123:04:05");
    assertThat(CmiTime.formatTimespan(Duration.ofMillis(1_999))).isEqualTo("00:00:01.99");
  }

  @Test
  void timespanCannotBeNegativeOrBeyondTenThousandHours() {
    assertThat(CmiTime.formatTimespan(Duration.parse("PT9999H59M59.999S"))).isEqualTo("9999:59:59.99");
    assertRejected(() -> CmiTime.formatTimespan(Duration.ofHours(10_000)), "CMITimespan", "9999:59:59.99");
    assertRejected(() -> CmiTime.formatTimespan(Duration.ofSeconds(-1)), "CMITimespan", "negative");
  }

  // ------------------------------------------------------------ SCORM 1.2 CMITime

  @Test
  void timeOfDayHoursAreBelowTwentyFour() {
    assertThat(CmiTime.parseTimeOfDay("23:59:59.99")).isEqualTo(LocalTime.of(23, 59, 59, 990_000_000));
    assertThat(CmiTime.parseTimeOfDay("00:00:00")).isEqualTo(LocalTime.MIDNIGHT);
    assertRejected(() -> CmiTime.parseTimeOfDay("24:00:00"), "CMITime", "hours must be 00 to 23");
    assertRejected(() -> CmiTime.parseTimeOfDay("12:60:00"), "CMITime", "minutes must be 00 to 59");
    assertRejected(() -> CmiTime.parseTimeOfDay("12:00:60"), "CMITime", "seconds must be 00 to 59");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1:00:00", "001:00:00", "12:00", "12:00:00.123", "12:00:00.", "noon"})
  void timeOfDayHasExactlyTwoDigitFields(String text) {
    assertRejected(() -> CmiTime.parseTimeOfDay(text), "CMITime", "HH:MM:SS.SS");
  }

  @Test
  void timeOfDayWritesCentiseconds() {
    assertThat(CmiTime.formatTimeOfDay(LocalTime.of(9, 5, 7, 123_456_789))).isEqualTo("09:05:07.12");
    assertThat(CmiTime.formatTimeOfDay(LocalTime.of(9, 5, 7))).isEqualTo("09:05:07");
  }

  // ------------------------------------------------------------ SCORM 2004 timeinterval

  @Test
  void intervalReadsEveryComponentInOrder() {
    assertThat(CmiTime.parseTimeInterval("PT3H5M")).isEqualTo(Duration.ofMinutes(185));
    assertThat(CmiTime.parseTimeInterval("P2DT1H")).isEqualTo(Duration.ofHours(49));
    assertThat(CmiTime.parseTimeInterval("PT0S")).isEqualTo(Duration.ZERO);
    assertThat(CmiTime.parseTimeInterval("PT0H0M0S")).isEqualTo(Duration.ZERO);
    assertThat(CmiTime.parseTimeInterval("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
    assertThat(CmiTime.parseTimeInterval("PT34.45S")).isEqualTo(Duration.ofMillis(34_450));
    assertThat(CmiTime.parseTimeInterval("PT3600S")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void intervalZeroPaddingDoesNotChangeTheValue() {
    assertThat(CmiTime.parseTimeInterval("PT05H"))
        .isEqualTo(CmiTime.parseTimeInterval("PT5H"))
        .isEqualTo(CmiTime.parseTimeInterval("PT000005H"));
  }

  @Test
  void intervalYearsAndMonthsUseTheAdlConventionalLengths() {
    assertThat(CmiTime.parseTimeInterval("P1Y")).isEqualTo(Duration.ofDays(365));
    assertThat(CmiTime.parseTimeInterval("P1M")).isEqualTo(Duration.ofSeconds(2_628_029));
    assertThat(CmiTime.parseTimeInterval("P1Y3M2DT3H"))
        .isEqualTo(Duration.ofDays(367).plusSeconds(3 * 2_628_029L).plusHours(3));
  }

  @Test
  void intervalSecondsHaveAtMostTwoDecimalDigits() {
    assertRejected(() -> CmiTime.parseTimeInterval("PT34.45454545S"), "timeinterval", "1 or 2 decimal digits");
    assertRejected(() -> CmiTime.parseTimeInterval("PT1.S"), "timeinterval", "1 or 2 decimal digits");
    assertRejected(() -> CmiTime.parseTimeInterval("PT.5S"), "timeinterval", "timeinterval");
  }

  @Test
  void intervalOnlySecondsHaveAFraction() {
    assertRejected(() -> CmiTime.parseTimeInterval("PT1.5H"), "timeinterval", "only seconds");
    assertRejected(() -> CmiTime.parseTimeInterval("P1.5D"), "timeinterval", "timeinterval");
  }

  @Test
  void intervalNeedsAComponentAfterPAndAfterT() {
    assertRejected(() -> CmiTime.parseTimeInterval("P"), "timeinterval", "timeinterval");
    assertRejected(() -> CmiTime.parseTimeInterval("PT"), "timeinterval", "timeinterval");
    assertRejected(() -> CmiTime.parseTimeInterval("P1DT"), "timeinterval", "T must be followed");
  }

  @Test
  void intervalDesignatorsComeInOrderAndOnce() {
    assertRejected(() -> CmiTime.parseTimeInterval("P1D1Y"), "timeinterval", "in this order");
    assertRejected(() -> CmiTime.parseTimeInterval("PT1S1M"), "timeinterval", "in this order");
    assertRejected(() -> CmiTime.parseTimeInterval("PT1H1H"), "timeinterval", "in this order");
    assertRejected(() -> CmiTime.parseTimeInterval("P1H"), "timeinterval", "in this order");
    assertRejected(() -> CmiTime.parseTimeInterval("PT1D"), "timeinterval", "in this order");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "pt1s", "PT1s", "T1S", "1S", "PT-1S", "PT+1S", "PT1E3S", "P1W",
      "PT1,5S", "PT 1S", "PT1S ", "PTNaNS", "PT0x10S", "P\u0661D"})
  void intervalGarbageIsATypedError(String text) {
    assertRejected(() -> CmiTime.parseTimeInterval(text), "timeinterval", "timeinterval");
  }

  @Test
  void intervalBeyondDurationIsATypedError() {
    assertRejected(
        () -> CmiTime.parseTimeInterval("P99999999999999999999Y"), "timeinterval", "java.time.Duration");
    assertRejected(
        () -> CmiTime.parseTimeInterval("P9000000000000000000DT1H"), "timeinterval", "java.time.Duration");
    assertRejected(
        () -> CmiTime.parseTimeInterval("PT" + "9".repeat(100_000) + "S"), "timeinterval", "java.time.Duration");
  }

  @Test
  void intervalWritesHoursMinutesSecondsAndZeroAsPT0S() {
    assertThat(CmiTime.formatTimeInterval(Duration.ZERO)).isEqualTo("PT0S");
    assertThat(CmiTime.formatTimeInterval(Duration.ofHours(49))).isEqualTo("PT49H");
    assertThat(CmiTime.formatTimeInterval(Duration.ofMillis(3_723_450))).isEqualTo("PT1H2M3.45S");
    assertThat(CmiTime.formatTimeInterval(Duration.ofMillis(50))).isEqualTo("PT0.05S");
    assertThat(CmiTime.formatTimeInterval(Duration.ofMillis(9))).isEqualTo("PT0S");
    assertRejected(() -> CmiTime.formatTimeInterval(Duration.ofMillis(-10)), "timeinterval", "negative");
  }

  static void assertRejected(Runnable call, String element, String ruleFragment) {
    assertThatThrownBy(call::run)
        .isInstanceOf(CmiDataException.class)
        .satisfies(
            e -> {
              CmiDataException cde = (CmiDataException) e;
              assertThat(cde.violations()).hasSize(1);
              assertThat(cde.violations().get(0).element()).contains(element);
              assertThat(cde.violations().get(0).rule()).contains(ruleFragment);
            });
  }
}
