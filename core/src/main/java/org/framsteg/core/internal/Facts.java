package org.framsteg.core.internal;

import java.util.Arrays;
import org.framsteg.core.progress.ProgressEvent;

/**
 * What is known of one learner in one course, folded from events: a join-semilattice, so that
 * folding is order independent and idempotent and two halves merge into the whole.
 *
 * <p>Layout, chosen to keep a typical state well under a kilobyte: one small {@code int[]} per
 * touched activity (null while untouched), by category:
 * <ul>
 *   <li>timed: {@code [flags, positionMs, positionAtHi, positionAtLo, start0, end0, start1, ...]}
 *       with played segments as sorted disjoint millisecond pairs;
 *   <li>scored: {@code [flags, attemptMask, bestHi, bestLo, unjudgedHi, unjudgedLo]}: the best
 *       scaled score of all attempts and the best of the attempts the source gave no verdict for,
 *       as double bits (NaN when none). The latter is judged against the passing score when the
 *       state is read, so that a new course version with another passing score judges it anew;
 *       {@link #PASSED} marks a pass the source reported itself;
 *   <li>plain: {@code [flags]}.
 * </ul>
 * Time spent is a set of epoch-millisecond intervals.
 */
public final class Facts {
  public static final int STARTED = 1;
  public static final int COMPLETED = 2;
  public static final int MARKED = 4;
  /** The source reported an attempt passed (see {@link #passed}). */
  public static final int PASSED = 8;

  static final int TIMED_HEADER = 4;

  public static final Facts EMPTY = new Facts(null, Intervals.EMPTY_LONG);

  /** Per activity index; null array means nothing touched. */
  final int[][] acts;
  final long[] sessions;

  private Facts(int[][] acts, long[] sessions) {
    this.acts = acts;
    this.sessions = sessions;
  }

  public boolean isEmpty() {
    if (sessions.length > 0) {
      return false;
    }
    if (acts == null) {
      return true;
    }
    for (int[] a : acts) {
      if (a != null) {
        return false;
      }
    }
    return true;
  }

  public int[] activity(int i) {
    return acts == null ? null : acts[i];
  }

  public long[] sessions() {
    return sessions;
  }

  public int flags(int i) {
    int[] a = activity(i);
    return a == null ? 0 : a[0];
  }

  /** Played segments of a timed activity (normalised pairs), empty when none. */
  public int[] segments(int i) {
    int[] a = activity(i);
    if (a == null || a.length <= TIMED_HEADER) {
      return Intervals.EMPTY;
    }
    return Arrays.copyOfRange(a, TIMED_HEADER, a.length);
  }

  public long playedMillis(int i) {
    int[] a = activity(i);
    if (a == null) {
      return 0;
    }
    long total = 0;
    for (int k = TIMED_HEADER; k < a.length; k += 2) {
      total += a[k + 1] - a[k];
    }
    return total;
  }

  /** Resume point in ms of a timed activity, or -1. */
  public int position(int i) {
    int[] a = activity(i);
    return a == null ? -1 : a[1];
  }

  public long positionAt(int i) {
    int[] a = activity(i);
    return a == null ? Long.MIN_VALUE : join(a[2], a[3]);
  }

  public int attemptMask(int i) {
    int[] a = activity(i);
    return a == null ? 0 : a[1];
  }

  /** Best scaled score of an assessment, or NaN. */
  public double bestScore(int i) {
    int[] a = activity(i);
    return a == null ? Double.NaN : Double.longBitsToDouble(join(a[2], a[3]));
  }

  /**
   * Whether an attempt at assessment {@code i} passed: by the source's verdict, or, for attempts
   * without one, by a score at the course's passing score.
   */
  public boolean passed(Compiled c, int i) {
    int[] a = activity(i);
    if (a == null || c.category[i] != Compiled.SCORED) {
      return false;
    }
    double unjudged = Double.longBitsToDouble(join(a[4], a[5]));
    return (a[0] & PASSED) != 0 || (!Double.isNaN(unjudged) && unjudged >= c.passingScaled[i]);
  }

  // ---- folding ----

