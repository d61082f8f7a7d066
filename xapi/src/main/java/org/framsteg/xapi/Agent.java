package org.framsteg.xapi;

import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * One person or system, identified by exactly one {@link Ifi}.
 *
 * <pre>{@code
 * Agent anna = Agent.builder().name("Anna").ifi(Ifi.mbox("mailto:anna@example.com")).build();
 * Agent bot = Agent.of(Ifi.account("https://lms.example.com", "grader-7"));
 * }</pre>
 *
 * <p>An Agent has exactly one identifier, so one that has none or several cannot be built; the
 * reader reports such input as a violation of <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2421-when-the-actor-objecttype-is-agent">xAPI-Data
 * 2.4.2.1</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract non-sealed class Agent implements Actor, StatementObject {

  /** The full name. */
  @Override
  public abstract Optional<String> name();

  /** The one identifier: {@code mbox}, {@code mbox_sha1sum}, {@code openid} or {@code account}. */
  public abstract Ifi ifi();

  /** {@code Agent}. */
  @Override
  public final String objectType() {
    return "Agent";
  }

  /** An Agent with only an identifier. */
  public static Agent of(Ifi ifi) {
    return builder().ifi(ifi).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agent}; {@code ifi} is required. */
  public static final class Builder extends ImmutableAgent.Builder {}
}
