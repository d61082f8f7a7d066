package org.framsteg.xapi.internal.syntax;

/**
 * Well-formedness of RFC 5646 language tags, as xAPI-Data 2.2 requires of language map keys: the
 * sequence of subtags and their lengths follows the {@code Language-Tag} grammar (RFC 5646 section
 * 2.1), no extension singleton and no variant occurs twice (sections 2.2.5 and 2.2.6), and the
 * irregular grandfathered tags are accepted. Subtags are not checked against the IANA registry.
 * Runs over the tag once without allocating, as every language map key passes through here.
 */
public final class LanguageTags {

  private static final String[] IRREGULAR = {
    "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
    "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE"
  };

  // Where in the langtag production the previous subtag was.
  private static final int START = 0;
  private static final int LANGUAGE_SHORT = 1;
  private static final int LANGUAGE = 2;
  private static final int SCRIPT = 3;
  private static final int REGION = 4;
  private static final int VARIANT = 5;
  private static final int SINGLETON = 6;
  private static final int EXTENSION = 7;
  private static final int PRIVATE_X = 8;
  private static final int PRIVATE_USE = 9;

  private LanguageTags() {}

  /** Whether {@code tag} is a well-formed language tag. */
  public static boolean isWellFormed(String tag) {
    int n = tag.length();
    if (n == 0 || n > 255) {
      return false;
    }
    if (langtagOrPrivateUse(tag)) {
      return true;
    }
    for (String irregular : IRREGULAR) {
      if (irregular.equalsIgnoreCase(tag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean langtagOrPrivateUse(String t) {
    int n = t.length();
    int state = START;
    int extlangs = 0;
    int variantsFrom = -1;
    long singletons = 0;
    int start = 0;
    while (start <= n) {
      int end = start;
      boolean alpha = true;
      boolean digit = true;
      while (end < n && t.charAt(end) != '-') {
        char c = t.charAt(end);
        boolean isAlpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        boolean isDigit = c >= '0' && c <= '9';
        if (!isAlpha && !isDigit) {
          return false;
        }
        alpha &= isAlpha;
        digit &= isDigit;
        end++;
      }
      int len = end - start;
      if (len < 1 || len > 8) {
        return false;
      }
      boolean x = len == 1 && (t.charAt(start) == 'x' || t.charAt(start) == 'X');
      switch (state) {
        case START -> {
          if (x) {
            state = PRIVATE_X;
          } else if (!alpha || len < 2) {
            return false;
          } else {
            state = len <= 3 ? LANGUAGE_SHORT : LANGUAGE;
          }
        }
        case PRIVATE_X, PRIVATE_USE -> state = PRIVATE_USE;
        case SINGLETON -> {
          if (len < 2) {
            return false;
          }
          state = EXTENSION;
        }
        default -> {
          if (state == LANGUAGE_SHORT && alpha && len == 3 && extlangs < 3) {
            extlangs++;
          } else if (state <= LANGUAGE && alpha && len == 4) {
            state = SCRIPT;
          } else if (state <= SCRIPT && ((alpha && len == 2) || (digit && len == 3))) {
            state = REGION;
          } else if (state <= VARIANT && (len >= 5 || (len == 4 && isDigit(t.charAt(start))))) {
            if (variantsFrom < 0) {
              variantsFrom = start;
            } else if (repeats(t, variantsFrom, start, len)) {
              return false;
            }
            state = VARIANT;
          } else if (state == EXTENSION && len >= 2) {
            state = EXTENSION;
          } else if (x) {
            state = PRIVATE_X;
          } else if (len == 1) {
            long bit = 1L << singletonIndex(t.charAt(start));
            if ((singletons & bit) != 0) {
              return false;
            }
            singletons |= bit;
            state = SINGLETON;
          } else {
            return false;
          }
        }
      }
      start = end + 1;
    }
    return state != START && state != SINGLETON && state != PRIVATE_X;
  }

  /** Whether the subtag at {@code [at, at + len)} equals one of the variants from {@code from}. */
  private static boolean repeats(String t, int from, int at, int len) {
    int s = from;
    while (s < at) {
      int e = t.indexOf('-', s);
      if (e - s == len && t.regionMatches(true, s, t, at, len)) {
        return true;
      }
      s = e + 1;
    }
    return false;
  }

  private static int singletonIndex(char c) {
    return isDigit(c) ? c - '0' : 10 + (Character.toLowerCase(c) - 'a');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
