package org.framsteg.scorm.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.framsteg.scorm.runtime.CmiDataException;
import org.framsteg.scorm.runtime.CmiViolation;

/** Collects the problems of one input so that all of them are reported together. */
public final class Violations {
  private final List<CmiViolation> found = new ArrayList<>();

  public void add(String element, String rule) {
    found.add(new CmiViolation(element, rule));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public int size() {
    return found.size();
  }

  /**
   * Runs a parse of the value of {@code element}; a broken rule becomes a violation and an empty
   * result.
   */
  public <T> Optional<T> parse(String element, Supplier<T> parse) {
    try {
      return Optional.of(parse.get());
    } catch (RuleBroken e) {
      add(element, e.rule());
      return Optional.empty();
    }
  }

  /** Throws the collected problems, if there are any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      List<CmiViolation> sorted = new ArrayList<>(found);
      sorted.sort((a, b) -> ElementOrder.INSTANCE.compare(a.element(), b.element()));
      throw new CmiDataException(sorted);
    }
  }

  /** Parses a single value of a data type on its own, naming the data type in the error. */
  public static <T> T single(String dataType, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (RuleBroken e) {
      throw new CmiDataException(List.of(new CmiViolation(dataType, e.rule())));
    }
  }
}
