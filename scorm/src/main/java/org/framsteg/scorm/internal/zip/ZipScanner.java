package org.framsteg.scorm.internal.zip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageLimits;
import org.framsteg.scorm.PackageProblem;
import org.framsteg.scorm.PackageRule;

/**
 * Reads a zip archive from a stream, entry by entry, through its local headers, and checks the
 * central directory lists the same entries. Nothing a header claims is trusted: every limit is
 * enforced on the bytes actually inflated, while inflating, so a bomb stops at the limit; sizes
 * and CRC-32 are then compared with what the headers said. Only stored and deflated entries are
 * read, as every SCORM tool writes (PKWARE APPNOTE 6.3.x §4.3, §4.4).
 */
public final class ZipScanner {
  private static final long LOC = 0x04034b50L;
  private static final long CEN = 0x02014b50L;
  private static final long END = 0x06054b50L;
  private static final long ZIP64_END = 0x06064b50L;
  private static final long ZIP64_LOCATOR = 0x07064b50L;
  private static final long DESCRIPTOR = 0x08074b50L;
  private static final long SPLIT_MARKER = 0x30304b50L;
  private static final int STORED = 0;
  private static final int DEFLATED = 8;
  private static final int AES = 99;
  private static final long UNKNOWN_32 = 0xffffffffL;

  /** Where entry contents go. */
  public interface Sink {
    /** Where the bytes of a file entry go, or {@code null} to count and verify them only. */
    OutputStream open(String name) throws IOException;

    /** The entry's bytes were all written and verified. */
    default void completed(String name, OutputStream out, long size) throws IOException {}

    /** A folder entry. */
    default void directory(String name) throws IOException {}
  }

  /** One entry read: its normalised name, inflated size and whether it is a folder. */
  public record Entry(String name, String rawName, long size, boolean directory) {}

  private final InputStream in;
  private final PackageLimits limits;
  private final Sink sink;
  private final byte[] buf = new byte[64 * 1024];
  private final byte[] out = new byte[64 * 1024];
  private int pos;
  private int lim;
  private long offset;
  private long totalBytes;
  /** Compressed bytes the last deflated entry used. */
  private long lastCompressed;
  private final List<Entry> entries = new ArrayList<>();
  private final List<byte[]> rawNames = new ArrayList<>();
  private final Set<String> files = new HashSet<>();
  private final Set<String> folders = new HashSet<>();

  private ZipScanner(InputStream in, PackageLimits limits, Sink sink) {
    this.in = in;
    this.limits = limits;
    this.sink = sink;
  }

  /**
   * Reads every entry of the archive, handing file contents to {@code sink}.
   *
   * @return the entries in archive order
   * @throws PackageException when the archive breaks a rule or a limit
   * @throws IOException when the stream or the sink fails
   */
  public static List<Entry> scan(InputStream in, PackageLimits limits, Sink sink) throws IOException {
    ZipScanner scanner = new ZipScanner(in, limits, sink);
    scanner.run();
    return List.copyOf(scanner.entries);
  }

  private void run() throws IOException {
    if (!fill()) {
      throw problem("", PackageRule.NOT_A_ZIP, "the input is empty");
    }
    long signature = u32();
    if (signature == SPLIT_MARKER || signature == DESCRIPTOR) {
      signature = u32();
    }
    if (signature != LOC && signature != END && signature != CEN) {
      throw problem("", PackageRule.NOT_A_ZIP, String.format(
          "the input starts with 0x%08x, not a zip local header (0x%08x)", signature, LOC));
    }
    while (signature == LOC) {
      readEntry();
      signature = u32();
    }
    int listed = 0;
    while (signature == CEN) {
      readCentralHeader(listed++);
      signature = u32();
    }
    if (listed != entries.size()) {
      throw problem("", PackageRule.CORRUPT_ZIP, "the central directory lists " + listed
          + " entries but the archive holds " + entries.size());
    }
    if (signature == ZIP64_END) {
      skip(u64()); // the zip64 end record
      if (u32() != ZIP64_LOCATOR) {
        throw problem("", PackageRule.CORRUPT_ZIP, "the zip64 end locator is missing");
      }
      skip(16);
      signature = u32();
    }
    if (signature != END) {
      throw problem("", PackageRule.CORRUPT_ZIP,
          String.format("unexpected data (0x%08x) at offset %d", signature, offset - 4));
    }
    // Reading the end record to its last byte is what tells a complete archive from a cut one.
    u16(); // this disk
    u16(); // disk with the central directory
    u16(); // entries on this disk
    int total = u16();
    u32(); // central directory size
    u32(); // central directory offset
    skip(u16()); // comment
    if (total != 0xffff && total != (entries.size() & 0xffff)) {
      throw problem("", PackageRule.CORRUPT_ZIP, "the end record counts " + total
          + " entries but the archive holds " + entries.size());
    }
  }

