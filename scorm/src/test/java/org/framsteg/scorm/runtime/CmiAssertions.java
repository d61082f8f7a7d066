package org.framsteg.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Helpers for tests that feed element maps to the readers. */
final class CmiAssertions {

  private CmiAssertions() {}

  /** A mutable map of alternating keys and values. */
  static Map<String, String> elements(String... keyValues) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** The violations a reader reports for the map; fails if it reads the map. */
  static List<CmiViolation> violations(
      Function<Map<String, String>, ?> reader, Map<String, String> elements) {
    CmiDataException e =
        catchThrowableOfType(CmiDataException.class, () -> reader.apply(elements));
    assertThat(e).as("expected a CmiDataException for %s", elements).isNotNull();
    assertThat(e.violations()).isNotEmpty();
    return e.violations();
  }

  /** Asserts the reader reports exactly one violation, of {@code element}, containing the text. */
  static void rejects(
      Function<Map<String, String>, ?> reader,
      Map<String, String> elements,
      String element,
      String ruleFragment) {
    List<CmiViolation> found = violations(reader, elements);
    assertThat(found).as("violations of %s", elements).hasSize(1);
    assertThat(found.get(0).element()).isEqualTo(element);
    assertThat(found.get(0).rule()).contains(ruleFragment);
  }
}
