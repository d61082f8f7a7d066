package org.framsteg.xapi.internal.progress;

import static org.framsteg.xapi.progress.ProgressVocabulary.*;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.learner.EnrolmentStatus;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.core.progress.Segment;
import org.framsteg.xapi.Account;
import org.framsteg.xapi.Activity;
import org.framsteg.xapi.Agent;
import org.framsteg.xapi.Extensions;
import org.framsteg.xapi.Ifi;
import org.framsteg.xapi.JsonValue;
import org.framsteg.xapi.Result;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.StatementRef;
import org.framsteg.xapi.progress.IngestResult;
import org.framsteg.xapi.progress.Unmatched;
import org.framsteg.xapi.progress.Unmatched.Reason;

/** Turns statements into the progress events of each learner in one course. */
public final class StatementInterpreter {

  /** A statement, or what made an input element unreadable, with its index. */
  public record Input(long index, Statement statement, String error) {}

  private final Course course;
  private final Map<String, org.framsteg.core.course.Activity> activities = new LinkedHashMap<>();
  private final Set<String> modules = new HashSet<>();

  public StatementInterpreter(Course course) {
    this.course = course;
    course.activities().forEach(a -> activities.put(a.id(), a));
    for (CourseModule m : course.modules()) {
      modules.add(m.id());
    }
  }

  /** Interprets all inputs; voiding applies whatever the order. */
  public IngestResult interpret(List<Input> inputs) {
    Set<UUID> voided = new HashSet<>();
    for (Input in : inputs) {
      Statement s = in.statement();
      if (s != null && s.verb().isVoiding() && s.object() instanceof StatementRef ref) {
        voided.add(ref.id());
      }
    }
    Map<Learner, List<ProgressEvent>> events = new LinkedHashMap<>();
    List<Unmatched> unmatched = new ArrayList<>();
    for (Input in : inputs) {
      Statement s = in.statement();
      if (s == null) {
        unmatched.add(new Unmatched(Optional.empty(), in.index(), Reason.INVALID_STATEMENT, in.error()));
        continue;
      }
      Outcome o = interpret(s, voided);
      if (o.reason != null) {
        unmatched.add(new Unmatched(s.id(), in.index(), o.reason, o.message));
      } else {
        events.computeIfAbsent(o.learner, l -> new ArrayList<>()).addAll(o.events);
      }
    }
    return new IngestResult(events, unmatched);
  }

  private static final class Outcome {
    Learner learner;
    List<ProgressEvent> events;
    Reason reason;
    String message;

    static Outcome fail(Reason reason, String message) {
      Outcome o = new Outcome();
      o.reason = reason;
      o.message = message;
      return o;
    }
  }

  private Outcome interpret(Statement s, Set<UUID> voided) {
    if (s.verb().isVoiding()) {
      return Outcome.fail(Reason.VOIDING, s.object() instanceof StatementRef ref
          ? "voids statement " + ref.id() : "a voiding statement whose object is not a StatementRef");
    }
    if (s.id().isEmpty()) {
      return Outcome.fail(Reason.MISSING_ID, "the statement has no id; an event takes its id from it");
    }
    if (voided.contains(s.id().get())) {
      return Outcome.fail(Reason.VOIDED, "voided by another statement of the input");
    }
    Learner learner = learner(s);
    if (learner == null) {
      return Outcome.fail(Reason.UNKNOWN_ACTOR, "actor: expected an Agent with an mbox or an account");
    }
    Optional<Instant> when = s.timestamp().flatMap(t -> t.toInstant());
    if (when.isEmpty()) {
      return Outcome.fail(Reason.MISSING_TIMESTAMP, "timestamp: absent or without an offset");
    }
    if (!(s.object() instanceof Activity object)) {
      return Outcome.fail(Reason.UNKNOWN_ACTIVITY, "object: expected an Activity, was " + s.object().objectType());
    }
    String id = s.id().get().toString();
    Instant t = when.get();
    String verb = s.verb().id();
    String objectId = object.id();
    boolean isCourse = objectId.equals(course.id());
    try {
      List<ProgressEvent> events;
      EnrolmentStatus enrolment = enrolmentStatus(verb);
      if (enrolment != null && isCourse) {
        events = List.of(new ProgressEvent.EnrolmentChanged(id, t, enrolment));
      } else if (verb.equals(TERMINATED) && (isCourse || activities.containsKey(objectId))) {
        Duration d = s.result().flatMap(Result::duration).flatMap(x -> x.toDuration()).orElse(null);
        if (d == null) {
          return Outcome.fail(Reason.MISSING_RESULT, "result.duration: terminated needs an exact duration");
        }
        events = List.of(new ProgressEvent.TimeSpent(id, t, isCourse ? Optional.empty() : Optional.of(objectId),
            t.minus(d), t));
      } else if (isCourse || modules.contains(objectId)) {
        return Outcome.fail(Reason.COURSE_OR_MODULE, (isCourse ? "course " : "module ") + objectId + ": " + verb
            + " (Framsteg computes completion of courses and modules itself)");
      } else if (!activities.containsKey(objectId)) {
        return Outcome.fail(Reason.UNKNOWN_ACTIVITY, "object.id: " + objectId + " is not an activity of course "
            + course.id());
      } else {
        Object e = activityEvent(id, t, objectId, verb, s);
        if (e instanceof Outcome o) {
          return o;
        }
        @SuppressWarnings("unchecked")
        List<ProgressEvent> list = (List<ProgressEvent>) e;
        events = list;
      }
      Outcome o = new Outcome();
      o.learner = learner;
      o.events = events;
      return o;
    } catch (IllegalArgumentException e) {
      return Outcome.fail(Reason.MALFORMED_VALUE, e.getMessage());
    }
  }

