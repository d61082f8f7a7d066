package org.framsteg.xapi.internal.syntax;

import java.util.Locale;
import java.util.Set;

/**
 * Well-formedness of RFC 5646 language tags, as xAPI-Data 2.2 requires of language map keys: the
 * sequence of subtags and their lengths follows the {@code Language-Tag} grammar (RFC 5646 section
 * 2.1), no extension singleton and no variant occurs twice (section 2.2.5, 2.2.6), and the
 * irregular grandfathered tags are accepted. Subtags are not checked against the IANA registry.
 */
public final class LanguageTags {

  private static final Set<String> IRREGULAR =
      Set.of(
          "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
          "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl",
          "sgn-ch-de");

  private LanguageTags() {}

  /** Whether {@code tag} is a well-formed language tag. */
  public static boolean isWellFormed(String tag) {
    int n = tag.length();
    if (n == 0 || n > 255) {
      return false;
    }
    String[] subtags = split(tag);
    if (subtags == null) {
      return false;
    }
    if (subtags[0].length() == 1) {
      if (eq(subtags[0], 'x')) {
        return privateUse(subtags, 1) == subtags.length && subtags.length > 1;
      }
      return IRREGULAR.contains(tag.toLowerCase(Locale.ROOT));
    }
    if (IRREGULAR.contains(tag.toLowerCase(Locale.ROOT))) {
      return true;
    }
    int i = 0;
    String language = subtags[i];
    if (!isAlpha(language) || language.length() < 2) {
      return false;
    }
    i++;
    if (language.length() <= 3) {
      int extlangs = 0;
      while (i < subtags.length && extlangs < 3 && subtags[i].length() == 3 && isAlpha(subtags[i])) {
        i++;
        extlangs++;
      }
    }
    if (i < subtags.length && subtags[i].length() == 4 && isAlpha(subtags[i])) {
      i++;
    }
    if (i < subtags.length
        && ((subtags[i].length() == 2 && isAlpha(subtags[i]))
            || (subtags[i].length() == 3 && isDigits(subtags[i])))) {
      i++;
    }
    int variantsStart = i;
    while (i < subtags.length && isVariant(subtags[i])) {
      for (int j = variantsStart; j < i; j++) {
        if (subtags[j].equalsIgnoreCase(subtags[i])) {
          return false;
        }
      }
      i++;
    }
    boolean[] singletons = new boolean[128];
    while (i < subtags.length && subtags[i].length() == 1 && !eq(subtags[i], 'x')) {
      char s = Character.toLowerCase(subtags[i].charAt(0));
      if (singletons[s]) {
        return false;
      }
      singletons[s] = true;
      i++;
      int start = i;
      while (i < subtags.length && subtags[i].length() >= 2) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    if (i < subtags.length && eq(subtags[i], 'x')) {
      int end = privateUse(subtags, i + 1);
      return end == subtags.length && end > i + 1;
    }
    return i == subtags.length;
  }

  /** Splits on '-'; null if a subtag is empty, longer than 8 or not ASCII alphanumeric. */
  private static String[] split(String tag) {
    int count = 1;
    for (int i = 0; i < tag.length(); i++) {
      if (tag.charAt(i) == '-') {
        count++;
      }
    }
    String[] parts = new String[count];
    int start = 0;
    int k = 0;
    for (int i = 0; i <= tag.length(); i++) {
      if (i == tag.length() || tag.charAt(i) == '-') {
        int len = i - start;
        if (len < 1 || len > 8) {
          return null;
        }
        String part = tag.substring(start, i);
        if (!isAlphanumeric(part)) {
          return null;
        }
        parts[k++] = part;
        start = i + 1;
      }
    }
    return parts;
  }

  private static int privateUse(String[] subtags, int from) {
    int i = from;
    while (i < subtags.length) {
      i++;
    }
    return i;
  }

  private static boolean isVariant(String s) {
    int n = s.length();
    return (n >= 5 && n <= 8) || (n == 4 && s.charAt(0) >= '0' && s.charAt(0) <= '9');
  }

  private static boolean eq(String s, char c) {
    return s.length() == 1 && Character.toLowerCase(s.charAt(0)) == c;
  }

  private static boolean isAlpha(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }
}
