package org.framsteg.scorm.internal.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One scalar element of an object of the data model: its name (relative to the object), its data
 * type and how to get it from the typed object. Rows drive reading, writing and checking alike, so
 * each element is described once.
 *
 * @param <O> the typed object
 * @param <T> the element's typed value
 */
public final class Row<O, T> {
  private final String name;
  private final Codec<T> codec;
  private final Function<O, Optional<T>> get;

  private Row(String name, Codec<T> codec, Function<O, Optional<T>> get) {
    this.name = name;
    this.codec = codec;
    this.get = get;
  }

  public static <O, T> Row<O, T> of(String name, Codec<T> codec, Function<O, Optional<T>> get) {
    return new Row<>(name, codec, get);
  }

  public String name() {
    return name;
  }

  public Codec<T> codec() {
    return codec;
  }

  /** Records a violation if the object's value breaks the element's rule. */
  public void check(String prefix, O object, Violations violations) {
    codec.check(prefix + name, get.apply(object), violations);
  }

  /** Writes the object's value, if set. */
  public void write(String prefix, O object, Map<String, String> out) {
    get.apply(object).ifPresent(v -> out.put(prefix + name, codec.write(v)));
  }

  /** Writes every row of every record of a list, record n under {@code base + n + "."}. */
  public static <O> void writeAll(String base, List<O> records, List<Row<O, ?>> rows,
      Map<String, String> out) {
    for (int n = 0; n < records.size(); n++) {
      for (Row<O, ?> row : rows) {
        row.write(base + n + ".", records.get(n), out);
      }
    }
  }

  /** Writes a list of plain values, value n as {@code base + n + suffix}. */
  public static void writeValues(String base, String suffix, List<String> values,
      Map<String, String> out) {
    for (int n = 0; n < values.size(); n++) {
      out.put(base + n + suffix, values.get(n));
    }
  }

  /** Typed values read from text, by row. */
  public static final class Bag {
    private final Map<String, Object> values = new HashMap<>();

    /** The value read for a row, if any. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(Row<?, T> row) {
      return Optional.ofNullable((T) values.get(row.name));
    }
  }

  /**
   * Reads the elements of one object.
   *
   * @param prefix the object's name with a trailing dot ({@code cmi.objectives.2.}), or empty
   * @param values the elements of the object by relative name
   * @param ignored relative names that are accepted but carry no data ({@code _children})
   * @param unknown the rule for a name that is neither a row nor ignored
   */
  public static <O> Bag read(
      List<Row<O, ?>> rows,
      String prefix,
      Map<String, String> values,
      Set<String> ignored,
      String unknown,
      Violations violations) {
    Map<String, Row<O, ?>> byName = new HashMap<>();
    for (Row<O, ?> row : rows) {
      byName.put(row.name, row);
    }
    Bag bag = new Bag();
    for (Map.Entry<String, String> e : values.entrySet()) {
      Row<O, ?> row = byName.get(e.getKey());
      if (row == null) {
        if (!ignored.contains(e.getKey())) {
          violations.add(prefix + e.getKey(), unknown);
        }
        continue;
      }
      row.codec.read(prefix + e.getKey(), e.getValue(), violations)
          .ifPresent(v -> bag.values.put(row.name, v));
    }
    return bag;
  }
}
