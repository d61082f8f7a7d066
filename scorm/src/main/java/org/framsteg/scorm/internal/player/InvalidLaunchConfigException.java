package org.framsteg.scorm.internal.player;

/**
 * A launch page configuration that breaks a rule of the player contract.
 *
 * <pre>{@code
 * try { LaunchConfig.builder()...build(); }
 * catch (InvalidLaunchConfigException e) { log(e.field() + ": " + e.rule()); }
 * }</pre>
 *
 * <p>The message names the field ({@code captions[1].language}) and the rule it breaks, so the
 * exporter's author can fix the course data the configuration came from.
 */
public final class InvalidLaunchConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  InvalidLaunchConfigException(String field, String rule) {
    super(field + ": " + rule);
    this.field = field;
    this.rule = rule;
  }

  /** The path of the offending field, e.g. {@code captions[1].src}. */
  public String field() {
    return field;
  }

  /** The rule the field breaks, in words. */
  public String rule() {
    return rule;
  }
}
