package org.framsteg.scorm.internal.runtime;

/** Small helpers for writing rule messages about untrusted text. */
public final class Texts {
  private static final int SHOWN = 40;

  private Texts() {}

  /** The value in quotes, shortened when long so that a hostile value cannot flood a message. */
  public static String quote(String value) {
    if (value.length() <= SHOWN) {
      return '"' + value + '"';
    }
    return '"' + value.substring(0, SHOWN) + "\u2026\" (" + value.length() + " characters)";
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code text[from, to)} is a non-empty run of ASCII digits. */
  static boolean allDigits(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The number of ASCII digits from {@code from}. */
  static int digitRun(String text, int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i - from;
  }

  /** Two or four known digits as an int; the caller has checked them. */
  static int smallNumber(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /**
   * The number of characters (code points) of {@code text} is at most {@code max}, decided without
   * scanning huge strings.
   */
  public static boolean atMostCharacters(String text, int max) {
    int units = text.length();
    if (units <= max) {
      return true;
    }
    if (units > 2L * max) {
      return false;
    }
    return text.codePointCount(0, units) <= max;
  }
}
