package org.framsteg.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.course.Course;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.examples.SeedCourse;
import org.framsteg.examples.demo.LearnerHistory;
import org.framsteg.examples.demo.Season;
import org.framsteg.examples.demo.Simulation;

/**
 * Replays a large event log into progress: by default 100 million events for 50,000 learners of
 * the seed course on two threads, interleaved as a learning record store's log is (a session's
 * worth of one learner's events, then the next learner's), every learner's state kept in memory.
 *
 * <pre>{@code
 * java -Xmx4g -cp examples/target/framsteg.jar org.framsteg.examples.bench.Replay
 * java -Xmx4g -cp examples/target/framsteg.jar org.framsteg.examples.bench.Replay --learners=50000 --threads=2
 * }</pre>
 *
 * <p>Options ({@code --name=value}): {@code learners} (50000), {@code events} (100000000: the
 * least to replay), {@code threads} (2), {@code pool} (1000 simulated histories that the learners
 * take in turn; each learner still has a state of its own), {@code heartbeat} (players report every
 * this many seconds, 14: about 2,000 events per learner), {@code chunk} (events of one learner in a row, 32), {@code seed} (2026).
 * Prints the wall time, the CPU time of the replaying threads, the rate, and the heap used before
 * and after, so the states' share of the heap shows.
 */
public final class Replay {
  private Replay() {}

  public static void main(String[] args) throws Exception {
    int learners = option(args, "learners", 50_000);
    long target = option(args, "events", 100_000_000);
    int threads = option(args, "threads", 2);
    int poolSize = option(args, "pool", 1000);
    int heartbeat = option(args, "heartbeat", 14);
    int chunk = option(args, "chunk", 32);
    long seed = option(args, "seed", 2026);

    Course course = SeedCourse.create();
    CourseEngine engine = CourseEngine.of(course);
    Simulation sim = Simulation.of(course, Season.of(poolSize, seed).withReportEvery(Duration.ofSeconds(heartbeat)));
    long t0 = System.nanoTime();
    LearnerHistory[] pool = IntStream.range(0, poolSize).parallel().mapToObj(sim::learner)
        .toArray(LearnerHistory[]::new);
    ProgressEvent[][] logs = new ProgressEvent[poolSize][];
    for (int i = 0; i < poolSize; i++) {
      logs[i] = pool[i].events().toArray(ProgressEvent[]::new);
    }
    long total = 0;
    for (int i = 0; i < learners; i++) {
      total += logs[i % poolSize].length;
    }
    System.out.printf(Locale.ROOT, "Simulated %d histories (heartbeat %d s) in %.1f s; %d learners take them in turn: "
        + "%,d events (%.0f per learner)%n", poolSize, heartbeat, (System.nanoTime() - t0) / 1e9, learners, total,
        (double) total / learners);
    if (total < target) {
      System.out.printf(Locale.ROOT, "Fewer than %,d events: lower --heartbeat or raise --learners%n", target);
    }

    MemoryUsage before = heapAfterGc();
    ProgressState[] states = new ProgressState[learners];
    for (int i = 0; i < learners; i++) {
      states[i] = engine.start(pool[i % poolSize].enrolment());
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    ExecutorService exec = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> parts = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) learners * t / threads);
      int to = (int) ((long) learners * (t + 1) / threads);
      parts.add(exec.submit(() -> {
        long cpu0 = mx.getCurrentThreadCpuTime();
        long applied = replay(states, logs, from, to, chunk);
        return new long[] {applied, mx.getCurrentThreadCpuTime() - cpu0};
      }));
    }
    long applied = 0;
    long cpu = 0;
    for (Future<long[]> f : parts) {
      long[] r = f.get();
      applied += r[0];
      cpu += r[1];
    }
    double wall = (System.nanoTime() - start) / 1e9;
    exec.shutdown();

    long c0 = System.nanoTime();
    int completed = 0;
    java.time.Instant end = sim.season().end();
    for (ProgressState s : states) {
      if (s.completion(end).status() == CompletionStatus.COMPLETED) {
        completed++;
      }
    }
    double evalSeconds = (System.nanoTime() - c0) / 1e9;
    MemoryUsage after = heapAfterGc();

    System.out.printf(Locale.ROOT, "Replayed %,d events for %,d learners on %d threads in %.2f s wall: %,.0f events/s%n",
        applied, learners, threads, wall, applied / wall);
    System.out.printf(Locale.ROOT, "CPU time of the replaying threads: %.2f s (%,.0f events per CPU second)%n",
        cpu / 1e9, applied / (cpu / 1e9));
    System.out.printf(Locale.ROOT, "Completion of all %,d learners evaluated in %.2f s: %,d completed%n",
        learners, evalSeconds, completed);
    System.out.printf(Locale.ROOT, "Heap used after GC: %,d MiB before the replay (event log), %,d MiB after "
        + "(+%,d MiB for %,d states: %,d bytes each); max heap %,d MiB%n",
        before.getUsed() >> 20, after.getUsed() >> 20, (after.getUsed() - before.getUsed()) >> 20, learners,
        (after.getUsed() - before.getUsed()) / learners, after.getMax() >> 20);
    System.out.printf(Locale.ROOT, "Machine: %d processors, Java %s (%s)%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), System.getProperty("java.vm.name"));
    // The log and the states must still be reachable when the heap is measured after the replay.
    java.lang.ref.Reference.reachabilityFence(logs);
    java.lang.ref.Reference.reachabilityFence(pool);
    java.lang.ref.Reference.reachabilityFence(states);
  }

  /** Folds learners [from, to): {@code chunk} events of each in turn until all are in. */
  static long replay(ProgressState[] states, ProgressEvent[][] logs, int from, int to, int chunk) {
    int pool = logs.length;
    int[] cursor = new int[to - from];
    long applied = 0;
    boolean more = true;
    while (more) {
      more = false;
      for (int i = from; i < to; i++) {
        ProgressEvent[] log = logs[i % pool];
        int c = cursor[i - from];
        if (c >= log.length) {
          continue;
        }
        int end = Math.min(log.length, c + chunk);
        ProgressState s = states[i];
        for (int k = c; k < end; k++) {
          s = s.apply(log[k]);
        }
        states[i] = s;
        applied += end - c;
        cursor[i - from] = end;
        more |= end < log.length;
      }
    }
    return applied;
  }

  private static MemoryUsage heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
  }

  private static int option(String[] args, String name, int fallback) {
    return (int) option(args, name, (long) fallback);
  }

  private static long option(String[] args, String name, long fallback) {
    for (String a : args) {
      if (a.startsWith("--" + name + "=")) {
        return Long.parseLong(a.substring(name.length() + 3).replace("_", ""));
      }
    }
    return fallback;
  }
}
