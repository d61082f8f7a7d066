package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XapiDurationTest {

  @ParameterizedTest
  @CsvSource({
    "PT4H35M59.14S, PT4H35M59.14S",
    "PT16559.14S, PT4H35M59.14S",
    "P1D, PT24H",
    "P4W, PT672H",
    "P1DT12H, PT36H",
    "PT1.5H, PT1H30M",
    "PT0.000000001S, PT0.000000001S",
    "'PT0,5S', PT0.5S",
    "P0D, PT0S"
  })
  void exactDurationsConvertToJavaTime(String text, String expected) {
    XapiDuration d = XapiDuration.parse(text);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.toDuration()).contains(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P3Y", "P1M", "P3Y1M29DT4H35M59.14S", "PT0.0000000001S", "PT99999999999999999999999S"})
  void durationsWithoutAnExactLengthKeepTheirTextOnly(String text) {
    XapiDuration d = XapiDuration.parse(text);
    assertThat(d.toDuration()).isEmpty();
    assertThat(d.text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P4W1D", "PA1H0M0S", "P", "PT", "P1H", "PT1D", "P0003-01-29T04:35:59", "-PT1S", "PT1.5H30M",
      "pt1h", "P1S", "PT1S1M", "P1.S", "1H", "PT1HT1M", ""})
  void invalidDurationsAreRefusedWithAReason(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> XapiDuration.parse(text)).withMessageContaining("ISO 8601");
  }

  @Test
  void ofWritesTheJavaTimeFormAndRefusesNegativeDurations() {
    assertThat(XapiDuration.of(Duration.ofMinutes(90)).text()).isEqualTo("PT1H30M");
    assertThat(XapiDuration.of(Duration.ZERO).text()).isEqualTo("PT0S");
    assertThat(XapiDuration.of(Duration.ofMillis(1500)).toDuration()).contains(Duration.ofMillis(1500));
    assertThatIllegalArgumentException().isThrownBy(() -> XapiDuration.of(Duration.ofSeconds(-1)));
  }

  @Test
  void equalityIsByTextAsXapiComparesDurations() {
    assertThat(XapiDuration.parse("PT60M")).isNotEqualTo(XapiDuration.parse("PT1H"));
    assertThat(XapiDuration.parse("PT60M").toDuration()).isEqualTo(XapiDuration.parse("PT1H").toDuration());
  }
}
