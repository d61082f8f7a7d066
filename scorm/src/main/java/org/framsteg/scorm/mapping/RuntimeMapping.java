package org.framsteg.scorm.mapping;

import java.util.Objects;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.progress.ProgressState;
import org.framsteg.scorm.internal.mapping.CmiToEvents;
import org.framsteg.scorm.internal.mapping.ProgressToCmi;
import org.framsteg.scorm.runtime.Scorm12Cmi;
import org.framsteg.scorm.runtime.Scorm2004Cmi;

/**
 * SCORM run-time data and Framsteg progress, both ways, for one course: what a SCO session
 * reported becomes {@link org.framsteg.core.progress.ProgressEvent progress events} of its
 * activity, and a learner's progress becomes the data an LMS hands the SCO at its next launch.
 *
 * <pre>{@code
 * RuntimeMapping scorm = RuntimeMapping.of(course);
 * state = state.applyAll(scorm.events(new ScoSession("s-81", activityId, Instant.now()), cmi).events());
 * }</pre>
 *
 * <h2>From a session to events</h2>
 *
 * Every event is stamped with the session's end; its id is the session id, {@code #} and the
 * element, so the same session mapped twice folds once.
 *
 * <table>
 *   <caption>SCORM run-time data to Framsteg events</caption>
 *   <tr><th>SCORM 1.2 (RTE §3.4)</th><th>SCORM 2004 (RTE §4.2)</th><th>Framsteg event</th></tr>
 *   <tr><td colspan="2">the session itself</td><td>{@code Started} ({@code <session>#start})</td></tr>
 *   <tr><td>{@code cmi.core.lesson_location}</td><td>{@code cmi.location}</td><td>video and audio:
 *       {@code Positioned}, the value read as seconds ({@code 12.5}); other text, and any
 *       location of other media, is noted</td></tr>
 *   <tr><td>{@code cmi.suspend_data}</td><td>{@code cmi.suspend_data}</td><td>video and audio:
 *       one {@code Played} per segment of the player's {@link SuspendData F1 format}; other
 *       formats, and suspend data of other media, are noted</td></tr>
 *   <tr><td>{@code cmi.core.lesson_status} {@code completed}, {@code passed}</td><td>{@code
 *       cmi.completion_status} as the LMS evaluates it (RTE 4.2.4.1: the progress measure
 *       against the completion threshold) {@code completed}</td><td>{@code Completed}</td></tr>
 *   <tr><td>{@code cmi.core.score.raw} (with {@code min} and {@code max} when they bound it,
 *       else on 0 to 100); {@code lesson_status} {@code passed}/{@code failed}</td><td>{@code
 *       cmi.score.scaled} (with raw, min and max when consistent), else raw within min and max;
 *       {@code cmi.success_status} as evaluated (RTE 4.2.22: the scaled score against the
 *       scaled passing score)</td><td>assessments: {@code Scored} of the session's attempt,
 *       passed or failed when the status says so, else judged by the passing score; scores of
 *       other media are noted</td></tr>
 *   <tr><td>{@code cmi.core.session_time}</td><td>{@code cmi.session_time}</td><td>{@code
 *       TimeSpent} of the activity, from the session's end minus the session time to its
 *       end</td></tr>
 *   <tr><td>{@code browsed}, objectives, interactions, comments, learner preferences,
 *       extensions</td><td>{@code cmi.progress_measure}, objectives, interactions, comments,
 *       learner preferences, extensions ({@code adl.nav.*})</td><td>noted, not mapped</td></tr>
 * </table>
 *
 * <p>Elements the LMS gives the SCO (learner id and name, credit, entry, mode, launch data,
 * limits, {@code total_time}) and {@code exit} carry nothing the learner did and are not read.
 *
 * <h2>From progress to launch data</h2>
 *
 * <table>
 *   <caption>Framsteg progress to SCORM run-time data</caption>
 *   <tr><th>Framsteg</th><th>SCORM 1.2</th><th>SCORM 2004</th></tr>
 *   <tr><td>resume point (video, audio)</td><td>{@code cmi.core.lesson_location}, seconds</td>
 *       <td>{@code cmi.location}, seconds</td></tr>
 *   <tr><td>played segments</td><td>{@code cmi.suspend_data} in the F1 format (4096 characters
 *       at most, shortest segments dropped first)</td><td>{@code cmi.suspend_data} (64000);
 *       {@code cmi.progress_measure}, the played fraction, once something was played</td></tr>
 *   <tr><td>a resume point or played segments / nothing yet / else</td><td colspan="2">{@code
 *       entry} {@code resume} / {@code ab-initio} / empty</td></tr>
 *   <tr><td>completed or marked done; passed; scored; started</td><td>{@code lesson_status}
 *       {@code passed} if passed, else {@code completed}, else {@code failed} if scored, else
 *       {@code incomplete}, else {@code not attempted}</td><td>{@code completion_status} {@code
 *       completed} / {@code incomplete} / {@code not attempted}; {@code success_status} {@code
 *       passed} / {@code failed} when scored, else {@code unknown}</td></tr>
 *   <tr><td>best scaled score of an assessment</td><td>{@code score.raw} = 100 × score (min 0,
 *       max 100; below 0 written as 0)</td><td>{@code score.scaled}; raw, min 0 and max the
 *       assessment's maximum when not negative</td></tr>
 *   <tr><td>passing score of the assessment</td><td>{@code student_data.mastery_score} = 100 ×
 *       the passing fraction</td><td>{@code scaled_passing_score}, left out (and noted) when it
 *       would turn a recorded pass into a fail or back</td></tr>
 *   <tr><td>the fraction of a {@code watched} rule of the activity (else its module's, else the
 *       course's)</td><td>(none: 1.2 has no threshold)</td><td>{@code completion_threshold},
 *       left out (and noted) when the activity is completed with less played</td></tr>
 *   <tr><td>time spent</td><td colspan="2">{@code total_time} when the course has one activity;
 *       otherwise left out and noted, since Framsteg keeps time per course (an LMS that sums
 *       session times per SCO sets it with {@code builder().from(cmi).totalTime(..)})</td></tr>
 *   <tr><td></td><td colspan="2">{@code credit} {@code credit}, mode {@code normal}; the learner's
 *       id and name are the caller's to add</td></tr>
 * </table>
 *
 * <p>Round trip: progress, to launch data, to the events of a session that changed nothing, folded
 * into a fresh state, keeps the resume point (to the millisecond), the played segments (to 0.1 s)
 * and the best score; SCORM 2004 also keeps whether the activity is completed (marked done comes
 * back as completed; completed by its {@code watched} rule comes back completed) and passed. SCORM
 * 1.2 has one status for both, so an activity passed but not completed comes back completed, and a
 * completed one failed despite a score at the passing score comes back passed; its scores run from
 * 0 to 100, so a negative best score comes back as 0. Attempt counts are not in the data model.
 * Instances are immutable and safe to share.
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. Run-Time Environment §4.2
 *     (the data model)</a>
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 1.2 Run-Time Environment §3.4</a>
 */
