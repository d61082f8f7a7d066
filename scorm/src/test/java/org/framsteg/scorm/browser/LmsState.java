package org.framsteg.scorm.browser;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the LMS run-time (scorm-again) holds: its state, its data model and the calls it received.
 *
 * <pre>{@code
 * LmsState lms = session.lms();
 * String status = lms.value("cmi.core.lesson_status");
 * }</pre>
 *
 * @param initialized whether the SCO initialized the session
 * @param terminated whether the SCO terminated it
 * @param cmi the data model, flattened ({@code cmi.core.lesson_location} to its value)
 * @param calls every API call, in order (error queries left out)
 */
public record LmsState(
    boolean initialized, boolean terminated, Map<String, Object> cmi, List<ApiCall> calls) {

  @SuppressWarnings("unchecked")
  static LmsState from(Object recorded) {
    Map<String, Object> m = (Map<String, Object>) recorded;
    return new LmsState(
        Boolean.TRUE.equals(m.get("initialized")),
        Boolean.TRUE.equals(m.get("terminated")),
        (Map<String, Object>) m.get("cmi"),
        ((List<Object>) m.get("calls")).stream().map(ApiCall::from).toList());
  }

  /** A data model value as a string; empty when the LMS has none. */
  public String value(String element) {
    Object v = cmi.get(element);
    return v == null ? "" : String.valueOf(v);
  }

  /** The last value the SCO set for an element. */
  public Optional<String> lastSet(String element) {
    Optional<String> last = Optional.empty();
    for (ApiCall c : calls) {
      if (c.name().endsWith("SetValue") && c.args().get(0).equals(element)) {
        last = Optional.of(c.args().get(1));
      }
    }
    return last;
  }

  /** The calls of one API function. */
  public List<ApiCall> callsOf(String name) {
    return calls.stream().filter(c -> c.name().equals(name)).toList();
  }
}