  private void readEntry() throws IOException {
    u16(); // version needed
    int flags = u16();
    int method = u16();
    u32(); // time and date
    long crc = u32();
    long compressedSize = u32();
    long size = u32();
    int nameLength = u16();
    int extraLength = u16();
    byte[] nameBytes = bytes(nameLength);
    byte[] extra = bytes(extraLength);
    String raw = EntryNames.decode(nameBytes, (flags & 0x800) != 0);
    if (entries.size() >= limits.maxEntries()) {
      throw problem(raw, PackageRule.TOO_MANY_ENTRIES,
          "more than the limit of " + limits.maxEntries() + " entries");
    }
    if ((flags & 0x41) != 0 || method == AES) {
      throw problem(raw, PackageRule.ENCRYPTED_ENTRY, "the entry is encrypted");
    }
    String name = EntryNames.normalise(raw);
    boolean directory = EntryNames.isDirectory(raw) || name.isEmpty();
    boolean zip64 = false;
    for (int i = 0; i + 4 <= extra.length; ) {
      int id = le16(extra, i);
      int length = le16(extra, i + 2);
      int data = i + 4;
      if (id == 0x0001) {
        zip64 = true;
        if (size == UNKNOWN_32 && data + 8 <= extra.length) {
          size = le64(extra, data);
          data += 8;
        }
        if (compressedSize == UNKNOWN_32 && data + 8 <= extra.length) {
          compressedSize = le64(extra, data);
        }
      }
      i += 4 + length;
    }
    if (method != STORED && method != DEFLATED) {
      throw problem(raw, PackageRule.UNSUPPORTED_ZIP_FEATURE,
          "compression method " + method + "; only stored (0) and deflated (8) are read");
    }
    boolean descriptor = (flags & 0x08) != 0;
    if (method == STORED && descriptor && (compressedSize == 0 || compressedSize == UNKNOWN_32)) {
      throw problem(raw, PackageRule.UNSUPPORTED_ZIP_FEATURE,
          "a stored entry whose size is only given after its data");
    }
    claim(raw, name, directory);

    OutputStream target = directory ? null : sink.open(name);
    CRC32 checksum = new CRC32();
    long written = method == STORED
        ? copyStored(raw, compressedSize, target, checksum)
        : inflate(raw, target, checksum);
    long consumed = method == STORED ? compressedSize : lastCompressed;

    if (descriptor) {
      long first = u32();
      crc = first == DESCRIPTOR ? u32() : first;
      compressedSize = zip64 ? u64() : u32();
      size = zip64 ? u64() : u32();
    }
    if (checksum.getValue() != crc) {
      throw problem(raw, PackageRule.CORRUPT_ZIP, String.format(
          "CRC-32 is %08x but the header says %08x", checksum.getValue(), crc));
    }
    if (written != size || consumed != compressedSize) {
      throw problem(raw, PackageRule.CORRUPT_ZIP, "the header says " + size + " bytes ("
          + compressedSize + " compressed) but the entry holds " + written + " (" + consumed + ")");
    }
    if (directory) {
      sink.directory(name);
    } else {
      sink.completed(name, target, written);
    }
    entries.add(new Entry(name, raw, written, directory));
    rawNames.add(nameBytes);
  }

  /** Records a name, refusing a second entry of the same path or a file used as a folder. */
  private void claim(String raw, String name, boolean directory) {
    if (name.isEmpty()) {
      return;
    }
    String key = name.toLowerCase(Locale.ROOT);
    if (files.contains(key) || (!directory && folders.contains(key))) {
      throw problem(raw, PackageRule.DUPLICATE_ENTRY,
          "another entry has the name " + name + " (names are compared ignoring case, "
              + "as file systems on Windows and macOS do)");
    }
    int slash = key.indexOf('/');
    while (slash >= 0) {
      String parent = key.substring(0, slash);
      if (files.contains(parent)) {
        throw problem(raw, PackageRule.DUPLICATE_ENTRY, parent + " is both a file and a folder");
      }
      folders.add(parent);
      slash = key.indexOf('/', slash + 1);
    }
    if (directory) {
      folders.add(key);
    } else {
      files.add(key);
    }
  }

  private long copyStored(String raw, long length, OutputStream target, CRC32 checksum)
      throws IOException {
    long remaining = length;
    long entryBytes = 0;
    while (remaining > 0) {
      fillOrFail(raw);
      int n = (int) Math.min(remaining, lim - pos);
      entryBytes += n;
      account(raw, entryBytes, entryBytes, n);
      checksum.update(buf, pos, n);
      if (target != null) {
        target.write(buf, pos, n);
      }
      pos += n;
      offset += n;
      remaining -= n;
    }
    return entryBytes;
  }

