package org.framsteg.scorm.internal.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The records of one array element (such as {@code cmi.interactions}) of a flat element map,
 * grouped by index. Only the indexes present in the input are held, so a hostile index such as
 * {@code 1000000000} costs nothing; it is reported as a gap.
 */
public final class Records {
  private final String prefix;
  private final String cite;
  private final TreeMap<String, Map<String, String>> byIndex = new TreeMap<>(Records::compareIndexes);
  private String count;

  /**
   * @param prefix the array element, e.g. {@code cmi.interactions.3.objectives}
   * @param cite the spec section of the array, for messages
   */
  public Records(String prefix, String cite) {
    this.prefix = prefix;
    this.cite = cite;
  }

  /** One record of the array: its index and its elements by name relative to the record. */
  public static final class Entry {
    private final String element;
    private final Map<String, String> values;

    Entry(String element, Map<String, String> values) {
      this.element = element;
      this.values = values;
    }

    /** The full name of the record, e.g. {@code cmi.interactions.3}. */
    public String element() {
      return element;
    }

    /** The record's elements, by name relative to the record, e.g. {@code score.raw}. */
    public Map<String, String> values() {
      return values;
    }
  }

  /**
   * Takes one element of the input.
   *
   * @param rest the name after {@code prefix.}
   * @param key the full name, for messages
   */
  public void accept(String rest, String key, String value, Violations violations) {
    int dot = rest.indexOf('.');
    String head = dot < 0 ? rest : rest.substring(0, dot);
    if (dot < 0 && head.equals("_count")) {
      count = value;
      return;
    }
    if (dot < 0 && head.equals("_children")) {
      return;
    }
    if (!isIndex(head)) {
      boolean looksNumeric =
          !head.isEmpty()
              && Texts.allDigits(head, head.charAt(0) == '-' || head.charAt(0) == '+' ? 1 : 0, head.length());
      violations.add(
          key,
          looksNumeric
              ? "the index must be a non-negative integer without sign or leading zeros " + cite
              : "unknown element: " + prefix + " has records n, _count and _children " + cite);
      return;
    }
    if (dot < 0 || dot == rest.length() - 1) {
      violations.add(key, "unknown element: an index must be followed by an element name " + cite);
      return;
    }
    byIndex.computeIfAbsent(head, k -> new HashMap<>()).put(rest.substring(dot + 1), value);
  }

  /**
   * The records in index order. Records past a gap are returned too, so that their values are
   * checked, but the first gap is a violation: the RTE requires indexes contiguous from 0.
   */
  public List<Entry> entries(Violations violations) {
    List<Entry> entries = new ArrayList<>(byIndex.size());
    long expected = 0;
    boolean gapReported = false;
    for (Map.Entry<String, Map<String, String>> e : byIndex.entrySet()) {
      if (!gapReported && !e.getKey().equals(Long.toString(expected))) {
        violations.add(
            prefix + "." + expected,
            "missing: indexes must be contiguous from 0, but "
                + prefix
                + "."
                + Texts.quote(e.getKey()).replace("\"", "")
                + " is set "
                + cite);
        gapReported = true;
      }
      expected++;
      entries.add(new Entry(prefix + "." + e.getKey(), e.getValue()));
    }
    if (count != null && !count.equals(Integer.toString(byIndex.size()))) {
      violations.add(
          prefix + "._count",
          "must equal the number of records, "
              + byIndex.size()
              + ", not "
              + Texts.quote(count)
              + " "
              + cite);
    }
    return entries;
  }

  static boolean isIndex(String s) {
    return Texts.allDigits(s, 0, s.length()) && (s.length() == 1 || s.charAt(0) != '0');
  }

  private static int compareIndexes(String a, String b) {
    int c = Integer.compare(a.length(), b.length());
    return c != 0 ? c : a.compareTo(b);
  }
}
