package org.framsteg.xapi.internal.cmi5;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters in XML 1.0 documents: which are allowed (XML 1.0 §2.2 {@code Char}), which count as
 * white space (§2.3 {@code S}), and how a text is cleaned of the ones a document cannot hold.
 */
public final class XmlChars {
  private XmlChars() {}

  /** Whether XML 1.0 allows this code point anywhere in a document. */
  public static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** Whether XML 1.0 counts this character as white space: space, tab, line feed, carriage return. */
  public static boolean whitespace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** The first code point XML 1.0 forbids in the text, or -1; lone surrogates count as forbidden. */
  public static int firstForbidden(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!allowed(cp)) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** The text without leading and trailing XML white space. */
  public static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && whitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && whitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * The text as an XML parser hands it back: line ends ({@code CR LF}, lone {@code CR}) become
   * {@code LF} (XML 1.0 §2.11), and leading and trailing white space is gone (cmi5 §13.1).
   */
  public static String normalize(String s) {
    return trim(s.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /** A text cleaned of forbidden characters, and the code points removed, in order. */
  public record Cleaned(String text, List<Integer> removed) {
    public Cleaned {
      removed = List.copyOf(removed);
    }

    /** The removed code points as {@code U+0001, U+FFFF}. */
    public String removedAsText() {
      StringBuilder sb = new StringBuilder();
      for (int cp : removed) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(String.format("U+%04X", cp));
      }
      return sb.toString();
    }
  }

  /** Removes every code point XML 1.0 forbids (control characters, U+FFFE, U+FFFF, lone surrogates). */
  public static Cleaned clean(String s) {
    if (firstForbidden(s) < 0) {
      return new Cleaned(s, List.of());
    }
    StringBuilder sb = new StringBuilder(s.length());
    List<Integer> removed = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (allowed(cp)) {
        sb.appendCodePoint(cp);
      } else {
        removed.add(cp);
      }
      i += Character.charCount(cp);
    }
    return new Cleaned(sb.toString(), removed);
  }
}
