package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Language maps, extensions and JSON values. */
class ValuesTest {

  @Test
  void languageMapsFindTextsByTagIgnoringCaseAndByLocale() {
    LanguageMap m = LanguageMap.of("en-US", "completed", "sv", "slutförde");
    assertThat(m.get("en-US")).contains("completed");
    assertThat(m.get("EN-us")).contains("completed");
    assertThat(m.get(Locale.US)).contains("completed");
    assertThat(m.get(Locale.forLanguageTag("sv"))).contains("slutförde");
    assertThat(m.get("de")).isEmpty();
    assertThat(m.asMap().keySet()).containsExactly("en-US", "sv");
    assertThat(m.with("de", "abgeschlossen").size()).isEqualTo(3);
    assertThat(m.size()).isEqualTo(2);
  }

  @Test
  void languageMapsAreEqualWhateverOrderTheyWereFilledIn() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("sv", "x");
    a.put("en", "y");
    assertThat(LanguageMap.of(a)).isEqualTo(LanguageMap.of("en", "y", "sv", "x")).hasSameHashCodeAs(LanguageMap.of("en", "y", "sv", "x"));
  }

  @Test
  void extensionsHoldAnyJsonValueByIri() {
    Extensions e = Extensions.empty()
        .with("https://w3id.org/xapi/cmi5/context/extensions/sessionid", "s-1")
        .with("https://w3id.org/xapi/cmi5/context/extensions/masteryscore", new BigDecimal("0.8"))
        .with("http://example.com/null", JsonValue.nullValue());
    assertThat(e.get("https://w3id.org/xapi/cmi5/context/extensions/sessionid").flatMap(JsonValue::asString)).contains("s-1");
    assertThat(e.get("https://w3id.org/xapi/cmi5/context/extensions/masteryscore").flatMap(JsonValue::asBigDecimal))
        .contains(new BigDecimal("0.8"));
    assertThat(e.get("http://example.com/null").orElseThrow().isNull()).isTrue();
    assertThat(e.asMap().firstKey()).isEqualTo("http://example.com/null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "1.5", "-1.5e10", "1E+400", "12345678901234567890123", "1.000000000000000000001"})
  void jsonNumbersKeepTheirText(String text) {
    JsonValue n = JsonValue.number(text);
    assertThat(n.toString()).isEqualTo(text);
    assertThat(n.asBigDecimal()).contains(new BigDecimal(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "1.", ".5", "+1", "NaN", "Infinity", "1e", "0x10", "", " 1"})
  void textThatIsNotAJsonNumberIsRefused(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> JsonValue.number(text));
  }

  @Test
  void jsonObjectsKeepMemberOrderAndCompareByIt() {
    Map<String, JsonValue> ab = new LinkedHashMap<>();
    ab.put("a", JsonValue.of(1));
    ab.put("b", JsonValue.of(2));
    Map<String, JsonValue> ba = new LinkedHashMap<>();
    ba.put("b", JsonValue.of(2));
    ba.put("a", JsonValue.of(1));
    assertThat(JsonValue.object(ab)).isNotEqualTo(JsonValue.object(ba));
    assertThat(JsonValue.object(ab)).isEqualTo(JsonValue.object(new LinkedHashMap<>(ab))).hasSameHashCodeAs(JsonValue.object(new LinkedHashMap<>(ab)));
    assertThat(JsonValue.object(ab).toString()).isEqualTo("{\"a\":1,\"b\":2}");
    assertThat(JsonValue.array(List.of(JsonValue.of("q\"\n"), JsonValue.of(true))).toString()).isEqualTo("[\"q\\\"\\n\",true]");
  }

  @Test
  void numbersAreDifferentValuesWhenWrittenDifferently() {
    assertThat(JsonValue.number("1.0")).isNotEqualTo(JsonValue.number("1.00"));
    assertThat(JsonValue.of(1)).isEqualTo(JsonValue.number("1"));
  }

  @Test
  void versionsAcceptTheirVersionPropertyValues() {
    assertThat(XapiVersion.V1_0_3.acceptsVersionProperty("1.0.3")).isTrue();
    assertThat(XapiVersion.V1_0_3.acceptsVersionProperty("2.0.0")).isFalse();
    assertThat(XapiVersion.V2_0.acceptsVersionProperty("2.0.0")).isTrue();
    assertThat(XapiVersion.V2_0.text()).isEqualTo("2.0.0");
    assertThat(XapiVersion.V1_0_3).hasToString("xAPI 1.0.3");
  }
}
