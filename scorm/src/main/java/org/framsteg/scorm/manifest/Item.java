package org.framsteg.scorm.manifest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * An {@code <item>}: an activity in an organization's tree. A leaf launches a resource; an item
 * with children is a cluster. Holds the SCORM 1.2 launch data ({@code adlcp:prerequisites},
 * {@code maxtimeallowed}, {@code masteryscore}, ...) and the SCORM 2004 extensions
 * ({@code adlcp:completionThreshold}, {@code adlcp:data}, {@code adlnav:presentation},
 * {@code imsss:sequencing}); a field not used by the manifest's version is simply absent.
 *
 * <pre>{@code
 * Item first = organization.items().get(0);
 * Optional<Resource> launched = manifest.resourceOf(first);
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4.1 &lt;item&gt;,
 *     (adlcp and adlnav extensions)</a>
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 1.2 CAM, ADL extensions (adlcp:prerequisites,
 *     maxtimeallowed, timelimitaction, datafromlms, masteryscore)</a>
 */
@Value.Immutable
@FramstegStyle
public abstract class Item {
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an item. */
  public static final class Builder extends ImmutableItem.Builder {}

  /** {@code @identifier}; empty only when the file omits it (reported as a warning). */
  public abstract String identifier();

  /** {@code @identifierref}: the resource this item launches. */
  public abstract Optional<String> identifierRef();

  /** {@code <title>}. */
  public abstract Optional<String> title();

  /** {@code @isvisible}, default true. */
  @Value.Default
  public boolean visible() {
    return true;
  }

  /** {@code @parameters}: appended to the launch URL (CAM §3.4.1 gives the joining rules). */
  public abstract Optional<String> parameters();

  /** Nested items. */
  public abstract List<Item> children();

  public abstract Optional<Metadata> metadata();

  /** SCORM 1.2 {@code adlcp:prerequisites} (AICC script). */
  public abstract Optional<String> prerequisites();

  /** SCORM 1.2 {@code adlcp:maxtimeallowed}. */
  public abstract Optional<Duration> maxTimeAllowed();

  /** {@code adlcp:timelimitaction} (1.2) or {@code adlcp:timeLimitAction} (2004). */
  public abstract Optional<TimeLimitAction> timeLimitAction();

  /** {@code adlcp:datafromlms} (1.2) or {@code adlcp:dataFromLMS} (2004): launch data. */
  public abstract Optional<String> dataFromLms();

  /** SCORM 1.2 {@code adlcp:masteryscore}, 0 to 100. */
  public abstract Optional<Double> masteryScore();

  /** SCORM 2004 {@code adlcp:completionThreshold}. */
  public abstract Optional<CompletionThreshold> completionThreshold();

  /** SCORM 2004 4th ed. {@code adlcp:data/adlcp:map}: shared data buckets. */
  public abstract List<SharedDataMap> sharedData();

  /** SCORM 2004 {@code adlnav:presentation}. */
  public abstract Optional<Presentation> presentation();

  /** SCORM 2004 {@code imsss:sequencing}, as written (an {@code IDRef} is not merged in). */
  public abstract Optional<Sequencing> sequencing();

  /** Whether the item has no children (and so should launch a resource). */
  public boolean isLeaf() {
    return children().isEmpty();
  }
}
