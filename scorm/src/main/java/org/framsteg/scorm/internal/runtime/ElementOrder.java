package org.framsteg.scorm.internal.runtime;

import java.util.Comparator;

/**
 * Orders element names segment by segment, with numeric segments (indexes) in numeric order: {@code
 * cmi.interactions.2.id} before {@code cmi.interactions.10.id}.
 */
public final class ElementOrder implements Comparator<String> {
  public static final ElementOrder INSTANCE = new ElementOrder();

  private ElementOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = segmentEnd(a, i);
      int endB = segmentEnd(b, j);
      int c = compareSegments(a, i, endA, b, j, endB);
      if (c != 0) {
        return c;
      }
      i = endA + 1;
      j = endB + 1;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int segmentEnd(String s, int from) {
    int dot = s.indexOf('.', from);
    return dot < 0 ? s.length() : dot;
  }

  private static int compareSegments(String a, int i, int endA, String b, int j, int endB) {
    boolean numA = Texts.allDigits(a, i, endA);
    boolean numB = Texts.allDigits(b, j, endB);
    if (numA && numB) {
      int c = Integer.compare(endA - i, endB - j);
      if (c != 0) {
        return c;
      }
    } else if (numA != numB) {
      return numA ? -1 : 1;
    }
    int c = CharSequenceCompare.compare(a, i, endA, b, j, endB);
    return c != 0 ? c : Integer.compare(endA - i, endB - j);
  }

  /** Lexicographic comparison of two ranges without copying them. */
  private static final class CharSequenceCompare {
    static int compare(String a, int i, int endA, String b, int j, int endB) {
      while (i < endA && j < endB) {
        int c = Character.compare(a.charAt(i++), b.charAt(j++));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(endA - i, endB - j);
    }
  }
}
