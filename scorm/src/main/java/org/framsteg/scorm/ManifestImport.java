package org.framsteg.scorm;

import java.util.Objects;
import org.framsteg.scorm.manifest.Manifest;

/**
 * A manifest read on its own (not from a package), with what was noticed reading it.
 *
 * <pre>{@code
 * ManifestImport read = PackageReader.defaults().readManifest(Path.of("imsmanifest.xml"));
 * read.report().warnings().forEach(System.out::println);
 * }</pre>
 *
 * @param manifest the read model
 * @param report warnings and notes
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.3 Components of a
 *     Manifest</a>
 */
public record ManifestImport(Manifest manifest, ImportReport report) {
  public ManifestImport {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(report, "report");
  }
}
