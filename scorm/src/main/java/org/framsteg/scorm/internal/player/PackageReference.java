package org.framsteg.scorm.internal.player;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks for the references a launch page points at: media, captions, transcript, player files. */
final class PackageReference {
  private PackageReference() {}

  /**
   * An {@code http}/{@code https} URL or a relative reference (a path inside the package).
   *
   * <p>Other schemes are refused: {@code javascript:} in a link runs code in the LMS's origin, and
   * {@code file:} or {@code data:} references do not survive an LMS import.
   */
  static String urlOrRelative(String field, String value) {
    requireText(field, value);
    URI uri = parse(field, value);
    if (uri.getScheme() != null) {
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new InvalidLaunchConfigException(
            field, "must be an http(s) URL or a relative path, not a '" + scheme + ":' URL");
      }
      if (uri.getHost() == null) {
        throw new InvalidLaunchConfigException(field, "an http(s) URL must name a host");
      }
    } else if (uri.getRawAuthority() != null) {
      throw new InvalidLaunchConfigException(
          field, "must be an http(s) URL or a relative path, not a scheme-relative '//' URL");
    }
    return value;
  }

  /** A relative folder reference, empty or ending in '/', e.g. {@code "../shared/"}. */
  static String relativeFolder(String field, String value) {
    if (value.isEmpty()) {
      return value;
    }
    URI uri = parse(field, value);
    if (uri.getScheme() != null || uri.getRawAuthority() != null || value.startsWith("/")) {
      throw new InvalidLaunchConfigException(field, "must be a relative folder path");
    }
    if (!value.endsWith("/")) {
      throw new InvalidLaunchConfigException(field, "must be empty or end with '/'");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new InvalidLaunchConfigException(field, "must not have a query or a fragment");
    }
    return value;
  }

  static String requireText(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidLaunchConfigException(field, "must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new InvalidLaunchConfigException(
            field,
            String.format(Locale.ROOT, "must not contain control character U+%04X", (int) c));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidLaunchConfigException(
            field, "must be valid Unicode, has an unpaired surrogate at index " + i);
      }
    }
    return value;
  }

  private static URI parse(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\\') {
        throw new InvalidLaunchConfigException(
            field,
            String.format(
                Locale.ROOT,
                "must be a URL or path without spaces, backslashes or control characters (U+%04X at"
                    + " index %d); percent-encode it",
                (int) c,
                i));
      }
    }
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw new InvalidLaunchConfigException(
          field, "is not a valid URI reference: " + e.getReason());
    }
  }
}
