package org.framsteg.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a simulated season of a course: when it starts, how long it runs, how many
 * learners enrol and the seed that makes it repeatable.
 *
 * <pre>{@code
 * Season season = Season.of(200, 2026L);                 // 200 learners, 20 weeks from 12 Jan 2026
 * Season busy = season.withReportEvery(Duration.ofSeconds(10));   // players that report every 10 s
 * }</pre>
 *
 * @param start when the season opens; enrolments spread over its first {@code enrolWeeks} weeks
 * @param weeks how long the season runs; the report is made at its end
 * @param enrolWeeks over how many weeks learners enrol
 * @param learners how many learners enrol
 * @param seed the seed of the random generator: the same settings give the same season
 * @param dueShare the share of enrolments that get a due date
 * @param dueAfter how long after enrolment a due date falls
 * @param reportEvery when present, players report a played segment at least this often (a
 *     heartbeat); otherwise only when the learner pauses, seeks or stops
 */
public record Season(Instant start, int weeks, int enrolWeeks, int learners, long seed, double dueShare,
    Duration dueAfter, Optional<Duration> reportEvery) {

  /** The default opening: a Monday morning in January. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-12T07:00:00Z");

  public Season {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(dueAfter, "dueAfter");
    Objects.requireNonNull(reportEvery, "reportEvery");
    if (weeks < 1 || weeks > 520) {
      throw new IllegalArgumentException("weeks: must be between 1 and 520, was " + weeks);
    }
    if (enrolWeeks < 1 || enrolWeeks > weeks) {
      throw new IllegalArgumentException("enrolWeeks: must be between 1 and weeks (" + weeks + "), was "
          + enrolWeeks);
    }
    if (learners < 0) {
      throw new IllegalArgumentException("learners: must be 0 or more, was " + learners);
    }
    if (!(dueShare >= 0 && dueShare <= 1)) {
      throw new IllegalArgumentException("dueShare: must be in [0, 1], was " + dueShare);
    }
    if (dueAfter.isNegative() || dueAfter.isZero()) {
      throw new IllegalArgumentException("dueAfter: must be positive, was " + dueAfter);
    }
    if (reportEvery.isPresent() && reportEvery.get().toMillis() < 1000) {
      throw new IllegalArgumentException("reportEvery: must be at least one second, was " + reportEvery.get());
    }
  }

  /**
   * A season of 20 weeks from {@link #DEFAULT_START}, enrolment over the first 8 weeks, six in ten
   * enrolments due 8 weeks after enrolment, players that report on pause and seek.
   */
  public static Season of(int learners, long seed) {
    return new Season(DEFAULT_START, 20, 8, learners, seed, 0.6, Duration.ofDays(56), Optional.empty());
  }

  /** The same season with players that report at least every {@code every}. */
  public Season withReportEvery(Duration every) {
    return new Season(start, weeks, enrolWeeks, learners, seed, dueShare, dueAfter, Optional.of(every));
  }

  /** The same season with another number of learners. */
  public Season withLearners(int count) {
    return new Season(start, weeks, enrolWeeks, count, seed, dueShare, dueAfter, reportEvery);
  }

  /** When the season ends: the instant the report is made at. */
  public Instant end() {
    return start.plus(Duration.ofDays(7L * weeks));
  }

  /** The end of week {@code week} (1-based). */
  public Instant endOfWeek(int week) {
    return start.plus(Duration.ofDays(7L * week));
  }
}
