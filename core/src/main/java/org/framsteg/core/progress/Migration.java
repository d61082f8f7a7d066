package org.framsteg.core.progress;

import java.util.List;
import java.util.Objects;

/**
 * The result of moving a learner's progress to a new version of a course.
 *
 * <pre>{@code
 * Migration m = CourseEngine.of(courseV2).migrate(stateOnV1);
 * ProgressState onV2 = m.state();   // m.dropped(): activities whose progress no longer counts
 * }</pre>
 *
 * @param state the progress on the new version
 * @param carriedOver activities whose progress carried over unchanged
 * @param changed activities kept by id whose media changed (duration, kind or passing score):
 *     played parts beyond the new duration, or scores of a medium that is no longer an assessment,
 *     no longer count; scores without a verdict of their source are judged by the new passing score
 * @param dropped activities with progress that are not in the new version
 * @param added activities new in this version
 */
public record Migration(ProgressState state, List<String> carriedOver, List<String> changed,
    List<String> dropped, List<String> added) {
  public Migration {
    Objects.requireNonNull(state, "state");
    carriedOver = List.copyOf(carriedOver);
    changed = List.copyOf(changed);
    dropped = List.copyOf(dropped);
    added = List.copyOf(added);
  }
}
