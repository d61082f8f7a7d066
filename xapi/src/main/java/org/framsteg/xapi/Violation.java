package org.framsteg.xapi;

import java.util.Objects;

/**
 * One broken rule in a statement: where (a JSON path), what (the rule) and why (the spec section).
 *
 * <pre>{@code
 * List<Violation> problems = Xapi.validator(XapiVersion.V2_0).validate(statement);
 * problems.forEach(v -> System.err.println(v)); // $.actor.mbox: must be a mailto: IRI (xAPI-Data 2.4.2.3)
 * }</pre>
 *
 * <p>Paths follow JSONPath's normalized form: {@code $} is the statement, {@code .name} a property,
 * {@code [0]} an array element and {@code ['http://example.com/x']} a key that is not a plain name
 * (extension IRIs, language tags). See
 * <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#22-formatting-requirements">xAPI-Data
 * 2.2 Formatting Requirements</a>.
 *
 * @param path JSON path of the offending value, e.g. {@code $.context.contextActivities.parent[0].id}
 * @param rule the rule broken, phrased for the person who has to fix the input, e.g. {@code must be
 *     a mailto: IRI}
 * @param section where the rule comes from, e.g. {@code xAPI-Data 2.4.2.3}, {@code RFC 8259} for
 *     JSON syntax or {@code StatementReader limits} for Framsteg's own input limits
 */
public record Violation(String path, String rule, String section) {

  /** Checks that no part is null. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(section, "section");
  }

  /** {@code $.actor.mbox: must be a mailto: IRI (xAPI-Data 2.4.2.3)}. */
  @Override
  public String toString() {
    return path + ": " + rule + " (" + section + ")";
  }
}
