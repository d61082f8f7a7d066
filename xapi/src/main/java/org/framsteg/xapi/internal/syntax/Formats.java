package org.framsteg.xapi.internal.syntax;

import java.util.UUID;

/** Small value formats of xAPI statements: UUID strings, hex digests, media types. */
public final class Formats {

  private Formats() {}

  /**
   * The UUID in {@code s} if it is in the standard string form of RFC 4122 ({@code 8-4-4-4-12} hex
   * digits, either case); null otherwise. {@link UUID#fromString} alone accepts shorter groups.
   */
  public static UUID uuid(String s) {
    if (s.length() != 36
        || s.charAt(8) != '-'
        || s.charAt(13) != '-'
        || s.charAt(18) != '-'
        || s.charAt(23) != '-') {
      return null;
    }
    long high = hex(s, 0, 8);
    long mid = hex(s, 9, 13);
    long highLow = hex(s, 14, 18);
    long lowHigh = hex(s, 19, 23);
    long low = hex(s, 24, 36);
    if ((high | mid | highLow | lowHigh | low) < 0) {
      return null;
    }
    return new UUID((high << 32) | (mid << 16) | highLow, (lowHigh << 48) | low);
  }

  /** The value of the hex digits {@code s[from, to)} (at most 15), or -1 if one is not a digit. */
  private static long hex(String s, int from, int to) {
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0 || s.charAt(i) > 'f') {
        return -1;
      }
      v = (v << 4) | d;
    }
    return v;
  }

  /** Whether {@code s} is a hex SHA-1 digest: 40 hex digits. */
  public static boolean isSha1Hex(String s) {
    return s.length() == 40 && isHex(s);
  }

  /**
   * Whether {@code s} is a hex SHA-2 digest: 56, 64, 96 or 128 hex digits (SHA-224, SHA-256,
   * SHA-384, SHA-512).
   */
  public static boolean isSha2Hex(String s) {
    int n = s.length();
    return (n == 56 || n == 64 || n == 96 || n == 128) && isHex(s);
  }

  /**
   * Whether {@code s} is an Internet Media Type (RFC 2045 section 5.1, RFC 6838): {@code
   * type/subtype} of tokens, then optional {@code ; name=value} parameters whose value is a token
   * or a quoted string.
   */
  public static boolean isMediaType(String s) {
    int n = s.length();
    int i = token(s, 0);
    if (i == 0 || i >= n || s.charAt(i) != '/') {
      return false;
    }
    int j = token(s, i + 1);
    if (j == i + 1) {
      return false;
    }
    i = j;
    while (i < n) {
      i = spaces(s, i);
      if (i >= n || s.charAt(i) != ';') {
        return false;
      }
      i = spaces(s, i + 1);
      j = token(s, i);
      if (j == i || j >= n || s.charAt(j) != '=') {
        return false;
      }
      i = j + 1;
      if (i < n && s.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = s.charAt(i);
          if (c == '\\') {
            i += 2;
          } else if (c == '"') {
            i++;
            closed = true;
            break;
          } else if (c < 0x20 || c > 0x7E) {
            return false;
          } else {
            i++;
          }
        }
        if (!closed) {
          return false;
        }
      } else {
        j = token(s, i);
        if (j == i) {
          return false;
        }
        i = j;
      }
      i = spaces(s, i);
    }
    return true;
  }

  private static int token(String s, int from) {
    int i = from;
    while (i < s.length() && isTokenChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int spaces(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean isTokenChar(char c) {
    if (c <= 0x20 || c >= 0x7F) {
      return false;
    }
    return "()<>@,;:\\\"/[]?=".indexOf(c) < 0;
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isHex(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
