package org.framsteg.core;

import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in one or more languages, keyed by BCP 47 language tag. The first language added is the
 * text's own language and the last fallback.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of("sv", "Att leda digital transformation")
 *     .and("en", "Leading digital transformation");
 * String en = title.get(Locale.forLanguageTag("en-GB"));   // "Leading digital transformation"
 * }</pre>
 *
 * <p>Lookup tries the exact tag, then the language alone, then the first text. Tags are checked
 * with {@link Locale.Builder#setLanguageTag(String)} (RFC 5646 well-formedness).
 */
public final class LocalizedText {
  private final Map<String, String> texts;

  private LocalizedText(Map<String, String> texts) {
    this.texts = texts;
  }

  /** A text in one language. */
  public static LocalizedText of(String languageTag, String text) {
    return new LocalizedText(Map.of()).and(languageTag, text);
  }

  /**
   * A text from a map of language tag to text, in the map's iteration order.
   *
   * @throws IllegalArgumentException when the map is empty, a tag is not well-formed BCP 47 or a
   *     text is blank
   */
  public static LocalizedText of(Map<String, String> texts) {
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String tag = canonicalTag(e.getKey());
      if (e.getValue() == null || e.getValue().isBlank()) {
        throw new IllegalArgumentException("text for language '" + tag + "' must not be blank");
      }
      copy.put(tag, e.getValue());
    }
    return new LocalizedText(Collections.unmodifiableMap(copy));
  }

  /** This text with one more (or a replaced) language. */
  public LocalizedText and(String languageTag, String text) {
    String tag = canonicalTag(languageTag);
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text for language '" + tag + "' must not be blank");
    }
    Map<String, String> copy = new LinkedHashMap<>(texts);
    copy.put(tag, text);
    return new LocalizedText(Collections.unmodifiableMap(copy));
  }

  /**
   * The canonical form of a BCP 47 tag ("sv-se" becomes "sv-SE").
   *
   * @throws IllegalArgumentException when the tag is not well-formed
   */
  public static String canonicalTag(String languageTag) {
    if (languageTag == null || languageTag.isBlank()) {
      throw new IllegalArgumentException("language tag must not be blank");
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(languageTag).build();
      String tag = locale.toLanguageTag();
      if ("und".equals(tag)) {
        throw new IllegalArgumentException("'" + languageTag + "' is not a BCP 47 language tag");
      }
      return tag;
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "'" + languageTag + "' is not a well-formed BCP 47 language tag", e);
    }
  }

  /** The text for a locale: exact tag, then the language alone, then the first text. */
  public String get(Locale locale) {
    return find(locale).orElseGet(this::primary);
  }

  /** The text for a language tag, with the same fallback as {@link #get(Locale)}. */
  public String get(String languageTag) {
    return get(Locale.forLanguageTag(languageTag));
  }

  /** The text for a locale without falling back to another language. */
  public Optional<String> find(Locale locale) {
    String exact = texts.get(locale.toLanguageTag());
    if (exact != null) {
      return Optional.of(exact);
    }
    String language = locale.getLanguage();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      if (Locale.forLanguageTag(e.getKey()).getLanguage().equals(language)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The text in its own (first) language. */
  public String primary() {
    return texts.values().iterator().next();
  }

  /** The tag of the text's own (first) language. */
  public String primaryLanguage() {
    return texts.keySet().iterator().next();
  }

  /** All texts by canonical language tag, in insertion order. */
  public Map<String, String> asMap() {
    return texts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other && texts.equals(other.texts)
        && primaryLanguage().equals(other.primaryLanguage());
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return texts.toString();
  }
}
