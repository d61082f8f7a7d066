package org.framsteg.core.internal.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.framsteg.core.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Sorts violations in the order their places appear in the document. A violation about a key that
 * is missing sorts with the start of the object that lacks it; ties keep the order found.
 */
final class DocumentOrder {
  private DocumentOrder() {}

  static List<Violation> sort(JsonNode root, List<Violation> violations) {
    List<Keyed> keyed = new ArrayList<>(violations.size());
    Map<JsonNode, Map<String, Integer>> keyIndex = new IdentityHashMap<>();
    for (Violation v : violations) {
      keyed.add(new Keyed(v, position(root, v.path(), keyIndex)));
    }
    keyed.sort(Comparator.comparing(Keyed::position, DocumentOrder::compare));
    return keyed.stream().map(Keyed::violation).toList();
  }

  private record Keyed(Violation violation, int[] position) {}

  /** The position of a path as the index of each step among its siblings; -1 for a missing step. */
  private static int[] position(JsonNode root, String path, Map<JsonNode, Map<String, Integer>> keyIndex) {
    List<Object> segments = JsonPaths.segments(path);
    int[] out = new int[segments.size()];
    JsonNode node = root;
    for (int s = 0; s < segments.size(); s++) {
      Object segment = segments.get(s);
      int found = -1;
      JsonNode next = null;
      if (node != null && node.isObject() && segment instanceof String name) {
        // An object may have very many keys; index each object once, not once per violation.
        Integer at = keyIndex.computeIfAbsent(node, DocumentOrder::keyPositions).get(name);
        if (at != null) {
          found = at;
          next = node.get(name);
        }
      } else if (node != null && node.isArray() && segment instanceof Integer index
          && index < node.size()) {
        found = index;
        next = node.get(index);
      }
      out[s] = found;
      if (found < 0) {
        int[] shorter = new int[s + 1];
        System.arraycopy(out, 0, shorter, 0, s + 1);
        return shorter;
      }
      node = next;
    }
    return out;
  }

  private static Map<String, Integer> keyPositions(JsonNode object) {
    Map<String, Integer> positions = new HashMap<>();
    int i = 0;
    for (String key : object.propertyNames()) {
      positions.put(key, i++);
    }
    return positions;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = Integer.compare(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }
}
