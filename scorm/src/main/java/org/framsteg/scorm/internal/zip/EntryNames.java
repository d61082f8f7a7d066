package org.framsteg.scorm.internal.zip;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageProblem;
import org.framsteg.scorm.PackageRule;

/**
 * Turns the raw name of a zip entry into a safe relative path, or refuses it (zip slip). The
 * result uses {@code /} as separator, has no empty, {@code .} or {@code ..} segments and never
 * starts with {@code /}; resolved against any folder it stays inside that folder.
 */
public final class EntryNames {
  private static final Charset CP437 =
      Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

  private EntryNames() {}

  /**
   * The safe form of {@code raw}. Backslashes are taken as separators (Windows tools write them)
   * and so are checked like slashes. A name that is only separators and dots normalises to the
   * empty string, meaning the package root.
   *
   * @throws PackageException with {@link PackageRule#UNSAFE_ENTRY_NAME} for an absolute name, a
   *     drive letter or other colon, a {@code ..} segment or a control character
   */
  public static String normalise(String raw) {
    if (raw.isEmpty()) {
      throw unsafe(raw, "the name is empty");
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw unsafe(raw, "the name contains control character U+" + String.format("%04X", (int) c));
      }
      if (c == ':') {
        throw unsafe(raw, "the name contains ':' (a drive letter or an alternate data stream)");
      }
    }
    String slashed = raw.replace('\\', '/');
    if (slashed.startsWith("/")) {
      throw unsafe(raw, "the name is an absolute path");
    }
    List<String> segments = new ArrayList<>();
    for (String segment : slashed.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        throw unsafe(raw, "the name climbs out of the package with '..'");
      }
      segments.add(segment);
    }
    return String.join("/", segments);
  }

  /** Whether the raw name denotes a folder (ends with a separator). */
  public static boolean isDirectory(String raw) {
    return raw.endsWith("/") || raw.endsWith("\\");
  }

  /**
   * Where a normalised name lands under {@code root}, checked to stay inside it.
   *
   * @throws PackageException with {@link PackageRule#EXTRACTION_UNSAFE} otherwise
   */
  public static Path resolveInside(Path root, String name) {
    Path base = root.toAbsolutePath().normalize();
    Path target;
    try {
      target = base.resolve(name).normalize();
    } catch (InvalidPathException e) {
      throw new PackageException(List.of(new PackageProblem(name, "", PackageRule.EXTRACTION_UNSAFE,
          "the file system cannot hold this name: " + e.getReason())), e);
    }
    if (!target.startsWith(base) || target.equals(base)) {
      throw new PackageException(new PackageProblem(name, "", PackageRule.EXTRACTION_UNSAFE,
          "resolves to " + target + ", outside " + base));
    }
    return target;
  }

  /**
   * Decodes a name as the zip format says: UTF-8 when flag bit 11 is set, else UTF-8 if it is
   * valid UTF-8 (most tools write UTF-8 without setting the flag), else IBM code page 437.
   */
  public static String decode(byte[] name, boolean utf8Flag) {
    if (utf8Flag) {
      return new String(name, StandardCharsets.UTF_8);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(name))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(name, CP437);
    }
  }

  private static PackageException unsafe(String raw, String detail) {
    return new PackageException(
        new PackageProblem(raw, "", PackageRule.UNSAFE_ENTRY_NAME, detail));
  }
}
