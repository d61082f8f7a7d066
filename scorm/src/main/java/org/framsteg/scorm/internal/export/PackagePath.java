package org.framsteg.scorm.internal.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file's place in the package: a normalised relative path with {@code /} separators, no empty,
 * {@code .} or {@code ..} segments, no backslash, colon or control character (what {@code
 * PackageReader} accepts as a zip entry name, CAM §3.2), and not one of the names the export writes
 * itself ({@code imsmanifest.xml} and the {@value #GENERATED} folder).
 *
 * @param name the zip entry name, decoded ({@code media/min film.mp4})
 */
record PackagePath(String name) {
  /** The folder of the launch pages and player files the export writes. */
  static final String GENERATED = "sco/";

  static final String MANIFEST = "imsmanifest.xml";

  /** The href of the file relative to the package root, percent-encoded where URIs need it. */
  String href() {
    try {
      return new URI(null, null, "/" + name, null).getRawPath().substring(1);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a checked package path is a valid URI path: " + name, e);
    }
  }

  /** The href of the file relative to a launch page in {@value #GENERATED}. */
  String hrefFromPage() {
    return "../" + href();
  }

  /**
   * The package path of a relative reference, or why it cannot be one.
   *
   * @param reference a relative URI reference; its query and fragment are not part of the path
   */
  static Result of(URI reference) {
    if (reference.isAbsolute() || reference.getRawAuthority() != null) {
      return Result.error("must be a path relative to the course, not a URL");
    }
    String path = reference.getPath();
    if (path == null || path.isEmpty()) {
      return Result.error("has no path");
    }
    if (path.startsWith("/")) {
      return Result.error("must be a relative path, not an absolute one");
    }
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        return Result.error("climbs out of the package with '..'");
      }
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
          return Result.error(
              String.format(
                  Locale.ROOT,
                  "holds U+%04X, which a zip entry name must not (control characters, '\\', ':')",
                  (int) c));
        }
      }
      segments.add(segment);
    }
    if (segments.isEmpty() || path.endsWith("/")) {
      return Result.error("names a folder, not a file");
    }
    String name = String.join("/", segments);
    if (name.equalsIgnoreCase(MANIFEST)
        || name.toLowerCase(Locale.ROOT).startsWith(GENERATED.toLowerCase(Locale.ROOT))) {
      return Result.error(
          "would replace a file the export writes ('" + MANIFEST + "', '" + GENERATED + "...')");
    }
    return new Result(Optional.of(new PackagePath(name)), "");
  }

  /**
   * A package path or the reason there is none.
   *
   * @param path the path, when the reference is one
   * @param error why it is not, otherwise
   */
  record Result(Optional<PackagePath> path, String error) {
    static Result error(String why) {
      return new Result(Optional.empty(), why);
    }
  }
}
