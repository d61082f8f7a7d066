package org.framsteg.xapi.internal.progress;

import static org.framsteg.xapi.progress.ProgressVocabulary.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.learner.EnrolmentStatus;
import org.framsteg.core.learner.Learner;
import org.framsteg.core.progress.ProgressEvent;
import org.framsteg.xapi.Activity;
import org.framsteg.xapi.ActivityDefinition;
import org.framsteg.xapi.Agent;
import org.framsteg.xapi.Context;
import org.framsteg.xapi.ContextActivities;
import org.framsteg.xapi.Extensions;
import org.framsteg.xapi.Ifi;
import org.framsteg.xapi.JsonValue;
import org.framsteg.xapi.LanguageMap;
import org.framsteg.xapi.Result;
import org.framsteg.xapi.Score;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.Verb;
import org.framsteg.xapi.XapiDuration;
import org.framsteg.xapi.XapiTimestamp;
import org.framsteg.xapi.XapiVersion;
import org.framsteg.xapi.internal.syntax.Iris;

/** Turns one learner's events in one course into statements. Immutable. */
public final class StatementBuilder {
  private final Course course;
  private final Agent actor;
  private final UUID registration;
  private final XapiVersion version;
  private final Activity courseActivity;
  private final Map<String, Activity> modules = new HashMap<>();
  private final Map<String, Activity> activities = new HashMap<>();
  private final Map<String, Activity> parentOf = new HashMap<>();
  private final Map<String, org.framsteg.core.course.Activity> source = new HashMap<>();

  public StatementBuilder(Course course, Learner learner, UUID registration, XapiVersion version) {
    this.course = course;
    this.actor = actor(learner);
    this.registration = registration;
    this.version = version;
    requireIri(course.id(), "course id");
    this.courseActivity = activity(course.id(), course.title(), TYPE_COURSE);
    for (CourseModule m : course.modules()) {
      requireIri(m.id(), "modules[" + m.id() + "].id");
      Activity module = activity(m.id(), m.title(), TYPE_MODULE);
      modules.put(m.id(), module);
      for (org.framsteg.core.course.Activity a : m.activities()) {
        requireIri(a.id(), "activities[" + a.id() + "].id");
        activities.put(a.id(), activity(a.id(), a.title(), type(a.media().kind())));
        parentOf.put(a.id(), module);
        source.put(a.id(), a);
      }
    }
  }

  private static void requireIri(String id, String where) {
    if (!Iris.isIri(id)) {
      throw new IllegalArgumentException(where + ": an xAPI Activity id must be an absolute IRI, was \"" + id + "\"");
    }
  }

  /** The Agent of a learner: its mbox or account, and its name when it has one. */
  public static Agent actor(Learner learner) {
    Ifi ifi = learner.mbox().<Ifi>map(Ifi::mbox).orElseGet(() -> Ifi.account(
        learner.accountHomePage().orElseThrow().toString(), learner.accountName().orElseThrow()));
    Agent.Builder b = Agent.builder().ifi(ifi);
    learner.name().ifPresent(b::name);
    return b.build();
  }

  /** The activity type IRI of a media kind. */
  public static String type(MediaKind kind) {
    switch (kind) {
      case VIDEO: return TYPE_VIDEO;
      case AUDIO: return TYPE_AUDIO;
      case PODCAST_EPISODE: return TYPE_PODCAST_EPISODE;
      case DOCUMENT: return TYPE_DOCUMENT;
      case WEB_LINK: return TYPE_LINK;
      default: return TYPE_ASSESSMENT;
    }
  }

  private static Activity activity(String id, org.framsteg.core.LocalizedText title, String type) {
    return Activity.builder().id(id)
        .definition(ActivityDefinition.builder().name(LanguageMap.of(title.asMap())).type(type).build()).build();
  }

  /** The statement id of an event: the id itself when it is a UUID, else a name-based UUID of it. */
  public static UUID statementId(String eventId) {
    try {
      UUID u = UUID.fromString(eventId);
      if (u.toString().equals(eventId)) {
        return u;
      }
    } catch (IllegalArgumentException notAUuid) {
      // fall through to a name-based id
    }
    return UUID.nameUUIDFromBytes(("urn:framsteg:event:" + eventId).getBytes(StandardCharsets.UTF_8));
  }

  public UUID registration() {
    return registration;
  }

