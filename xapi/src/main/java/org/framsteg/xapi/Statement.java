package org.framsteg.xapi;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * An xAPI statement: evidence that an actor did something (verb) with something (object).
 *
 * <pre>{@code
 * Statement s = Statement.builder().id(UUID.randomUUID()).actor(Agent.of(Ifi.mbox("mailto:anna@example.com")))
 *     .verb(Verb.of("http://adlnet.gov/expapi/verbs/completed")).object(Activity.of("https://example.com/course")).build();
 * }</pre>
 *
 * <p>Built statements are checked with {@link StatementValidator} (the writer does this too);
 * statements read by a {@link StatementReader} have passed it. {@link #xapiVersion()} is the version
 * the statement was read as, or the one it is meant for when built (xAPI 2.0 unless set). The
 * {@code version} property is separate: it is the statement's own, optional, {@code "version"}
 * field. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#24-statement-properties">xAPI-Data
 * 2.4 Statement Properties</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract class Statement {

  /** The statement's id. */
  public abstract Optional<UUID> id();

  /** Whom the statement is about. */
  public abstract Actor actor();

  /** The action. */
  public abstract Verb verb();

  /** What was acted on. */
  public abstract StatementObject object();

  /** The outcome. */
  public abstract Optional<Result> result();

  /** The context. */
  public abstract Optional<Context> context();

  /** When the experience happened. */
  public abstract Optional<XapiTimestamp> timestamp();

  /** When an LRS stored the statement. */
  public abstract Optional<XapiTimestamp> stored();

  /** Who asserts the statement is true: an Agent, or a Group of two Agents (3-legged OAuth). */
  public abstract Optional<Actor> authority();

  /** The statement's {@code version} property, e.g. {@code 1.0.0}; usually set by an LRS. */
  public abstract Optional<String> version();

  /** Attachment headers. */
  public abstract List<Attachment> attachments();

  /** The xAPI version the statement was read as, or is meant for; xAPI 2.0 unless set. */
  @Value.Default
  public XapiVersion xapiVersion() {
    return XapiVersion.V2_0;
  }

  // The version this very instance is known to be valid in: a cache of a pure function of its
  // immutable value (like String's hash), so that a statement just read is not judged again when
  // written. Not an attribute: Immutables leaves it out of equals, hashCode and builders.
  @SuppressWarnings("immutables:incompat")
  private volatile XapiVersion validIn;

  /** Whether this instance is known to be valid in {@code version}. */
  final boolean isKnownValidIn(XapiVersion version) {
    return validIn == version;
  }

  /** Records that this instance is valid in {@code version}. */
  final void knownValidIn(XapiVersion version) {
    validIn = version;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}; {@code actor}, {@code verb} and {@code object} are required. */
  public static final class Builder extends ImmutableStatement.Builder {}
}
