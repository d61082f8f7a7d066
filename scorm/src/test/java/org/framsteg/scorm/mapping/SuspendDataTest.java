package org.framsteg.scorm.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.framsteg.core.progress.PlayedSegments;
import org.framsteg.core.progress.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The F1 played-segments format of the player SCO ({@code framsteg-sco.js}). */
class SuspendDataTest {
  @Test
  void thePlayersOwnExampleReadsAsZeroToThreeAndFiveToTenSeconds() {
    PlayedSegments p = PlayedSegments.of(Segment.ofSeconds(0, 3), Segment.ofSeconds(5, 10));
    assertThat(SuspendData.decode("F1:0-u,1e-2s")).contains(p);
    assertThat(SuspendData.encode(p)).isEqualTo("F1:0-u,1e-2s");
  }

  @Test
  void nothingPlayedIsThePrefixAlone() {
    assertThat(SuspendData.encode(PlayedSegments.empty())).isEqualTo("F1:");
    assertThat(SuspendData.decode("F1:")).contains(PlayedSegments.empty());
  }

  @Test
  void boundsAreRoundedToTheNearestTenthHalvesUp() {
    assertThat(SuspendData.encode(PlayedSegments.of(Segment.ofMillis(149, 1150))))
        .isEqualTo("F1:1-c");
    assertThat(SuspendData.encode(PlayedSegments.of(Segment.ofMillis(1000, 1040))))
        .as("a segment that rounds to nothing").isEqualTo("F1:");
  }

  @Test
  void segmentsThatComeToTouchAreJoined() {
    PlayedSegments p = PlayedSegments.of(Segment.ofMillis(0, 1050), Segment.ofMillis(1060, 2000));
    assertThat(SuspendData.encode(p)).isEqualTo("F1:0-k");
  }

  @Test
  void readingAcceptsSegmentsInAnyOrderOverlappingOrTouchingAsThePlayerDoes() {
    assertThat(SuspendData.decode("F1:1e-2s,0-u,a-14,2s-3c")).contains(PlayedSegments.of(
        Segment.ofSeconds(0, 4), Segment.ofSeconds(5, 12)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "F1", "F2:0-u", "f1:0-u", "F1:u-0", "F1:u-u", "F1:0-u,",
      "F1:0-U", "F1: 0-u", "F1:0-u;", "{\"position\":12}", "F1:0-zzzzzzzz", "F1:0-u,,1e-2s"})
  void textInAnyOtherFormIsNotThisFormat(String text) {
    assertThat(SuspendData.decode(text)).isEmpty();
  }

  @Test
  void withinALimitTheShortestSegmentsAreDroppedFirst() {
    PlayedSegments p = PlayedSegments.of(Segment.ofSeconds(0, 10), Segment.ofSeconds(20, 21),
        Segment.ofSeconds(30, 35), Segment.ofSeconds(40, 41));
    assertThat(SuspendData.encode(p)).isEqualTo("F1:0-2s,5k-5u,8c-9q,b4-be");
    assertThat(SuspendData.encode(p, 22)).isEqualTo("F1:0-2s,8c-9q,b4-be");
    assertThat(SuspendData.encode(p, 17)).isEqualTo("F1:0-2s,8c-9q");
    assertThat(SuspendData.encode(p, 3)).isEqualTo("F1:");
    assertThatThrownBy(() -> SuspendData.encode(p, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
  }

  @Test
  void theLongestMediumFramstegHoldsStaysReadable() {
    PlayedSegments p = PlayedSegments.of(Segment.ofMillis(0, Segment.MAX_MILLIS));
    PlayedSegments back = SuspendData.decode(SuspendData.encode(p)).orElseThrow();
    assertThat(back.covered().toMillis()).isBetween(Segment.MAX_MILLIS - 100, Segment.MAX_MILLIS);
  }
}
