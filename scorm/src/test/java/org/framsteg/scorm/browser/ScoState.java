package org.framsteg.scorm.browser;

import java.util.List;
import java.util.Map;

/**
 * The player's own view of a session, from its test hook {@code window.framsteg.state()}.
 *
 * <pre>{@code
 * ScoState s = session.sco();
 * double played = s.watchedFraction();
 * }</pre>
 *
 * @param apiFound whether the player found the LMS API
 * @param initialized whether the session started
 * @param terminated whether the session ended
 * @param position the learner's position in seconds
 * @param mediaTime the media element's {@code currentTime}
 * @param duration the media's length in seconds
 * @param watchedFraction the played fraction, 0 to 1
 * @param threshold the played fraction that completes the SCO
 * @param segments the played segments, {@code [start, end]} in seconds
 * @param suspendData the played segments as written to suspend data
 * @param completed whether the played fraction reached the threshold
 * @param commits the number of successful commits
 * @param lastCommit why the last successful commit was made ({@code interval}, {@code pause}, ...)
 * @param resumePending whether the player still waits to seek to the resume position
 * @param errors the errors the player reported, as shown in its alert region
 * @param status the text of its status region
 */
public record ScoState(
    boolean apiFound,
    boolean initialized,
    boolean terminated,
    double position,
    double mediaTime,
    double duration,
    double watchedFraction,
    double threshold,
    List<List<Double>> segments,
    String suspendData,
    boolean completed,
    long commits,
    String lastCommit,
    boolean resumePending,
    List<String> errors,
    String status) {

  @SuppressWarnings("unchecked")
  static ScoState from(Object hookState) {
    Map<String, Object> m = (Map<String, Object>) hookState;
    return new ScoState(
        Boolean.TRUE.equals(m.get("apiFound")),
        Boolean.TRUE.equals(m.get("initialized")),
        Boolean.TRUE.equals(m.get("terminated")),
        number(m.get("position")),
        number(m.get("mediaTime")),
        number(m.get("duration")),
        number(m.get("watchedFraction")),
        number(m.get("threshold")),
        ((List<Object>) m.get("segments"))
            .stream().map(s -> ((List<Object>) s).stream().map(ScoState::number).toList()).toList(),
        (String) m.get("suspendData"),
        Boolean.TRUE.equals(m.get("completed")),
        ((Number) m.get("commits")).longValue(),
        (String) m.get("lastCommit"),
        Boolean.TRUE.equals(m.get("resumePending")),
        ((List<Object>) m.get("errors"))
            .stream().map(e -> (String) ((Map<String, Object>) e).get("message")).toList(),
        (String) m.get("status"));
  }

  private static double number(Object o) {
    return o == null ? Double.NaN : ((Number) o).doubleValue();
  }
}
