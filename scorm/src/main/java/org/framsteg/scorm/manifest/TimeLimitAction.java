package org.framsteg.scorm.manifest;

import java.util.Locale;
import java.util.Optional;

/**
 * What the content should do when {@code maxtimeallowed} (1.2) or the attempt duration limit
 * (2004) is exceeded; the values of {@code adlcp:timelimitaction} / {@code adlcp:timeLimitAction}.
 *
 * <pre>{@code
 * TimeLimitAction a = TimeLimitAction.fromToken("exit,message").orElseThrow();
 * boolean exits = a.exits();
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4.1
 *     &lt;adlcp:timeLimitAction&gt;</a>
 */
public enum TimeLimitAction {
  EXIT_MESSAGE("exit,message"),
  EXIT_NO_MESSAGE("exit,no message"),
  CONTINUE_MESSAGE("continue,message"),
  CONTINUE_NO_MESSAGE("continue,no message");

  private final String token;

  TimeLimitAction(String token) {
    this.token = token;
  }

  /** The value as the schema spells it. */
  public String token() {
    return token;
  }

  /** Whether the learner is taken out of the content. */
  public boolean exits() {
    return this == EXIT_MESSAGE || this == EXIT_NO_MESSAGE;
  }

  /** The action a token names, ignoring case and spaces around the comma. */
  public static Optional<TimeLimitAction> fromToken(String token) {
    String normal = token.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*,\\s*", ",")
        .replaceAll("\\s+", " ");
    for (TimeLimitAction a : values()) {
      if (a.token.equals(normal)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
