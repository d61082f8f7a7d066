package org.framsteg.scorm.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.progress.ActivityProgress;
import org.framsteg.core.progress.PlayedSegments;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.core.progress.Segment;
import org.framsteg.core.testing.CourseArbitraries;
import org.framsteg.core.testing.CourseArbitraries.CourseWithEvents;
import org.framsteg.scorm.runtime.CmiArbitraries;
import org.framsteg.scorm.runtime.Scorm12Cmi;
import org.framsteg.scorm.runtime.Scorm2004Cmi;

/**
 * Laws of {@link RuntimeMapping}: progress handed to a SCO at launch and reported back unchanged
 * is the same progress, to the precision of the formats; any session maps to events of its own
 * activity that fold once.
 */
class RuntimeMappingPropertiesTest {
  private static final Instant BACK = CourseArbitraries.BASE.plus(CourseArbitraries.HORIZON)
      .plus(CourseArbitraries.HORIZON);

  @Provide
  Arbitrary<CourseWithEvents> progress() {
    return CourseArbitraries.coursesWithEvents(30);
  }

  /** The progress of a session that reported back exactly what it was launched with. */
  private static ActivityProgress roundTrip(CourseWithEvents d, Activity a, boolean scorm12) {
    ProgressState state = d.folded();
    RuntimeMapping mapping = RuntimeMapping.of(d.course());
    ScoSession session = new ScoSession("back", a.id(), BACK);
    SessionEvents events;
    if (scorm12) {
      LaunchData<Scorm12Cmi> launch = mapping.launch12(state, a.id());
      events = mapping.events(session, Scorm12Cmi.fromElements(launch.elements()));
    } else {
      LaunchData<Scorm2004Cmi> launch = mapping.launch2004(state, a.id());
      events = mapping.events(session, Scorm2004Cmi.fromElements(launch.elements()));
    }
    return d.start().applyAll(events.events()).activity(a.id());
  }

  /** Played segments as the F1 format keeps them: bounds to the nearest 0.1 s, in the medium. */
  private static PlayedSegments atTenths(PlayedSegments p, Activity a) {
    PlayedSegments out = PlayedSegments.empty();
    for (Segment s : p.segments()) {
      long from = Math.round(s.from().toMillis() / 100.0) * 100;
      long to = Math.round(s.to().toMillis() / 100.0) * 100;
      if (to > from) {
        out = out.add(Segment.ofMillis(from, to));
      }
    }
    return a.media() instanceof TimedMedia t ? out.clip(t.duration()) : out;
  }

  private static boolean done(ActivityProgress p) {
    return p.completed() || p.markedDone();
  }

  @Property(tries = 60)
  void scorm2004LaunchDataReportedBackKeepsTheActivitysProgress(
      @ForAll("progress") CourseWithEvents d) {
    ProgressState state = d.folded();
    RuntimeMapping mapping = RuntimeMapping.of(d.course());
    for (Activity a : d.course().activities().toList()) {
      ActivityProgress before = state.activity(a.id());
      ActivityProgress after = roundTrip(d, a, false);
      assertThat(after.position()).as("position").isEqualTo(before.position());
      assertThat(after.played()).as("played").isEqualTo(atTenths(before.played(), a));
      assertThat(after.bestScore()).as("best score").isEqualTo(before.bestScore());
      assertThat(after.passed()).as("passed").isEqualTo(before.passed());
      Optional<BigDecimal> threshold = mapping.launch2004(state, a.id()).cmi().completionThreshold();
      boolean reached = threshold.isPresent() && a.media() instanceof TimedMedia t
          && BigDecimal.valueOf(before.played().coverage(t.duration())).compareTo(threshold.get()) >= 0;
      assertThat(after.completed()).as("completed").isEqualTo(done(before) || reached);
      if (threshold.isPresent() && done(before)) {
        assertThat(reached).as("a threshold is never handed over to undo a completion").isTrue();
      }
      assertThat(after.started()).isTrue();
      assertThat(after.markedDone()).isFalse();
    }
  }

