package org.framsteg.xapi.internal.cmi5;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** IRIs and URLs in a course structure: checks, percent-encoding, derived identifiers. */
public final class Iris {
  private Iris() {}

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** {@code xs:language}: letters, then hyphen-separated groups of up to 8 letters or digits. */
  private static final Pattern XS_LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

  /** Whether the value is an absolute IRI: a scheme and no white space, control or forbidden XML characters. */
  public static boolean isAbsoluteIri(String value) {
    return parse(value).map(URI::isAbsolute).orElse(false);
  }

  /** Whether the value is an RFC 3986 URI reference (relative or absolute) with no white space. */
  public static boolean isUriReference(String value) {
    return parse(value).isPresent();
  }

  /**
   * The value parsed as a URI reference; empty when it is blank, holds white space or control
   * characters, or breaks the URI syntax. Non-ASCII letters pass, as in IRIs (RFC 3987).
   */
  public static Optional<URI> parse(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return Optional.empty();
      }
    }
    if (XmlChars.firstForbidden(value) >= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(value));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether the tag matches {@code xs:language}, the type of the cmi5 {@code lang} attribute. */
  public static boolean isXsLanguage(String tag) {
    return XS_LANGUAGE.matcher(tag).matches();
  }

  /**
   * Percent-encodes every byte of the UTF-8 form except the RFC 3986 unreserved characters, so
   * the result is safe in a path segment and in a query value.
   */
  public static String encode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return sb.toString();
  }

  /** An IRI for a value that is not one: {@code kind/<encoded value>} resolved against the base. */
  public static String derive(URI base, String kind, String value) {
    return base.resolve(kind + "/" + encode(value)).toString();
  }
}
