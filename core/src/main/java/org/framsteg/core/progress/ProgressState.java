package org.framsteg.core.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.internal.Access;
import org.framsteg.core.internal.Compiled;
import org.framsteg.core.internal.Evaluator;
import org.framsteg.core.internal.Facts;
import org.framsteg.core.internal.Intervals;
import org.framsteg.core.learner.EnrolmentStatus;

/**
 * One learner's progress in one course version: an immutable value folded from events.
 *
 * <pre>{@code
 * ProgressState s = engine.start(enrolment);
 * for (ProgressEvent e : events) s = s.apply(e);      // any order, repeats allowed
 * Completion c = s.completion(Instant.now());
 * }</pre>
 *
 * <p>Laws: applying the same events in any order gives an equal state; applying an event twice
 * changes nothing; folding two halves and {@link #merge merging} them equals folding all. Played
 * segments and time spent are unions of intervals, so a repeated report counts once. The resume
 * point is the one reported last (by timestamp; on a tie the furthest). Enrolment status changes
 * are ordered by timestamp the same way.
 */
public final class ProgressState {
  private final CourseEngine engine;
  private final long enrolledAt;
  private final long due; // Long.MIN_VALUE when none
  private final byte status;
  private final long statusAt;
  /**
   * The latest instant of an event that added something a rule asks for (see {@link #happened}),
   * Long.MIN_VALUE when none did: when this state moves to a course version with a new deadline at
   * or after it, everything known counts by that deadline.
   */
  private final long latest;
  private final Facts facts;
  /** Facts as of each deadline of the course's rules, in the order of the engine's deadlines. */
  private final Facts[] asOf;

  static {
    Access.state(ProgressState::facts, ProgressState::factsAsOf);
  }

  /** Shared by every state of a course without deadlines; never written. */
  private static final Facts[] NO_SHADOWS = new Facts[0];

  private ProgressState(CourseEngine engine, long enrolledAt, long due, byte status, long statusAt,
      long latest, Facts facts, Facts[] asOf) {
    this.engine = engine;
    this.enrolledAt = enrolledAt;
    this.due = due;
    this.status = status;
    this.statusAt = statusAt;
    this.latest = latest;
    this.facts = facts;
    this.asOf = asOf;
  }

