package org.framsteg.xapi;

import java.util.Objects;
import java.util.UUID;

/**
 * A pointer to another statement by its id, e.g. the object of a voiding statement.
 *
 * <pre>{@code
 * StatementRef ref = new StatementRef(UUID.fromString("e05aa883-acaf-40ad-bf54-02c8ce485fb0"));
 * Statement voiding = Statement.builder().actor(admin).verb(Verb.of(Verb.VOIDED)).object(ref).build();
 * }</pre>
 *
 * <p>See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2443-when-the-object-is-a-statement">xAPI-Data
 * 2.4.4.3 Statement References</a>.
 *
 * @param id the referenced statement's id
 */
public record StatementRef(UUID id) implements StatementObject {

  /** Checks that {@code id} is not null. */
  public StatementRef {
    Objects.requireNonNull(id, "id");
  }

  /** {@code StatementRef}. */
  @Override
  public String objectType() {
    return "StatementRef";
  }
}
