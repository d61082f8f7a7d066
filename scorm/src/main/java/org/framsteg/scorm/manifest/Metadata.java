package org.framsteg.scorm.manifest;

import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * A {@code <metadata>} element: schema name and version, inline LOM and the LOM of the file an
 * {@code adlcp:location} points to (read from the package when present).
 *
 * <pre>{@code
 * Optional<String> title = manifest.metadata().flatMap(Metadata::anyLom).flatMap(Lom::title);
 * String version = manifest.metadata().flatMap(Metadata::schemaVersion).orElse("?");
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4.1 &lt;metadata&gt;,
 *     §4 Metadata</a>
 */
@Value.Immutable
@FramstegStyle
public abstract class Metadata {
  public static Builder builder() {
    return new Builder();
  }

  /** Builds metadata. */
  public static final class Builder extends ImmutableMetadata.Builder {}

  /** {@code <schema>}, normally "ADL SCORM". */
  public abstract Optional<String> schema();

  /** {@code <schemaversion>}: "1.2", "CAM 1.3", "2004 3rd Edition", "2004 4th Edition". */
  public abstract Optional<String> schemaVersion();

  /** {@code adlcp:location}: a package file holding LOM, resolved against {@code xml:base}. */
  public abstract Optional<String> location();

  /** LOM written inside the manifest. */
  public abstract Optional<Lom> lom();

  /** LOM read from the {@link #location()} file. */
  public abstract Optional<Lom> locationLom();

  /** The inline LOM, else the one read from the location file. */
  public Optional<Lom> anyLom() {
    return lom().isPresent() ? lom() : locationLom();
  }
}