  /** A new state; use {@link CourseEngine#start}. */
  public static ProgressState start(CourseEngine engine, Instant enrolledAt, Optional<Instant> due,
      EnrolmentStatus status, Instant statusAt) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(enrolledAt, "enrolledAt");
    int deadlines = Access.compiled(engine).deadlines.size();
    Facts[] asOf = deadlines == 0 ? NO_SHADOWS : new Facts[deadlines];
    java.util.Arrays.fill(asOf, Facts.EMPTY);
    return new ProgressState(engine, enrolledAt.toEpochMilli(),
        due.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE), (byte) status.ordinal(),
        statusAt.toEpochMilli(), Long.MIN_VALUE, Facts.EMPTY, asOf);
  }

  /**
   * This state with one more event.
   *
   * @throws IllegalArgumentException when the event names an activity that is not in the course
   *     (check with {@link CourseEngine#knows}); nothing is dropped silently
   */
  public ProgressState apply(ProgressEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof ProgressEvent.EnrolmentChanged e) {
      long at = e.timestamp().toEpochMilli();
      byte s = (byte) e.status().ordinal();
      if (at > statusAt || (at == statusAt && s > status)) {
        return new ProgressState(engine, enrolledAt, due, s, at, latest, facts, asOf);
      }
      return this;
    }
    Compiled c = Access.compiled(engine);
    Facts f = facts.apply(c, event);
    Facts[] shadows = asOf;
    if (shadows.length > 0) {
      for (int k = 0; k < shadows.length; k++) {
        long deadline = c.deadlines.get(k).resolve(Instant.ofEpochMilli(enrolledAt)).toEpochMilli();
        ProgressEvent limited = limit(event, deadline);
        if (limited != null) {
          Facts next = shadows[k].apply(c, limited);
          if (next != shadows[k]) {
            if (shadows == asOf) {
              shadows = asOf.clone();
            }
            shadows[k] = next;
          }
        }
      }
    }
    long last = Math.max(latest, happened(event));
    if (f == facts && shadows == asOf && last == latest) {
      return this;
    }
    return new ProgressState(engine, enrolledAt, due, status, statusAt, last, f, shadows);
  }

  /**
   * When the event added something a rule can ask for, or Long.MIN_VALUE when it adds nothing of
   * the kind: opening an activity and moving the resume point are not asked for by any rule, and a
   * session is cut at any deadline exactly.
   */
  private static long happened(ProgressEvent event) {
    if (event instanceof ProgressEvent.Started || event instanceof ProgressEvent.Positioned
        || event instanceof ProgressEvent.TimeSpent) {
      return Long.MIN_VALUE;
    }
    return event.timestamp().toEpochMilli();
  }

  /** The event as far as it happened by the deadline, or null. */
  private static ProgressEvent limit(ProgressEvent event, long deadline) {
    if (event instanceof ProgressEvent.TimeSpent t) {
      if (t.start().toEpochMilli() >= deadline) {
        return null;
      }
      if (t.end().toEpochMilli() <= deadline) {
        return t;
      }
      return new ProgressEvent.TimeSpent(t.id(), Instant.ofEpochMilli(deadline), t.activity(), t.start(),
          Instant.ofEpochMilli(deadline));
    }
    return event.timestamp().toEpochMilli() <= deadline ? event : null;
  }

  /** This state with all the events applied. */
  public ProgressState applyAll(Iterable<? extends ProgressEvent> events) {
    if (asOf.length > 0) {
      ProgressState s = this;
      for (ProgressEvent e : events) {
        s = s.apply(e);
      }
      return s;
    }
    // No deadlines to keep facts for: fold in one batch, copying the activity table once.
    Facts.Batch batch = facts.batch(Access.compiled(engine));
    byte s = status;
    long sAt = statusAt;
    long last = latest;
    for (ProgressEvent e : events) {
      Objects.requireNonNull(e, "event");
      if (e instanceof ProgressEvent.EnrolmentChanged change) {
        long at = change.timestamp().toEpochMilli();
        byte st = (byte) change.status().ordinal();
        if (at > sAt || (at == sAt && st > s)) {
          s = st;
          sAt = at;
        }
      } else {
        batch.add(e);
        last = Math.max(last, happened(e));
      }
    }
    Facts f = batch.result();
    if (f == facts && s == status && sAt == statusAt && last == latest) {
      return this;
    }
    return new ProgressState(engine, enrolledAt, due, s, sAt, last, f, asOf);
  }

  /**
   * The join of two states of the same enrolment and course version: everything either knows.
   *
   * @throws IllegalArgumentException when the states belong to different engines or enrolments
   */
  public ProgressState merge(ProgressState other) {
    if (other.engine != engine || other.enrolledAt != enrolledAt || other.due != due) {
      throw new IllegalArgumentException("merge: states of different course versions or enrolments");
    }
    Compiled c = Access.compiled(engine);
    Facts[] shadows = asOf.clone();
    for (int k = 0; k < shadows.length; k++) {
      shadows[k] = asOf[k].merge(c, other.asOf[k]);
    }
    boolean otherWins = other.statusAt > statusAt || (other.statusAt == statusAt && other.status > status);
    return new ProgressState(engine, enrolledAt, due, otherWins ? other.status : status,
        otherWins ? other.statusAt : statusAt, Math.max(latest, other.latest), facts.merge(c, other.facts),
        shadows);
  }

  /** Completion at an instant: status, percentage and why. */
  public Completion completion(Instant now) {
    return Evaluator.evaluate(this, now);
  }

  /** The engine (course version) this state belongs to. */
  public CourseEngine engine() {
    return engine;
  }

  /** When the learner enrolled. */
  public Instant enrolledAt() {
    return Instant.ofEpochMilli(enrolledAt);
  }

  /** The due date, if any. */
  public Optional<Instant> due() {
    return due == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(due));
  }

  /** The enrolment status, as last reported. */
  public EnrolmentStatus enrolmentStatus() {
    return EnrolmentStatus.values()[status];
  }

  /** Whether no event about any activity or time spent has been applied. */
  public boolean isEmpty() {
    return facts.isEmpty();
  }

  /** What is known of one activity. */
  public ActivityProgress activity(String activityId) {
    Compiled c = Access.compiled(engine);
    int i = c.indexOf(activityId);
    if (i < 0) {
      throw new IllegalArgumentException("no activity '" + activityId + "' in the course");
    }
    int flags = facts.flags(i);
    // The record's layout depends on the activity's category: read only the fields it has.
    boolean timed = c.category[i] == Compiled.TIMED;
    boolean scored = c.category[i] == Compiled.SCORED;
    int pos = timed ? facts.position(i) : -1;
    double best = scored ? facts.bestScore(i) : Double.NaN;
    int attempts = scored ? Integer.bitCount(facts.attemptMask(i)) : 0;
    return new ActivityProgress(activityId, (flags & Facts.STARTED) != 0, (flags & Facts.COMPLETED) != 0,
        (flags & Facts.MARKED) != 0, timed ? PlayedSegments.wrap(facts.segments(i)) : PlayedSegments.empty(),
        pos < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(pos)),
        Double.isNaN(best) ? OptionalDouble.empty() : OptionalDouble.of(best),
        facts.passed(c, i),
        attempts > 0 ? OptionalInt.of(attempts) : OptionalInt.empty());
  }

  /** All time spent in the course, each instant counted once. */
  public Duration timeSpent() {
    return Duration.ofMillis(Intervals.measure(facts.sessions()));
  }

  /** The facts; the machinery reaches them through {@code Access}. */
  Facts facts() {
    return facts;
  }

  /** The facts as of a deadline of the course's rules. */
  Facts factsAsOf(CompletionRule.Deadline deadline) {
    int k = Access.compiled(engine).deadlines.indexOf(deadline);
    return asOf[k];
  }

  /**
   * Moves this state onto another version of the course. A deadline that is new in that version
   * counts all progress made when every event that added to it came no later than the deadline;
   * otherwise, not knowing which came after, it counts only the progress as of the old version's
   * deadlines that are no later. Folding the events anew on the other version is exact.
   */
  public Migration migrateTo(CourseEngine target) {
    Compiled from = Access.compiled(engine);
    Compiled to = Access.compiled(target);
    List<String> carried = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    java.util.function.BiConsumer<String, String> report = (id, what) -> {
      switch (what) {
        case "carried" -> carried.add(id);
        case "dropped" -> dropped.add(id);
        default -> changed.add(id);
      }
    };
    Facts moved = facts.migrate(from, to, report);
    Facts[] oldShadows = new Facts[asOf.length];
    for (int k = 0; k < asOf.length; k++) {
      oldShadows[k] = asOf[k].migrate(from, to, (a, b) -> { });
    }
    Facts[] shadows = new Facts[to.deadlines.size()];
    Instant enrolled = Instant.ofEpochMilli(enrolledAt);
    for (int k = 0; k < shadows.length; k++) {
      int old = from.deadlines.indexOf(to.deadlines.get(k));
      long deadline = to.deadlines.get(k).resolve(enrolled).toEpochMilli();
      if (old >= 0) {
        shadows[k] = oldShadows[old];
      } else if (latest <= deadline) {
        // Everything known happened by the new deadline; only sessions may run past it.
        shadows[k] = moved.sessionsBefore(deadline);
      } else {
        // Which facts came after the new deadline is not known: count only those known to have
        // come before it, the facts as of the old deadlines that are no later.
        Facts known = Facts.EMPTY;
        for (int o = 0; o < oldShadows.length; o++) {
          if (from.deadlines.get(o).resolve(enrolled).toEpochMilli() <= deadline) {
            known = known.merge(to, oldShadows[o]);
          }
        }
        shadows[k] = known;
      }
    }
    List<String> added = new ArrayList<>();
    for (String id : to.ids) {
      if (from.indexOf(id) < 0) {
        added.add(id);
      }
    }
    ProgressState state = new ProgressState(target, enrolledAt, due, status, statusAt, latest, moved, shadows);
    return new Migration(state, carried, changed, dropped, added);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProgressState s && s.engine == engine && s.enrolledAt == enrolledAt && s.due == due
        && s.status == status && s.statusAt == statusAt && s.latest == latest && s.facts.equals(facts)
        && java.util.Arrays.equals(s.asOf, asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(engine, enrolledAt, due, status, statusAt, facts);
  }

  @Override
  public String toString() {
    return "ProgressState[" + engine.course().id() + " v" + engine.course().version() + ", "
        + enrolmentStatus() + ", timeSpent=" + timeSpent() + "]";
  }
}
