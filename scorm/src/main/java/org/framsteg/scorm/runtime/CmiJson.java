package org.framsteg.scorm.runtime;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.framsteg.scorm.internal.runtime.JsonShape;

/**
 * Converts between the flat element map and the nested JSON object a browser run-time such as
 * scorm-again keeps its {@code cmi} data in: objects nest by element name, records of an array are
 * an object keyed {@code "0"}, {@code "1"}, ... (a JSON array is read too), and every value is a
 * string.
 *
 * <pre>{@code
 * Scorm2004Cmi cmi = Scorm2004Cmi.fromElements(CmiJson.toElements("{\"cmi\":{\"location\":\"p3\"}}"));
 * String json = CmiJson.fromElements(cmi.toElements());   // {"cmi":{"location":"p3"}}
 * }</pre>
 *
 * <p>Reading accepts a root object with {@code cmi} (and other namespaces such as {@code adl}), or
 * the {@code cmi} object itself, whose names are then read under {@code cmi}; names that already
 * contain dots (a flattened export) are taken as they are. JSON numbers are accepted as their
 * decimal text ({@code 85} becomes {@code "85"}); {@code null}, booleans, duplicate names, the same
 * element given twice and malformed JSON are a {@link CmiDataException}. The element values are
 * not checked here: pass the map to {@link Scorm12Cmi#fromElements} or {@link
 * Scorm2004Cmi#fromElements}.
 */
public final class CmiJson {

  private CmiJson() {}

  /**
   * The flat element map of a JSON object.
   *
   * @throws CmiDataException for malformed JSON or values that are not strings or numbers
   */
  public static SortedMap<String, String> toElements(String json) {
    Objects.requireNonNull(json, "json");
    return JsonShape.flatten(json);
  }

  /**
   * The nested JSON object of a flat element map, with a {@code cmi} root and records keyed by
   * index, in element order.
   *
   * @throws CmiDataException if one element name is a prefix of another ({@code a} and {@code
   *     a.b}), so that the map has no nested form
   */
  public static String fromElements(Map<String, String> elements) {
    Objects.requireNonNull(elements, "elements");
    return JsonShape.nest(elements);
  }
}