  /** These facts with one event added. The event's activity must be in the course. */
  public Facts apply(Compiled c, ProgressEvent event) {
    if (event instanceof ProgressEvent.EnrolmentChanged) {
      return this;
    }
    long[] s = sessions;
    if (event instanceof ProgressEvent.TimeSpent t) {
      s = Intervals.add(sessions, t.start().toEpochMilli(), t.end().toEpochMilli());
    }
    int i = activityIndex(c, event);
    int[] before = i < 0 ? null : activity(i);
    int[] after = i < 0 ? null : fold(c, i, before, event);
    if (after == before && s == sessions) {
      return this;
    }
    int[][] copy = acts;
    if (after != before) {
      copy = acts == null ? new int[c.ids.length][] : acts.clone();
      copy[i] = after;
    }
    return new Facts(copy, s);
  }

  /** A batch of events folded into these facts, copying the per-activity table once. */
  public Batch batch(Compiled c) {
    return new Batch(this, c);
  }

  /**
   * Folds many events as {@link #apply} one by one would, but copies the per-activity table once
   * per batch instead of once per event. Single-threaded, used and dropped inside one call.
   */
  public static final class Batch {
    private final Facts base;
    private final Compiled c;
    private int[][] copy;
    private long[] sessions;

    Batch(Facts base, Compiled c) {
      this.base = base;
      this.c = c;
      this.sessions = base.sessions;
    }

    /** Folds one event (enrolment changes are not facts and are ignored here). */
    public void add(ProgressEvent event) {
      if (event instanceof ProgressEvent.EnrolmentChanged) {
        return;
      }
      if (event instanceof ProgressEvent.TimeSpent t) {
        sessions = Intervals.add(sessions, t.start().toEpochMilli(), t.end().toEpochMilli());
      }
      int i = activityIndex(c, event);
      if (i < 0) {
        return;
      }
      int[] before = copy != null ? copy[i] : base.activity(i);
      int[] after = fold(c, i, before, event);
      if (after != before) {
        if (copy == null) {
          copy = base.acts == null ? new int[c.ids.length][] : base.acts.clone();
        }
        copy[i] = after;
      }
    }

    /** The folded facts. */
    public Facts result() {
      if (copy == null && sessions == base.sessions) {
        return base;
      }
      return new Facts(copy == null ? base.acts : copy, sessions);
    }
  }

  /** The index of the event's activity; -1 for time spent in the course as a whole. */
  private static int activityIndex(Compiled c, ProgressEvent event) {
    String id;
    if (event instanceof ProgressEvent.Played p) {
      id = p.activityId();
    } else if (event instanceof ProgressEvent.Positioned p) {
      id = p.activityId();
    } else if (event instanceof ProgressEvent.Started p) {
      id = p.activityId();
    } else if (event instanceof ProgressEvent.Completed p) {
      id = p.activityId();
    } else if (event instanceof ProgressEvent.Scored p) {
      id = p.activityId();
    } else if (event instanceof ProgressEvent.MarkedDone p) {
      id = p.activityId();
    } else if (event instanceof ProgressEvent.TimeSpent t) {
      if (t.activity().isEmpty()) {
        return -1;
      }
      id = t.activity().get();
    } else {
      throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
    }
    return known(c, id);
  }

  /**
   * One activity's record with one event folded in: the same instance when nothing changes,
   * otherwise a new array (records are never changed in place, so states can share them).
   */
  private static int[] fold(Compiled c, int i, int[] rec, ProgressEvent event) {
    if (event instanceof ProgressEvent.Played p) {
      return played(c, i, rec, (int) p.segment().from().toMillis(), (int) p.segment().to().toMillis());
    } else if (event instanceof ProgressEvent.Positioned p) {
      return positioned(c, i, rec, (int) p.position().toMillis(), p.timestamp().toEpochMilli());
    } else if (event instanceof ProgressEvent.Scored s) {
      return scored(c, i, rec, s);
    } else if (event instanceof ProgressEvent.Completed) {
      return touch(c, i, rec, STARTED | COMPLETED);
    } else if (event instanceof ProgressEvent.MarkedDone) {
      return touch(c, i, rec, MARKED);
    }
    return touch(c, i, rec, STARTED); // Started, TimeSpent on an activity
  }