  private Object activityEvent(String id, Instant t, String activityId, String verb, Statement s) {
    Extensions result = s.result().map(Result::extensions).orElse(Extensions.empty());
    switch (verb) {
      case INITIALIZED:
        return List.of(new ProgressEvent.Started(id, t, activityId));
      case COMPLETED:
        return List.of(new ProgressEvent.Completed(id, t, activityId));
      case VIDEO_PAUSED: {
        if (!(activities.get(activityId).media() instanceof TimedMedia)) {
          return Outcome.fail(Reason.UNKNOWN_VERB, "verb " + verb + ": activity " + activityId + " is not timed media");
        }
        Optional<JsonValue> v = result.get(EXT_PLAYED_SEGMENTS);
        if (v.isEmpty()) {
          return Outcome.fail(Reason.MISSING_EXTENSION, "result.extensions." + EXT_PLAYED_SEGMENTS + ": absent");
        }
        String text = v.get().asString().orElseThrow(() -> new IllegalArgumentException(
            "result.extensions." + EXT_PLAYED_SEGMENTS + ": expected a string"));
        List<Segment> segments = Seconds.segments(text);
        List<ProgressEvent> out = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
          // A statement from another source may list several segments: each becomes an event, the
          // first with the statement's id, the others with "#2", "#3", ... after it.
          out.add(new ProgressEvent.Played(i == 0 ? id : id + "#" + (i + 1), t, activityId, segments.get(i)));
        }
        return out;
      }
      case VIDEO_SEEKED: {
        Optional<JsonValue> v = result.get(EXT_TIME_TO);
        if (v.isEmpty()) {
          return Outcome.fail(Reason.MISSING_EXTENSION, "result.extensions." + EXT_TIME_TO + ": absent");
        }
        BigDecimal to = v.get().asBigDecimal().orElseThrow(() -> new IllegalArgumentException(
            "result.extensions." + EXT_TIME_TO + ": expected a number of seconds"));
        return List.of(new ProgressEvent.Positioned(id, t, activityId, Seconds.parse(to)));
      }
      case PASSED:
      case FAILED:
      case SCORED: {
        Optional<org.framsteg.xapi.Score> score = s.result().flatMap(Result::score);
        if (score.isEmpty()) {
          return Outcome.fail(Reason.MISSING_RESULT, "result.score: " + verb + " needs a score");
        }
        org.framsteg.core.progress.Score sc = score(score.get());
        if (sc == null) {
          return Outcome.fail(Reason.MISSING_RESULT, "result.score: needs scaled, or raw with min and max");
        }
        int attempt = 1;
        Optional<JsonValue> a = s.context().flatMap(c -> c.extensions().get(EXT_ATTEMPT));
        if (a.isPresent()) {
          BigDecimal n = a.get().asBigDecimal().orElseThrow(() -> new IllegalArgumentException(
              "context.extensions." + EXT_ATTEMPT + ": expected a whole number"));
          try {
            attempt = n.intValueExact();
          } catch (ArithmeticException e) {
            throw new IllegalArgumentException("context.extensions." + EXT_ATTEMPT + ": expected a whole number, was "
                + n);
          }
        }
        Optional<Boolean> passed = verb.equals(SCORED) ? Optional.empty() : Optional.of(verb.equals(PASSED));
        return List.of(new ProgressEvent.Scored(id, t, activityId, attempt, sc, passed));
      }
      case WAIVED: {
        Optional<String> by = Optional.empty();
        Optional<JsonValue> v = result.get(EXT_MARKED_BY);
        if (v.isPresent()) {
          by = Optional.of(v.get().asString().orElseThrow(() -> new IllegalArgumentException(
              "result.extensions." + EXT_MARKED_BY + ": expected a string")));
        }
        return List.of(new ProgressEvent.MarkedDone(id, t, activityId, by));
      }
      default:
        return Outcome.fail(Reason.UNKNOWN_VERB, "verb " + verb + " gives no progress event for an activity");
    }
  }

  private static org.framsteg.core.progress.Score score(org.framsteg.xapi.Score s) {
    OptionalDouble raw = StatementBuilder.optional(s.raw());
    OptionalDouble min = StatementBuilder.optional(s.min());
    OptionalDouble max = StatementBuilder.optional(s.max());
    if (s.scaled().isPresent()) {
      return new org.framsteg.core.progress.Score(s.scaled().get().doubleValue(), raw, min, max);
    }
    if (raw.isPresent() && min.isPresent() && max.isPresent()) {
      return org.framsteg.core.progress.Score.raw(raw.getAsDouble(), min.getAsDouble(), max.getAsDouble());
    }
    return null;
  }

  private static EnrolmentStatus enrolmentStatus(String verb) {
    switch (verb) {
      case REGISTERED: return EnrolmentStatus.ACTIVE;
      case ENROLMENT_INVITED: return EnrolmentStatus.INVITED;
      case ENROLMENT_COMPLETED: return EnrolmentStatus.COMPLETED;
      case ENROLMENT_WITHDRAWN: return EnrolmentStatus.WITHDRAWN;
      case ENROLMENT_EXPIRED: return EnrolmentStatus.EXPIRED;
      default: return null;
    }
  }

  /** The learner of an Agent with an mbox or account, without a name; null otherwise. */
  static Learner learner(Statement s) {
    if (!(s.actor() instanceof Agent agent)) {
      return null;
    }
    Ifi ifi = agent.ifi();
    if (ifi instanceof Ifi.Mbox m) {
      return Learner.builder().mbox(m.iri()).build();
    }
    if (ifi instanceof Account a) {
      try {
        return Learner.account(new URI(a.homePage()), a.name());
      } catch (URISyntaxException e) {
        return null;
      }
    }
    return null;
  }
}
