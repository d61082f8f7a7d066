package org.framsteg.scorm;

import java.util.Objects;

/**
 * A file in a package, by its safe relative name and the bytes it actually inflated to.
 *
 * <pre>{@code
 * long bytes = pkg.files().stream().mapToLong(PackageEntry::size).sum();
 * boolean hasIndex = pkg.file("index.html").isPresent();
 * }</pre>
 *
 * @param name the entry name, normalised: {@code /} separators, no {@code .} or {@code ..}
 * @param size inflated size in bytes
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.2 Content Package
 *     Components</a>
 */
public record PackageEntry(String name, long size) {
  public PackageEntry {
    Objects.requireNonNull(name, "name");
    if (size < 0) {
      throw new IllegalArgumentException("PackageEntry.size must not be negative, was " + size);
    }
  }
}
