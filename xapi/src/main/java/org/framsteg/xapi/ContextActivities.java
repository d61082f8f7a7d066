package org.framsteg.xapi;

import java.util.List;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * Activities that give a statement context: its parent, grouping, category and other Activities.
 *
 * <pre>{@code
 * ContextActivities ca = ContextActivities.builder().addParent(Activity.of("https://example.com/test1"))
 *     .addCategory(Activity.of("https://w3id.org/xapi/cmi5/context/categories/cmi5")).build();
 * }</pre>
 *
 * <p>A single Activity given in JSON where an array is expected is read as a list of one, and every
 * list is written as an array, as an LRS returns them. Empty lists are not written. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2462-contextactivities-property">xAPI-Data
 * 2.4.6.2</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract class ContextActivities {

  private static final ContextActivities EMPTY = builder().build();

  /** Activities with a direct relation to the statement's Activity, e.g. the quiz of a question. */
  public abstract List<Activity> parent();

  /** Activities with an indirect relation, e.g. the qualification a course belongs to. */
  public abstract List<Activity> grouping();

  /** Activities that categorise the statement, e.g. the profile it follows. */
  public abstract List<Activity> category();

  /** Any other related Activities. */
  public abstract List<Activity> other();

  /** Whether all four lists are empty. */
  public final boolean isEmpty() {
    return parent().isEmpty() && grouping().isEmpty() && category().isEmpty() && other().isEmpty();
  }

  /** No context activities. */
  public static ContextActivities empty() {
    return EMPTY;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContextActivities}. */
  public static final class Builder extends ImmutableContextActivities.Builder {}
}
