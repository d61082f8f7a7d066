package org.framsteg.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void aViolationReadsAsPathAndMessage() {
    assertThat(new Violation("modules[2].activities[0].media.duration", "must be positive"))
        .hasToString("modules[2].activities[0].media.duration: must be positive");
    assertThat(new Violation("", "a learner needs exactly one identifier")).hasToString(
        "a learner needs exactly one identifier");
  }

  @Test
  void aViolationMovesBelowAParentPath() {
    Violation v = new Violation("duration", "must be positive");

    assertThat(v.under("modules[2].activities[0].media").path()).isEqualTo("modules[2].activities[0].media.duration");
    assertThat(new Violation("[3].id", "x").under("modules").path()).isEqualTo("modules[3].id");
    assertThat(new Violation("", "x").under("learner").path()).isEqualTo("learner");
    assertThat(v.under("")).isEqualTo(v);
  }
}
