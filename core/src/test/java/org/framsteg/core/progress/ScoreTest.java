package org.framsteg.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void aRawScoreIsScaledOverItsRange() {
    Score s = Score.raw(14, 0, 20);

    assertThat(s.scaled()).isEqualTo(0.7);
    assertThat(s.raw()).hasValue(14);
    assertThat(Score.raw(5, -10, 10).scaled()).isEqualTo(0.75);
  }

  @Test
  void scaledScoreMustBeBetweenMinusOneAndOne() {
    assertThat(Score.scaled(-1).scaled()).isEqualTo(-1);
    assertThat(Score.scaled(1).scaled()).isEqualTo(1);
    assertThatThrownBy(() -> Score.scaled(1.01)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("score.scaled:");
    assertThatThrownBy(() -> Score.scaled(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rawScoreMustLieWithinMinAndMax() {
    assertThatThrownBy(() -> Score.raw(21, 0, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Score(0.5, OptionalDouble.of(30), OptionalDouble.of(0), OptionalDouble.of(20)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("score.raw:");
  }

  @Test
  void minMustBeBelowMax() {
    assertThatThrownBy(() -> Score.raw(1, 5, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("score.min:");
  }

  @Test
  void minusZeroIsZero() {
    assertThat(Score.scaled(-0.0)).isEqualTo(Score.scaled(0.0));
  }
}