  @Property(tries = 60)
  void scorm12LaunchDataReportedBackKeepsWhatScorm12CanSay(@ForAll("progress") CourseWithEvents d) {
    ProgressState state = d.folded();
    for (Activity a : d.course().activities().toList()) {
      ActivityProgress before = state.activity(a.id());
      ActivityProgress after = roundTrip(d, a, true);
      assertThat(after.position()).as("position").isEqualTo(before.position());
      assertThat(after.played()).as("played").isEqualTo(atTenths(before.played(), a));
      if (before.bestScore().isPresent()) {
        double best = Math.max(0, before.bestScore().getAsDouble());
        assertThat(after.bestScore().orElseThrow()).as("best score").isEqualTo(best);
        boolean passedByScore = a.media() instanceof Assessment s && best >= s.passingScaled();
        assertThat(after.passed()).as("passed")
            .isEqualTo(before.passed() || (done(before) && passedByScore));
      } else {
        assertThat(after.bestScore()).isEmpty();
        assertThat(after.passed()).isFalse();
      }
      assertThat(after.completed()).as("completed").isEqualTo(done(before) || before.passed());
      assertThat(after.started()).isTrue();
    }
  }

  @Provide
  Arbitrary<Course> courses() {
    return CourseArbitraries.courses();
  }

  @Provide
  Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Provide
  Arbitrary<Scorm12Cmi> scorm12() {
    return CmiArbitraries.scorm12();
  }

  @Provide
  Arbitrary<Scorm2004Cmi> scorm2004() {
    return CmiArbitraries.scorm2004();
  }

  @Provide
  Arbitrary<ScoSession> sessions() {
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
        Arbitraries.longs().between(0, 4_000_000_000L), Arbitraries.integers().between(1, 32))
        .as((id, seconds, attempt) -> new ScoSession(id, "set later",
            Instant.ofEpochSecond(seconds), attempt));
  }

  @Property(tries = 150)
  void anyScorm12SessionGivesEventsOfItsActivityThatFoldOnce(@ForAll("courses") Course course,
      @ForAll("picks") int pick, @ForAll("sessions") ScoSession s, @ForAll("scorm12") Scorm12Cmi cmi) {
    ScoSession session = on(course, pick, s);
    checkEvents(course, session, RuntimeMapping.of(course).events(session, cmi));
  }

  @Property(tries = 150)
  void anyScorm2004SessionGivesEventsOfItsActivityThatFoldOnce(@ForAll("courses") Course course,
      @ForAll("picks") int pick, @ForAll("sessions") ScoSession s,
      @ForAll("scorm2004") Scorm2004Cmi cmi) {
    ScoSession session = on(course, pick, s);
    checkEvents(course, session, RuntimeMapping.of(course).events(session, cmi));
  }

  private static ScoSession on(Course course, int pick, ScoSession s) {
    List<Activity> all = course.activities().toList();
    return new ScoSession(s.id(), all.get(pick % all.size()).id(), s.end(), s.attempt());
  }

  private static void checkEvents(Course course, ScoSession session, SessionEvents out) {
    assertThat(out.events()).isNotEmpty();
    Set<String> ids = new HashSet<>();
    for (ProgressEvent e : out.events()) {
      assertThat(e.activity()).contains(session.activityId());
      assertThat(e.timestamp()).isEqualTo(session.end());
      assertThat(e.id()).startsWith(session.id() + "#");
      assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
      if (e instanceof ProgressEvent.Scored s) {
        assertThat(s.attempt()).isEqualTo(session.attempt());
      }
    }
    ProgressState start = CourseEngine.of(course).start(CourseArbitraries.BASE);
    ProgressState once = start.applyAll(out.events());
    assertThat(once.applyAll(out.events())).isEqualTo(once);
    assertThat(once.activity(session.activityId()).started()).isTrue();
  }
}
