package org.framsteg.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.framsteg.scorm.internal.importing.PackageImporter;

/**
 * Reads SCORM packages (zip files with {@code imsmanifest.xml} at the root) and bare manifests,
 * treating every byte as hostile: zip slip, zip bombs, XXE and entity expansion end in a
 * {@link PackageException}, within the {@link PackageLimits}. Real-world mistakes that leave the
 * package usable end in the {@link ImportReport} instead.
 *
 * <pre>{@code
 * ScormPackage pkg = PackageReader.defaults().read(Path.of("course.zip"));
 * pkg.report().warnings().forEach(w -> log.warn(w.toString()));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3 Content Packaging
 *     (§3.2 Package Interchange File)</a>
 * @see <a href="http://www.imsglobal.org/content/packaging/cpv1p1p4/imscp_infov1p1p4.html">IMS
 *     Content Packaging 1.1.4</a>
 */
public final class PackageReader {
  private static final PackageReader DEFAULTS = new PackageReader(PackageLimits.defaults());

  private final PackageLimits limits;

  private PackageReader(PackageLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A reader with {@link PackageLimits#defaults()}. */
  public static PackageReader defaults() {
    return DEFAULTS;
  }

  /** A reader with other limits. */
  public static PackageReader withLimits(PackageLimits limits) {
    return new PackageReader(limits);
  }

  public PackageLimits limits() {
    return limits;
  }

  /**
   * Reads a package file without extracting it. Every entry is inflated once, to check it.
   *
   * @throws PackageException when the package cannot be read safely or holds no usable manifest
   * @throws IOException when the file cannot be read
   */
  public ScormPackage read(Path zip) throws IOException {
    try (InputStream in = Files.newInputStream(zip)) {
      return read(in);
    }
  }

  /**
   * Reads a package from a stream (not closed here) without extracting it.
   *
   * @throws PackageException when the package cannot be read safely or holds no usable manifest
   * @throws IOException when the stream fails
   */
  public ScormPackage read(InputStream zip) throws IOException {
    return PackageImporter.read(zip, limits, null);
  }

  /**
   * Reads a package and extracts its files into {@code target}, which must be missing or an
   * empty folder. Every file lands inside {@code target} (checked after resolving links), none is
   * overwritten, and on any failure what was written is removed again.
   *
   * @throws PackageException when the package cannot be read safely, or with
   *     {@link PackageRule#EXTRACTION_UNSAFE} when the target is not an empty folder
   * @throws IOException when reading or writing fails
   */
  public ScormPackage extract(Path zip, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(zip)) {
      return extract(in, target);
    }
  }

  /** As {@link #extract(Path, Path)}, from a stream (not closed here). */
  public ScormPackage extract(InputStream zip, Path target) throws IOException {
    Objects.requireNonNull(target, "target");
    return PackageImporter.read(zip, limits, target);
  }

  /**
   * Reads an {@code imsmanifest.xml} file; {@code adlcp:location} metadata files are read from
   * its folder, never from outside it.
   *
   * @throws PackageException when the XML is unsafe or malformed, or not a usable manifest
   * @throws IOException when the file cannot be read
   */
  public ManifestImport readManifest(Path manifest) throws IOException {
    return PackageImporter.readManifest(manifest, limits);
  }

  /**
   * Reads a manifest from a stream (not closed here); {@code adlcp:location} files are not read.
   *
   * @throws PackageException when the XML is unsafe or malformed, or not a usable manifest
   * @throws IOException when the stream fails
   */
  public ManifestImport readManifest(InputStream manifest) throws IOException {
    return PackageImporter.readManifest(manifest, limits);
  }

  /**
   * Reads a manifest from bytes; {@code adlcp:location} files are not read.
   *
   * @throws PackageException when the XML is unsafe or malformed, or not a usable manifest
   */
  public ManifestImport readManifest(byte[] manifest) {
    return PackageImporter.readManifest(manifest, limits);
  }
}
