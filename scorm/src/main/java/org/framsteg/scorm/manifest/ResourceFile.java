package org.framsteg.scorm.manifest;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <file>} of a resource.
 *
 * <pre>{@code
 * List<String> paths = resource.files().stream().map(ResourceFile::href).toList();
 * boolean described = resource.files().get(0).metadata().isPresent();
 * }</pre>
 *
 * @param href the path in the package, with {@code xml:base} applied
 * @param metadata {@code file/metadata}
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4.1 &lt;file&gt;</a>
 */
public record ResourceFile(String href, Optional<Metadata> metadata) {
  public ResourceFile {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(metadata, "metadata");
  }
}
