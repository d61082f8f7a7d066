package org.framsteg.xapi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value inside an extension, kept exactly as given.
 *
 * <pre>{@code
 * JsonValue room = JsonValue.object(Map.of("name", JsonValue.of("Kilby")));
 * BigDecimal p = JsonValue.number("1.000000000000000000001").asBigDecimal().orElseThrow();
 * }</pre>
 *
 * <p>Extension values may be any JSON value and an LRS must not reject or alter them (<a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#41-extensions">xAPI-Data
 * 4.1</a>), so numbers are kept as their JSON text ({@code 1.000000000000000000001} and {@code
 * 12345678901234567890123} are written back digit for digit) and objects keep their members in the
 * order given. Two values are equal when they write the same JSON: {@code 1.0} and {@code 1.00} are
 * different numbers, and objects with the same members in another order are different objects.
 */
public sealed interface JsonValue
    permits JsonValue.JsonString,
        JsonValue.JsonNumber,
        JsonValue.JsonBoolean,
        JsonValue.JsonNull,
        JsonValue.JsonArray,
        JsonValue.JsonObject {

  /** A JSON string. */
  static JsonValue of(String value) {
    return new JsonString(value);
  }

  /** A JSON {@code true} or {@code false}. */
  static JsonValue of(boolean value) {
    return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
  }

  /** A JSON number written as {@code value}'s decimal digits. */
  static JsonValue of(long value) {
    return new JsonNumber(Long.toString(value));
  }

  /** A JSON number written as {@link BigDecimal#toString()}, e.g. {@code 0.95} or {@code 1E+3}. */
  static JsonValue of(BigDecimal value) {
    return new JsonNumber(value.toString());
  }

  /** A JSON number written as {@code value}'s decimal digits. */
  static JsonValue of(BigInteger value) {
    return new JsonNumber(value.toString());
  }

  /**
   * A JSON number with exactly this text.
   *
   * @throws IllegalArgumentException if {@code text} is not a JSON number (RFC 8259 section 6)
   */
  static JsonValue number(String text) {
    return new JsonNumber(text);
  }

  /** JSON {@code null}. */
  static JsonValue nullValue() {
    return JsonNull.INSTANCE;
  }

  /** A JSON array of the given elements, copied. */
  static JsonValue array(List<? extends JsonValue> elements) {
    return new JsonArray(List.copyOf(elements));
  }

  /** A JSON object with the given members in the map's iteration order, copied. */
  static JsonValue object(Map<String, ? extends JsonValue> members) {
    return new JsonObject(java.util.Collections.unmodifiableMap(members));
  }

  /** The string, if this is a JSON string. */
  default Optional<String> asString() {
    return this instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
  }

  /** The number, if this is a JSON number; exact, whatever its size. */
  default Optional<BigDecimal> asBigDecimal() {
    return this instanceof JsonNumber n ? Optional.of(n.bigDecimalValue()) : Optional.empty();
  }

  /** The boolean, if this is JSON {@code true} or {@code false}. */
  default Optional<Boolean> asBoolean() {
    return this instanceof JsonBoolean b ? Optional.of(b.value()) : Optional.empty();
  }

  /** Whether this is JSON {@code null}. */
  default boolean isNull() {
    return this instanceof JsonNull;
  }

  /** A JSON string value. */
  record JsonString(String value) implements JsonValue {
    /** Checks that {@code value} is not null. */
    public JsonString {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(value.length() + 2);
      quote(b, value);
      return b.toString();
    }
  }

  /**
   * A JSON number, kept as its text so that no digit is lost.
   *
   * @param text the number as written in JSON, e.g. {@code -0.5e10}
   */
  record JsonNumber(String text) implements JsonValue {
    /** Checks that {@code text} is a JSON number (RFC 8259 section 6). */
    public JsonNumber {
      Objects.requireNonNull(text, "text");
      if (!isJsonNumber(text)) {
        throw new IllegalArgumentException("not a JSON number: \"" + text + "\"");
      }
    }

    /** The exact value. */
    public BigDecimal bigDecimalValue() {
      return new BigDecimal(text);
    }

    @Override
    public String toString() {
      return text;
    }

    private static boolean isJsonNumber(String s) {
      int n = s.length();
      int i = 0;
      if (i < n && s.charAt(i) == '-') {
        i++;
      }
      if (i >= n) {
        return false;
      }
      if (s.charAt(i) == '0') {
        i++;
      } else if (isDigit(s.charAt(i))) {
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
      } else {
        return false;
      }
      if (i < n && s.charAt(i) == '.') {
        i++;
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
        if (i == start) {
          return false;
        }
      }
      if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
          i++;
        }
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
        if (i == start) {
          return false;
        }
      }
      return i == n;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }

  /** JSON {@code true} or {@code false}. */
  record JsonBoolean(boolean value) implements JsonValue {
    static final JsonBoolean TRUE = new JsonBoolean(true);
    static final JsonBoolean FALSE = new JsonBoolean(false);

    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** JSON {@code null}, allowed in extensions only. */
  record JsonNull() implements JsonValue {
    static final JsonNull INSTANCE = new JsonNull();

    @Override
    public String toString() {
      return "null";
    }
  }

  /** A JSON array. */
  record JsonArray(List<JsonValue> elements) implements JsonValue {
    /** Copies {@code elements}, which must not contain null. */
    public JsonArray {
      elements = List.copyOf(elements);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        b.append(elements.get(i));
      }
      return b.append(']').toString();
    }
  }

  /**
   * A JSON object whose members keep the order given.
   *
   * <p>Equality and hash code take the order into account, so equal objects write equal bytes.
   */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    /** Copies {@code members}, keeping their iteration order; no null keys or values. */
    public JsonObject {
      LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
      members.forEach(
          (k, v) -> copy.put(Objects.requireNonNull(k, "member name"), Objects.requireNonNull(v, k)));
      members = Collections.unmodifiableMap(copy);
    }

    /** The member named {@code name}. */
    public Optional<JsonValue> get(String name) {
      return Optional.ofNullable(members.get(name));
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof JsonObject other) || other.members.size() != members.size()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonValue>> a = members.entrySet().iterator();
      Iterator<Map.Entry<String, JsonValue>> b = other.members.entrySet().iterator();
      while (a.hasNext()) {
        if (!a.next().equals(b.next())) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return new ArrayList<>(members.entrySet()).hashCode();
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<String, JsonValue> e : members.entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        quote(b, e.getKey());
        b.append(':').append(e.getValue());
      }
      return b.append('}').toString();
    }
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
