package org.framsteg.examples.demo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.learner.Enrolment;
import org.framsteg.core.learner.EnrolmentStatus;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.PlayedSegments;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.Segment;

/**
 * A season of learners using a course of videos and podcast episodes, simulated from a seed: they
 * enrol, start (or not), watch and listen in sessions spread over days, pause, skip, go back,
 * listen to episodes faster than real time, drop out, withdraw, finish late. The result is the
 * {@link ProgressEvent}s a player and a platform would report.
 *
 * <pre>{@code
 * Simulation sim = Simulation.of(SeedCourse.create(), Season.of(200, 2026L));
 * List<LearnerHistory> season = sim.learners();      // the same seed gives the same events
 * }</pre>
 *
 * <p>Each learner draws from a generator seeded with the season's seed and the learner's number, so
 * learner 17 is the same whichever other learners are simulated and in whatever order. Played
 * segments are in media time and their timestamps in wall-clock time: a learner at 1.5x covers 90
 * seconds of an episode in a minute. Only timed media (video, audio, podcast) are played; other
 * activities are opened and reported completed.
 */
public final class Simulation {
  private static final long SECOND = 1000;
  private static final long MINUTE = 60 * SECOND;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;
  private static final URI HOME = URI.create("https://lms.example.org");

  private final Course course;
  private final Season season;
  private final Activity[] activities;
  private final int[] durationMs;
  private final boolean[] timed;
  private final boolean[] video;

