package org.framsteg.xapi.internal.rules;

/** Path segments in JSONPath normalized form. */
public final class Paths {

  private Paths() {}

  /** {@code .name} for plain names, {@code ['name']} for anything else. */
  public static String member(String name) {
    boolean plain = !name.isEmpty() && !Character.isDigit(name.charAt(0));
    for (int i = 0; plain && i < name.length(); i++) {
      char c = name.charAt(i);
      plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (plain) {
      return "." + name;
    }
    StringBuilder b = new StringBuilder(name.length() + 4).append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        b.append('\\');
      }
      if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append("']").toString();
  }

  /** {@code [i]}. */
  public static String index(int i) {
    return "[" + i + "]";
  }
}
