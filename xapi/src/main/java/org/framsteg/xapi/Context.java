package org.framsteg.xapi;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * What gives a statement meaning beyond actor, verb and object: registration, instructor, team,
 * related Activities, Agents and Groups, revision, platform, language, a related statement,
 * extensions.
 *
 * <pre>{@code
 * Context c = Context.builder().registration(UUID.randomUUID())
 *     .contextActivities(ContextActivities.builder().addParent(Activity.of("https://example.com/course")).build()).build();
 * }</pre>
 *
 * <p>{@code revision} and {@code platform} may only be given when the statement's object is an
 * Activity, and {@code contextAgents} and {@code contextGroups} exist in xAPI 2.0 only; {@link
 * StatementValidator} checks both. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#246-context">xAPI-Data 2.4.6
 * Context</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract class Context {

  /** The registration (attempt, session, enrolment) the statement belongs to. */
  public abstract Optional<UUID> registration();

  /** The instructor, an Agent or Group. */
  public abstract Optional<Actor> instructor();

  /** The team the statement relates to. */
  public abstract Optional<Group> team();

  /** Related Activities. */
  @Value.Default
  public ContextActivities contextActivities() {
    return ContextActivities.empty();
  }

  /** Related Agents and the types of their relation (xAPI 2.0). */
  public abstract List<ContextAgent> contextAgents();

  /** Related Groups and the types of their relation (xAPI 2.0). */
  public abstract List<ContextGroup> contextGroups();

  /** The revision of the Activity; free text. */
  public abstract Optional<String> revision();

  /** The platform the experience happened on; free text. */
  public abstract Optional<String> platform();

  /** The RFC 5646 tag of the language the experience mainly happened in. */
  public abstract Optional<String> language();

  /** Another statement that is context for this one. */
  public abstract Optional<StatementRef> statement();

  /** Extensions of the context. */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Context}; every property is optional. */
  public static final class Builder extends ImmutableContext.Builder {}
}
