package org.framsteg.scorm.internal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip whose bytes depend only on what is put in it, in the order it is put: every entry
 * has the same DOS time ({@link #TIME}, no extended timestamps, no time zone involved), no folder
 * entries, no comment, no extra fields. Media formats that are compressed already are stored,
 * everything else deflated (PKWARE APPNOTE §4.4.5).
 *
 * <pre>{@code
 * try (DeterministicZip zip = new DeterministicZip(out)) {
 *   zip.add("imsmanifest.xml", manifestBytes);
 * }
 * }</pre>
 */
final class DeterministicZip implements AutoCloseable {
  /** The time of every entry. */
  static final LocalDateTime TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private static final Set<String> STORED =
      Set.of(
          "mp4", "m4v", "m4a", "mp3", "aac", "webm", "ogg", "oga", "ogv", "opus", "flac", "jpg",
          "jpeg", "png", "gif", "webp", "zip", "gz", "mov", "mkv");

  private final ZipOutputStream zip;
  private final Set<String> names = new HashSet<>();

  /** Writes to {@code out}, which {@link #close()} does not close. */
  DeterministicZip(OutputStream out) {
    this.zip =
        new ZipOutputStream(
            new java.io.FilterOutputStream(out) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() throws IOException {
                out.flush();
              }
            });
  }

  /** Whether an entry of this name was added. */
  boolean contains(String name) {
    return names.contains(name);
  }

  /** Adds an entry from bytes. */
  void add(String name, byte[] content) throws IOException {
    add(name, new MediaSource.FromBytes(content));
  }

  /** Adds an entry, reading the source twice when it is stored (for its CRC, then its bytes). */
  void add(String name, MediaSource source) throws IOException {
    if (!names.add(name)) {
      throw new IllegalStateException("entry added twice: " + name);
    }
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(TIME);
    if (isStored(name)) {
      CRC32 crc = new CRC32();
      long size = 0;
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = source.open()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          crc.update(buffer, 0, n);
          size += n;
        }
      }
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(size);
      entry.setCompressedSize(size);
      entry.setCrc(crc.getValue());
    } else {
      entry.setMethod(ZipEntry.DEFLATED);
    }
    zip.putNextEntry(entry);
    long written = 0;
    try (InputStream in = source.open()) {
      written = in.transferTo(zip);
    }
    if (entry.getMethod() == ZipEntry.STORED && written != entry.getSize()) {
      throw new IOException(
          "the content of " + name + " changed while it was written (" + entry.getSize()
              + " bytes, then " + written + ")");
    }
    zip.closeEntry();
  }

  private static boolean isStored(String name) {
    int dot = name.lastIndexOf('.');
    return dot > name.lastIndexOf('/')
        && STORED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Writes the central directory; the underlying stream stays open. */
  @Override
  public void close() throws IOException {
    zip.finish();
    zip.close();
  }
}
