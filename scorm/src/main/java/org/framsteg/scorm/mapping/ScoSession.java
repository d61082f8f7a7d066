package org.framsteg.scorm.mapping;

import java.time.Instant;
import java.util.Objects;
import org.framsteg.core.progress.ProgressEvent;

/**
 * One session of a learner in one SCO, as an LMS knows it when the SCO terminates: which
 * activity, when it ended, and which attempt it belongs to.
 *
 * <pre>{@code
 * ScoSession session = new ScoSession("lms-session-81", activityId, Instant.now());
 * SessionEvents out = RuntimeMapping.of(course).events(session, cmi);
 * }</pre>
 *
 * @param id the session's id, unique per session and stable: event ids are derived from it, so
 *     mapping the same session twice gives the same events
 * @param activityId the activity the SCO is (see {@code CourseImport.activityIds()})
 * @param end when the session ended (the time of {@code Terminate}/{@code LMSFinish}): every
 *     event is stamped with it and the session time counts back from it
 * @param attempt the attempt the session belongs to, from 1 to {@link
 *     ProgressEvent.Scored#MAX_ATTEMPT}: sessions of one attempt share the number
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. RTE §3.1 (sessions and
 *     attempts)</a>
 */
public record ScoSession(String id, String activityId, Instant end, int attempt) {
  public ScoSession {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("session.id: must not be blank");
    }
    if (activityId == null || activityId.isBlank()) {
      throw new IllegalArgumentException("session.activityId: must not be blank");
    }
    Objects.requireNonNull(end, "session.end");
    if (attempt < 1 || attempt > ProgressEvent.Scored.MAX_ATTEMPT) {
      throw new IllegalArgumentException("session.attempt: must be between 1 and "
          + ProgressEvent.Scored.MAX_ATTEMPT + ", was " + attempt);
    }
  }

  /** A session of the first attempt. */
  public ScoSession(String id, String activityId, Instant end) {
    this(id, activityId, end, 1);
  }
}
