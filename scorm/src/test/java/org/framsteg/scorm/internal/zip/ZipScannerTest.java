package org.framsteg.scorm.internal.zip;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageLimits;
import org.framsteg.scorm.PackageRule;
import org.framsteg.scorm.testing.TestZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against hangs, not a speed measure
class ZipScannerTest {
  private static final PackageLimits DEFAULTS = PackageLimits.defaults();

  /** Keeps what it is given and counts every byte written. */
  private static final class Capture implements ZipScanner.Sink {
    final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
    long written;

    @Override
    public OutputStream open(String name) {
      ByteArrayOutputStream out = new ByteArrayOutputStream() {
        @Override
        public synchronized void write(byte[] b, int off, int len) {
          written += len;
          if (count < 1 << 20) {
            super.write(b, off, len);
          }
        }
      };
      files.put(name, out);
      return out;
    }
  }

  private static List<ZipScanner.Entry> scan(byte[] zip, PackageLimits limits, Capture sink)
      throws IOException {
    return ZipScanner.scan(new ByteArrayInputStream(zip), limits, sink);
  }

  private static PackageException refused(byte[] zip, PackageLimits limits) {
    return refused(zip, limits, new Capture());
  }

  private static PackageException refused(byte[] zip, PackageLimits limits, Capture sink) {
    PackageException e = catchThrowableOfType(PackageException.class, () -> scan(zip, limits, sink));
    assertThat(e).as("a PackageException").isNotNull();
    return e;
  }

  @Test
  void honestArchiveIsReadWithActualSizesAndContent() throws IOException {
    byte[] zip = TestZip.create()
        .add("imsmanifest.xml", "<manifest/>")
        .stored("shared/style.css", "body{}".getBytes(UTF_8))
        .repeated("media/silence.bin", 300_000, (byte) 0)
        .add("empty.txt", new byte[0])
        .bytes();
    Capture sink = new Capture();
    List<ZipScanner.Entry> entries = scan(zip, DEFAULTS, sink);
    assertThat(entries).extracting(ZipScanner.Entry::name)
        .containsExactly("imsmanifest.xml", "shared/style.css", "media/silence.bin", "empty.txt");
    assertThat(entries).extracting(ZipScanner.Entry::size).containsExactly(11L, 6L, 300_000L, 0L);
    assertThat(sink.files.get("imsmanifest.xml").toString(UTF_8)).isEqualTo("<manifest/>");
    assertThat(sink.files.get("shared/style.css").toString(UTF_8)).isEqualTo("body{}");
  }

  @Test
  void archiveWrittenByTheJdkIsRead() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("content/"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content/index.html"));
      zip.write("<html>ä</html>".getBytes(UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
      zip.write("<manifest/>".repeat(1000).getBytes(UTF_8));
      zip.closeEntry();
    }
    Capture sink = new Capture();
    List<ZipScanner.Entry> entries = scan(bytes.toByteArray(), DEFAULTS, sink);
    assertThat(entries).extracting(ZipScanner.Entry::name, ZipScanner.Entry::directory)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("content", true),
            org.assertj.core.groups.Tuple.tuple("content/index.html", false),
            org.assertj.core.groups.Tuple.tuple("imsmanifest.xml", false));
    assertThat(sink.files.get("content/index.html").toString(UTF_8)).isEqualTo("<html>ä</html>");
    assertThat(entries.get(2).size()).isEqualTo(11_000);
  }

  @Test
  void zipBombStopsAtTheCompressionRatioAfterLittleOutput() {
    byte[] zip = TestZip.create().repeated("bomb.bin", 64L << 20, (byte) 0).bytes();
    assertThat(zip.length).isLessThan(1 << 20);
    Capture sink = new Capture();
    PackageException e = refused(zip, DEFAULTS, sink);
    assertThat(e.rule()).isEqualTo(PackageRule.COMPRESSION_RATIO_EXCEEDED);
    assertThat(e.problems().get(0).entry()).isEqualTo("bomb.bin");
    assertThat(sink.written).isLessThan(4L << 20);
  }

  @Test
  void headerSizesAreNotTrustedAnEntryIsCutAtTheLimit() {
    byte[] data = new byte[8 << 20];
    byte[] deflated = TestZip.deflate(data);
    byte[] zip = TestZip.create()
        .raw(new TestZip.Raw("small.txt".getBytes(UTF_8), 0, 8, TestZip.crc(data),
            deflated.length, 10, deflated, false))
        .bytes();
    PackageLimits limits = PackageLimits.builder().maxEntryBytes(1 << 20)
        .maxCompressionRatio(Integer.MAX_VALUE).build();
    Capture sink = new Capture();
    PackageException e = refused(zip, limits, sink);
    assertThat(e.rule()).isEqualTo(PackageRule.ENTRY_TOO_LARGE);
    assertThat(e.problems().get(0).entry()).isEqualTo("small.txt");
    assertThat(sink.written).isLessThanOrEqualTo(1 << 20);
  }

