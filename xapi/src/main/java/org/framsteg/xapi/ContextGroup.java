package org.framsteg.xapi;

import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * A Group related to a statement other than its actor, with the types of that relation (xAPI 2.0).
 *
 * <pre>{@code
 * ContextGroup home = ContextGroup.builder().group(Group.builder().ifi(Ifi.mbox("mailto:team-1@example.com")).build())
 *     .relevantTypes(List.of("https://example.com/activity-types/home-team")).build();
 * }</pre>
 *
 * <p>Written as {@code {"objectType": "contextGroup", "group": ..., "relevantTypes": [...]}} in
 * {@code context.contextGroups}, which exists in xAPI 2.0 (IEEE 9274.1.1) only. {@code
 * relevantTypes}, when given, holds one or more IRIs; {@link StatementValidator} checks that. See
 * <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#246-context">xAPI-Data 2.4.6
 * Context</a> for the 1.0.3 context this extends.
 */
@Value.Immutable
@FramstegStyle
public abstract class ContextGroup {

  /** The related Group. */
  public abstract Group group();

  /** IRIs of Activity types that describe the relation. */
  public abstract Optional<List<String>> relevantTypes();

  /** Keeps the type list immutable whatever list the builder was given. */
  @Value.Check
  protected ContextGroup normalize() {
    List<String> given = relevantTypes().orElse(null);
    if (given != null) {
      List<String> copy = List.copyOf(given);
      if (copy != given) {
        return builder().from(this).relevantTypes(copy).build();
      }
    }
    return this;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContextGroup}; {@code group} is required. */
  public static final class Builder extends ImmutableContextGroup.Builder {}
}
