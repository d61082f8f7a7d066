package org.framsteg.scorm;

/**
 * The rules a package or manifest can break so badly that it cannot be read.
 *
 * <pre>{@code
 * PackageRule rule = packageException.rule();
 * boolean attack = rule == PackageRule.UNSAFE_ENTRY_NAME || rule == PackageRule.DOCTYPE_FORBIDDEN;
 * }</pre>
 *
 * <p>Zip rules protect the reader and the file system (the zip format is PKWARE APPNOTE 6.3.x;
 * SCORM 2004 4th ed. CAM §3.2 (Package Interchange File) requires a zip with {@code
 * imsmanifest.xml} at its root). XML rules protect the parser: a manifest never needs a DTD.
 * Manifest rules say when a file is not a usable IMS CP 1.1.x manifest at all; lesser mistakes
 * are warnings in the {@link ImportReport}.
 */
public enum PackageRule {
  /** The input does not start like a zip archive. */
  NOT_A_ZIP("the input is not a zip archive"),
  /** The archive is truncated or its data does not match its headers (sizes, CRC-32). */
  CORRUPT_ZIP("the zip archive is corrupt"),
  /** A compression method or layout the reader does not support (only stored and deflated). */
  UNSUPPORTED_ZIP_FEATURE("the zip archive uses an unsupported feature"),
  /** An entry is encrypted; a package must be readable without a password. */
  ENCRYPTED_ENTRY("encrypted entries are not allowed"),
  /** An entry name is absolute, has a drive letter, a {@code ..} segment or control characters. */
  UNSAFE_ENTRY_NAME("entry names must be relative paths that stay inside the package"),
  /** Two entries have the same name, or one name is used as both a file and a folder. */
  DUPLICATE_ENTRY("entry names must be unique"),
  /** More entries than {@link PackageLimits#maxEntries()}. */
  TOO_MANY_ENTRIES("the package has too many entries"),
  /** An entry inflates to more than {@link PackageLimits#maxEntryBytes()}. */
  ENTRY_TOO_LARGE("an entry is too large"),
  /** All entries together inflate to more than {@link PackageLimits#maxTotalBytes()}. */
  PACKAGE_TOO_LARGE("the package is too large"),
  /** An entry inflates to more than {@link PackageLimits#maxCompressionRatio()} times its size. */
  COMPRESSION_RATIO_EXCEEDED("an entry expands too much (zip bomb)"),
  /** No {@code imsmanifest.xml} at the root of the package (CAM §3.2). */
  MANIFEST_MISSING("imsmanifest.xml must be at the root of the package"),
  /** The manifest is larger than {@link PackageLimits#maxManifestBytes()}. */
  MANIFEST_TOO_LARGE("the manifest is too large"),
  /** An extracted file would land outside the target folder, or the target is not empty. */
  EXTRACTION_UNSAFE("extraction must stay inside an empty target folder"),
  /** The XML is not well-formed. */
  XML_MALFORMED("the XML is not well-formed"),
  /** The XML has a document type declaration; DTDs and entities are never read. */
  DOCTYPE_FORBIDDEN("DOCTYPE declarations are not allowed"),
  /** The XML refers to an external entity, DTD or schema; nothing outside the package is read. */
  EXTERNAL_REFERENCE_FORBIDDEN("external references are not allowed"),
  /** Elements nested deeper than {@link PackageLimits#maxElementDepth()}. */
  XML_TOO_DEEP("the XML is nested too deeply"),
  /** An element with more than {@link PackageLimits#maxAttributes()} attributes. */
  TOO_MANY_ATTRIBUTES("an element has too many attributes"),
  /** A text or attribute value longer than {@link PackageLimits#maxTextLength()}. */
  TEXT_TOO_LONG("a text or attribute value is too long"),
  /** The root element is not an IMS CP {@code <manifest>} (IMS CP 1.1.4). */
  NOT_A_MANIFEST("the root element must be <manifest>"),
  /** The manifest has neither an organization nor a resource, so nothing can be launched. */
  MANIFEST_UNUSABLE("the manifest has no organization and no resource");

  private final String description;

  PackageRule(String description) {
    this.description = description;
  }

  /** One sentence saying what the rule demands, for people who fix packages. */
  public String description() {
    return description;
  }
}
