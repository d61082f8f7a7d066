package org.framsteg.scorm.internal.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A flat element map split into the parts a data model reads differently: its own scalar
 * elements, the records of its arrays, and elements outside the {@code cmi} namespace.
 */
public final class FlatElements {
  public final Map<String, String> scalars = new TreeMap<>(ElementOrder.INSTANCE);
  public final Map<String, String> extensions = new TreeMap<>(ElementOrder.INSTANCE);
  public final Map<String, Records> arrays = new LinkedHashMap<>();

  private FlatElements() {}

  /**
   * Splits {@code elements}.
   *
   * @param arrays the array elements of the data model and the spec section of each, e.g. {@code
   *     cmi.interactions}
   */
  public static FlatElements split(
      Map<String, String> elements, Map<String, String> arrays, Violations violations) {
    FlatElements split = new FlatElements();
    arrays.forEach((prefix, cite) -> split.arrays.put(prefix, new Records(prefix, cite)));
    for (Map.Entry<String, String> e : elements.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      if (key == null) {
        violations.add("(null)", "an element name must not be null");
        continue;
      }
      if (value == null) {
        violations.add(key, "the value must not be null; use the empty string for CMIBlank");
        continue;
      }
      int dot = key.indexOf('.');
      String namespace = dot < 0 ? key : key.substring(0, dot);
      if (namespace.isEmpty()) {
        violations.add(Texts.quote(key), "an element name must start with a namespace such as cmi");
        continue;
      }
      if (!namespace.equals("cmi")) {
        if (namespace.equalsIgnoreCase("cmi")) {
          violations.add(key, "unknown element: element names are case-sensitive (cmi, not " + namespace + ")");
        } else {
          split.extensions.put(key, value);
        }
        continue;
      }
      Records records = null;
      String rest = null;
      for (Map.Entry<String, Records> a : split.arrays.entrySet()) {
        String prefix = a.getKey() + ".";
        if (key.startsWith(prefix)) {
          records = a.getValue();
          rest = key.substring(prefix.length());
          break;
        }
      }
      if (records != null) {
        records.accept(rest, key, value, violations);
      } else {
        split.scalars.put(key, value);
      }
    }
    return split;
  }
}
