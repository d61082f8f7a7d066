package org.framsteg.xapi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Extension values keyed by IRI, as found in an activity definition, a result or a context.
 *
 * <pre>{@code
 * Extensions ext = Extensions.of("https://w3id.org/xapi/cmi5/context/extensions/sessionid", JsonValue.of("s-1"));
 * Optional<String> session = ext.get("https://w3id.org/xapi/cmi5/context/extensions/sessionid").flatMap(JsonValue::asString);
 * }</pre>
 *
 * <p>Values are any JSON value, {@code null} included, kept exactly: numbers keep their digits (see
 * {@link JsonValue.JsonNumber}). Entries are ordered by key so that the same extensions always write
 * the same bytes. That keys are IRIs is checked by {@link StatementValidator}. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#41-extensions">xAPI-Data 4.1
 * Extensions</a>.
 */
public final class Extensions {

  private static final Extensions EMPTY = new Extensions(new TreeMap<>());

  private final SortedMap<String, JsonValue> entries;

  private Extensions(TreeMap<String, JsonValue> entries) {
    this.entries = Collections.unmodifiableSortedMap(entries);
  }

  /** No extensions. */
  public static Extensions empty() {
    return EMPTY;
  }

  /** One extension. */
  public static Extensions of(String iri, JsonValue value) {
    TreeMap<String, JsonValue> m = new TreeMap<>();
    put(m, iri, value);
    return new Extensions(m);
  }

  /** The given extensions, copied. */
  public static Extensions of(Map<String, ? extends JsonValue> entries) {
    if (entries.isEmpty()) {
      return EMPTY;
    }
    TreeMap<String, JsonValue> m = new TreeMap<>();
    entries.forEach((iri, value) -> put(m, iri, value));
    return new Extensions(m);
  }

  /** These extensions with {@code value} under {@code iri} added or replaced. */
  public Extensions with(String iri, JsonValue value) {
    TreeMap<String, JsonValue> m = new TreeMap<>(entries);
    put(m, iri, value);
    return new Extensions(m);
  }

  /** These extensions with a string value under {@code iri}. */
  public Extensions with(String iri, String value) {
    return with(iri, JsonValue.of(value));
  }

  /** These extensions with a number under {@code iri}. */
  public Extensions with(String iri, BigDecimal value) {
    return with(iri, JsonValue.of(value));
  }

  /** The value under {@code iri}; compared exactly, as xAPI IRIs are (xAPI-Data 3.1). */
  public Optional<JsonValue> get(String iri) {
    return Optional.ofNullable(entries.get(iri));
  }

  /** All entries, ordered by key; unmodifiable. */
  public SortedMap<String, JsonValue> asMap() {
    return entries;
  }

  /** Whether there are no extensions. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The number of extensions. */
  public int size() {
    return entries.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Extensions other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Extensions" + entries;
  }

  private static void put(TreeMap<String, JsonValue> m, String iri, JsonValue value) {
    m.put(Objects.requireNonNull(iri, "extension IRI"), Objects.requireNonNull(value, "value"));
  }
}
