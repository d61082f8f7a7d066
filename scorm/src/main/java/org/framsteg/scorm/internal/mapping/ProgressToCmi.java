package org.framsteg.scorm.internal.mapping;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.progress.ActivityProgress;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.scorm.mapping.LaunchData;
import org.framsteg.scorm.mapping.MappingNote;
import org.framsteg.scorm.mapping.SuspendData;
import org.framsteg.scorm.runtime.CmiCredit;
import org.framsteg.scorm.runtime.CmiEntry;
import org.framsteg.scorm.runtime.CmiMode;
import org.framsteg.scorm.runtime.Scorm12Cmi;
import org.framsteg.scorm.runtime.Scorm12LessonStatus;
import org.framsteg.scorm.runtime.Scorm12Score;
import org.framsteg.scorm.runtime.Scorm2004Cmi;
import org.framsteg.scorm.runtime.Scorm2004CompletionStatus;
import org.framsteg.scorm.runtime.Scorm2004Score;
import org.framsteg.scorm.runtime.Scorm2004SuccessStatus;

/** The run-time data an LMS hands a SCO at launch, for {@code RuntimeMapping}. */
public final class ProgressToCmi {
  /** The longest SCORM 1.2 CMITimespan, 9999:59:59.99. */
  private static final Duration MAX_TIMESPAN_12 =
      Duration.ofHours(9999).plusMinutes(59).plusSeconds(59).plusMillis(990);

  private final Course course;
  private final Activity activity;
  private final ActivityProgress progress;
  private final ProgressState state;
  private final List<MappingNote> notes = new ArrayList<>();

  private ProgressToCmi(ProgressState state, Activity activity) {
    this.state = state;
    this.course = state.engine().course();
    this.activity = activity;
    this.progress = state.activity(activity.id());
  }

  /** SCORM 1.2 launch data. */
  public static LaunchData<Scorm12Cmi> scorm12(ProgressState state, Activity activity) {
    ProgressToCmi m = new ProgressToCmi(state, activity);
    Scorm12Cmi.Builder b = Scorm12Cmi.builder().credit(CmiCredit.CREDIT)
        .lessonMode(CmiMode.NORMAL).entry(m.entry());
    m.location().ifPresent(b::lessonLocation);
    m.suspendData(SuspendData.SCORM_12_LIMIT, "cmi.suspend_data").ifPresent(b::suspendData);
    ActivityProgress p = m.progress;
    boolean scored = p.bestScore().isPresent();
    b.lessonStatus(p.passed() ? Scorm12LessonStatus.PASSED
        : m.done() ? Scorm12LessonStatus.COMPLETED
        : scored ? Scorm12LessonStatus.FAILED
        : p.started() ? Scorm12LessonStatus.INCOMPLETE : Scorm12LessonStatus.NOT_ATTEMPTED);
    if (m.done() && scored && !p.passed()) {
      m.note("cmi.core.lesson_status", "'completed': SCORM 1.2 cannot say completed and "
          + "failed; the mastery score decides");
    }
    if (m.activity.media() instanceof Assessment a) {
      b.masteryScore(hundredths(a.passingScaled()));
      p.bestScore().ifPresent(best -> {
        if (best < 0) {
          m.note("cmi.core.score.raw", "the best scaled score " + best + " is below 0, which "
              + "SCORM 1.2 cannot hold: 0 is written");
        }
        b.score(Scorm12Score.builder().raw(hundredths(Math.max(0, best)))
            .min(BigDecimal.ZERO).max(BigDecimal.valueOf(100)).build());
      });
    }
    m.totalTime("cmi.core.total_time").map(d -> {
      if (d.compareTo(MAX_TIMESPAN_12) > 0) {
        m.note("cmi.core.total_time", d + " is longer than a CMITimespan holds; 9999:59:59.99 "
            + "is written");
        return MAX_TIMESPAN_12;
      }
      return d;
    }).ifPresent(b::totalTime);
    return new LaunchData<>(b.build(), m.notes);
  }

