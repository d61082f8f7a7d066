package org.framsteg.examples.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.course.Course;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.examples.SeedCourse;
import org.framsteg.examples.demo.LearnerHistory;
import org.framsteg.examples.demo.Season;
import org.framsteg.examples.demo.Simulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How fast the engine folds events into progress, on the seed course, with events a simulated
 * season produced (sessions, pauses, seeks, re-watching, episodes at 1.5x).
 *
 * <pre>{@code
 * java -cp examples/target/framsteg.jar org.openjdk.jmh.Main EngineBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * java -cp examples/target/framsteg.jar org.openjdk.jmh.Main EngineBenchmark.fold -prof gc
 * }</pre>
 *
 * <p>{@code fold} reports events per second: each operation folds {@value #EVENTS} events, the
 * histories of consecutive learners, each from a fresh state. {@code reportEvery} is the players'
 * heartbeat in seconds (0: a report only on pause, seek and stop). {@code completion} reports
 * completions evaluated per second on states at the end of the season.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
  /** Events folded per operation of {@link #fold}. */
  public static final int EVENTS = 100_000;

  @Param({"0", "10"})
  public int reportEvery;

  private CourseEngine engine;
  private ProgressEvent[] events;
  /** Where each learner's events start in {@link #events}, and the enrolment instant of each. */
  private int[] starts;
  private Instant[] enrolled;
  private ProgressState[] finals;
  private Instant end;

  @Setup(Level.Trial)
  public void setUp() {
    Course course = SeedCourse.create();
    engine = CourseEngine.of(course);
    Season season = Season.of(4000, 2026L);
    if (reportEvery > 0) {
      season = season.withReportEvery(Duration.ofSeconds(reportEvery));
    }
    end = season.end();
    Simulation sim = Simulation.of(course, season);
    List<ProgressEvent> all = new ArrayList<>(EVENTS);
    List<Integer> from = new ArrayList<>();
    List<Instant> at = new ArrayList<>();
    List<ProgressState> done = new ArrayList<>();
    for (int i = 0; all.size() < EVENTS; i++) {
      LearnerHistory h = sim.learner(i);
      if (h.events().isEmpty()) {
        continue;
      }
      from.add(all.size());
      at.add(h.enrolment().enrolledAt());
      int take = Math.min(h.events().size(), EVENTS - all.size());
      all.addAll(h.events().subList(0, take));
      done.add(engine.start(h.enrolment()).applyAll(h.events()));
    }
    events = all.toArray(ProgressEvent[]::new);
    starts = from.stream().mapToInt(Integer::intValue).toArray();
    enrolled = at.toArray(Instant[]::new);
    finals = done.toArray(ProgressState[]::new);
  }

  /** Folds {@value #EVENTS} events of consecutive learners; the score is events per second. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void fold(Blackhole bh) {
    int learner = 0;
    int next = starts.length > 1 ? starts[1] : Integer.MAX_VALUE;
    ProgressState state = engine.start(enrolled[0]);
    for (int i = 0; i < events.length; i++) {
      if (i == next) {
        bh.consume(state);
        learner++;
        next = learner + 1 < starts.length ? starts[learner + 1] : Integer.MAX_VALUE;
        state = engine.start(enrolled[learner]);
      }
      state = state.apply(events[i]);
    }
    bh.consume(state);
  }

  /** Evaluates the completion of one learner at the end of the season; the score is per second. */
  @Benchmark
  @OperationsPerInvocation(64)
  public void completion(Blackhole bh) {
    for (int i = 0; i < 64; i++) {
      Completion c = finals[i % finals.length].completion(end);
      bh.consume(c);
    }
  }
}
