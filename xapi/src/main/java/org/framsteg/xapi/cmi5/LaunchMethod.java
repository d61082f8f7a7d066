package org.framsteg.xapi.cmi5;

import java.util.Optional;

/**
 * Whether an AU needs a window of its own: the cmi5 {@code launchMethod} values.
 *
 * <pre>{@code
 * Cmi5Export export = Cmi5Export.builder().launchBase(base).launchMethod(LaunchMethod.OWN_WINDOW).build();
 * String token = LaunchMethod.OWN_WINDOW.token();   // "OwnWindow"
 * }</pre>
 *
 * @see <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#launch_method">cmi5
 *     §8.1 Launch Method</a> and §13.1.4 AU Metadata, launchMethod
 */
public enum LaunchMethod {
  /** The LMS chooses: frameset, new window or redirect; the default of the schema. */
  ANY_WINDOW("AnyWindow"),
  /** A new browser window, or a redirect of the current one. */
  OWN_WINDOW("OwnWindow");

  private final String token;

  LaunchMethod(String token) {
    this.token = token;
  }

  /** The value as written in the course structure. */
  public String token() {
    return token;
  }

  /** The value for a token of the course structure; empty when it is neither. */
  public static Optional<LaunchMethod> fromToken(String token) {
    for (LaunchMethod m : values()) {
      if (m.token.equals(token)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
