package org.framsteg.xapi;

import java.util.Optional;

/**
 * Who a statement is about (or who instructs, or who vouches for it): an {@link Agent} or a {@link
 * Group}.
 *
 * <pre>{@code
 * Actor actor = statement.actor();
 * String who = actor.name().orElse("someone");
 * }</pre>
 *
 * <p>See <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#242-actor">xAPI-Data
 * 2.4.2 Actor</a>.
 */
public sealed interface Actor permits Agent, Group {

  /** The full name of the Agent or the name of the Group. */
  Optional<String> name();
}
