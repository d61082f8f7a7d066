package org.framsteg.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the element map readers and writers. */
class CmiElementMapPropertiesTest {

  @Property(tries = 200)
  void scorm12ModelToElementsAndBackIsTheSameModel(@ForAll("scorm12") Scorm12Cmi cmi) {
    assertThat(Scorm12Cmi.fromElements(cmi.toElements())).isEqualTo(cmi);
  }

  @Property(tries = 200)
  void scorm2004ModelToElementsAndBackIsTheSameModel(@ForAll("scorm2004") Scorm2004Cmi cmi) {
    assertThat(Scorm2004Cmi.fromElements(cmi.toElements())).isEqualTo(cmi);
  }

  @Property(tries = 100)
  void scorm12CanonicalElementMapsRoundTripInTheSameOrder(@ForAll("scorm12") Scorm12Cmi cmi) {
    SortedMap<String, String> canonical = cmi.toElements();
    SortedMap<String, String> again = Scorm12Cmi.fromElements(canonical).toElements();
    assertThat(again).isEqualTo(canonical);
    assertThat(new ArrayList<>(again.keySet())).isEqualTo(new ArrayList<>(canonical.keySet()));
  }

  @Property(tries = 100)
  void scorm2004CanonicalElementMapsRoundTripInTheSameOrder(@ForAll("scorm2004") Scorm2004Cmi cmi) {
    SortedMap<String, String> canonical = cmi.toElements();
    SortedMap<String, String> again = Scorm2004Cmi.fromElements(canonical).toElements();
    assertThat(again).isEqualTo(canonical);
    assertThat(new ArrayList<>(again.keySet())).isEqualTo(new ArrayList<>(canonical.keySet()));
  }

  @Property(tries = 100)
  void readingIsIndependentOfTheOrderOfTheInput(
      @ForAll("scorm2004") Scorm2004Cmi cmi, @ForAll long seed) {
    assertThat(Scorm2004Cmi.fromElements(shuffled(cmi.toElements(), seed))).isEqualTo(cmi);
  }

  @Property(tries = 100)
  void elementsAreWrittenSortedWithIndexesInNumericOrder(@ForAll("scorm12") Scorm12Cmi cmi) {
    List<String> keys = new ArrayList<>(cmi.toElements().keySet());
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(BY_SEGMENTS);
    assertThat(keys).isEqualTo(sorted);
  }

  @Property(tries = 100)
  void scorm12AnyMutatedValueIsReadOrATypedError(
      @ForAll("scorm12") Scorm12Cmi cmi, @ForAll("noise") String noise, @ForAll long seed) {
    readsOrRejects(mutated(cmi.toElements(), noise, seed), Scorm12Cmi::fromElements, Scorm12Cmi::toElements);
  }

  @Property(tries = 100)
  void scorm2004AnyMutatedValueIsReadOrATypedError(
      @ForAll("scorm2004") Scorm2004Cmi cmi, @ForAll("noise") String noise, @ForAll long seed) {
    readsOrRejects(mutated(cmi.toElements(), noise, seed), Scorm2004Cmi::fromElements, Scorm2004Cmi::toElements);
  }

  @Property(tries = 100)
  void evaluatedCompletionStatusIgnoresTheStoredStatusWhenAThresholdIsSet(
      @ForAll("scorm2004") Scorm2004Cmi cmi) {
    Scorm2004Cmi other =
        Scorm2004Cmi.builder()
            .from(cmi)
            .completionStatus(Scorm2004CompletionStatus.NOT_ATTEMPTED)
            .successStatus(Scorm2004SuccessStatus.FAILED)
            .build();
    if (cmi.completionThreshold().isPresent()) {
      assertThat(other.evaluatedCompletionStatus()).isEqualTo(cmi.evaluatedCompletionStatus());
    }
    if (cmi.scaledPassingScore().isPresent()) {
      assertThat(other.evaluatedSuccessStatus()).isEqualTo(cmi.evaluatedSuccessStatus());
    }
  }

  @Property(tries = 100)
  void elementsToJsonAndBackAreTheSameElements(@ForAll("scorm2004") Scorm2004Cmi cmi) {
    SortedMap<String, String> elements = cmi.toElements();
    assertThat(CmiJson.toElements(CmiJson.fromElements(elements))).isEqualTo(elements);
  }

  @Property(tries = 100)
  void scorm12ElementsToJsonAndBackAreTheSameElements(@ForAll("scorm12") Scorm12Cmi cmi) {
    SortedMap<String, String> elements = cmi.toElements();
    assertThat(Scorm12Cmi.fromElements(CmiJson.toElements(CmiJson.fromElements(elements)))).isEqualTo(cmi);
  }

  private static <T> void readsOrRejects(
      Map<String, String> elements,
      Function<Map<String, String>, T> read,
      Function<T, SortedMap<String, String>> write) {
    T value;
    try {
      value = read.apply(elements);
    } catch (CmiDataException e) {
      assertThat(e.violations()).isNotEmpty();
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(read.apply(write.apply(value))).isEqualTo(value);
  }

  /** The map with the value of one element (or a new element) replaced by noise. */
  private static Map<String, String> mutated(Map<String, String> elements, String noise, long seed) {
    Map<String, String> copy = new LinkedHashMap<>(elements);
    List<String> keys = new ArrayList<>(copy.keySet());
    Random random = new Random(seed);
    List<String> extra =
        List.of("cmi.core.score.raw", "cmi.score.scaled", "cmi.interactions.0.type",
            "cmi.interactions.0.learner_response", "cmi.objectives.0.id", "cmi.session_time",
            "cmi.core.session_time", "cmi.objectives._count");
    String key =
        keys.isEmpty() || random.nextInt(4) == 0
            ? extra.get(random.nextInt(extra.size()))
            : keys.get(random.nextInt(keys.size()));
    copy.put(key, noise);
    return copy;
  }

  private static Map<String, String> shuffled(Map<String, String> elements, long seed) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(elements.entrySet());
    Collections.shuffle(entries, new Random(seed));
    Map<String, String> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Segment by segment; two numeric segments compare as numbers, numbers before names. */
  private static final Comparator<String> BY_SEGMENTS =
      (a, b) -> {
        String[] x = a.split("\\.", -1);
        String[] y = b.split("\\.", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
          boolean nx = x[i].matches("[0-9]+");
          boolean ny = y[i].matches("[0-9]+");
          int c;
          if (nx && ny) {
            c = new BigInteger(x[i]).compareTo(new BigInteger(y[i]));
          } else if (nx != ny) {
            c = nx ? -1 : 1;
          } else {
            c = x[i].compareTo(y[i]);
          }
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(x.length, y.length);
      };

  @Provide
  Arbitrary<Scorm12Cmi> scorm12() {
    return CmiArbitraries.scorm12();
  }

  @Provide
  Arbitrary<Scorm2004Cmi> scorm2004() {
    return CmiArbitraries.scorm2004();
  }

  @Provide
  Arbitrary<String> noise() {
    return net.jqwik.api.Arbitraries.oneOf(
        CmiArbitraries.textOver("0123456789.-+eEPTHMSNaInfity:[,]x ", 12),
        net.jqwik.api.Arbitraries.strings().all().ofMaxLength(20),
        net.jqwik.api.Arbitraries.of("", "NaN", "1e5", "-1", "101", "choice", "wright", "PT1.234S"));
  }
}