  @Test
  void headerThatUnderstatesTheSizeIsCorrupt() {
    byte[] data = "0123456789".repeat(100).getBytes(UTF_8);
    byte[] deflated = TestZip.deflate(data);
    byte[] zip = TestZip.create().raw(new TestZip.Raw("liar.txt".getBytes(UTF_8), 0, 8,
        TestZip.crc(data), deflated.length, 10, deflated, false)).bytes();
    PackageException e = refused(zip, DEFAULTS);
    assertThat(e.rule()).isEqualTo(PackageRule.CORRUPT_ZIP);
    assertThat(e.problems().get(0).entry()).isEqualTo("liar.txt");
  }

  @Test
  void manySmallEntriesStopAtTheTotalLimit() {
    TestZip zip = TestZip.create();
    for (int i = 0; i < 30; i++) {
      zip.repeated("part" + i + ".bin", 1 << 20, (byte) 'a');
    }
    PackageLimits limits = PackageLimits.builder().maxTotalBytes(10L << 20).build();
    PackageException e = refused(zip.bytes(), limits);
    assertThat(e.rule()).isEqualTo(PackageRule.PACKAGE_TOO_LARGE);
    assertThat(e.problems().get(0).entry()).isEqualTo("part10.bin");
  }

  @Test
  void tooManyEntriesIsRefusedNamingTheFirstTooMany() {
    TestZip zip = TestZip.create();
    for (int i = 0; i < 20; i++) {
      zip.add("f" + i + ".txt", "x");
    }
    PackageException e = refused(zip.bytes(), PackageLimits.builder().maxEntries(10).build());
    assertThat(e.rule()).isEqualTo(PackageRule.TOO_MANY_ENTRIES);
    assertThat(e.problems().get(0).entry()).isEqualTo("f10.txt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil.sh", "a/../../evil.sh", "a/b/../../../evil.sh", "..",
      "/etc/passwd", "\\windows\\evil.dll", "C:/Windows/evil.dll", "C:\\evil.dll", "c:evil",
      "..\\evil.sh", "a\\..\\..\\evil.sh", "index.html:stream", "a\u0000b.html", "evil\n.html"})
  void entryNameThatEscapesIsRefusedNamingTheEntry(String name) {
    byte[] zip = TestZip.create().add("imsmanifest.xml", "<manifest/>").add(name, "boom").bytes();
    PackageException e = refused(zip, DEFAULTS);
    assertThat(e.rule()).isEqualTo(PackageRule.UNSAFE_ENTRY_NAME);
    assertThat(e.problems().get(0).entry()).isEqualTo(name);
  }

