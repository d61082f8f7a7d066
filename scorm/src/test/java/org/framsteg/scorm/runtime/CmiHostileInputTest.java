package org.framsteg.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.framsteg.scorm.runtime.CmiAssertions.elements;
import static org.framsteg.scorm.runtime.CmiAssertions.violations;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Input built to hurt: huge values, huge indexes, many elements. Each gets a typed error. */
class CmiHostileInputTest {
  private static final int TEN_MB = 10 * 1024 * 1024;
  private static final String HUGE = "9".repeat(TEN_MB);

  private static void rejectedWithShortMessage(
      Function<Map<String, String>, ?> reader, Map<String, String> elements, String element) {
    CmiDataException e = null;
    try {
      reader.apply(elements);
    } catch (CmiDataException caught) {
      e = caught;
    }
    assertThat(e).as("a CmiDataException for %s", element).isNotNull();
    assertThat(e.violations()).extracting(CmiViolation::element).contains(element);
    assertThat(e.getMessage()).hasSizeLessThan(2_000);
  }

  @Test
  void tenMegabyteValuesBeyondTheirLimitAreRejectedWithShortMessages() {
    for (String element :
        List.of("cmi.suspend_data", "cmi.core.lesson_location", "cmi.core.score.raw", "cmi.core.session_time",
            "cmi.core.student_id", "cmi.core.lesson_status", "cmi.student_preference.audio")) {
      rejectedWithShortMessage(Scorm12Cmi::fromElements, Map.of(element, HUGE), element);
    }
    for (String element :
        List.of("cmi.suspend_data", "cmi.location", "cmi.learner_id", "cmi.learner_name", "cmi.score.raw",
            "cmi.session_time", "cmi.completion_status", "cmi.learner_preference.language")) {
      rejectedWithShortMessage(Scorm2004Cmi::fromElements, Map.of(element, HUGE), element);
    }
  }

  @Test
  void tenMegabyteTimesAreTypedErrors() {
    rejectedWithShortMessage(
        Scorm2004Cmi::fromElements, Map.of("cmi.total_time", "PT" + HUGE + "S"), "cmi.total_time");
    // zero padding of any length is allowed: read in one pass
    assertThat(Scorm2004Cmi.fromElements(Map.of("cmi.total_time", "P" + "0".repeat(TEN_MB) + "1D")).totalTime())
        .contains(java.time.Duration.ofDays(1));
    rejectedWithShortMessage(
        Scorm2004Cmi::fromElements,
        elements("cmi.interactions.0.id", "q", "cmi.interactions.0.timestamp", "2020-01-01T00:00:00." + HUGE),
        "cmi.interactions.0.timestamp");
  }

  @Test
  void tenMegabyteResponsesAreTypedErrors() {
    rejectedWithShortMessage(
        Scorm2004Cmi::fromElements,
        elements("cmi.interactions.0.id", "q", "cmi.interactions.0.type", "choice",
            "cmi.interactions.0.learner_response", "a[,]".repeat(TEN_MB / 4)),
        "cmi.interactions.0.learner_response");
    rejectedWithShortMessage(
        Scorm12Cmi::fromElements,
        elements("cmi.interactions.0.id", "q", "cmi.interactions.0.student_response", HUGE),
        "cmi.interactions.0.student_response");
  }

  @Test
  void aTenMegabyteElementNameIsAnUnknownElementWithAShortMessage() {
    String name = "cmi.core." + "x".repeat(TEN_MB);
    rejectedWithShortMessage(Scorm12Cmi::fromElements, Map.of(name, "1"), name);
    String index = "cmi.interactions." + HUGE + ".id";
    rejectedWithShortMessage(Scorm2004Cmi::fromElements, Map.of(index, "q"), "cmi.interactions.0");
  }

  @Test
  void aBillionthIndexAllocatesNothingPerIndex() throws Exception {
    assumeTrue(allocatedBytes() >= 0, "this JVM cannot measure allocation per thread");
    Map<String, String> map =
        elements("cmi.interactions.0.id", "q", "cmi.interactions.1000000000.id", "r",
            "cmi.interactions.2147483647.objectives.999999999.id", "o", "cmi.interactions._count", "1000000001");
    long before = allocatedBytes();
    List<CmiViolation> found = violations(Scorm2004Cmi::fromElements, map);
    long allocated = allocatedBytes() - before;
    assertThat(found).extracting(CmiViolation::element).contains("cmi.interactions.1", "cmi.interactions._count");
    assertThat(allocated).as("bytes allocated").isLessThan(32L * 1024 * 1024);
  }

  /**
   * Bytes allocated by this thread so far, or -1. Reached reflectively: the tests compile against
   * the module, which does not read java.management.
   */
  private static long allocatedBytes() throws Exception {
    Object bean =
        Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
    Class<?> hotspot = Class.forName("com.sun.management.ThreadMXBean");
    if (!hotspot.isInstance(bean)
        || !(boolean) hotspot.getMethod("isThreadAllocatedMemorySupported").invoke(bean)) {
      return -1;
    }
    return (long)
        hotspot.getMethod("getThreadAllocatedBytes", long.class).invoke(bean, Thread.currentThread().getId());
  }

  @Test
  void manyRecordsWithAGapAtZeroReportOneGap() {
    Map<String, String> map = new HashMap<>();
    for (int i = 1; i <= 20_000; i++) {
      map.put("cmi.objectives." + i + ".id", "o" + i);
    }
    List<CmiViolation> found = violations(Scorm2004Cmi::fromElements, map);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).element()).isEqualTo("cmi.objectives.0");
  }

  @Test
  void manyBadElementsAreAllListedButTheMessageStaysShort() {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      map.put("cmi.bogus" + i, "x");
    }
    CmiDataException e = null;
    try {
      Scorm12Cmi.fromElements(map);
    } catch (CmiDataException caught) {
      e = caught;
    }
    assertThat(e).isNotNull();
    assertThat(e.violations()).hasSize(50_000);
    assertThat(e.getMessage()).endsWith("and 49980 more").hasSizeLessThan(10_000);
  }

  @Test
  void aHugeCountIsATypedError() {
    rejectedWithShortMessage(
        Scorm12Cmi::fromElements, Map.of("cmi.objectives._count", HUGE), "cmi.objectives._count");
  }
}
