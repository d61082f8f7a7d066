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
 *   <li>scored: {@code [flags, attemptMask, bestScoreHi, bestScoreLo]}, best scaled score as
 *       double bits (NaN when none);
 *   <li>plain: {@code [flags]}.
 * </ul>
 * Time spent is a set of epoch-millisecond intervals.
 */
public final class Facts {
  public static final int STARTED = 1;
  public static final int COMPLETED = 2;
  public static final int MARKED = 4;
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

  // ---- folding ----

  /** These facts with one event added. The event's activity must be in the course. */
  public Facts apply(Compiled c, ProgressEvent event) {
    if (event instanceof ProgressEvent.TimeSpent t) {
      int i = t.activity().map(id -> known(c, id)).orElse(-1);
      long[] s = Intervals.add(sessions, t.start().toEpochMilli(), t.end().toEpochMilli());
      Facts withSession = s == sessions ? this : new Facts(acts, s);
      return i < 0 ? withSession : withSession.touch(c, i, STARTED);
    }
    if (event instanceof ProgressEvent.EnrolmentChanged) {
      return this;
    }
    int i = known(c, event.activity().orElseThrow());
    if (event instanceof ProgressEvent.Started) {
      return touch(c, i, STARTED);
    } else if (event instanceof ProgressEvent.Completed) {
      return touch(c, i, STARTED | COMPLETED);
    } else if (event instanceof ProgressEvent.MarkedDone) {
      return touch(c, i, MARKED);
    } else if (event instanceof ProgressEvent.Played p) {
      return played(c, i, (int) p.segment().from().toMillis(), (int) p.segment().to().toMillis());
    } else if (event instanceof ProgressEvent.Positioned p) {
      return positioned(c, i, (int) p.position().toMillis(), p.timestamp().toEpochMilli());
    } else if (event instanceof ProgressEvent.Scored s) {
      return scored(c, i, s);
    }
    throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
  }

  private static int known(Compiled c, String id) {
    int i = c.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("no activity '" + id + "' in the course");
    }
    return i;
  }

  private int[] current(Compiled c, int i) {
    int[] a = activity(i);
    if (a != null) {
      return a;
    }
    return switch (c.category[i]) {
      case Compiled.TIMED -> new int[] {0, -1, (int) (Long.MIN_VALUE >>> 32), 0};
      case Compiled.SCORED -> {
        long nan = Double.doubleToRawLongBits(Double.NaN);
        yield new int[] {0, 0, (int) (nan >>> 32), (int) nan};
      }
      default -> new int[] {0};
    };
  }

  private Facts with(int i, int[] record, int n) {
    int[][] copy = acts == null ? new int[n][] : acts.clone();
    copy[i] = record;
    return new Facts(copy, sessions);
  }

  private Facts touch(Compiled c, int i, int flags) {
    int[] a = current(c, i);
    if ((a[0] | flags) == a[0] && activity(i) != null) {
      return this;
    }
    int[] b = a.clone();
    b[0] |= flags;
    return with(i, b, c.ids.length);
  }

  private Facts played(Compiled c, int i, int from, int to) {
    int[] a = current(c, i);
    if (c.category[i] != Compiled.TIMED) {
      return touch(c, i, STARTED);
    }
    int end = Math.min(to, c.durationMs[i]);
    int[] segs = Arrays.copyOfRange(a, TIMED_HEADER, a.length);
    int[] merged = from < end ? Intervals.add(segs, from, end) : segs;
    if (merged == segs && (a[0] & STARTED) != 0 && activity(i) != null) {
      return this;
    }
    int[] b = new int[TIMED_HEADER + merged.length];
    System.arraycopy(a, 0, b, 0, TIMED_HEADER);
    b[0] |= STARTED;
    System.arraycopy(merged, 0, b, TIMED_HEADER, merged.length);
    return with(i, b, c.ids.length);
  }

  private Facts positioned(Compiled c, int i, int positionMs, long at) {
    int[] a = current(c, i);
    if (c.category[i] != Compiled.TIMED) {
      return touch(c, i, STARTED);
    }
    int pos = Math.min(positionMs, c.durationMs[i]);
    long prevAt = join(a[2], a[3]);
    boolean newer = at > prevAt || (at == prevAt && pos > a[1]);
    if (!newer && (a[0] & STARTED) != 0 && activity(i) != null) {
      return this;
    }
    int[] b = a.clone();
    b[0] |= STARTED;
    if (newer) {
      b[1] = pos;
      b[2] = (int) (at >>> 32);
      b[3] = (int) at;
    }
    return with(i, b, c.ids.length);
  }

  private Facts scored(Compiled c, int i, ProgressEvent.Scored s) {
    int[] a = current(c, i);
    if (c.category[i] != Compiled.SCORED) {
      return touch(c, i, STARTED);
    }
    double scaled = s.score().scaled();
    boolean passed = s.passed().orElse(scaled >= c.passingScaled[i]);
    int[] b = a.clone();
    b[0] |= STARTED | (passed ? PASSED : 0);
    b[1] |= 1 << (s.attempt() - 1);
    double best = Double.longBitsToDouble(join(a[2], a[3]));
    if (Double.isNaN(best) || scaled > best) {
      long bits = Double.doubleToRawLongBits(scaled);
      b[2] = (int) (bits >>> 32);
      b[3] = (int) bits;
    }
    if (Arrays.equals(a, b) && activity(i) != null) {
      return this;
    }
    return with(i, b, c.ids.length);
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
        out = new int[4];
        out[1] = a[1] | b[1];
        double sa = Double.longBitsToDouble(join(a[2], a[3]));
        double sb = Double.longBitsToDouble(join(b[2], b[3]));
        int[] win = Double.isNaN(sb) || (!Double.isNaN(sa) && sa >= sb) ? a : b;
        out[2] = win[2];
        out[3] = win[3];
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
            : to.category[j] == Compiled.SCORED ? new int[] {rec[0] & (STARTED | COMPLETED | MARKED), 0,
            (int) (Double.doubleToRawLongBits(Double.NaN) >>> 32), (int) Double.doubleToRawLongBits(Double.NaN)}
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
      } else {
        out[j] = rec;
        report.accept(from.ids[i], "carried");
      }
      any = true;
    }
    return new Facts(any ? out : null, sessions);
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
