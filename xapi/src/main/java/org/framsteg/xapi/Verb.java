package org.framsteg.xapi;

import java.util.Objects;

/**
 * The action of a statement: an IRI and, for people, its display name in several languages.
 *
 * <pre>{@code
 * Verb completed = Verb.of("http://adlnet.gov/expapi/verbs/completed", LanguageMap.of("en-US", "completed"));
 * boolean voids = completed.isVoiding();
 * }</pre>
 *
 * <p>Meaning comes from the IRI only; {@code display} is for people (<a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#243-verb">xAPI-Data 2.4.3
 * Verb</a>). An empty display map is not written.
 *
 * @param id the verb's IRI
 * @param display the human-readable name, by language tag
 */
public record Verb(String id, LanguageMap display) {

  /** The reserved verb of a statement that voids another (xAPI-Data 2.3.2). */
  public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

  /** Checks that no part is null. */
  public Verb {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(display, "display");
  }

  /** A verb without display names. */
  public static Verb of(String id) {
    return new Verb(id, LanguageMap.empty());
  }

  /** A verb with display names. */
  public static Verb of(String id, LanguageMap display) {
    return new Verb(id, display);
  }

  /** Whether this is {@value #VOIDED}, the verb of a voiding statement. */
  public boolean isVoiding() {
    return VOIDED.equals(id);
  }
}
