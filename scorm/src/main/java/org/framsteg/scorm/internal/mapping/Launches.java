package org.framsteg.scorm.internal.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.framsteg.scorm.internal.manifest.Hrefs;

/**
 * Launch locations: an item's parameters joined to its resource's href (SCORM 2004 4th ed. CAM
 * §3.4.1.16, the same rule as IMS CP 1.1.4), made into a {@link URI}, and the kind of file it names.
 */
public final class Launches {
  private static final Set<String> VIDEO = Set.of("mp4", "m4v", "webm", "ogv", "mov");
  private static final Set<String> AUDIO =
      Set.of("mp3", "m4a", "ogg", "oga", "opus", "wav", "aac", "flac");
  private static final Set<String> WEB = Set.of("http", "https");

  private Launches() {}

  /** What a launch href names, judged by its scheme and file extension. */
  public enum Kind {
    VIDEO,
    AUDIO,
    PDF,
    WEB_LINK,
    OTHER
  }

  /**
   * The href with the item's parameters appended: a fragment ({@code #...}) only when the href has
   * none; otherwise without a leading {@code ?} or {@code &}, after {@code &} when the href already
   * has a query and after {@code ?} when it has none.
   */
  public static String join(String href, Optional<String> parameters) {
    String p = parameters.map(String::strip).orElse("");
    if (p.isEmpty()) {
      return href;
    }
    if (p.startsWith("#")) {
      return href.indexOf('#') >= 0 ? href : href + p;
    }
    while (p.startsWith("?") || p.startsWith("&")) {
      p = p.substring(1);
    }
    if (p.isEmpty()) {
      return href;
    }
    int hash = href.indexOf('#');
    String base = hash >= 0 ? href.substring(0, hash) : href;
    String fragment = hash >= 0 ? href.substring(hash) : "";
    return base + (base.indexOf('?') >= 0 ? "&" : "?") + p + fragment;
  }

  /** The kind of file an href names. */
  public static Kind kind(String href) {
    if (Hrefs.isExternal(href)) {
      String scheme = href.startsWith("//") ? "" : href.substring(0, href.indexOf(':'));
      if (WEB.contains(scheme.toLowerCase(Locale.ROOT))) {
        String ext = extension(href);
        return VIDEO.contains(ext) ? Kind.VIDEO : AUDIO.contains(ext) ? Kind.AUDIO
            : "pdf".equals(ext) ? Kind.PDF : Kind.WEB_LINK;
      }
      return Kind.OTHER;
    }
    String ext = extension(href);
    if (VIDEO.contains(ext)) {
      return Kind.VIDEO;
    }
    if (AUDIO.contains(ext)) {
      return Kind.AUDIO;
    }
    return "pdf".equals(ext) ? Kind.PDF : Kind.OTHER;
  }

  /** Whether an href is an absolute http(s) URL. */
  public static boolean isWeb(String href) {
    int colon = href.indexOf(':');
    return colon > 0 && WEB.contains(href.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  /** The lower-case extension of the path part, or "". */
  static String extension(String href) {
    String path = href;
    int cut = path.length();
    for (char c : new char[] {'?', '#'}) {
      int i = path.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    path = path.substring(0, cut);
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * An href as a URI. Real packages write hrefs that are not valid URIs (spaces, backslashes,
   * non-ASCII letters, a colon that makes the first segment read as a scheme); those characters
   * are percent-encoded, existing escapes are kept. Never throws.
   */
  public static URI uri(String href) {
    String h = href.replace('\\', '/');
    for (String candidate : new String[] {h, escape(h)}) {
      try {
        return new URI(candidate);
      } catch (URISyntaxException e) {
        // try the next, more escaped form
      }
    }
    return URI.create(escapeAll(h));
  }

  /**
   * Every byte but RFC 3986 unreserved characters and {@code /} percent-encoded: a relative
   * reference whatever the input (a leading {@code //} would name a host, so its second slash is
   * encoded too).
   */
  private static String escapeAll(String href) {
    StringBuilder out = new StringBuilder();
    for (byte b : href.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c < 128 && Character.isLetterOrDigit(c)) || "-._~/".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    String s = out.toString();
    return s.startsWith("//") ? "/%2F" + s.substring(2) : s;
  }

  private static String escape(String href) {
    StringBuilder out = new StringBuilder();
    boolean fragment = false;
    for (int i = 0; i < href.length(); ) {
      int cp = href.codePointAt(i);
      int n = Character.charCount(cp);
      boolean escapeOk = cp == '%' && i + 2 < href.length()
          && hex(href.charAt(i + 1)) && hex(href.charAt(i + 2));
      if (cp == '#' && !fragment) {
        fragment = true;
        out.append('#');
      } else if (escapeOk || (cp < 128 && allowed((char) cp))) {
        out.appendCodePoint(cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      }
      i += n;
    }
    return out.toString();
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** RFC 3986 unreserved, sub-delims and the gen-delims a URI may hold outside escapes. */
  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
  }
}
