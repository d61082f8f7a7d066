package org.framsteg.scorm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.framsteg.scorm.manifest.Manifest;

/**
 * A package that was read safely: its manifest, what was noticed, and the files it holds.
 *
 * <pre>{@code
 * ScormPackage pkg = PackageReader.defaults().read(Path.of("course.zip"));
 * String title = pkg.manifest().defaultOrganization().flatMap(Organization::title).orElse("?");
 * }</pre>
 *
 * @param manifest the read model of {@code imsmanifest.xml}
 * @param report warnings and notes about the manifest and the archive
 * @param files the file entries, in archive order (folders left out)
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.2 Content Package
 *     Components</a>
 */
public record ScormPackage(Manifest manifest, ImportReport report, List<PackageEntry> files) {
  public ScormPackage {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(report, "report");
    files = List.copyOf(files);
  }

  /** The file with this normalised name. */
  public Optional<PackageEntry> file(String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
