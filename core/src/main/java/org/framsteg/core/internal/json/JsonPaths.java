package org.framsteg.core.internal.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Paths into a course file, in the notation of {@link org.framsteg.core.Violation}: object keys
 * joined with dots ({@code modules[2].activities[0].media.duration}), array elements in brackets,
 * and keys that are not plain names quoted in brackets ({@code captions["sv SE"]}).
 */
final class JsonPaths {
  /** Keys longer than this are shortened in paths and messages. */
  static final int SHOWN_LENGTH = 64;

  private JsonPaths() {}

  /** The path of a key below a parent path. */
  static String field(String parent, String name) {
    if (isPlain(name)) {
      return parent.isEmpty() ? name : parent + "." + name;
    }
    return parent + "[" + quote(name) + "]";
  }

  /** The path of an array element below a parent path. */
  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  private static boolean isPlain(String name) {
    if (name.isEmpty() || name.length() > SHOWN_LENGTH) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A string as a short JSON string literal, for paths and messages. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(Math.min(s.length(), SHOWN_LENGTH) + 8).append('"');
    int end = Math.min(s.length(), SHOWN_LENGTH);
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (end < s.length()) {
      out.append("...");
    }
    return out.append('"').toString();
  }

  /** A value as shown in a message: in single quotes, shortened, control characters escaped. */
  static String shown(String s) {
    String q = quote(s);
    return "'" + q.substring(1, q.length() - 1) + "'";
  }

  /**
   * The segments of a path: {@code String} for an object key, {@code Integer} for an array index.
   * A quoted key that was shortened cannot be looked up and ends the list.
   */
  static List<Object> segments(String path) {
    List<Object> out = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      if (c == '[') {
        if (i + 1 < n && path.charAt(i + 1) == '"') {
          StringBuilder key = new StringBuilder();
          int j = i + 2;
          while (j < n && path.charAt(j) != '"') {
            char k = path.charAt(j);
            if (k == '\\' && j + 1 < n) {
              char e = path.charAt(j + 1);
              if (e == 'u' && j + 5 < n) {
                key.append((char) Integer.parseInt(path.substring(j + 2, j + 6), 16));
                j += 6;
              } else {
                key.append(e);
                j += 2;
              }
            } else {
              key.append(k);
              j++;
            }
          }
          if (key.toString().endsWith("...") || j + 1 >= n || path.charAt(j + 1) != ']') {
            return out;
          }
          out.add(key.toString());
          i = j + 2;
        } else {
          int close = path.indexOf(']', i);
          if (close < 0) {
            return out;
          }
          try {
            out.add(Integer.parseInt(path.substring(i + 1, close)));
          } catch (NumberFormatException e) {
            return out;
          }
          i = close + 1;
        }
        continue;
      }
      int j = i;
      while (j < n && path.charAt(j) != '.' && path.charAt(j) != '[') {
        j++;
      }
      out.add(path.substring(i, j));
      i = j;
    }
    return out;
  }
}
