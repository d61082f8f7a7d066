package org.framsteg.core.internal;

import java.util.Arrays;

/**
 * Interval sets as sorted arrays of disjoint, non-touching {@code [start, end)} pairs. Every
 * operation returns a new array (or the same one when nothing changes); inputs are never changed.
 * Two variants: {@code int} milliseconds for media offsets, {@code long} epoch milliseconds for
 * time spent.
 */
public final class Intervals {
  public static final int[] EMPTY = new int[0];
  public static final long[] EMPTY_LONG = new long[0];

  private Intervals() {}

  /** The set with [start, end) added. Returns {@code set} itself when it already covers it. */
  public static int[] add(int[] set, int start, int end) {
    if (end <= start) {
      return set;
    }
    int n = set.length;
    // first pair whose end >= start (touching pairs merge)
    int i = 0;
    while (i < n && set[i + 1] < start) {
      i += 2;
    }
    int j = i;
    int newStart = start;
    int newEnd = end;
    while (j < n && set[j] <= end) {
      newStart = Math.min(newStart, set[j]);
      newEnd = Math.max(newEnd, set[j + 1]);
      j += 2;
    }
    if (j - i == 2 && set[i] == newStart && set[i + 1] == newEnd) {
      return set;
    }
    int[] out = new int[n - (j - i) + 2];
    System.arraycopy(set, 0, out, 0, i);
    out[i] = newStart;
    out[i + 1] = newEnd;
    System.arraycopy(set, j, out, i + 2, n - j);
    return out;
  }

  /** The union of two sets. */
  public static int[] union(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    int[] out = a;
    for (int i = 0; i < b.length; i += 2) {
      out = add(out, b[i], b[i + 1]);
    }
    return out;
  }

  /** The part of the set within [0, limit). */
  public static int[] clip(int[] set, int limit) {
    int n = set.length;
    if (n == 0 || set[n - 1] <= limit) {
      return set;
    }
    int k = 0;
    while (k < n && set[k] < limit) {
      k += 2;
    }
    int[] out = Arrays.copyOf(set, k);
    if (k > 0 && out[k - 1] > limit) {
      out[k - 1] = limit;
    }
    return out;
  }

  /** The total length covered. */
  public static long measure(int[] set) {
    long total = 0;
    for (int i = 0; i < set.length; i += 2) {
      total += set[i + 1] - set[i];
    }
    return total;
  }

  /** Whether {@code big} covers every part of {@code small}. */
  public static boolean covers(int[] big, int[] small) {
    return union(big, small) == big || Arrays.equals(union(big, small), big);
  }

  // ---- long variant (epoch milliseconds) ----

  /** The set with [start, end) added. */
  public static long[] add(long[] set, long start, long end) {
    if (end <= start) {
      return set;
    }
    int n = set.length;
    int i = 0;
    while (i < n && set[i + 1] < start) {
      i += 2;
    }
    int j = i;
    long newStart = start;
    long newEnd = end;
    while (j < n && set[j] <= end) {
      newStart = Math.min(newStart, set[j]);
      newEnd = Math.max(newEnd, set[j + 1]);
      j += 2;
    }
    if (j - i == 2 && set[i] == newStart && set[i + 1] == newEnd) {
      return set;
    }
    long[] out = new long[n - (j - i) + 2];
    System.arraycopy(set, 0, out, 0, i);
    out[i] = newStart;
    out[i + 1] = newEnd;
    System.arraycopy(set, j, out, i + 2, n - j);
    return out;
  }

  /** The union of two sets. */
  public static long[] union(long[] a, long[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    long[] out = a;
    for (int i = 0; i < b.length; i += 2) {
      out = add(out, b[i], b[i + 1]);
    }
    return out;
  }

  /** The part of the set before {@code limit}. */
  public static long[] before(long[] set, long limit) {
    int n = set.length;
    if (n == 0 || set[n - 1] <= limit) {
      return set;
    }
    int k = 0;
    while (k < n && set[k] < limit) {
      k += 2;
    }
    long[] out = Arrays.copyOf(set, k);
    if (k > 0 && out[k - 1] > limit) {
      out[k - 1] = limit;
    }
    return out;
  }

  /** The total length covered. */
  public static long measure(long[] set) {
    long total = 0;
    for (int i = 0; i < set.length; i += 2) {
      total += set[i + 1] - set[i];
    }
    return total;
  }
}
