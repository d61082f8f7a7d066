package org.framsteg.scorm.internal.runtime;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Flat element maps to and from the nested JSON of browser run-times. */
public final class JsonShape {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonShape() {}

  public static SortedMap<String, String> flatten(String json) {
    Violations v = new Violations();
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      v.add("$", "malformed JSON: " + e.getOriginalMessage());
      v.throwIfAny();
      return null;
    }
    TreeMap<String, String> out = new TreeMap<>(ElementOrder.INSTANCE);
    if (root == null || !root.isObject()) {
      v.add("$", "the run-time data must be a JSON object");
      v.throwIfAny();
    }
    boolean rooted = false;
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String name = e.getKey();
      rooted |= name.equals("cmi") || name.startsWith("cmi.") || name.equals("adl") || name.startsWith("adl.");
    }
    walk(root, rooted ? "" : "cmi", out, v);
    v.throwIfAny();
    return Collections.unmodifiableSortedMap(out);
  }

  private static void walk(JsonNode node, String path, Map<String, String> out, Violations v) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out, v);
      }
    } else if (node.isArray()) {
      int i = 0;
      for (JsonNode item : node.values()) {
        walk(item, path + "." + i++, out, v);
      }
    } else if (node.isString()) {
      put(path, node.stringValue(), out, v);
    } else if (node.isNumber()) {
      BigDecimal number = node.decimalValue();
      if (!Codecs.plainLengthWithin(number)) {
        v.add(path, "a number of more than " + Codecs.NUMBER_LIMIT + " digits");
      } else {
        put(path, number.toPlainString(), out, v);
      }
    } else {
      v.add(path, "a value must be a string (or a number), not " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static void put(String path, String value, Map<String, String> out, Violations v) {
    if (out.putIfAbsent(path, value) != null) {
      v.add(path, "the element is given twice");
    }
  }

  public static String nest(Map<String, String> elements) {
    Violations v = new Violations();
    ObjectNode root = MAPPER.createObjectNode();
    TreeMap<String, String> sorted = new TreeMap<>(ElementOrder.INSTANCE);
    for (Map.Entry<String, String> e : elements.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        v.add(String.valueOf(e.getKey()), "element names and values must not be null");
      } else {
        sorted.put(e.getKey(), e.getValue());
      }
    }
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      String[] names = e.getKey().split("\\.", -1);
      ObjectNode at = root;
      boolean placed = true;
      for (int i = 0; i < names.length - 1 && placed; i++) {
        JsonNode child = at.get(names[i]);
        if (child == null) {
          at = at.putObject(names[i]);
        } else if (child.isObject()) {
          at = (ObjectNode) child;
        } else {
          placed = false;
        }
      }
      String last = names[names.length - 1];
      if (!placed || at.has(last)) {
        v.add(e.getKey(), "has no nested JSON form: it clashes with another element name");
      } else {
        at.put(last, e.getValue());
      }
    }
    v.throwIfAny();
    return MAPPER.writeValueAsString(root);
  }
}
