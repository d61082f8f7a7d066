package org.framsteg.scorm.internal.player;

import java.math.BigDecimal;
import java.time.Duration;

/** Escaping for the two languages a launch page mixes: HTML text/attributes and embedded JSON. */
public final class Markup {
  private Markup() {}

  /** Text content or a double-quoted attribute value. */
  public static String html(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A JSON string literal that is also safe inside an HTML {@code <script>} element: no {@code <},
   * {@code >} or {@code &} appear literally, so neither {@code </script>} nor {@code <!--} can end
   * or change the data block, and U+2028/U+2029 are escaped for older JavaScript parsers.
   */
  public static String jsonString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(out, c);
        default -> {
          if (c < 0x20 || c == 0x7f) {
            unicodeEscape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A JSON number for a fraction, without exponent or trailing zeros: 0.8, 1. */
  public static String jsonNumber(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** Seconds of a duration as a JSON number, exact to the nanosecond: 95, 12.5. */
  static String jsonSeconds(Duration d) {
    return BigDecimal.valueOf(d.getSeconds())
        .add(BigDecimal.valueOf(d.getNano(), 9))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    out.append("\\u");
    String hex = Integer.toHexString(c);
    out.append("0".repeat(4 - hex.length())).append(hex);
  }
}
