package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XapiTimestampTest {

  @Test
  void theTextIsKeptWithEveryDigitWhileTheTimeIsTruncatedToNanoseconds() {
    XapiTimestamp t = XapiTimestamp.parse("2013-05-18T05:32:34.8041234567891+02:00");
    assertThat(t.text()).isEqualTo("2013-05-18T05:32:34.8041234567891+02:00");
    assertThat(t.localDateTime()).isEqualTo(LocalDateTime.of(2013, 5, 18, 5, 32, 34, 804_123_456));
    assertThat(t.offset()).contains(ZoneOffset.ofHours(2));
    assertThat(t.toInstant()).contains(Instant.parse("2013-05-18T03:32:34.804123456Z"));
    assertThat(t.isRfc3339()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "2015-11-18T12:17:00Z, true",
    "2015-11-18t12:17:00.5z, true",
    "2015-11-18T12:17:00+01:00, true",
    "2015-11-18T12:17:00+0100, false",
    "2015-11-18T12:17:00+01, false",
    "2015-11-18T12:17Z, false",
    "2015-11-18T12:17:00, false",
    "20151118T121700Z, false",
    "'2015-11-18T12:17:00,5Z', false"
  })
  void isoForms(String text, boolean rfc3339) {
    assertThat(XapiTimestamp.parse(text).isRfc3339()).isEqualTo(rfc3339);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015-11-18T12:17:60Z", "2015-11-18T12:17:00-00:00", "2015-13-01T00:00:00Z", "2015-11-18",
      "2015-11-18T12:17:00+18:01", "2015-11-18T12:17:00 ", "2015-W47-3T12:00:00Z", "+12015-11-18T12:17:00Z", "2015-11-18T12:7:00Z"})
  void invalidTimestampsAreRefusedWithAReason(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> XapiTimestamp.parse(text)).withMessageContaining(" ");
  }

  @Test
  void timestampsWithoutOffsetHaveNoInstant() {
    XapiTimestamp t = XapiTimestamp.parse("2015-11-18T12:17:00");
    assertThat(t.offset()).isEmpty();
    assertThat(t.toInstant()).isEmpty();
    assertThatIllegalStateException().isThrownBy(t::toRfc3339);
  }

  @Test
  void ofWritesRfc3339WithSecondsAndTheShortestFraction() {
    assertThat(XapiTimestamp.of(Instant.parse("2024-05-01T08:15:00Z")).text()).isEqualTo("2024-05-01T08:15:00Z");
    assertThat(XapiTimestamp.of(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 120_000_000, ZoneOffset.ofHoursMinutes(-3, -30))).text())
        .isEqualTo("2024-05-01T10:15:30.12-03:30");
    assertThat(XapiTimestamp.of(Instant.parse("2024-05-01T08:15:00.000000001Z")).text()).isEqualTo("2024-05-01T08:15:00.000000001Z");
  }

  @Test
  void toRfc3339KeepsThePointInTimeTheOffsetAndTheFractionDigits() {
    XapiTimestamp basic = XapiTimestamp.parse("20151118T1217+0530");
    XapiTimestamp rfc = basic.toRfc3339();
    assertThat(rfc.text()).isEqualTo("2015-11-18T12:17:00+05:30");
    XapiTimestamp fraction = XapiTimestamp.parse("20151118T121700,50-0530").toRfc3339();
    assertThat(fraction.text()).isEqualTo("2015-11-18T12:17:00.50-05:30");
    assertThat(fraction.toInstant()).isEqualTo(XapiTimestamp.parse("20151118T121700,50-0530").toInstant());
    XapiTimestamp already = XapiTimestamp.parse("2015-11-18T12:17:00Z");
    assertThat(already.toRfc3339()).isSameAs(already);
  }

  @Test
  void equalityIsByTextSoTheSameInstantInAnotherOffsetIsAnotherTimestamp() {
    XapiTimestamp utc = XapiTimestamp.parse("2015-11-18T12:00:00Z");
    XapiTimestamp cet = XapiTimestamp.parse("2015-11-18T13:00:00+01:00");
    assertThat(utc).isNotEqualTo(cet);
    assertThat(utc.toInstant()).isEqualTo(cet.toInstant());
    assertThat(utc).isEqualTo(XapiTimestamp.parse("2015-11-18T12:00:00Z")).hasSameHashCodeAs(XapiTimestamp.parse("2015-11-18T12:00:00Z"));
  }
}
