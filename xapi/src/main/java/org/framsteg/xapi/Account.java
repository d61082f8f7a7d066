package org.framsteg.xapi;

import java.util.Objects;

/**
 * A user account on an existing system, such as an LMS: one of the identifiers of an Agent or Group.
 *
 * <pre>{@code
 * Account acc = new Account("https://lms.example.com", "1625378");
 * Agent learner = Agent.of(acc);
 * }</pre>
 *
 * <p>See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2424-account-object">xAPI-Data
 * 2.4.2.4 Account Object</a>; that {@code homePage} is an IRL is checked by {@link
 * StatementValidator}.
 *
 * @param homePage the canonical home page of the system the account is on (an IRL)
 * @param name the account's login name or id on that system
 */
public record Account(String homePage, String name) implements Ifi {
  /** Checks that no part is null. */
  public Account {
    Objects.requireNonNull(homePage, "homePage");
    Objects.requireNonNull(name, "name");
  }
}
