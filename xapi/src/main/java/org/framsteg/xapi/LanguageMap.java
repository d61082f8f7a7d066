package org.framsteg.xapi;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Texts of one thing in several languages, keyed by RFC 5646 (BCP 47) language tag.
 *
 * <pre>{@code
 * LanguageMap display = LanguageMap.of("en-US", "attended", "sv", "deltog");
 * String text = display.get(Locale.US).orElse("attended");
 * }</pre>
 *
 * <p>Tags are kept exactly as given (case included) and the map is ordered by tag, so a map always
 * writes the same bytes. Whether each tag is a well-formed RFC 5646 tag is checked by {@link
 * StatementValidator}, which reports the offending key by path. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#42-language-maps">xAPI-Data
 * 4.2 Language Maps</a>.
 */
public final class LanguageMap {

  private static final LanguageMap EMPTY = new LanguageMap(new TreeMap<>());

  private final SortedMap<String, String> entries;

  private LanguageMap(TreeMap<String, String> entries) {
    this.entries = Collections.unmodifiableSortedMap(entries);
  }

  /** The map without entries. */
  public static LanguageMap empty() {
    return EMPTY;
  }

  /** A map with one text. */
  public static LanguageMap of(String tag, String text) {
    TreeMap<String, String> m = new TreeMap<>();
    put(m, tag, text);
    return new LanguageMap(m);
  }

  /** A map with two texts. */
  public static LanguageMap of(String tag1, String text1, String tag2, String text2) {
    TreeMap<String, String> m = new TreeMap<>();
    put(m, tag1, text1);
    put(m, tag2, text2);
    return new LanguageMap(m);
  }

  /** A map with the given entries, copied. */
  public static LanguageMap of(Map<String, String> entries) {
    if (entries.isEmpty()) {
      return EMPTY;
    }
    TreeMap<String, String> m = new TreeMap<>();
    entries.forEach((tag, text) -> put(m, tag, text));
    return new LanguageMap(m);
  }

  /** This map with {@code text} for {@code tag} added or replaced. */
  public LanguageMap with(String tag, String text) {
    TreeMap<String, String> m = new TreeMap<>(entries);
    put(m, tag, text);
    return new LanguageMap(m);
  }

  /**
   * The text for {@code tag}: the entry with exactly that key, else one whose key equals it ignoring
   * case (language tags are case-insensitive, RFC 5646 section 2.1.1).
   */
  public Optional<String> get(String tag) {
    String exact = entries.get(tag);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (Map.Entry<String, String> e : entries.entrySet()) {
      if (e.getKey().equalsIgnoreCase(tag)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The text for the language tag of {@code locale} ({@link Locale#toLanguageTag()}). */
  public Optional<String> get(Locale locale) {
    return get(locale.toLanguageTag());
  }

  /** All entries, ordered by tag; unmodifiable. */
  public SortedMap<String, String> asMap() {
    return entries;
  }

  /** Whether the map has no entries. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The number of entries. */
  public int size() {
    return entries.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LanguageMap other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "LanguageMap" + entries;
  }

  private static void put(TreeMap<String, String> m, String tag, String text) {
    m.put(Objects.requireNonNull(tag, "language tag"), Objects.requireNonNull(text, "text"));
  }
}
