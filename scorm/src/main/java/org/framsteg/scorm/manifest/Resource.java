package org.framsteg.scorm.manifest;

import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * A {@code <resource>}: something to launch (SCO or asset) or shared files, with the files it
 * needs and the resources it depends on. {@link #href()} and the files' hrefs are resolved
 * against {@code xml:base} of the manifest, the {@code <resources>} element and the resource
 * (CAM §3.4.1, IMS CP 1.1.4, xml:base).
 *
 * <pre>{@code
 * Resource r = manifest.resource("r1").orElseThrow();
 * String launch = r.href().orElseThrow();   // e.g. "resources/index.html"
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4.1 &lt;resource&gt;</a>
 */
@Value.Immutable
@FramstegStyle
public abstract class Resource {
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a resource. */
  public static final class Builder extends ImmutableResource.Builder {}

  public abstract String identifier();

  /** {@code @type}, "webcontent" for SCORM. */
  public abstract String type();

  /** {@code @href} with {@code xml:base} applied; query and fragment kept as written. */
  public abstract Optional<String> href();

  /** The {@code xml:base} in effect for this resource (manifest, resources, resource joined). */
  public abstract Optional<String> base();

  /** {@code @adlcp:scormType} / {@code @adlcp:scormtype}. */
  public abstract Optional<ScormType> scormType();

  public abstract List<ResourceFile> files();

  /** {@code dependency/@identifierref}, in document order. */
  public abstract List<String> dependencies();

  public abstract Optional<Metadata> metadata();
}
