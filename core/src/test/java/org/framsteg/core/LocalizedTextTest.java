package org.framsteg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
  final LocalizedText title = LocalizedText.of("sv", "Att leda digital transformation")
      .and("en-GB", "Leading digital transformation");

  @Test
  void theExactTagWinsThenTheLanguageThenTheFirstText() {
    LocalizedText t = title.and("en", "Leading digital change");

    assertThat(t.get(Locale.forLanguageTag("en-GB"))).isEqualTo("Leading digital transformation");
    assertThat(t.get(Locale.forLanguageTag("en-US"))).isEqualTo("Leading digital transformation");
    assertThat(t.get(Locale.ENGLISH)).isEqualTo("Leading digital change");
    assertThat(t.get(Locale.GERMAN)).isEqualTo("Att leda digital transformation");
    assertThat(t.get(Locale.ROOT)).isEqualTo("Att leda digital transformation");
  }

  @Test
  void aLanguageAloneFindsARegionalText() {
    assertThat(title.get(Locale.ENGLISH)).isEqualTo("Leading digital transformation");
    assertThat(title.get("en")).isEqualTo("Leading digital transformation");
    assertThat(title.find(Locale.FRENCH)).isEmpty();
  }

  @Test
  void theFirstLanguageIsTheTextsOwn() {
    assertThat(title.primary()).isEqualTo("Att leda digital transformation");
    assertThat(title.primaryLanguage()).isEqualTo("sv");
    assertThat(title.asMap().keySet()).containsExactly("sv", "en-GB");
  }

  @Test
  void tagsAreKeptInTheirCanonicalForm() {
    assertThat(LocalizedText.canonicalTag("sv-se")).isEqualTo("sv-SE");
    assertThat(LocalizedText.canonicalTag("EN")).isEqualTo("en");
    assertThat(LocalizedText.of("SV-se", "Hej").asMap()).containsOnlyKeys("sv-SE");
  }

  @Test
  void aTextForALanguageAlreadyPresentReplacesItInPlace() {
    LocalizedText t = title.and("sv", "Digital omställning");

    assertThat(t.asMap().keySet()).containsExactly("sv", "en-GB");
    assertThat(t.primary()).isEqualTo("Digital omställning");
    assertThat(title.primary()).isEqualTo("Att leda digital transformation");
  }

  @Test
  void badTagsAndBlankTextsAreRefused() {
    assertThatThrownBy(() -> LocalizedText.of("sv_SE", "Hej")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sv_SE'");
    assertThatThrownBy(() -> LocalizedText.of("", "Hej")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocalizedText.canonicalTag(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocalizedText.of("sv", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text for language 'sv' must not be blank");
    assertThatThrownBy(() -> LocalizedText.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMapKeepsItsOrderAndItsFirstLanguageIsTheOwn() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("en", "Copyright");
    m.put("sv", "Upphovsrätt");

    LocalizedText t = LocalizedText.of(m);

    assertThat(t.primaryLanguage()).isEqualTo("en");
    assertThat(t).isEqualTo(LocalizedText.of("en", "Copyright").and("sv", "Upphovsrätt"));
    assertThat(t).isNotEqualTo(LocalizedText.of("sv", "Upphovsrätt").and("en", "Copyright"));
    assertThat(t.hashCode()).isEqualTo(LocalizedText.of("en", "Copyright").and("sv", "Upphovsrätt").hashCode());
  }

  @Test
  void theMapCannotBeChanged() {
    assertThatThrownBy(() -> title.asMap().put("de", "Führung")).isInstanceOf(UnsupportedOperationException.class);
  }
}
