package org.framsteg.scorm.manifest;

import java.util.Locale;
import java.util.Optional;

/**
 * What a resource is to the LMS: a SCO talks to the run-time API, an asset does not
 * ({@code adlcp:scormtype} in 1.2, {@code adlcp:scormType} in 2004).
 *
 * <pre>{@code
 * boolean tracked = resource.scormType().orElse(ScormType.ASSET) == ScormType.SCO;
 * Optional<ScormType> t = ScormType.fromToken("sco");
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4.1 &lt;resource&gt;</a>
 */
public enum ScormType {
  SCO,
  ASSET;

  /** The type a token names, ignoring case. */
  public static Optional<ScormType> fromToken(String token) {
    return switch (token.strip().toLowerCase(Locale.ROOT)) {
      case "sco" -> Optional.of(SCO);
      case "asset" -> Optional.of(ASSET);
      default -> Optional.empty();
    };
  }
}
