package org.framsteg.examples.cli;

import java.util.List;

/**
 * An input file breaks a rule; the tool exits with {@link Main#INVALID_INPUT}, prints each
 * problem on its own line of standard output as {@code path: message} and the message on standard
 * error.
 *
 * <pre>{@code
 * throw new InvalidInputException("course.json is not a valid course", List.of("modules[0].id: must not be blank"));
 * }</pre>
 */
public final class InvalidInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /** An invalid input with its problems, each as {@code path: message}. */
  public InvalidInputException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, as {@code path: message}. */
  public List<String> problems() {
    return problems;
  }
}
