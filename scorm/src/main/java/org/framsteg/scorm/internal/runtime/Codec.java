package org.framsteg.scorm.internal.runtime;

import java.util.Optional;
import java.util.function.Function;

/**
 * How the text of one kind of data model element becomes a typed value and back, and the rule a
 * typed value must keep. The same rule guards values read from text and values given to builders.
 *
 * @param <T> the typed value
 */
public final class Codec<T> {
  private final boolean emptyIsUnset;
  private final Function<String, T> parse;
  private final Function<T, String> rule;
  private final Function<T, String> format;

  /**
   * @param emptyIsUnset whether the empty text means "not set" (CMIBlank): true for every data type
   *     that has no empty value of its own
   * @param parse text to value; throws {@link RuleBroken} for text outside the grammar
   * @param rule null for a valid value, else the rule it breaks
   * @param format value to canonical text
   */
  public Codec(
      boolean emptyIsUnset,
      Function<String, T> parse,
      Function<T, String> rule,
      Function<T, String> format) {
    this.emptyIsUnset = emptyIsUnset;
    this.parse = parse;
    this.rule = rule;
    this.format = format;
  }

  /** The value of {@code text}, or empty with a violation of {@code element} recorded. */
  public Optional<T> read(String element, String text, Violations violations) {
    if (emptyIsUnset && text.isEmpty()) {
      return Optional.empty();
    }
    T value;
    try {
      value = parse.apply(text);
    } catch (RuleBroken e) {
      violations.add(element, e.rule());
      return Optional.empty();
    }
    String broken = rule.apply(value);
    if (broken != null) {
      violations.add(element, broken);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** Records a violation if a typed value breaks the rule. */
  public void check(String element, T value, Violations violations) {
    String broken = rule.apply(value);
    if (broken != null) {
      violations.add(element, broken);
    }
  }

  /** Records a violation if a present typed value breaks the rule. */
  public void check(String element, Optional<? extends T> value, Violations violations) {
    value.ifPresent(v -> check(element, v, violations));
  }

  /** The canonical text of a value. */
  public String write(T value) {
    return format.apply(value);
  }
}
