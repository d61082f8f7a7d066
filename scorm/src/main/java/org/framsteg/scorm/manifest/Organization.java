package org.framsteg.scorm.manifest;

import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * An {@code <organization>}: one structure of the course, a tree of {@link Item items}.
 *
 * <pre>{@code
 * Organization org = manifest.defaultOrganization().orElseThrow();
 * int topLevel = org.items().size();
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4.1
 *     &lt;organization&gt;</a>
 */
@Value.Immutable
@FramstegStyle
public abstract class Organization {
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an organization. */
  public static final class Builder extends ImmutableOrganization.Builder {}

  /** {@code @identifier}; empty only when the file omits it (reported as a warning). */
  public abstract String identifier();

  /** {@code <title>}. */
  public abstract Optional<String> title();

  /** {@code @structure}; IMS CP defaults it to "hierarchical". */
  @Value.Default
  public String structure() {
    return "hierarchical";
  }

  public abstract List<Item> items();

  public abstract Optional<Metadata> metadata();

  /** {@code imsss:sequencing} of the root activity (SCORM 2004). */
  public abstract Optional<Sequencing> sequencing();

  /** {@code @adlseq:objectivesGlobalToSystem}, default true (CAM §5.1.3). */
  @Value.Default
  public boolean objectivesGlobalToSystem() {
    return true;
  }

  /** {@code @adlcp:sharedDataGlobalToSystem}, default true (4th edition). */
  @Value.Default
  public boolean sharedDataGlobalToSystem() {
    return true;
  }
}