  private long inflate(String raw, OutputStream target, CRC32 checksum) throws IOException {
    Inflater inflater = new Inflater(true);
    try {
      long entryBytes = 0;
      long compressed = 0;
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          fillOrFail(raw);
          inflater.setInput(buf, pos, lim - pos);
          compressed += lim - pos;
          offset += lim - pos;
          pos = lim;
        }
        if (inflater.needsDictionary()) {
          throw problem(raw, PackageRule.CORRUPT_ZIP, "the deflate stream asks for a dictionary");
        }
        int n;
        try {
          n = inflater.inflate(out);
        } catch (DataFormatException e) {
          throw new PackageException(List.of(new PackageProblem(raw, "", PackageRule.CORRUPT_ZIP,
              "the deflate data is invalid: " + e.getMessage())), e);
        }
        if (n > 0) {
          entryBytes += n;
          account(raw, entryBytes, Math.max(1, compressed - inflater.getRemaining()), n);
          checksum.update(out, 0, n);
          if (target != null) {
            target.write(out, 0, n);
          }
        }
      }
      // Give back what the inflater did not use: it belongs to the next header.
      int unused = inflater.getRemaining();
      pos -= unused;
      offset -= unused;
      compressed -= unused;
      lastCompressed = compressed;
      return entryBytes;
    } finally {
      inflater.end();
    }
  }

  /** Checks the limits after {@code n} more bytes of one entry were produced. */
  private void account(String raw, long entryBytes, long compressedSoFar, int n) {
    totalBytes += n;
    if (entryBytes > limits.maxEntryBytes()) {
      throw problem(raw, PackageRule.ENTRY_TOO_LARGE,
          "inflates to more than the limit of " + limits.maxEntryBytes() + " bytes");
    }
    if (totalBytes > limits.maxTotalBytes()) {
      throw problem(raw, PackageRule.PACKAGE_TOO_LARGE, "the entries so far inflate to more "
          + "than the limit of " + limits.maxTotalBytes() + " bytes");
    }
    if (entryBytes > PackageLimits.RATIO_GRACE_BYTES
        && entryBytes / compressedSoFar > limits.maxCompressionRatio()) {
      throw problem(raw, PackageRule.COMPRESSION_RATIO_EXCEEDED, compressedSoFar
          + " compressed bytes inflate to " + entryBytes + ", more than "
          + limits.maxCompressionRatio() + " times");
    }
  }

  private void readCentralHeader(int index) throws IOException {
    u16(); // version made by
    u16(); // version needed
    int flags = u16();
    u16(); // method
    u32(); // time and date
    u32(); // crc
    u32(); // compressed size
    u32(); // size
    int nameLength = u16();
    int extraLength = u16();
    int commentLength = u16();
    u16(); // disk
    u16(); // internal attributes
    u32(); // external attributes
    u32(); // local header offset
    byte[] name = bytes(nameLength);
    skip(extraLength + (long) commentLength);
    String raw = EntryNames.decode(name, (flags & 0x800) != 0);
    if (index >= rawNames.size() || !Arrays.equals(name, rawNames.get(index))) {
      throw problem(raw, PackageRule.CORRUPT_ZIP,
          "the central directory lists an entry the archive does not hold at that place");
    }
    if ((flags & 0x41) != 0) {
      throw problem(raw, PackageRule.ENCRYPTED_ENTRY, "the central directory marks it encrypted");
    }
  }

  // --- little-endian reading over our own buffer, so unused inflater input can be given back

  private boolean fill() throws IOException {
    while (pos >= lim) {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        return false;
      }
      pos = 0;
      lim = n;
    }
    return true;
  }

  private void fillOrFail(String raw) throws IOException {
    if (!fill()) {
      throw problem(raw, PackageRule.CORRUPT_ZIP, "the archive ends inside this entry");
    }
  }

  private int u8() throws IOException {
    if (!fill()) {
      throw problem("", PackageRule.CORRUPT_ZIP, "the archive ends unexpectedly at offset "
          + offset + " (truncated, or no central directory)");
    }
    offset++;
    return buf[pos++] & 0xff;
  }

  private int u16() throws IOException {
    return u8() | u8() << 8;
  }

  private long u32() throws IOException {
    return (u16() | (long) u16() << 16) & UNKNOWN_32;
  }

  private long u64() throws IOException {
    return u32() | u32() << 32;
  }

  private byte[] bytes(int n) throws IOException {
    byte[] b = new byte[n];
    for (int i = 0; i < n; ) {
      if (!fill()) {
        throw problem("", PackageRule.CORRUPT_ZIP, "the archive ends inside a header");
      }
      int k = Math.min(n - i, lim - pos);
      System.arraycopy(buf, pos, b, i, k);
      pos += k;
      offset += k;
      i += k;
    }
    return b;
  }

  private void skip(long n) throws IOException {
    for (long left = n; left > 0; ) {
      if (!fill()) {
        throw problem("", PackageRule.CORRUPT_ZIP, "the archive ends inside a header");
      }
      int k = (int) Math.min(left, lim - pos);
      pos += k;
      offset += k;
      left -= k;
    }
  }

  private static int le16(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
  }

  private static long le64(byte[] b, int i) {
    long v = 0;
    for (int k = 7; k >= 0; k--) {
      v = v << 8 | (b[i + k] & 0xff);
    }
    return v;
  }

  private static PackageException problem(String entry, PackageRule rule, String detail) {
    return new PackageException(new PackageProblem(entry, "", rule, detail));
  }
}
