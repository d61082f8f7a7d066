package org.framsteg.scorm.internal.export;

import java.util.Locale;
import org.framsteg.scorm.ExportReport.Kind;

/**
 * Texts as XML 1.0 and the launch pages can carry them. XML 1.0 §2.2 allows tab, line feed,
 * carriage return and the characters from U+0020 except lone surrogates and U+FFFE/U+FFFF; the
 * launch page contract refuses every control character in a title. What cannot be carried is
 * dropped (a lone surrogate becomes U+FFFD, so the reader sees that something was there) and the
 * change is reported as {@link Kind#TEXT_CHANGED}.
 */
final class CleanText {
  private CleanText() {}

  /**
   * A one-line text (a title): line breaks and tabs become spaces, runs of white space one space,
   * other control characters (C0, DEL, C1) are dropped; the result is stripped.
   */
  static String line(String text, String path, ReportBuilder report) {
    StringBuilder out = new StringBuilder(text.length());
    int dropped = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || Character.isWhitespace(c) || c == '\u00a0') {
        space = out.length() > 0;
        continue;
      }
      int kept = keep(text, i);
      if (kept < 0 || Character.isISOControl(c)) {
        dropped++;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      if (kept != c) {
        dropped++;
      }
      if (Character.isSurrogate(c) && kept == c) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.appendCodePoint(kept);
      }
    }
    reportDropped(dropped, path, report);
    return out.toString();
  }

  /** A longer text (a description): line breaks and tabs are kept, the rest as {@link #line}. */
  static String block(String text, String path, ReportBuilder report) {
    StringBuilder out = new StringBuilder(text.length());
    int dropped = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        out.append(c);
        continue;
      }
      int kept = keep(text, i);
      if (kept < 0 || Character.isISOControl(c)) {
        dropped++;
        continue;
      }
      if (kept != c) {
        dropped++;
      }
      if (Character.isSurrogate(c) && kept == c) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.appendCodePoint(kept);
      }
    }
    reportDropped(dropped, path, report);
    return out.toString().strip();
  }

  /**
   * What to write for the char at {@code i}: itself ({@code c}; for a valid surrogate pair the high
   * surrogate, meaning "copy the pair"), U+FFFD for a lone surrogate, or -1 to drop it.
   */
  private static int keep(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      return c;
    }
    if (Character.isSurrogate(c)) {
      return 0xFFFD;
    }
    if (c == 0xFFFE || c == 0xFFFF) {
      return -1;
    }
    return c;
  }

  private static void reportDropped(int dropped, String path, ReportBuilder report) {
    if (dropped > 0) {
      report.warn(
          Kind.TEXT_CHANGED,
          path,
          String.format(
              Locale.ROOT,
              "%d character%s XML or the launch page cannot carry (control characters,"
                  + " lone surrogates, U+FFFE/U+FFFF) %s dropped or replaced by U+FFFD",
              dropped,
              dropped == 1 ? "" : "s",
              dropped == 1 ? "was" : "were"));
    }
  }
}
