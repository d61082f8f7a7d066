package org.framsteg.scorm.internal.export;

import java.net.URI;

/**
 * The public face of {@link PackagePath} for the front door's option checks.
 *
 * <pre>{@code
 * String name = PackagePaths.name(URI.create("./media//intro.mp4"));   // "media/intro.mp4"
 * PackagePaths.name(URI.create("../x.mp4"));   // IllegalArgumentException: climbs out ...
 * }</pre>
 */
public final class PackagePaths {
  private PackagePaths() {}

  /**
   * The package file a relative reference names.
   *
   * @throws IllegalArgumentException naming the rule the reference breaks
   */
  public static String name(URI reference) {
    PackagePath.Result r = PackagePath.of(reference);
    return r.path().map(PackagePath::name).orElseThrow(() -> new IllegalArgumentException(r.error()));
  }
}
