package org.framsteg.scorm.internal.zip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageLimits;
import org.framsteg.scorm.testing.ScormArbitraries;
import org.framsteg.scorm.testing.TestZip;

class ZipScannerProperties {
  private static final PackageLimits LIMITS = PackageLimits.builder().maxTotalBytes(64L << 20)
      .build();

  @Provide
  Arbitrary<Map<String, byte[]>> archives() {
    return Arbitraries.maps(ScormArbitraries.safeNames(),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(3000)).ofMaxSize(8)
        .filter(ZipScannerProperties::noFileIsAFolder);
  }

  private static boolean noFileIsAFolder(Map<String, byte[]> files) {
    for (String a : files.keySet()) {
      for (String b : files.keySet()) {
        if (!a.equals(b) && (b.startsWith(a + "/") || a.equalsIgnoreCase(b))) {
          return false;
        }
      }
    }
    return true;
  }

  @Property(tries = 200)
  void whatIsWrittenIsReadBack(@ForAll("archives") Map<String, byte[]> files,
      @ForAll boolean stored) throws IOException {
    TestZip zip = TestZip.create();
    files.forEach((name, data) -> {
      if (stored) {
        zip.stored(name, data);
      } else {
        zip.add(name, data);
      }
    });
    Map<String, ByteArrayOutputStream> read = new LinkedHashMap<>();
    List<ZipScanner.Entry> entries = ZipScanner.scan(new ByteArrayInputStream(zip.bytes()), LIMITS,
        name -> read.computeIfAbsent(name, n -> new ByteArrayOutputStream()));
    assertThat(entries).extracting(ZipScanner.Entry::name).containsExactlyElementsOf(files.keySet());
    files.forEach((name, data) -> assertThat(read.get(name).toByteArray()).isEqualTo(data));
  }

  @Property(tries = 300)
  void damagedArchivesEndInAPackageExceptionOrReadConsistently(
      @ForAll("archives") Map<String, byte[]> files,
      @ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.constraints.IntRange(min = 0,
          max = 100_000) Integer> positions,
      @ForAll byte value) throws IOException {
    TestZip zip = TestZip.create();
    files.forEach(zip::add);
    byte[] bytes = zip.bytes();
    for (int p : positions) {
      bytes[p % bytes.length] = value;
    }
    try {
      List<ZipScanner.Entry> entries = ZipScanner.scan(new ByteArrayInputStream(bytes), LIMITS,
          name -> OutputStream.nullOutputStream());
      assertThat(entries.size()).isLessThanOrEqualTo(files.size());
    } catch (PackageException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }

  @Property(tries = 300)
  void arbitraryBytesAreRefusedOrRead(@ForAll @Size(max = 2000) byte[] bytes) throws IOException {
    try {
      ZipScanner.scan(new ByteArrayInputStream(bytes), LIMITS, name -> null);
    } catch (PackageException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }
}
