package org.framsteg.scorm.internal.export;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.framsteg.scorm.ScormVersion;

/**
 * The settings of one export, as {@code ScormExport} collects them.
 *
 * <pre>{@code
 * Packed intro = new Packed("media/intro.mp4", new MediaSource.FromFile(Path.of("intro.mp4")));
 * ExportOptions o = new ExportOptions(version, Map.of("media/intro.mp4", intro), base, false, 1);
 * }</pre>
 *
 * @param version SCORM 1.2 or 2004 4th edition
 * @param media files to pack by package path name, each with the key the caller gave
 * @param mediaBaseUrl where relative media that is not packed is found
 * @param modulesInOrder whether a module opens only when the one before it is completed
 * @param defaultThreshold the played fraction that completes a medium no rule asks about
 */
public record ExportOptions(
    ScormVersion version,
    Map<String, Packed> media,
    Optional<URI> mediaBaseUrl,
    boolean modulesInOrder,
    double defaultThreshold) {
  public ExportOptions {
    Objects.requireNonNull(version, "version");
    media = Map.copyOf(media);
    Objects.requireNonNull(mediaBaseUrl, "mediaBaseUrl");
  }

  /**
   * A file to pack.
   *
   * @param key the reference as the caller gave it ({@code media/intro.mp4})
   * @param source its content
   */
  public record Packed(String key, MediaSource source) {
    public Packed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(source, "source");
    }
  }
}
