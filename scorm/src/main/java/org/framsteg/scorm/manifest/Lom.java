package org.framsteg.scorm.manifest;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The few LOM elements Framsteg reads: title, description, language and duration. Both the IEEE
 * LOM binding (SCORM 2004, {@code <string language>}) and IMS MD 1.2.1 (SCORM 1.2,
 * {@code <langstring xml:lang>}) are read; of several language strings the first is taken.
 *
 * <pre>{@code
 * Lom lom = metadata.anyLom().orElseThrow();
 * String title = lom.title().orElse("untitled");
 * }</pre>
 *
 * @param title {@code general/title}
 * @param description {@code general/description}
 * @param language {@code general/language}
 * @param duration {@code technical/duration}, else {@code educational/typicalLearningTime}
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §4.2 LOM Metadata
 *     Creation</a>
 */
public record Lom(Optional<String> title, Optional<String> description,
    Optional<Locale> language, Optional<Duration> duration) {
  public Lom {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(duration, "duration");
  }

  /** Whether none of the four elements is present. */
  public boolean isEmpty() {
    return title.isEmpty() && description.isEmpty() && language.isEmpty() && duration.isEmpty();
  }
}
