package org.framsteg.scorm.manifest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.ScormVersion;
import org.immutables.value.Value;

/**
 * A whole {@code imsmanifest.xml}: identity, version, metadata, organizations, resources and
 * (SCORM 2004) the shared sequencing collection.
 *
 * <pre>{@code
 * Manifest m = PackageReader.defaults().readManifest(Path.of("imsmanifest.xml")).manifest();
 * Optional<Organization> org = m.defaultOrganization();
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4.1 &lt;manifest&gt;</a>
 * @see <a href="http://www.imsglobal.org/content/packaging/cpv1p1p4/imscp_infov1p1p4.html">IMS CP
 *     1.1.4 Information Model</a>
 */
@Value.Immutable
@FramstegStyle
public abstract class Manifest {
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a manifest. */
  public static final class Builder extends ImmutableManifest.Builder {}

  /** {@code manifest/@identifier}; empty only when the file omits it (reported as a warning). */
  public abstract String identifier();

  /** {@code manifest/@version}. */
  public abstract Optional<String> version();

  /** The SCORM version detected from namespaces and {@code metadata/schemaversion}. */
  public abstract ScormVersion scormVersion();

  /** {@code manifest/metadata}. */
  public abstract Optional<Metadata> metadata();

  /** {@code organizations/@default}, as written. */
  public abstract Optional<String> defaultOrganizationId();

  public abstract List<Organization> organizations();

  public abstract List<Resource> resources();

  /** {@code imsss:sequencingCollection}: sequencing that activities refer to by {@code IDRef}. */
  public abstract List<Sequencing> sequencingCollection();

  /**
   * The organization named by {@code organizations/@default}, or the first when the attribute is
   * absent or names none (CAM §3.4.1, &lt;organizations&gt;).
   */
  public Optional<Organization> defaultOrganization() {
    Optional<Organization> named = defaultOrganizationId().flatMap(id ->
        organizations().stream().filter(o -> o.identifier().equals(id)).findFirst());
    return named.isPresent() ? named : organizations().stream().findFirst();
  }

  /** The resource with this identifier. */
  public Optional<Resource> resource(String identifier) {
    return resources().stream().filter(r -> r.identifier().equals(identifier)).findFirst();
  }

  /** The resource an item launches ({@code item/@identifierref}). */
  public Optional<Resource> resourceOf(Item item) {
    return item.identifierRef().flatMap(this::resource);
  }

  /** The collection entry with this {@code ID}. */
  public Optional<Sequencing> sequencing(String id) {
    return sequencingCollection().stream()
        .filter(s -> s.id().filter(id::equals).isPresent()).findFirst();
  }

  /** Every item of every organization, parents before children, in document order. */
  public List<Item> allItems() {
    List<Item> all = new ArrayList<>();
    for (Organization o : organizations()) {
      Deque<Item> stack = new ArrayDeque<>();
      for (int i = o.items().size() - 1; i >= 0; i--) {
        stack.push(o.items().get(i));
      }
      while (!stack.isEmpty()) {
        Item item = stack.pop();
        all.add(item);
        for (int i = item.children().size() - 1; i >= 0; i--) {
          stack.push(item.children().get(i));
        }
      }
    }
    return all;
  }
}