  private Simulation(Course course, Season season) {
    this.course = course;
    this.season = season;
    this.activities = course.activities().toArray(Activity[]::new);
    int n = activities.length;
    durationMs = new int[n];
    timed = new boolean[n];
    video = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (activities[i].media() instanceof TimedMedia t) {
        timed[i] = true;
        durationMs[i] = (int) Math.min(Integer.MAX_VALUE / 2, t.duration().toMillis());
      }
      video[i] = activities[i].media().kind() == MediaKind.VIDEO;
    }
  }

  /** A simulation of a season of a course. */
  public static Simulation of(Course course, Season season) {
    return new Simulation(Objects.requireNonNull(course, "course"), Objects.requireNonNull(season, "season"));
  }

  /** The course. */
  public Course course() {
    return course;
  }

  /** The settings. */
  public Season season() {
    return season;
  }

  /** Every learner of the season, by number. */
  public List<LearnerHistory> learners() {
    return IntStream.range(0, season.learners()).mapToObj(this::learner).toList();
  }

  /** Learner number {@code index}: the same for the same season settings. */
  public LearnerHistory learner(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index: must be 0 or more, was " + index);
    }
    return new Run(index).simulate();
  }

  /** The generator of one learner: independent of every other learner's. */
  static SplittableRandom random(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }

  /** One learner's season, step by step. */
  private final class Run {
    private final int index;
    private final SplittableRandom rnd;
    private final List<ProgressEvent> events = new ArrayList<>();
    private final long end = season.end().toEpochMilli();
    private final long heartbeat = season.reportEvery().map(Duration::toMillis).orElse((long) Integer.MAX_VALUE);

    private Profile profile;
    private double podcastSpeed;
    private double videoSpeed;
    private double skipChance;
    private double rewindChance;
    private double fillGapsChance;
    private long meanSessionMs;
    private long meanGapMs;

    private long now;
    private long sessionStart = -1;
    private long sessionEnd;
    private boolean over;
    private final int[] resume = new int[activities.length];
    private final boolean[] started = new boolean[activities.length];
    private final boolean[] reported = new boolean[activities.length];
    private final PlayedSegments[] played = new PlayedSegments[activities.length];

    Run(int index) {
      this.index = index;
      this.rnd = random(season.seed(), index);
      java.util.Arrays.fill(played, PlayedSegments.empty());
    }

    LearnerHistory simulate() {
      Learner learner = Learner.builder().accountHomePage(HOME).accountName(String.format("learner-%04d", index + 1))
          .build();
      long enrolWindow = season.enrolWeeks() * 7 * DAY;
      long enrolledAt = season.start().toEpochMilli() + (long) (rnd.nextDouble() * enrolWindow);
      Enrolment enrolment = Enrolment.of(learner, course.id(), Instant.ofEpochMilli(enrolledAt));
      if (rnd.nextDouble() < season.dueShare()) {
        enrolment = enrolment.dueBy(Instant.ofEpochMilli(enrolledAt).plus(season.dueAfter()));
      }
      profile = Profile.at(rnd.nextDouble());
      double speed = rnd.nextDouble();
      podcastSpeed = speed < 0.5 ? 1.0 : speed < 0.7 ? 1.25 : 1.5;
      videoSpeed = rnd.nextDouble() < 0.15 ? 1.25 : 1.0;
      skipChance = switch (profile) {
        case SAMPLER -> 0.35;
        case COMMITTED, SLOW -> 0.06;
        default -> 0.1;
      };
      rewindChance = 0.08;
      fillGapsChance = switch (profile) {
        case COMMITTED -> 0.92;
        case SLOW -> 0.75;
        case DROP_OUT -> 0.5;
        default -> 0.1;
      };
      meanSessionMs = (long) ((25 + rnd.nextDouble() * 55) * MINUTE);
      meanGapMs = switch (profile) {
        case SLOW -> (long) ((5 + rnd.nextDouble() * 8) * DAY);
        case SAMPLER -> (long) ((3 + rnd.nextDouble() * 7) * DAY);
        default -> (long) ((1 + rnd.nextDouble() * 2.5) * DAY);
      };
      if (profile != Profile.NO_SHOW) {
        long delay = (long) (exponential(profile == Profile.SLOW ? 9 * DAY : 3 * DAY));
        now = atDaytime(enrolledAt + delay);
        follow(plan());
      }
      return new LearnerHistory(index, learner, enrolment, profile, podcastSpeed, events);
    }

    /** The activities the learner will open, in order, and where a drop-out stops. */
    private List<int[]> plan() {
      int n = activities.length;
      List<Integer> episodes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (timed[i] && !video[i]) {
          episodes.add(i);
        }
      }
      boolean[] skip = new boolean[n];
      if (profile == Profile.SAMPLER) {
        for (int i = 0; i < n; i++) {
          skip[i] = rnd.nextDouble() < 0.65;
        }
      } else {
        // Most listen to six or seven of the episodes, some to all.
        int leaveOut = Math.min(episodes.size(), rnd.nextDouble() < 0.25 ? 0 : rnd.nextDouble() < 0.6 ? 2 : 1);
        for (int k = 0; k < leaveOut; k++) {
          skip[episodes.remove(rnd.nextInt(episodes.size()))] = true;
        }
      }
      int stopAt = profile == Profile.DROP_OUT ? dropOutPoint(skip) : Integer.MAX_VALUE;
      List<int[]> plan = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (skip[i]) {
          continue;
        }
        if (i == stopAt) {
          // {activity, per-mille of it played before stopping}
          plan.add(new int[] {i, 50 + rnd.nextInt(700)});
          break;
        }
        int share = profile == Profile.SAMPLER ? 150 + rnd.nextInt(700) : 1000;
        plan.add(new int[] {i, share});
      }
      return plan;
    }

    /** Where a drop-out stops: long items and the strategy theme lose more learners. */
    private int dropOutPoint(boolean[] skip) {
      double[] weight = new double[activities.length];
      double total = 0;
      for (int i = 0; i < activities.length; i++) {
        if (skip[i]) {
          continue;
        }
        double minutes = timed[i] ? durationMs[i] / (double) MINUTE : 10;
        // Early activities lose more learners than late ones; long ones more than short ones.
        weight[i] = minutes * (1.8 - 1.2 * i / (double) activities.length) * (i == 4 || i == 8 ? 1.6 : 1);
        total += weight[i];
      }
      double u = rnd.nextDouble() * total;
      for (int i = 0; i < weight.length; i++) {
        u -= weight[i];
        if (u < 0 && weight[i] > 0) {
          return i;
        }
      }
      return activities.length - 1;
    }

    private void follow(List<int[]> plan) {
      for (int[] step : plan) {
        if (over) {
          return;
        }
        int a = step[0];
        boolean stopping = profile == Profile.DROP_OUT && step == plan.get(plan.size() - 1);
        if (timed[a]) {
          int until = (int) ((long) durationMs[a] * step[1] / 1000);
          play(a, until, profile == Profile.SAMPLER ? 0.6 : skipChance);
          if (!stopping && step[1] == 1000 && !enough(a) && rnd.nextDouble() < fillGapsChance) {
            fillGaps(a);
          }
          if (enough(a) && !reported[a]) {
            reported[a] = true;
            emit(new ProgressEvent.Completed(id(), at(now), activities[a].id()));
          }
        } else {
          session();
          emit(new ProgressEvent.Started(id(), at(now), activities[a].id()));
          now += (long) (activities[a].effort().toMillis() * (0.5 + rnd.nextDouble()));
          emit(new ProgressEvent.Completed(id(), at(now), activities[a].id()));
        }
        if (stopping) {
          break;
        }
        now += (long) (rnd.nextDouble() * 2 * MINUTE);
      }
      closeSession();
      if (profile == Profile.DROP_OUT && !over && rnd.nextDouble() < 0.35) {
        now += 7 * DAY + (long) (rnd.nextDouble() * 30 * DAY);
        emit(new ProgressEvent.EnrolmentChanged(id(), at(now), EnrolmentStatus.WITHDRAWN));
      }
    }

    private boolean enough(int a) {
      return played[a].coverage(Duration.ofMillis(durationMs[a])) >= 0.9;
    }

    /** Plays activity {@code a} from where the learner left it until {@code until} ms. */
    private void play(int a, int until, double skip) {
      int duration = durationMs[a];
      double speed = video[a] ? videoSpeed : podcastSpeed;
      session();
      if (!started[a]) {
        started[a] = true;
        emit(new ProgressEvent.Started(id(), at(now), activities[a].id()));
      }
      int pos = resume[a] >= duration - 5 * SECOND ? 0 : resume[a];
      if (pos > 0) {
        seek(a, pos);
      }
      while (pos < until && !over) {
        if (now >= sessionEnd) {
          closeSession();
          pause();
          session();
          // Back after a break: most go back a little to find the thread again.
          if (rnd.nextDouble() < 0.6) {
            pos = Math.max(0, pos - (int) (5 * SECOND + rnd.nextDouble() * 40 * SECOND));
          }
          seek(a, pos);
        }
        long stretch = (long) exponential(4 * MINUTE) + 5 * SECOND;
        long fitsInSession = (long) ((sessionEnd - now) * speed) + SECOND;
        stretch = Math.min(stretch, Math.min(until - pos, fitsInSession));
        pos = playStretch(a, pos, (int) stretch, speed);
        double r = rnd.nextDouble();
        if (r < skip && pos < until) {
          int target = (int) Math.min(duration, pos + 20 * SECOND + (long) (rnd.nextDouble() * 160 * SECOND));
          seek(a, target);
          pos = target;
        } else if (r < skip + rewindChance && pos > 30 * SECOND) {
          int target = Math.max(0, pos - (int) (10 * SECOND + rnd.nextDouble() * 80 * SECOND));
          seek(a, target);
          pos = target;
        } else if (pos < until) {
          // A pause: the player reports where it stopped.
          seek(a, pos);
          now += (long) (rnd.nextDouble() * 3 * MINUTE);
        }
      }
      resume[a] = Math.min(pos, duration);
    }

    /** Plays [pos, pos + length) at {@code speed}, reporting as a player does; returns the new position. */
    private int playStretch(int a, int pos, int length, double speed) {
      int end = pos + length;
      int from = pos;
      while (from < end && !over) {
        int to = (int) Math.min(end, from + heartbeat);
        now += (long) ((to - from) / speed);
        emit(new ProgressEvent.Played(id(), at(now), activities[a].id(), Segment.ofMillis(from, to)));
        played[a] = played[a].add(Segment.ofMillis(from, to));
        from = to;
      }
      return from;
    }

    /** Goes back to each part not yet played, as a learner does who checks the progress bar. */
    private void fillGaps(int a) {
      int duration = durationMs[a];
      int cursor = 0;
      for (Segment s : played[a].segments()) {
        int start = (int) s.from().toMillis();
        if (start - cursor >= 2 * SECOND) {
          replay(a, cursor, start);
        }
        cursor = Math.max(cursor, (int) s.to().toMillis());
      }
      if (duration - cursor >= 2 * SECOND) {
        replay(a, cursor, duration);
      }
      resume[a] = duration;
    }

    private void replay(int a, int from, int to) {
      if (over) {
        return;
      }
      session();
      seek(a, from);
      playStretch(a, from, to - from, video[a] ? videoSpeed : podcastSpeed);
    }

    private void seek(int a, int position) {
      emit(new ProgressEvent.Positioned(id(), at(now), activities[a].id(), Duration.ofMillis(position)));
    }

    /** Opens a session if none is open. */
    private void session() {
      if (sessionStart < 0) {
        sessionStart = now;
        sessionEnd = now + (long) exponential(meanSessionMs) + 5 * MINUTE;
      }
    }

    private void closeSession() {
      long until = Math.min(now, end);
      if (sessionStart >= 0 && until > sessionStart) {
        emit(new ProgressEvent.TimeSpent(id(), at(sessionStart), at(until)));
      }
      sessionStart = -1;
    }

    /** The time until the next session: hours on the same day, or days later. */
    private void pause() {
      if (rnd.nextDouble() < 0.25) {
        now += 2 * HOUR + (long) (rnd.nextDouble() * 4 * HOUR);
      } else {
        now = atDaytime(now + Math.max(DAY, (long) exponential(meanGapMs)));
      }
    }

    /** A working hour (07:00 to 19:00 UTC) on the day of {@code t}, or the next day if that is earlier than t. */
    private long atDaytime(long t) {
      long day = Math.floorDiv(t, DAY) * DAY;
      long at = day + 7 * HOUR + (long) (rnd.nextDouble() * 12 * HOUR);
      return at >= t ? at : at + DAY;
    }

    private double exponential(double mean) {
      return -mean * Math.log(1 - rnd.nextDouble());
    }

    private Instant at(long millis) {
      return Instant.ofEpochMilli(millis);
    }

    /** A random (version 4) UUID from the learner's generator, so ids repeat with the seed. */
    private String id() {
      long hi = (rnd.nextLong() & ~0xF000L) | 0x4000L;
      long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
      return new UUID(hi, lo).toString();
    }

    private void emit(ProgressEvent event) {
      if (over) {
        return;
      }
      if (event.timestamp().toEpochMilli() > end) {
        over = true;
        return;
      }
      events.add(event);
    }
  }

  @Override
  public String toString() {
    return "Simulation[" + course.id() + ", " + season + "]";
  }

}
