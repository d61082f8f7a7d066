package org.framsteg.scorm.internal.manifest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins {@code xml:base} values and an href the way content packages mean them (IMS CP 1.1.4 and
 * XML Base): a relative href is resolved against the bases in effect, innermost last.
 * Written by hand rather than with {@link java.net.URI} because real packages use hrefs that are
 * not valid URIs (spaces, backslashes, unescaped characters).
 */
public final class Hrefs {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

  private Hrefs() {}

  /** Whether the href names something outside the package ({@code http:}, {@code //host}). */
  public static boolean isExternal(String href) {
    return SCHEME.matcher(href).matches() || href.startsWith("//");
  }

  /**
   * The href resolved against the bases (outermost first). A base without a trailing slash is
   * taken as a folder, as package authors mean it. Query and fragment are kept as written.
   */
  public static String resolve(List<String> bases, String href) {
    String h = href.strip();
    if (isExternal(h)) {
      return h;
    }
    String joined = "";
    for (String base : bases) {
      String b = base.strip();
      if (b.isEmpty()) {
        continue;
      }
      if (isExternal(b) || b.startsWith("/")) {
        joined = b;
      } else {
        joined = joined.isEmpty() ? b : folder(joined) + b;
      }
    }
    if (h.startsWith("/") || joined.isEmpty()) {
      return normalisePath(h);
    }
    String full = folder(joined) + h;
    return isExternal(full) ? full : normalisePath(full);
  }

  /** The package path an href points at: query and fragment removed, %-escapes decoded. */
  public static String packagePath(String href) {
    String path = href;
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    if (path.indexOf('%') >= 0) {
      try {
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        // a stray '%' is part of the name
      }
    }
    return normalisePath(path.replace('\\', '/'));
  }

  private static String folder(String base) {
    return base.endsWith("/") ? base : base + "/";
  }

  /** Removes {@code .} and empty segments and folds {@code a/..}; a leading {@code ..} stays. */
  private static String normalisePath(String path) {
    int cut = indexOfAny(path, '?', '#');
    String tail = cut >= 0 ? path.substring(cut) : "";
    String p = cut >= 0 ? path.substring(0, cut) : path;
    boolean absolute = p.startsWith("/");
    boolean trailing = p.endsWith("/") && p.length() > 1;
    List<String> out = new ArrayList<>();
    for (String segment : p.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
        out.remove(out.size() - 1);
      } else {
        out.add(segment);
      }
    }
    String joined = (absolute ? "/" : "") + String.join("/", out) + (trailing ? "/" : "");
    return joined + tail;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