  private static int known(Compiled c, String id) {
    int i = c.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("no activity '" + id + "' in the course");
    }
    return i;
  }

  private static int[] fresh(Compiled c, int i) {
    return switch (c.category[i]) {
      case Compiled.TIMED -> new int[] {0, -1, (int) (Long.MIN_VALUE >>> 32), 0};
      case Compiled.SCORED -> newScored(0);
      default -> new int[] {0};
    };
  }

  private static int[] touch(Compiled c, int i, int[] rec, int flags) {
    if (rec != null && (rec[0] | flags) == rec[0]) {
      return rec;
    }
    int[] b = rec == null ? fresh(c, i) : rec.clone();
    b[0] |= flags;
    return b;
  }

  private static int[] played(Compiled c, int i, int[] rec, int from, int to) {
    if (c.category[i] != Compiled.TIMED) {
      return touch(c, i, rec, STARTED);
    }
    int[] a = rec == null ? fresh(c, i) : rec;
    int end = Math.min(to, c.durationMs[i]);
    if (from >= end) {
      return touch(c, i, rec, STARTED);
    }
    // Merge [from, end) into the sorted pairs that follow the header, straight into the new record.
    int n = a.length;
    int k = TIMED_HEADER;
    while (k < n && a[k + 1] < from) {
      k += 2;
    }
    int j = k;
    int start = from;
    int stop = end;
    while (j < n && a[j] <= end) {
      start = Math.min(start, a[j]);
      stop = Math.max(stop, a[j + 1]);
      j += 2;
    }
    if (rec != null && (a[0] & STARTED) != 0 && j - k == 2 && a[k] == start && a[k + 1] == stop) {
      return rec; // already covered
    }
    int[] b = new int[n - (j - k) + 2];
    System.arraycopy(a, 0, b, 0, k);
    b[k] = start;
    b[k + 1] = stop;
    System.arraycopy(a, j, b, k + 2, n - j);
    b[0] |= STARTED;
    return b;
  }

  private static int[] positioned(Compiled c, int i, int[] rec, int positionMs, long at) {
    if (c.category[i] != Compiled.TIMED) {
      return touch(c, i, rec, STARTED);
    }
    int[] a = rec == null ? fresh(c, i) : rec;
    int pos = Math.min(positionMs, c.durationMs[i]);
    long prevAt = join(a[2], a[3]);
    boolean newer = at > prevAt || (at == prevAt && pos > a[1]);
    if (!newer && (a[0] & STARTED) != 0 && rec != null) {
      return rec;
    }
    int[] b = a.clone();
    b[0] |= STARTED;
    if (newer) {
      b[1] = pos;
      b[2] = (int) (at >>> 32);
      b[3] = (int) at;
    }
    return b;
  }

  private static int[] scored(Compiled c, int i, int[] rec, ProgressEvent.Scored s) {
    if (c.category[i] != Compiled.SCORED) {
      return touch(c, i, rec, STARTED);
    }
    int[] a = rec == null ? fresh(c, i) : rec;
    double scaled = s.score().scaled();
    int[] b = a.clone();
    b[0] |= STARTED | (s.passed().orElse(false) ? PASSED : 0);
    b[1] |= 1 << (s.attempt() - 1);
    raise(b, 2, scaled);
    if (s.passed().isEmpty()) {
      raise(b, 4, scaled);
    }
    if (rec != null && Arrays.equals(a, b)) {
      return rec;
    }
    return b;
  }

  /** These facts with the time spent cut at {@code limit} (epoch milliseconds). */
  public Facts sessionsBefore(long limit) {
    long[] s = Intervals.before(sessions, limit);
    return s == sessions ? this : new Facts(acts, s);
  }

  /** The join of two fact sets of the same course. */
  public Facts merge(Compiled c, Facts other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    int n = c.ids.length;
    int[][] out = new int[n][];
    for (int i = 0; i < n; i++) {
      out[i] = mergeRecord(c, i, activity(i), other.activity(i));
    }
    return new Facts(out, Intervals.union(sessions, other.sessions));
  }

  private static int[] mergeRecord(Compiled c, int i, int[] a, int[] b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int[] out;
    switch (c.category[i]) {
      case Compiled.TIMED -> {
        int[] segs = Intervals.union(Arrays.copyOfRange(a, TIMED_HEADER, a.length),
            Arrays.copyOfRange(b, TIMED_HEADER, b.length));
        out = new int[TIMED_HEADER + segs.length];
        long atA = join(a[2], a[3]);
        long atB = join(b[2], b[3]);
        int[] win = atA > atB || (atA == atB && a[1] >= b[1]) ? a : b;
        out[1] = win[1];
        out[2] = win[2];
        out[3] = win[3];
        System.arraycopy(segs, 0, out, TIMED_HEADER, segs.length);
      }
      case Compiled.SCORED -> {
        out = a.clone();
        out[1] = a[1] | b[1];
        raise(out, 2, Double.longBitsToDouble(join(b[2], b[3])));
        raise(out, 4, Double.longBitsToDouble(join(b[4], b[5])));
      }
      default -> out = new int[1];
    }
    out[0] = a[0] | b[0];
    return out;
  }

  /** These facts moved onto another compiled course: by activity id, clipped to new durations. */
  public Facts migrate(Compiled from, Compiled to, java.util.function.BiConsumer<String, String> report) {
    int[][] out = new int[to.ids.length][];
    boolean any = false;
    for (int i = 0; i < from.ids.length; i++) {
      int[] rec = activity(i);
      if (rec == null) {
        continue;
      }
      int j = to.indexOf(from.ids[i]);
      if (j < 0) {
        report.accept(from.ids[i], "dropped");
        continue;
      }
      if (from.category[i] != to.category[j]) {
        out[j] = to.category[j] == Compiled.TIMED ? new int[] {rec[0] & (STARTED | COMPLETED | MARKED), -1,
            (int) (Long.MIN_VALUE >>> 32), 0}
            : to.category[j] == Compiled.SCORED ? newScored(rec[0] & (STARTED | COMPLETED | MARKED))
            : new int[] {rec[0] & (STARTED | COMPLETED | MARKED)};
        report.accept(from.ids[i], "kindChanged");
      } else if (to.category[j] == Compiled.TIMED && from.durationMs[i] != to.durationMs[j]) {
        int[] segs = Intervals.clip(Arrays.copyOfRange(rec, TIMED_HEADER, rec.length), to.durationMs[j]);
        int[] r = new int[TIMED_HEADER + segs.length];
        System.arraycopy(rec, 0, r, 0, TIMED_HEADER);
        r[1] = Math.min(r[1], to.durationMs[j]);
        System.arraycopy(segs, 0, r, TIMED_HEADER, segs.length);
        out[j] = r;
        report.accept(from.ids[i], "durationChanged");
      } else if (from.kind(i) != to.kind(j)) {
        // Another kind of the same category (a video now an audio recording): everything still applies.
        out[j] = rec;
        report.accept(from.ids[i], "kindChanged");
      } else if (to.category[j] == Compiled.SCORED && Double.compare(from.passingScaled[i], to.passingScaled[j]) != 0) {
        // Kept as is: attempts without a verdict are judged against the new passing score.
        out[j] = rec;
        report.accept(from.ids[i], "passingScoreChanged");
      } else {
        out[j] = rec;
        report.accept(from.ids[i], "carried");
      }
      any = true;
    }
    return new Facts(any ? out : null, sessions);
  }

  private static int[] newScored(int flags) {
    long nan = Double.doubleToRawLongBits(Double.NaN);
    return new int[] {flags, 0, (int) (nan >>> 32), (int) nan, (int) (nan >>> 32), (int) nan};
  }

  /** Sets the double at {@code at, at + 1} to {@code value} when that is higher (NaN is lowest). */
  private static void raise(int[] record, int at, double value) {
    double old = Double.longBitsToDouble(join(record[at], record[at + 1]));
    if (!Double.isNaN(value) && (Double.isNaN(old) || value > old)) {
      long bits = Double.doubleToRawLongBits(value);
      record[at] = (int) (bits >>> 32);
      record[at + 1] = (int) bits;
    }
  }

  static long join(int hi, int lo) {
    return ((long) hi << 32) | (lo & 0xffffffffL);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Facts f)) {
      return false;
    }
    if (!Arrays.equals(sessions, f.sessions)) {
      return false;
    }
    int n = Math.max(acts == null ? 0 : acts.length, f.acts == null ? 0 : f.acts.length);
    for (int i = 0; i < n; i++) {
      if (!Arrays.equals(activity(i), f.activity(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    // Untouched activities must not count: equal facts may hold no array or one of nulls.
    int h = Arrays.hashCode(sessions);
    if (acts != null) {
      for (int i = 0; i < acts.length; i++) {
        if (acts[i] != null) {
          h = 31 * h + i * 17 + Arrays.hashCode(acts[i]);
        }
      }
    }
    return h;
  }
}
