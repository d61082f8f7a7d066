package org.framsteg.scorm.mapping;

import java.util.Objects;

/**
 * A run-time data element that was not mapped, or not as it was written, and why.
 *
 * <pre>{@code
 * SessionEvents out = mapping.events(session, cmi);
 * out.notes().forEach(n -> log.info(n.element() + ": " + n.message()));
 * }</pre>
 *
 * @param element the data model element ({@code cmi.interactions.0}, {@code cmi.location})
 * @param message what it held and what was done with it
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. RTE §4.2 (data model)</a>
 */
public record MappingNote(String element, String message) {
  public MappingNote {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return element + ": " + message;
  }
}
