package org.framsteg.scorm.internal.runtime;

import java.util.ArrayList;
import java.util.List;

/** Rules shared by the records of both data models. */
final class RecordReading {

  private RecordReading() {}

  /** A missing or blank id; an invalid one has been reported by its codec. */
  static void requireId(Records.Entry e, String rule, Violations v) {
    String text = e.values().get("id");
    if (text == null || text.isEmpty()) {
      v.add(e.element() + ".id", "required: " + rule);
    }
  }

  /**
   * The single element {@code name} of each record of a nested array, such as {@code
   * cmi.interactions.n.objectives.m.id}.
   *
   * @param required the rule when the element is missing or blank
   * @param unknown the rule for any other element of the record
   */
  static List<String> readList(
      List<Records.Entry> entries,
      String name,
      Codec<String> codec,
      String required,
      String unknown,
      Violations v) {
    List<String> values = new ArrayList<>(entries.size());
    for (Records.Entry e : entries) {
      String prefix = e.element() + ".";
      e.values().keySet().stream()
          .filter(k -> !k.equals(name))
          .sorted()
          .forEach(k -> v.add(prefix + k, unknown));
      String text = e.values().get(name);
      if (text == null) {
        v.add(prefix + name, "required: " + required);
        continue;
      }
      int before = v.size();
      codec.read(prefix + name, text, v)
          .ifPresentOrElse(
              values::add,
              () -> {
                if (v.size() == before) { // blank, read as not set
                  v.add(prefix + name, "required: " + required);
                }
              });
    }
    return values;
  }
}
