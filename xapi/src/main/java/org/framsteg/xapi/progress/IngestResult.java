package org.framsteg.xapi.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.ProgressEvent;

/**
 * What {@link ProgressStatements#ingest} made of statements: the events of each learner, and every
 * statement that gave none, with the reason.
 *
 * <pre>{@code
 * IngestResult r = ProgressStatements.ingest(course, statements);
 * ProgressState s = engine.start(enrolment).applyAll(r.events(learner));
 * }</pre>
 *
 * <p>Learners are keyed by their identifier only ({@code mbox} or {@code account}); an Agent's
 * {@code name} is not part of the key. Events keep the order of their statements. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2421-when-the-actor-objecttype-is-agent">xAPI-Data
 * 2.4.2.1</a>.
 *
 * @param events the events of each learner, in input order of learners and of statements
 * @param unmatched the statements that gave no event, in input order
 */
public record IngestResult(Map<Learner, List<ProgressEvent>> events, List<Unmatched> unmatched) {

  /** Copies both, keeping the order of learners. */
  public IngestResult {
    Map<Learner, List<ProgressEvent>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(events, "events").forEach((l, e) -> copy.put(l, List.copyOf(e)));
    events = Collections.unmodifiableMap(copy);
    unmatched = List.copyOf(unmatched);
  }

  /** The events of {@code learner} (matched by identifier, not name); empty when there are none. */
  public List<ProgressEvent> events(Learner learner) {
    List<ProgressEvent> found = events.get(ProgressStatements.identity(learner));
    return found == null ? List.of() : found;
  }

  /** The unmatched entries that are problems, not merely informational. */
  public List<Unmatched> problems() {
    return unmatched.stream().filter(u -> !u.reason().isInformational()).toList();
  }
}
