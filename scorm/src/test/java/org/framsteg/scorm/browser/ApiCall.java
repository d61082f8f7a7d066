package org.framsteg.scorm.browser;

import java.util.List;
import java.util.Map;

/**
 * One call the SCO made to the LMS API, as the test LMS recorded it.
 *
 * <pre>{@code
 * ApiCall c = session.lms().calls().get(0);   // LMSInitialize([""]) -> "true", error "0"
 * boolean failed = !c.error().equals("0");
 * }</pre>
 *
 * @param name the API function, e.g. {@code LMSSetValue} or {@code Commit}
 * @param args its arguments
 * @param result what it returned
 * @param error {@code GetLastError} right after the call ({@code "0"}: no error)
 */
public record ApiCall(String name, List<String> args, String result, String error) {
  @SuppressWarnings("unchecked")
  static ApiCall from(Object recorded) {
    Map<String, Object> m = (Map<String, Object>) recorded;
    return new ApiCall(
        (String) m.get("name"),
        ((List<Object>) m.get("args")).stream().map(String::valueOf).toList(),
        (String) m.get("result"),
        (String) m.get("error"));
  }

  /** Whether the call failed: an error code, or a SetValue/Commit/... that did not return true. */
  public boolean failed() {
    return !error.equals("0") || (!name.endsWith("GetValue") && !result.equals("true"));
  }

  @Override
  public String toString() {
    return name + args + " -> " + result + " (error " + error + ")";
  }
}
