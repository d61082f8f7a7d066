package org.framsteg.scorm.internal.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.framsteg.scorm.ExportReport.Kind;

/**
 * Manifest identifiers from Framsteg ids. A manifest's {@code identifier} attributes are
 * {@code xs:ID}, so NCNames (Namespaces in XML §3), unique in the whole document; Framsteg ids are
 * IRIs. The mapping is deterministic and readable: the part of the id after the course id (or the
 * id without its scheme), letters without diacritics, lower case, every other run of characters
 * one {@code -}, behind a prefix that says what the identifier names ({@code item-m1-a2},
 * {@code res-m1-a2}). Ids that would map to the same identifier get {@code -2}, {@code -3} in
 * course order. An identifier longer than {@value #MAX_SLUG} characters keeps its start and ends
 * in 8 hex digits of the id's SHA-256, and is reported as {@link Kind#IDENTIFIER_TRUNCATED}.
 *
 * <p>Lower case keeps the launch page names, which are derived from the same slugs, distinct on
 * file systems that ignore case.
 */
final class Identifiers {
  /** The longest slug (the part after the prefix). */
  static final int MAX_SLUG = 48;

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:(//)?");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final String courseId;
  private final ReportBuilder report;
  private final Set<String> used = new HashSet<>();

  Identifiers(String courseId, ReportBuilder report) {
    this.courseId = courseId;
    this.report = report;
  }

  /**
   * A new identifier {@code prefix + slug(id)}, unique among those made so far.
   *
   * @param prefix starts with an ASCII letter and ends with {@code -}
   * @param id the Framsteg id
   * @param path where the id is in the course, for the report
   */
  String make(String prefix, String id, String path) {
    String slug = slug(relative(id));
    if (slug.length() > MAX_SLUG) {
      String cut = trimEnd(slug.substring(0, MAX_SLUG - 9));
      slug = cut + "-" + hash(id);
      report.info(
          Kind.IDENTIFIER_TRUNCATED,
          path,
          "the identifier for '" + id + "' was shortened to '" + prefix + slug + "'");
    }
    String candidate = prefix + slug;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = prefix + slug + "-" + n;
    }
    return candidate;
  }

  /** A fixed identifier (shared resources); it must not collide with made ones. */
  String fixed(String identifier) {
    if (!used.add(identifier)) {
      throw new IllegalStateException("identifier used twice: " + identifier);
    }
    return identifier;
  }

  /** The id relative to the course id when it lies under it, else without its scheme. */
  private String relative(String id) {
    if (!id.equals(courseId) && id.startsWith(courseId)) {
      String rest = id.substring(courseId.length());
      if (courseId.endsWith("/") || courseId.endsWith("#") || courseId.endsWith(":")) {
        return rest;
      }
      char c = rest.charAt(0);
      if (c == '/' || c == '#' || c == ':' || c == '?') {
        return rest.substring(1);
      }
    }
    return SCHEME.matcher(id).replaceFirst("");
  }

  /** Lower-case ASCII letters, digits, {@code .}, {@code _} and single {@code -}; never empty. */
  static String slug(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder out = new StringBuilder(plain.length());
    boolean dash = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = Character.toLowerCase(plain.charAt(i));
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
      if (keep) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        dash = false;
        out.append(c);
      } else {
        dash = true;
      }
    }
    String s = trimEnd(out.toString());
    while (s.startsWith(".")) {
      s = s.substring(1);
    }
    return s.isEmpty() ? "x" : s;
  }

  private static String trimEnd(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '-' || s.charAt(end - 1) == '.')) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String hash(String id) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
