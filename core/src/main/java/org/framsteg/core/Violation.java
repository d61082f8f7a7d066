package org.framsteg.core;

import java.util.Objects;

/**
 * One broken rule in some input: where ({@code path}), what rule, in words for the person who has to
 * fix the input.
 *
 * <pre>{@code
 * Violation v = new Violation("modules[2].activities[0].media.duration", "must be positive");
 * v.toString();   // "modules[2].activities[0].media.duration: must be positive"
 * }</pre>
 *
 * @param path where in the input, in the notation of the input's format ({@code $.actor.mbox},
 *     {@code modules[2].activities[0]}, an XML path or a zip entry name); empty for the whole input
 * @param message the rule broken
 */
public record Violation(String path, String message) {
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** The same violation below a parent path. */
  public Violation under(String parent) {
    if (parent.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Violation(parent, message);
    }
    return new Violation(path.startsWith("[") ? parent + path : parent + "." + path, message);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
