package org.framsteg.scorm.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip archives byte by byte for tests, including ones no honest tool writes: lying
 * sizes, duplicate names, encrypted flags, slip names. {@link java.util.zip.ZipOutputStream}
 * refuses most of these, which is why the format is written here by hand (PKWARE APPNOTE §4.3).
 */
public final class TestZip {
  /** One entry exactly as it will be written. */
  public record Raw(byte[] name, int flags, int method, long crc, long compressedSize, long size,
      byte[] payload, boolean descriptor) {}

  private final List<Raw> entries = new ArrayList<>();
  private boolean centralDirectory = true;

  public static TestZip create() {
    return new TestZip();
  }

  /** A deflated entry with honest headers. */
  public TestZip add(String name, byte[] data) {
    byte[] deflated = deflate(data);
    entries.add(new Raw(name.getBytes(UTF_8), 0x800, 8, crc(data), deflated.length, data.length,
        deflated, false));
    return this;
  }

  public TestZip add(String name, String text) {
    return add(name, text.getBytes(UTF_8));
  }

  /** A stored (uncompressed) entry with honest headers. */
  public TestZip stored(String name, byte[] data) {
    entries.add(new Raw(name.getBytes(UTF_8), 0x800, 0, crc(data), data.length, data.length,
        data, false));
    return this;
  }

  /** A deflated entry of {@code size} bytes of one value, sizes given in a data descriptor. */
  public TestZip repeated(String name, long size, byte value) {
    CRC32 crc = new CRC32();
    byte[] chunk = new byte[1 << 16];
    java.util.Arrays.fill(chunk, value);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    for (long left = size; left > 0; ) {
      int n = (int) Math.min(left, chunk.length);
      crc.update(chunk, 0, n);
      deflater.setInput(chunk, 0, n);
      while (!deflater.needsInput()) {
        out.write(buf, 0, deflater.deflate(buf));
      }
      left -= n;
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    byte[] deflated = out.toByteArray();
    entries.add(new Raw(name.getBytes(UTF_8), 0x808, 8, crc.getValue(), deflated.length, size,
        deflated, true));
    return this;
  }

  /** An entry written exactly as given. */
  public TestZip raw(Raw raw) {
    entries.add(raw);
    return this;
  }

  /** Leaves out the central directory and end record (a truncated archive). */
  public TestZip withoutCentralDirectory() {
    centralDirectory = false;
    return this;
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    for (Raw e : entries) {
      offsets.add((long) out.size());
      u32(out, 0x04034b50L);
      u16(out, 20);
      u16(out, e.flags());
      u16(out, e.method());
      u32(out, 0);
      u32(out, e.descriptor() ? 0 : e.crc());
      u32(out, e.descriptor() ? 0 : e.compressedSize());
      u32(out, e.descriptor() ? 0 : e.size());
      u16(out, e.name().length);
      u16(out, 0);
      out.writeBytes(e.name());
      out.writeBytes(e.payload());
      if (e.descriptor()) {
        u32(out, 0x08074b50L);
        u32(out, e.crc());
        u32(out, e.compressedSize());
        u32(out, e.size());
      }
    }
    if (!centralDirectory) {
      return out.toByteArray();
    }
    long cenStart = out.size();
    for (int i = 0; i < entries.size(); i++) {
      Raw e = entries.get(i);
      u32(out, 0x02014b50L);
      u16(out, 20);
      u16(out, 20);
      u16(out, e.flags());
      u16(out, e.method());
      u32(out, 0);
      u32(out, e.crc());
      u32(out, e.compressedSize());
      u32(out, e.size());
      u16(out, e.name().length);
      u16(out, 0);
      u16(out, 0);
      u16(out, 0);
      u16(out, 0);
      u32(out, 0);
      u32(out, offsets.get(i));
      out.writeBytes(e.name());
    }
    long cenSize = out.size() - cenStart;
    u32(out, 0x06054b50L);
    u16(out, 0);
    u16(out, 0);
    u16(out, entries.size());
    u16(out, entries.size());
    u32(out, cenSize);
    u32(out, cenStart);
    u16(out, 0);
    return out.toByteArray();
  }

  public InputStream stream() {
    return new java.io.ByteArrayInputStream(bytes());
  }

  public Path write(Path file) {
    try {
      return Files.write(file, bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!deflater.finished()) {
      out.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    return out.toByteArray();
  }

  public static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }

  private static void u16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xff);
    out.write(v >>> 8 & 0xff);
  }

  private static void u32(ByteArrayOutputStream out, long v) {
    u16(out, (int) (v & 0xffff));
    u16(out, (int) (v >>> 16 & 0xffff));
  }
}
