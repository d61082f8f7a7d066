package org.framsteg.scorm;

import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * How much a package may demand of the reader before it is refused. Every limit is checked on
 * the bytes actually inflated and parsed, never on the sizes a zip header claims.
 *
 * <pre>{@code
 * PackageLimits limits = PackageLimits.builder().maxTotalBytes(200L << 20).build();
 * ScormPackage pkg = PackageReader.withLimits(limits).read(Path.of("course.zip"));
 * }</pre>
 *
 * <p>The defaults fit large real-world courses with video (up to 2 GiB inflated, 1 GiB per file,
 * 10 000 files) while stopping zip bombs early: an entry that inflates past 1 MiB may not expand
 * more than 100 times its compressed size. A manifest of 16 MiB, nesting 100 elements deep, 100
 * attributes per element and 64 Ki characters per text are far beyond any manifest seen in the
 * wild (the ADL test suite's deepest nests 12).
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.2 Content Package
 *     Components (Package Interchange File)</a>
 */
@Value.Immutable
@FramstegStyle
public abstract class PackageLimits {
  /** Entries inflating to at most this many bytes are never refused for their ratio. */
  public static final long RATIO_GRACE_BYTES = 1L << 20;

  private static final PackageLimits DEFAULTS = builder().build();

  /** The documented defaults. */
  public static PackageLimits defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds limits; every value not set keeps its default. */
  public static final class Builder extends ImmutablePackageLimits.Builder {}

  /** Most entries (files and folders) in the archive; default 10 000. */
  @Value.Default
  public int maxEntries() {
    return 10_000;
  }

  /** Most bytes all entries together may inflate to; default 2 GiB. */
  @Value.Default
  public long maxTotalBytes() {
    return 2L << 30;
  }

  /** Most bytes one entry may inflate to; default 1 GiB. */
  @Value.Default
  public long maxEntryBytes() {
    return 1L << 30;
  }

  /**
   * Most an entry may expand, inflated bytes over compressed bytes, once it has inflated past
   * {@link #RATIO_GRACE_BYTES}; default 100.
   */
  @Value.Default
  public int maxCompressionRatio() {
    return 100;
  }

  /** Most bytes of {@code imsmanifest.xml} and of each metadata file read; default 16 MiB. */
  @Value.Default
  public int maxManifestBytes() {
    return 16 << 20;
  }

  /** Deepest element nesting in any XML read; default 100. */
  @Value.Default
  public int maxElementDepth() {
    return 100;
  }

  /** Most attributes (namespace declarations included) on one XML element; default 100. */
  @Value.Default
  public int maxAttributes() {
    return 100;
  }

  /** Longest text content or attribute value, in characters; default 65 536. */
  @Value.Default
  public int maxTextLength() {
    return 65_536;
  }

  @Value.Check
  void check() {
    positive("maxEntries", maxEntries());
    positive("maxTotalBytes", maxTotalBytes());
    positive("maxEntryBytes", maxEntryBytes());
    positive("maxCompressionRatio", maxCompressionRatio());
    positive("maxManifestBytes", maxManifestBytes());
    positive("maxElementDepth", maxElementDepth());
    positive("maxAttributes", maxAttributes());
    positive("maxTextLength", maxTextLength());
  }

  private static void positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("PackageLimits." + field + " must be positive, was " + value);
    }
  }
}
