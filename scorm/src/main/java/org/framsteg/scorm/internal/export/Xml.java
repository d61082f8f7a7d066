package org.framsteg.scorm.internal.export;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small writer of indented XML 1.0, deterministic to the byte. Texts must already be clean
 * ({@link CleanText}); markup characters are escaped here: {@code & < >} in text (so {@code ]]>}
 * never appears), and also {@code "} and the white-space characters in attribute values, which an
 * XML parser would otherwise normalise to spaces (XML 1.0 §3.3.3).
 *
 * <pre>{@code
 * Xml x = new Xml().open("manifest", "identifier", "m1");
 * x.leaf("title", "A & B").close();   // x.toString() is the document
 * }</pre>
 */
final class Xml {
  private final StringBuilder out = new StringBuilder(16_384);
  private final Deque<String> open = new ArrayDeque<>();

  Xml() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** Opens an element; {@code attributes} are name, value pairs, a null value leaves one out. */
  Xml open(String name, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append(">\n");
    open.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  Xml close() {
    String name = open.pop();
    indent();
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** An element with text content. */
  Xml leaf(String name, String text, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append('>');
    text(text);
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** An element without content. */
  Xml empty(String name, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("elements left open: " + open);
    }
    return out.toString();
  }

  private void indent() {
    out.append("  ".repeat(open.size()));
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ').append(attributes[i]).append("=\"");
      String v = attributes[i + 1];
      for (int k = 0; k < v.length(); k++) {
        char c = v.charAt(k);
        switch (c) {
          case '&' -> out.append("&amp;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '"' -> out.append("&quot;");
          case '\t' -> out.append("&#9;");
          case '\n' -> out.append("&#10;");
          case '\r' -> out.append("&#13;");
          default -> out.append(c);
        }
      }
      out.append('"');
    }
  }

  private void text(String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        // A bare CR would reach the reader as LF (XML 1.0 §2.11); keep it as written.
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
  }
}
