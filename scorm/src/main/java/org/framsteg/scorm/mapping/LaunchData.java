package org.framsteg.scorm.mapping;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import org.framsteg.scorm.runtime.Scorm12Cmi;
import org.framsteg.scorm.runtime.Scorm2004Cmi;

/**
 * The run-time data an LMS hands a SCO at launch, made from a learner's Framsteg progress, with
 * notes on what could not be said in SCORM.
 *
 * <pre>{@code
 * LaunchData<Scorm2004Cmi> launch = RuntimeMapping.of(course).launch2004(state, activityId);
 * SortedMap<String, String> initial = launch.elements();   // cmi.location, cmi.suspend_data, ...
 * }</pre>
 *
 * @param <C> {@link Scorm12Cmi} or {@link Scorm2004Cmi}
 * @param cmi the data model values
 * @param notes what was left out or changed, and why
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. RTE §4.2; SCORM 1.2 RTE
 *     §3.4</a>
 */
public record LaunchData<C>(C cmi, List<MappingNote> notes) {
  public LaunchData {
    Objects.requireNonNull(cmi, "cmi");
    if (!(cmi instanceof Scorm12Cmi) && !(cmi instanceof Scorm2004Cmi)) {
      throw new IllegalArgumentException("cmi: must be Scorm12Cmi or Scorm2004Cmi, was "
          + cmi.getClass().getName());
    }
    notes = List.copyOf(notes);
  }

  /** The flat element map of {@link #cmi()}, as an LMS stores it. */
  public SortedMap<String, String> elements() {
    return cmi instanceof Scorm12Cmi c ? c.toElements() : ((Scorm2004Cmi) cmi).toElements();
  }
}
