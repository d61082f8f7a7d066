package org.framsteg.scorm.mapping;

import java.util.List;
import org.framsteg.core.progress.ProgressEvent;

/**
 * The progress events one SCO session gives, and the notes on what was not mapped.
 *
 * <pre>{@code
 * SessionEvents out = RuntimeMapping.of(course).events(session, cmi);
 * state = state.applyAll(out.events());
 * }</pre>
 *
 * @param events the events, all of the session's activity, ids derived from the session id and
 *     the element: {@code <session>#cmi.location}, {@code <session>#cmi.suspend_data[0]}
 * @param notes the elements not mapped, in data model order
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. RTE §4.2</a>
 */
public record SessionEvents(List<ProgressEvent> events, List<MappingNote> notes) {
  public SessionEvents {
    events = List.copyOf(events);
    notes = List.copyOf(notes);
  }
}