  /**
   * The statement of an event.
   *
   * @throws IllegalArgumentException when the event names an activity that is not in the course
   */
  public Statement statement(ProgressEvent event) {
    Statement.Builder s = Statement.builder().id(statementId(event.id())).actor(actor).xapiVersion(version)
        .timestamp(XapiTimestamp.of(event.timestamp()));
    Context.Builder context = Context.builder().registration(registration);
    Extensions contextExt = Extensions.empty().with(EXT_SESSION_ID, registration.toString());
    Optional<String> activityId = event.activity();
    if (activityId.isPresent()) {
      String id = activityId.get();
      Activity object = activities.get(id);
      if (object == null) {
        throw new IllegalArgumentException("event " + event.id() + ": activity " + id + " is not in course "
            + course.id());
      }
      s.object(object);
      ContextActivities.Builder ca = ContextActivities.builder().addParent(parentOf.get(id)).addGrouping(courseActivity);
      org.framsteg.core.course.Activity a = source.get(id);
      if (a.media() instanceof TimedMedia t) {
        ca.addCategory(Activity.of(VIDEO_PROFILE));
        contextExt = contextExt.with(EXT_LENGTH, Seconds.of(t.duration()));
      }
      context.contextActivities(ca.build());
    } else {
      s.object(courseActivity);
    }
    if (event instanceof ProgressEvent.Started) {
      s.verb(verb(INITIALIZED, "initialized"));
    } else if (event instanceof ProgressEvent.Played p) {
      s.verb(verb(VIDEO_PAUSED, "paused"));
      Extensions ext = Extensions.empty()
          .with(EXT_TIME, Seconds.of(p.segment().to()))
          .with(EXT_PLAYED_SEGMENTS, Seconds.segment(p.segment()));
      org.framsteg.core.course.Activity a = source.get(p.activityId());
      if (a.media() instanceof TimedMedia t && !t.duration().isZero()) {
        ext = ext.with(EXT_PROGRESS, progress(p.segment().length(), t.duration()));
      }
      s.result(Result.builder().extensions(ext).build());
    } else if (event instanceof ProgressEvent.Positioned p) {
      s.verb(verb(VIDEO_SEEKED, "seeked"));
      s.result(Result.builder().extensions(Extensions.of(EXT_TIME_TO, JsonValue.of(Seconds.of(p.position()))))
          .build());
    } else if (event instanceof ProgressEvent.Completed) {
      s.verb(verb(COMPLETED, "completed"));
      s.result(Result.builder().completion(true).build());
    } else if (event instanceof ProgressEvent.Scored sc) {
      Result.Builder r = Result.builder().score(score(sc.score()));
      if (sc.passed().isPresent()) {
        boolean passed = sc.passed().get();
        s.verb(passed ? verb(PASSED, "passed") : verb(FAILED, "failed"));
        r.success(passed);
      } else {
        s.verb(verb(SCORED, "scored"));
      }
      s.result(r.build());
      contextExt = contextExt.with(EXT_ATTEMPT, JsonValue.of(sc.attempt()));
    } else if (event instanceof ProgressEvent.TimeSpent t) {
      s.verb(verb(TERMINATED, "terminated"));
      s.timestamp(XapiTimestamp.of(t.end()));
      s.result(Result.builder().duration(XapiDuration.of(t.length())).build());
    } else if (event instanceof ProgressEvent.MarkedDone m) {
      s.verb(verb(WAIVED, "waived"));
      Result.Builder r = Result.builder().completion(true).success(true);
      if (m.by().isPresent()) {
        r.extensions(Extensions.empty().with(EXT_MARKED_BY, m.by().get()));
      }
      s.result(r.build());
    } else if (event instanceof ProgressEvent.EnrolmentChanged e) {
      s.verb(enrolmentVerb(e.status()));
    }
    context.extensions(contextExt);
    s.context(context.build());
    return s.build();
  }

  /** A statement about the course or a module (not an event): completed, passed or satisfied. */
  public Statement about(String subjectId, String verbIri, Instant at) {
    Activity object = subjectId.equals(course.id()) ? courseActivity : modules.get(subjectId);
    if (object == null) {
      throw new IllegalArgumentException("no course or module " + subjectId + " in course " + course.id());
    }
    String label = verbIri.substring(verbIri.lastIndexOf('/') + 1);
    UUID id = UUID.nameUUIDFromBytes(("urn:framsteg:completion:" + registration + "|" + subjectId + "|" + verbIri)
        .getBytes(StandardCharsets.UTF_8));
    Context.Builder context = Context.builder().registration(registration);
    if (object != courseActivity) {
      context.contextActivities(ContextActivities.builder().addParent(courseActivity).addGrouping(courseActivity)
          .build());
    }
    Result.Builder r = Result.builder().completion(true);
    if (!verbIri.equals(COMPLETED)) {
      r.success(true);
    }
    return Statement.builder().id(id).actor(actor).xapiVersion(version).verb(verb(verbIri, label)).object(object)
        .result(r.build()).context(context.build()).timestamp(XapiTimestamp.of(at)).build();
  }

  static Verb enrolmentVerb(EnrolmentStatus status) {
    switch (status) {
      case ACTIVE: return verb(REGISTERED, "registered");
      case INVITED: return verb(ENROLMENT_INVITED, "invited");
      case COMPLETED: return verb(ENROLMENT_COMPLETED, "completed enrolment");
      case WITHDRAWN: return verb(ENROLMENT_WITHDRAWN, "withdrew");
      default: return verb(ENROLMENT_EXPIRED, "enrolment expired");
    }
  }

  private static Verb verb(String iri, String display) {
    return Verb.of(iri, LanguageMap.of("en-US", display));
  }

  private static JsonValue progress(Duration played, Duration length) {
    BigDecimal p = BigDecimal.valueOf(Math.min(played.toMillis(), length.toMillis()))
        .divide(BigDecimal.valueOf(length.toMillis()), 3, RoundingMode.DOWN).stripTrailingZeros();
    return JsonValue.of(p.scale() < 0 ? p.setScale(0) : p);
  }

  private static Score score(org.framsteg.core.progress.Score s) {
    Score.Builder b = Score.builder().scaled(BigDecimal.valueOf(s.scaled()));
    s.raw().ifPresent(v -> b.raw(BigDecimal.valueOf(v)));
    s.min().ifPresent(v -> b.min(BigDecimal.valueOf(v)));
    s.max().ifPresent(v -> b.max(BigDecimal.valueOf(v)));
    return b.build();
  }

  static OptionalDouble optional(Optional<BigDecimal> d) {
    return d.map(v -> OptionalDouble.of(v.doubleValue())).orElse(OptionalDouble.empty());
  }
}