public final class RuntimeMapping {
  private final Course course;

  private RuntimeMapping(Course course) {
    this.course = course;
  }

  /** The mapping for a course, whose activities say which elements mean what. */
  public static RuntimeMapping of(Course course) {
    return new RuntimeMapping(Objects.requireNonNull(course, "course"));
  }

  /** The course. */
  public Course course() {
    return course;
  }

  /**
   * The events of a SCORM 1.2 session.
   *
   * @throws IllegalArgumentException when the session's activity is not in the course
   */
  public SessionEvents events(ScoSession session, Scorm12Cmi cmi) {
    Objects.requireNonNull(cmi, "cmi");
    return CmiToEvents.scorm12(session, activity(session), cmi);
  }

  /**
   * The events of a SCORM 2004 session.
   *
   * @throws IllegalArgumentException when the session's activity is not in the course
   */
  public SessionEvents events(ScoSession session, Scorm2004Cmi cmi) {
    Objects.requireNonNull(cmi, "cmi");
    return CmiToEvents.scorm2004(session, activity(session), cmi);
  }

  /**
   * The SCORM 1.2 data to launch an activity's SCO with.
   *
   * @throws IllegalArgumentException when the state is of another course or the activity is not
   *     in the course
   */
  public LaunchData<Scorm12Cmi> launch12(ProgressState state, String activityId) {
    return ProgressToCmi.scorm12(check(state), activity(activityId));
  }

  /**
   * The SCORM 2004 data to launch an activity's SCO with.
   *
   * @throws IllegalArgumentException when the state is of another course or the activity is not
   *     in the course
   */
  public LaunchData<Scorm2004Cmi> launch2004(ProgressState state, String activityId) {
    return ProgressToCmi.scorm2004(check(state), activity(activityId));
  }

  private Activity activity(ScoSession session) {
    return activity(Objects.requireNonNull(session, "session").activityId());
  }

  private Activity activity(String activityId) {
    Objects.requireNonNull(activityId, "activityId");
    return course.activity(activityId).orElseThrow(() -> new IllegalArgumentException(
        "activityId: no activity '" + activityId + "' in course '" + course.id() + "'"));
  }

  private ProgressState check(ProgressState state) {
    Objects.requireNonNull(state, "state");
    Course of = state.engine().course();
    if (of != course && !of.equals(course)) {
      throw new IllegalArgumentException("state: the progress is of course '" + of.id()
          + "' version " + of.version() + ", not of '" + course.id() + "' version "
          + course.version());
    }
    return state;
  }
}
