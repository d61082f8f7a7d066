package org.framsteg.scorm.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.core.progress.PlayedSegments;
import org.framsteg.core.progress.Segment;
import org.framsteg.core.testing.CourseArbitraries;

/** Laws of the F1 format: it keeps played segments to its precision of 0.1 s. */
class SuspendDataPropertiesTest {
  @Provide
  Arbitrary<PlayedSegments> played() {
    return CourseArbitraries.mediaDurations().flatMap(CourseArbitraries::playedSegments);
  }

  @Provide
  Arbitrary<PlayedSegments> onTheTenthGrid() {
    Arbitrary<Segment> s = Combinators.combine(Arbitraries.longs().between(0, 100_000),
        Arbitraries.longs().between(1, 20_000)).as((from, len) -> Segment.ofMillis(from * 100,
        (from + len) * 100));
    return s.list().ofMaxSize(15).map(l -> PlayedSegments.of(l.toArray(Segment[]::new)));
  }

  /** Each bound rounded to the nearest tenth of a second, halves up; the set recomputed. */
  private static PlayedSegments roundedToTenths(PlayedSegments p) {
    PlayedSegments out = PlayedSegments.empty();
    for (Segment s : p.segments()) {
      long from = Math.round(s.from().toMillis() / 100.0) * 100;
      long to = Math.min(Segment.MAX_MILLIS / 100 * 100, Math.round(s.to().toMillis() / 100.0) * 100);
      if (to > from) {
        out = out.add(Segment.ofMillis(from, to));
      }
    }
    return out;
  }

  @Property(tries = 300)
  void readingWhatWasWrittenGivesTheSegmentsRoundedToTenths(@ForAll("played") PlayedSegments p) {
    assertThat(SuspendData.decode(SuspendData.encode(p))).contains(roundedToTenths(p));
  }

  @Property(tries = 300)
  void segmentsOnTheTenthGridRoundTripExactly(@ForAll("onTheTenthGrid") PlayedSegments p) {
    assertThat(SuspendData.decode(SuspendData.encode(p))).contains(p);
  }

  @Property(tries = 300)
  void writingIsStableOnItsOwnOutput(@ForAll("played") PlayedSegments p) {
    String once = SuspendData.encode(p);
    assertThat(SuspendData.encode(SuspendData.decode(once).orElseThrow())).isEqualTo(once);
  }

  @Property(tries = 300)
  void theCoveredTimeMovesByAtMostATenthPerSegment(@ForAll("played") PlayedSegments p) {
    PlayedSegments back = SuspendData.decode(SuspendData.encode(p)).orElseThrow();
    long slack = 100L * p.segments().size();
    assertThat(Math.abs(back.covered().toMillis() - p.covered().toMillis())).isLessThanOrEqualTo(slack);
  }

  @Property(tries = 300)
  void withinALimitTheTextFitsAndKeepsLongerSegmentsThanItDrops(
      @ForAll("played") PlayedSegments p, @ForAll("limits") int limit) {
    String text = SuspendData.encode(p, limit);
    assertThat(text.length()).isLessThanOrEqualTo(limit);
    PlayedSegments all = SuspendData.decode(SuspendData.encode(p)).orElseThrow();
    PlayedSegments kept = SuspendData.decode(text).orElseThrow();
    assertThat(all.union(kept)).as("kept segments are a subset").isEqualTo(all);
    List<Duration> dropped = new ArrayList<>();
    for (Segment s : all.segments()) {
      if (!kept.segments().contains(s)) {
        dropped.add(s.length());
      }
    }
    for (Segment k : kept.segments()) {
      assertThat(dropped).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(k.length()));
    }
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.integers().between(3, 80);
  }

  @Property(tries = 500)
  void readingAnyTextNeverThrows(@ForAll("texts") String text) {
    SuspendData.decode(text).ifPresent(p ->
        assertThat(SuspendData.encode(p)).startsWith(SuspendData.PREFIX));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> body = Arbitraries.strings().withChars("0123456789abcdefxyz-,:").ofMaxLength(30);
    return Arbitraries.oneOf(body.map(b -> "F1:" + b), body);
  }
}