  @Test
  void backslashesThatStayInsideAreFolderSeparators() throws IOException {
    byte[] zip = TestZip.create().add("images\\logo.png", "png").add("./a//b/./c.txt", "c").bytes();
    assertThat(scan(zip, DEFAULTS, new Capture())).extracting(ZipScanner.Entry::name)
        .containsExactly("images/logo.png", "a/b/c.txt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "INDEX.html", "./index.html", "sub/../index.html"})
  void duplicateEntryIsRefused(String second) {
    byte[] zip = TestZip.create().add("index.html", "1").add(second, "2").bytes();
    PackageException e = refused(zip, DEFAULTS);
    assertThat(e.rule()).isIn(PackageRule.DUPLICATE_ENTRY, PackageRule.UNSAFE_ENTRY_NAME);
    assertThat(e.problems().get(0).entry()).isEqualTo(second);
    if (!second.contains("..")) {
      assertThat(e.rule()).isEqualTo(PackageRule.DUPLICATE_ENTRY);
    }
  }

  @Test
  void fileUsedAsFolderIsRefused() {
    byte[] zip = TestZip.create().add("content", "file").add("content/index.html", "x").bytes();
    PackageException e = refused(zip, DEFAULTS);
    assertThat(e.rule()).isEqualTo(PackageRule.DUPLICATE_ENTRY);
    assertThat(e.problems().get(0).entry()).isEqualTo("content/index.html");
  }

  @Test
  void encryptedEntryIsRefusedNamingIt() {
    byte[] data = "secret".getBytes(UTF_8);
    byte[] zip = TestZip.create().add("imsmanifest.xml", "<manifest/>")
        .raw(new TestZip.Raw("locked.html".getBytes(UTF_8), 1, 0, TestZip.crc(data), data.length,
            data.length, data, false)).bytes();
    PackageException e = refused(zip, DEFAULTS);
    assertThat(e.rule()).isEqualTo(PackageRule.ENCRYPTED_ENTRY);
    assertThat(e.problems().get(0).entry()).isEqualTo("locked.html");
  }

  @Test
  void aesEncryptedEntryIsRefusedNamingIt() {
    byte[] data = "secret".getBytes(UTF_8);
    byte[] zip = TestZip.create().raw(new TestZip.Raw("aes.html".getBytes(UTF_8), 0, 99, 0,
        data.length, data.length, data, false)).bytes();
    PackageException e = refused(zip, DEFAULTS);
    assertThat(e.rule()).isEqualTo(PackageRule.ENCRYPTED_ENTRY);
    assertThat(e.problems().get(0).entry()).isEqualTo("aes.html");
  }

  @Test
  void unsupportedCompressionMethodIsRefused() {
    byte[] data = "BZh9".getBytes(UTF_8);
    byte[] zip = TestZip.create().raw(new TestZip.Raw("x.bz".getBytes(UTF_8), 0, 12, 0,
        data.length, 100, data, false)).bytes();
    PackageException e = refused(zip, DEFAULTS);
    assertThat(e.rule()).isEqualTo(PackageRule.UNSUPPORTED_ZIP_FEATURE);
    assertThat(e.problems().get(0).entry()).isEqualTo("x.bz");
  }

  @Test
  void checksumMismatchIsCorrupt() {
    byte[] data = "hello".getBytes(UTF_8);
    byte[] zip = TestZip.create().raw(new TestZip.Raw("a.txt".getBytes(UTF_8), 0, 0, 12345,
        data.length, data.length, data, false)).bytes();
    PackageException e = refused(zip, DEFAULTS);
    assertThat(e.rule()).isEqualTo(PackageRule.CORRUPT_ZIP);
    assertThat(e.getMessage()).contains("CRC-32");
  }

  @Test
  void invalidDeflateDataIsCorrupt() {
    byte[] garbage = {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x13, 0x37};
    byte[] zip = TestZip.create().raw(new TestZip.Raw("a.txt".getBytes(UTF_8), 0, 8, 0,
        garbage.length, 10, garbage, false)).bytes();
    assertThat(refused(zip, DEFAULTS).rule()).isEqualTo(PackageRule.CORRUPT_ZIP);
  }

  @Test
  void truncatedArchiveIsCorrupt() {
    byte[] zip = TestZip.create().add("a.txt", "a".repeat(5000)).bytes();
    for (int cut : new int[] {10, 40, zip.length / 2, zip.length - 10}) {
      byte[] truncated = java.util.Arrays.copyOf(zip, cut);
      assertThat(refused(truncated, DEFAULTS).rule()).as("cut at %d", cut)
          .isEqualTo(PackageRule.CORRUPT_ZIP);
    }
    byte[] noDirectory = TestZip.create().add("a.txt", "a").withoutCentralDirectory().bytes();
    assertThat(refused(noDirectory, DEFAULTS).rule()).isEqualTo(PackageRule.CORRUPT_ZIP);
  }

  @Test
  void centralDirectoryThatNamesOtherFilesIsCorrupt() {
    byte[] zip = TestZip.create().add("index.html", "x").bytes();
    int cen = lastIndexOf(zip, "index.html".getBytes(UTF_8));
    zip[cen] = 'e';
    PackageException e = refused(zip, DEFAULTS);
    assertThat(e.rule()).isEqualTo(PackageRule.CORRUPT_ZIP);
    assertThat(e.problems().get(0).entry()).isEqualTo("endex.html");
  }

  @Test
  void somethingElseIsNotAZip() {
    assertThat(refused("hello, world".getBytes(UTF_8), DEFAULTS).rule())
        .isEqualTo(PackageRule.NOT_A_ZIP);
    assertThat(refused(new byte[0], DEFAULTS).rule()).isEqualTo(PackageRule.NOT_A_ZIP);
    assertThat(refused("<manifest/>".getBytes(UTF_8), DEFAULTS).rule())
        .isEqualTo(PackageRule.NOT_A_ZIP);
  }

  @Test
  void emptyArchiveHasNoEntries() throws IOException {
    assertThat(scan(TestZip.create().bytes(), DEFAULTS, new Capture())).isEmpty();
  }

  private static int lastIndexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = haystack.length - needle.length; i >= 0; i--) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
