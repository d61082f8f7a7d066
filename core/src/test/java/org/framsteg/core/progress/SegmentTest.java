package org.framsteg.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SegmentTest {

  @Test
  void secondsAreRoundedToTheNearestMillisecond() {
    Segment s = Segment.ofSeconds(12.5, 95.2504);

    assertThat(s.from()).isEqualTo(Duration.ofMillis(12_500));
    assertThat(s.to()).isEqualTo(Duration.ofMillis(95_250));
    assertThat(s.length()).isEqualTo(Duration.ofMillis(82_750));
  }

  @Test
  void finerThanMillisecondsIsTruncated() {
    Segment s = new Segment(Duration.ofNanos(1_500_000), Duration.ofNanos(2_999_999));

    assertThat(s).isEqualTo(Segment.ofMillis(1, 2));
  }

  @Test
  void aSegmentMustStartAtZeroOrLater() {
    assertThatThrownBy(() -> Segment.ofMillis(-1, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("from:");
  }

  @Test
  void aSegmentMustNotEndBeforeItStarts() {
    assertThatThrownBy(() -> Segment.ofMillis(10, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("to:");
  }

  @Test
  void aSegmentMustEndWithinTheLongestOffset() {
    assertThatThrownBy(() -> Segment.ofMillis(0, Segment.MAX_MILLIS + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to:");
    assertThat(Segment.ofMillis(0, Segment.MAX_MILLIS).to().toMillis()).isEqualTo(Segment.MAX_MILLIS);
  }

  @Test
  void boundsMustBeFiniteNumbers() {
    assertThatThrownBy(() -> Segment.ofSeconds(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Segment.ofSeconds(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingBoundsAreRejected() {
    assertThatThrownBy(() -> new Segment(null, Duration.ZERO)).isInstanceOf(NullPointerException.class)
        .hasMessage("from");
  }
}
