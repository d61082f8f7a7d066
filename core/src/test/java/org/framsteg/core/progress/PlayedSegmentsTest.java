package org.framsteg.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.core.testing.CourseArbitraries;
import org.junit.jupiter.api.Test;

class PlayedSegmentsTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final int SMALL = 400;

  @Provide
  Arbitrary<PlayedSegments> played() {
    return CourseArbitraries.playedSegments(HOUR);
  }

  @Provide
  Arbitrary<List<Segment>> small() {
    return CourseArbitraries.segments(Duration.ofMillis(SMALL)).list().ofMaxSize(10);
  }

  @Provide
  Arbitrary<Duration> durations() {
    return CourseArbitraries.mediaDurations();
  }

  // ---- laws ----

  @Property
  void unionIsCommutative(@ForAll("played") PlayedSegments a, @ForAll("played") PlayedSegments b) {
    assertThat(a.union(b)).isEqualTo(b.union(a));
  }

  @Property
  void unionIsAssociative(@ForAll("played") PlayedSegments a, @ForAll("played") PlayedSegments b,
      @ForAll("played") PlayedSegments c) {
    assertThat(a.union(b).union(c)).isEqualTo(a.union(b.union(c)));
  }

  @Property
  void unionIsIdempotent(@ForAll("played") PlayedSegments a, @ForAll("played") PlayedSegments b) {
    assertThat(a.union(a)).isEqualTo(a);
    assertThat(a.union(b).union(b)).isEqualTo(a.union(b));
    assertThat(a.union(PlayedSegments.empty())).isEqualTo(a);
  }

  @Property
  void addingASegmentIsTheUnionWithItsSet(@ForAll("played") PlayedSegments a, @ForAll("small") List<Segment> s) {
    for (Segment segment : s) {
      assertThat(a.add(segment)).isEqualTo(a.union(PlayedSegments.of(segment)));
    }
  }

  @Property
  void clippingNeverCoversMoreThanTheMedia(@ForAll("played") PlayedSegments a, @ForAll("durations") Duration d) {
    PlayedSegments clipped = a.clip(d);

    assertThat(clipped.covered()).isLessThanOrEqualTo(d);
    assertThat(clipped.covered()).isLessThanOrEqualTo(a.covered());
    assertThat(a.coverage(d)).isBetween(0.0, 1.0);
    assertThat(clipped.coverage(d)).isEqualTo(a.coverage(d));
    assertThat(clipped.clip(d)).isEqualTo(clipped);
    clipped.segments().forEach(s -> assertThat(s.to()).isLessThanOrEqualTo(d));
  }

  @Property
  void theSegmentsAreSortedDisjointAndApart(@ForAll("played") PlayedSegments a) {
    List<Segment> segments = a.segments();
    for (int i = 0; i < segments.size(); i++) {
      assertThat(segments.get(i).length()).isPositive();
      if (i > 0) {
        assertThat(segments.get(i).from()).isGreaterThan(segments.get(i - 1).to());
      }
    }
    assertThat(PlayedSegments.of(segments.toArray(Segment[]::new))).isEqualTo(a);
  }

  @Property
  void coveredEqualsACountOverAMillisecondBitmap(@ForAll("small") List<Segment> segments) {
    boolean[] bitmap = new boolean[SMALL * 2];
    for (Segment s : segments) {
      for (long ms = s.from().toMillis(); ms < s.to().toMillis(); ms++) {
        bitmap[(int) ms] = true;
      }
    }
    int count = 0;
    for (boolean b : bitmap) {
      count += b ? 1 : 0;
    }

    PlayedSegments p = PlayedSegments.of(segments.toArray(Segment[]::new));
    assertThat(p.covered()).isEqualTo(Duration.ofMillis(count));
  }

  @Property
  void clippingEqualsTheBitmapCutAtTheDuration(@ForAll("small") List<Segment> segments,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = SMALL) int limit) {
    boolean[] bitmap = new boolean[SMALL * 2];
    segments.forEach(s -> {
      for (long ms = s.from().toMillis(); ms < s.to().toMillis(); ms++) {
        bitmap[(int) ms] = true;
      }
    });
    int count = 0;
    for (int ms = 0; ms < limit; ms++) {
      count += bitmap[ms] ? 1 : 0;
    }

    PlayedSegments p = PlayedSegments.of(segments.toArray(Segment[]::new));
    assertThat(p.clip(Duration.ofMillis(limit)).covered()).isEqualTo(Duration.ofMillis(count));
    assertThat(p.coverage(Duration.ofMillis(limit))).isEqualTo((double) count / limit);
  }

  // ---- examples ----

  @Test
  void overlappingPartsCountOnce() {
    PlayedSegments p = PlayedSegments.empty().add(Segment.ofSeconds(0, 60)).add(Segment.ofSeconds(30, 90));

    assertThat(p.segments()).containsExactly(Segment.ofSeconds(0, 90));
    assertThat(p.coverage(Duration.ofMinutes(3))).isEqualTo(0.5);
  }

  @Test
  void touchingPartsJoinAndEmptyPartsAreIgnored() {
    PlayedSegments p = PlayedSegments.of(Segment.ofSeconds(0, 10), Segment.ofSeconds(10, 20),
        Segment.ofSeconds(40, 40));

    assertThat(p.segments()).containsExactly(Segment.ofSeconds(0, 20));
    assertThat(p).hasToString("[0.0-20.0]");
  }

  @Test
  void aPartWithinAnotherChangesNothing() {
    PlayedSegments p = PlayedSegments.of(Segment.ofSeconds(0, 100));

    assertThat(p.add(Segment.ofSeconds(10, 20))).isEqualTo(p);
  }

  @Test
  void theCoverageOfNothingIsZero() {
    assertThat(PlayedSegments.of(Segment.ofSeconds(0, 10)).coverage(Duration.ZERO)).isZero();
    assertThat(PlayedSegments.empty().coverage(HOUR)).isZero();
    assertThat(PlayedSegments.empty().isEmpty()).isTrue();
  }

  @Test
  void clippingCutsAPartThatRunsPastTheEnd() {
    PlayedSegments p = PlayedSegments.of(Segment.ofSeconds(0, 10), Segment.ofSeconds(50, 70),
        Segment.ofSeconds(90, 100));

    assertThat(p.clip(Duration.ofSeconds(60)).segments())
        .containsExactly(Segment.ofSeconds(0, 10), Segment.ofSeconds(50, 60));
  }
}
