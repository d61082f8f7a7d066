package org.framsteg.examples.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.course.Course;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.examples.SeedCourse;
import org.framsteg.examples.demo.LearnerHistory;
import org.framsteg.examples.demo.Profile;
import org.framsteg.examples.demo.Season;
import org.framsteg.examples.demo.Simulation;
import org.openjdk.jol.info.GraphLayout;

/**
 * The memory one learner's progress in one course takes: the retained size of a
 * {@link ProgressState} less the engine and course it shares with every other learner, measured
 * with JOL.
 *
 * <pre>{@code
 * java -cp examples/target/framsteg.jar org.framsteg.examples.bench.StateFootprint
 * java -cp examples/target/framsteg.jar org.framsteg.examples.bench.StateFootprint --heartbeat=10
 * }</pre>
 *
 * <p>First a typical mid-course state: a committed learner half-way through the course (the first
 * half of their events). Then the spread over every learner of a season of 200 at its end.
 * {@code --heartbeat=S} makes the players report every S seconds (default: on pause and seek).
 */
public final class StateFootprint {
  private StateFootprint() {}

  public static void main(String[] args) {
    // Records' field offsets are hidden from Unsafe since Java 15; JOL then finds them by probing.
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
    Season season = Season.of(200, 2026L);
    for (String a : args) {
      if (a.startsWith("--heartbeat=")) {
        season = season.withReportEvery(Duration.ofSeconds(Long.parseLong(a.substring("--heartbeat=".length()))));
      }
    }
    Course course = SeedCourse.create();
    CourseEngine engine = CourseEngine.of(course);
    Simulation sim = Simulation.of(course, season);
    GraphLayout shared = GraphLayout.parseInstance(engine);
    System.out.printf(Locale.ROOT, "Engine and course (shared by all learners): %,d bytes in %,d objects%n",
        shared.totalSize(), shared.totalCount());

    LearnerHistory committed = sim.learners().stream()
        .filter(h -> h.profile() == Profile.COMMITTED && h.events().size() > 50).findFirst().orElseThrow();
    List<ProgressEvent> half = committed.events().subList(0, committed.events().size() / 2);
    ProgressState mid = engine.start(committed.enrolment()).applyAll(half);
    Completion c = mid.completion(half.get(half.size() - 1).timestamp());
    GraphLayout whole = GraphLayout.parseInstance(mid);
    long own = whole.totalSize() - shared.totalSize();
    GraphLayout exclusive = whole.subtract(shared);
    System.out.printf(Locale.ROOT, "Mid-course state (%s, %d of %d events, %d %% done, %s): "
            + "%,d bytes retained - %,d shared = %,d bytes (%,d objects of its own)%n",
        committed.name(), half.size(), committed.events().size(), c.percent(), c.summary(Locale.ENGLISH),
        whole.totalSize(), shared.totalSize(), own, exclusive.totalCount());
    System.out.println(exclusive.toFootprint());

    List<Long> sizes = new ArrayList<>();
    GraphLayout largest = null;
    long largestSize = 0;
    for (LearnerHistory h : sim.learners()) {
      ProgressState s = engine.start(h.enrolment()).applyAll(h.events());
      // Sizes, not subtraction: JOL matches objects by address, and a collection between two
      // snapshots moves them. Every state retains the whole shared engine graph, so the
      // difference of sizes is exactly what the state holds of its own.
      long size = GraphLayout.parseInstance(s).totalSize() - shared.totalSize();
      sizes.add(size);
      if (largest == null || size > largestSize) {
        largest = GraphLayout.parseInstance(s).subtract(GraphLayout.parseInstance(engine));
        largestSize = size;
      }
    }
    sizes.sort(null);
    System.out.println("The largest state at the end of the season:");
    System.out.println(largest.toFootprint());
    System.out.printf(Locale.ROOT, "End of season, %d learners: min %,d, median %,d, p90 %,d, max %,d bytes per state "
        + "(%s)%n", sizes.size(), sizes.get(0), sizes.get(sizes.size() / 2), sizes.get(sizes.size() * 9 / 10),
        sizes.get(sizes.size() - 1), season.reportEvery().map(d -> "heartbeat " + d.toSeconds() + " s")
            .orElse("reports on pause and seek"));
  }
}
