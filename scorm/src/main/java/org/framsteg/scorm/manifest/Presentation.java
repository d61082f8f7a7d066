package org.framsteg.scorm.manifest;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code adlnav:presentation}: the LMS navigation controls the content asks to hide because it
 * provides its own ({@code adlnav:navigationInterface/adlnav:hideLMSUI}).
 *
 * <pre>{@code
 * boolean ownPrevious = item.presentation()
 *     .map(p -> p.hideLmsUi().contains(Presentation.Control.PREVIOUS)).orElse(false);
 * }</pre>
 *
 * @param hideLmsUi the controls to hide
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §5.2
 *     Presentation/Navigation Information</a>
 */
public record Presentation(Set<Control> hideLmsUi) {
  public Presentation {
    hideLmsUi = hideLmsUi.isEmpty()
        ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(hideLmsUi));
  }

  /** A navigation control of the LMS user interface. */
  public enum Control {
    PREVIOUS("previous"),
    CONTINUE("continue"),
    EXIT("exit"),
    EXIT_ALL("exitAll"),
    ABANDON("abandon"),
    ABANDON_ALL("abandonAll"),
    SUSPEND_ALL("suspendAll");

    private final String token;

    Control(String token) {
      this.token = token;
    }

    /** The value as the schema spells it. */
    public String token() {
      return token;
    }

    /** The control a token names, ignoring case. */
    public static Optional<Control> fromToken(String token) {
      String lower = token.strip().toLowerCase(Locale.ROOT);
      for (Control c : values()) {
        if (c.token.toLowerCase(Locale.ROOT).equals(lower)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }
}