  /** SCORM 2004 launch data. */
  public static LaunchData<Scorm2004Cmi> scorm2004(ProgressState state, Activity activity) {
    ProgressToCmi m = new ProgressToCmi(state, activity);
    Scorm2004Cmi.Builder b = Scorm2004Cmi.builder().credit(CmiCredit.CREDIT)
        .mode(CmiMode.NORMAL).entry(m.entry());
    m.location().ifPresent(b::location);
    m.suspendData(SuspendData.SCORM_2004_LIMIT, "cmi.suspend_data").ifPresent(b::suspendData);
    ActivityProgress p = m.progress;
    boolean completed = m.done();
    if (activity.media() instanceof TimedMedia t) {
      double coverage = p.played().coverage(t.duration());
      BigDecimal measure = BigDecimal.valueOf(coverage);
      boolean byThreshold = false;
      Optional<Double> threshold = m.watchedFraction();
      if (threshold.isPresent()) {
        BigDecimal t2 = BigDecimal.valueOf(threshold.get());
        if (m.done() && measure.compareTo(t2) < 0) {
          m.note("cmi.completion_threshold", "left out: the activity is completed although "
              + "less than " + t2.toPlainString() + " of it was played, which the threshold "
              + "would undo (RTE 4.2.4.1)");
        } else {
          b.completionThreshold(t2);
          byThreshold = measure.compareTo(t2) >= 0;
          completed = completed || byThreshold;
        }
      }
      // Nothing played is no measure: with a threshold the LMS then reports "unknown" (RTE
      // 4.2.4.1), unless a threshold of 0 is met by it.
      if (!p.played().isEmpty() || byThreshold) {
        b.progressMeasure(measure);
      }
    }
    b.completionStatus(completed ? Scorm2004CompletionStatus.COMPLETED
        : p.started() ? Scorm2004CompletionStatus.INCOMPLETE
        : Scorm2004CompletionStatus.NOT_ATTEMPTED);
    if (activity.media() instanceof Assessment a) {
      BigDecimal passing = BigDecimal.valueOf(a.passingScaled());
      if (p.bestScore().isPresent()) {
        double best = p.bestScore().getAsDouble();
        BigDecimal scaled = BigDecimal.valueOf(best);
        Scorm2004Score.Builder score = Scorm2004Score.builder().scaled(scaled);
        if (best >= 0) {
          score.raw(scaled.multiply(BigDecimal.valueOf(a.maxScore())).stripTrailingZeros())
              .min(BigDecimal.ZERO).max(BigDecimal.valueOf(a.maxScore()).stripTrailingZeros());
        }
        b.score(score.build());
        b.successStatus(p.passed() ? Scorm2004SuccessStatus.PASSED : Scorm2004SuccessStatus.FAILED);
        if (p.passed() == (scaled.compareTo(passing) >= 0)) {
          b.scaledPassingScore(passing);
        } else {
          m.note("cmi.scaled_passing_score", "left out: the attempts were judged "
              + (p.passed() ? "passed" : "failed") + " against the best score "
              + scaled.toPlainString() + ", which the passing score " + passing.toPlainString()
              + " would undo (RTE 4.2.22)");
        }
      } else {
        b.scaledPassingScore(passing).successStatus(Scorm2004SuccessStatus.UNKNOWN);
      }
    }
    m.totalTime("cmi.total_time").ifPresent(b::totalTime);
    return new LaunchData<>(b.build(), m.notes);
  }

  // ---------------------------------------------------------------- shared

  private boolean done() {
    return progress.completed() || progress.markedDone();
  }

  private CmiEntry entry() {
    if (progress.position().isPresent() || !progress.played().isEmpty()) {
      return CmiEntry.RESUME;
    }
    return progress.started() ? CmiEntry.NONE : CmiEntry.AB_INITIO;
  }

  /** The resume point in seconds, as the player writes and reads it. */
  private Optional<String> location() {
    return progress.position().map(d -> {
      BigDecimal s = BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros();
      return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    });
  }

  private Optional<String> suspendData(int limit, String element) {
    if (progress.played().isEmpty()) {
      return Optional.empty();
    }
    String all = SuspendData.encode(progress.played());
    String kept = SuspendData.encode(progress.played(), limit);
    if (!kept.equals(all)) {
      note(element, "the played segments need " + all.length() + " characters, more than the "
          + limit + " allowed: the shortest were left out");
    }
    return Optional.of(kept);
  }

  /**
   * Time spent is kept per course, not per activity: it is the activity's own only when the
   * course has one activity.
   */
  private Optional<Duration> totalTime(String element) {
    if (course.activities().count() == 1) {
      return Optional.of(Duration.ofMillis(state.timeSpent().toMillis() / 10 * 10));
    }
    if (!state.timeSpent().isZero()) {
      note(element, "left out: Framsteg keeps time spent per course ("
          + state.timeSpent() + "), not per activity");
    }
    return Optional.empty();
  }

  /**
   * The fraction of a {@code watched} rule about this activity: in its own rule, else its
   * module's, else the course's; the first found.
   */
  private Optional<Double> watchedFraction() {
    Optional<Double> f = activity.completion().flatMap(r -> watched(r, activity.id()));
    if (f.isPresent()) {
      return f;
    }
    for (CourseModule module : course.modules()) {
      if (module.activities().stream().anyMatch(a -> a.id().equals(activity.id()))) {
        f = module.completion().flatMap(r -> watched(r, activity.id()));
        if (f.isPresent()) {
          return f;
        }
      }
    }
    return course.completion().flatMap(r -> watched(r, activity.id()));
  }

  private static Optional<Double> watched(CompletionRule rule, String id) {
    if (rule instanceof CompletionRule.MediaPlayed p) {
      return p.activityId().equals(id) ? Optional.of(p.fraction()) : Optional.empty();
    }
    List<CompletionRule> children = new ArrayList<>();
    if (rule instanceof CompletionRule.AllOf r) {
      children.addAll(r.rules());
    } else if (rule instanceof CompletionRule.AnyOf r) {
      children.addAll(r.rules());
    } else if (rule instanceof CompletionRule.AtLeast r) {
      children.addAll(r.rules());
    } else if (rule instanceof CompletionRule.Weighted r) {
      r.parts().forEach(w -> children.add(w.rule()));
    } else if (rule instanceof CompletionRule.Before r) {
      children.add(r.rule());
    }
    for (CompletionRule c : children) {
      Optional<Double> f = watched(c, id);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** A fraction as a number from 0 to 100, exactly as the fraction's shortest decimal form. */
  private static BigDecimal hundredths(double fraction) {
    BigDecimal d = BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  private void note(String element, String message) {
    notes.add(new MappingNote(element, message));
  }
}
