package org.framsteg.xapi;

import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * A collection of Agents: identified by an {@link Ifi}, or anonymous and described by its members.
 *
 * <pre>{@code
 * Group team = Group.builder().name("Team PB").ifi(Ifi.mbox("mailto:teampb@example.com")).build();
 * Group adHoc = Group.builder().addMembers(Agent.of(Ifi.mbox("mailto:a@example.com"))).build();
 * }</pre>
 *
 * <p>Members are Agents, never Groups, so nesting cannot be built. That an anonymous Group lists
 * its members is checked by {@link StatementValidator}. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2422-when-the-actor-objecttype-is-group">xAPI-Data
 * 2.4.2.2</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract non-sealed class Group implements Actor, StatementObject {

  /** The name of the Group. */
  @Override
  public abstract Optional<String> name();

  /** The identifier of an Identified Group; absent for an Anonymous Group. */
  public abstract Optional<Ifi> ifi();

  /** The members, written as {@code member}; an unordered list in xAPI, kept in the given order. */
  public abstract List<Agent> members();

  /** Whether this is an Anonymous Group (no identifier). */
  public final boolean isAnonymous() {
    return ifi().isEmpty();
  }

  /** {@code Group}. */
  @Override
  public final String objectType() {
    return "Group";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Group}. */
  public static final class Builder extends ImmutableGroup.Builder {}
}
