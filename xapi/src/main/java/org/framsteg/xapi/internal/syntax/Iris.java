package org.framsteg.xapi.internal.syntax;

/**
 * Best-effort checks of IRIs (RFC 3987), IRLs, URIs and {@code mailto:} IRIs, as xAPI-Data 2.2
 * allows an LRS to make.
 *
 * <p>An IRI here is a scheme ({@code ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")}), a colon and a
 * non-empty rest made of characters RFC 3987 allows: ASCII unreserved, sub-delims and gen-delims,
 * well-formed percent escapes, and non-ASCII characters other than controls, unpaired surrogates and
 * non-characters. Square brackets are only allowed around an IP literal host, a {@code #} starts the
 * fragment and may not occur again, and an authority's port is digits. Fragments alone ("relative
 * IRLs") have no scheme and are not IRIs.
 */
public final class Iris {

  /** ASCII characters an IRI may hold as they are: unreserved, sub-delims, ':', '@', '/', '?'. */
  private static final boolean[] ASCII = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII[c] = true;
      ASCII[c - 'a' + 'A'] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII[c] = true;
    }
    for (char c : "-._~!$&'()*+,;=:@/?".toCharArray()) {
      ASCII[c] = true;
    }
  }

  private Iris() {}

  /** Whether {@code s} is an absolute IRI. */
  public static boolean isIri(String s) {
    return check(s, false, false);
  }

  /**
   * Whether {@code s} is an IRL: an absolute IRI with an authority ({@code scheme://host...}) whose
   * host is not empty.
   */
  public static boolean isIrl(String s) {
    return check(s, true, false);
  }

  /** Whether {@code s} is an absolute URI: an IRI of ASCII characters only. */
  public static boolean isUri(String s) {
    return check(s, false, true);
  }

  /**
   * Whether {@code s} is {@code mailto:} followed by one email address ({@code local@domain}, no
   * header fields) and is an IRI.
   */
  public static boolean isMailtoIri(String s) {
    if (!s.startsWith("mailto:") || !isIri(s)) {
      return false;
    }
    int at = s.lastIndexOf('@');
    if (at <= 7 || at == s.length() - 1) {
      return false;
    }
    for (int i = 7; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '?' || c == '#' || c == ',' || c == '/' || (c == '@' && i != at)) {
        return false;
      }
    }
    String domain = s.substring(at + 1);
    return domain.charAt(0) != '.' && domain.charAt(domain.length() - 1) != '.'
        && !domain.contains("..");
  }

  private static boolean check(String s, boolean requireAuthority, boolean asciiOnly) {
    int n = s.length();
    int colon = schemeEnd(s);
    if (colon < 0 || colon == n - 1) {
      return false;
    }
    int i = colon + 1;
    if (s.startsWith("//", i)) {
      int start = i + 2;
      int end = start;
      while (end < n) {
        char c = s.charAt(end);
        if (c == '/' || c == '?' || c == '#') {
          break;
        }
        end++;
      }
      if (!authority(s, start, end, asciiOnly, requireAuthority)) {
        return false;
      }
      i = end;
    } else if (requireAuthority) {
      return false;
    }
    boolean fragment = false;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (ASCII[c]) {
          i++;
        } else if (c == '%') {
          if (i + 2 >= n || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
            return false;
          }
          i += 3;
        } else if (c == '#' && !fragment) {
          fragment = true;
          i++;
        } else {
          return false;
        }
      } else {
        int next = character(s, i, asciiOnly);
        if (next < 0) {
          return false;
        }
        i = next;
      }
    }
    return true;
  }

  /** The index of the colon ending a valid scheme, or -1. */
  private static int schemeEnd(String s) {
    int n = s.length();
    if (n == 0 || !isAlpha(s.charAt(0))) {
      return -1;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean authority(
      String s, int start, int end, boolean asciiOnly, boolean requireHost) {
    int hostStart = start;
    int at = -1;
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == '@') {
        if (at >= 0) {
          return false;
        }
        at = i;
      }
    }
    if (at >= 0) {
      if (!chars(s, start, at, asciiOnly)) {
        return false;
      }
      hostStart = at + 1;
    }
    int hostEnd;
    int portStart = -1;
    if (hostStart < end && s.charAt(hostStart) == '[') {
      int close = s.indexOf(']', hostStart);
      if (close < 0 || close >= end || close == hostStart + 1) {
        return false;
      }
      for (int i = hostStart + 1; i < close; i++) {
        char c = s.charAt(i);
        if (!isHex(c) && c != ':' && c != '.' && c != 'v' && c != 'V' && !isUnreservedOrSubDelim(c)) {
          return false;
        }
      }
      hostEnd = close + 1;
      if (hostEnd < end) {
        if (s.charAt(hostEnd) != ':') {
          return false;
        }
        portStart = hostEnd + 1;
      }
    } else {
      int colon = -1;
      for (int i = hostStart; i < end; i++) {
        if (s.charAt(i) == ':') {
          colon = i;
          break;
        }
      }
      hostEnd = colon < 0 ? end : colon;
      if (colon >= 0) {
        portStart = colon + 1;
      }
      if (!chars(s, hostStart, hostEnd, asciiOnly)) {
        return false;
      }
    }
    if (requireHost && hostEnd == hostStart) {
      return false;
    }
    if (portStart >= 0) {
      for (int i = portStart; i < end; i++) {
        if (!isDigit(s.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether {@code s[from, to)} holds only IRI characters, excluding the delimiters '@' ':' '/'. */
  private static boolean chars(String s, int from, int to, boolean asciiOnly) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c == '/' || c == '?' || c == '@') {
          return false;
        }
        if (ASCII[c]) {
          i++;
          continue;
        }
        if (c != '%' || i + 2 >= to || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
          return false;
        }
        i += 3;
      } else {
        int next = character(s, i, asciiOnly);
        if (next < 0 || next > to) {
          return false;
        }
        i = next;
      }
    }
    return true;
  }

  /**
   * Checks the character (or percent escape) at {@code i} and returns the index after it, or -1 if
   * it is not allowed in an IRI.
   */
  private static int character(String s, int i, boolean asciiOnly) {
    char c = s.charAt(i);
    if (c < 0x80) {
      if (c == '%') {
        if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
          return -1;
        }
        return i + 3;
      }
      return ASCII[c] ? i + 1 : -1;
    }
    if (asciiOnly) {
      return -1;
    }
    if (Character.isHighSurrogate(c)) {
      if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
        return -1;
      }
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      return (cp & 0xFFFE) == 0xFFFE ? -1 : i + 2;
    }
    if (Character.isLowSurrogate(c) || c <= 0x9F || (c >= 0xFDD0 && c <= 0xFDEF) || c >= 0xFFFE) {
      return -1;
    }
    return i + 1;
  }

  private static boolean isUnreservedOrSubDelim(char c) {
    if (isAlpha(c) || isDigit(c)) {
      return true;
    }
    switch (c) {
      case '-', '.', '_', '~', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=':
        return true;
      default:
        return false;
    }
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
