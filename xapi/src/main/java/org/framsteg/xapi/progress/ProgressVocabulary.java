package org.framsteg.xapi.progress;

/**
 * The IRIs of verbs, activity types and extensions that {@link ProgressStatements} writes and
 * reads.
 *
 * <pre>{@code
 * boolean paused = statement.verb().id().equals(ProgressVocabulary.VIDEO_PAUSED);
 * String segments = result.extensions().get(ProgressVocabulary.EXT_PLAYED_SEGMENTS).flatMap(JsonValue::asString).orElse("");
 * }</pre>
 *
 * <p>Verbs and extensions come from the <a href="https://w3id.org/xapi/video">xAPI Video
 * Profile</a> (also used for audio and podcast episodes), the ADL vocabulary and <a
 * href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#verbs">cmi5 §9.3
 * Verbs</a>. Where no public vocabulary has a term, Framsteg's own IRIs start with {@code
 * urn:framsteg:}.
 */
public final class ProgressVocabulary {
  private ProgressVocabulary() {}

  /** ADL {@code initialized}: a {@code Started} event. */
  public static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
  /** ADL {@code completed}: a {@code Completed} event, or a completed course or module. */
  public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  /** ADL {@code passed}: a {@code Scored} event that passed, or a passed course or module. */
  public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
  /** ADL {@code failed}: a {@code Scored} event that failed. */
  public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
  /** ADL {@code scored}: a {@code Scored} event without a verdict. */
  public static final String SCORED = "http://adlnet.gov/expapi/verbs/scored";
  /** ADL {@code terminated}: a {@code TimeSpent} event, with {@code result.duration}. */
  public static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";
  /** ADL {@code registered}: an {@code EnrolmentChanged} event to {@code ACTIVE}. */
  public static final String REGISTERED = "http://adlnet.gov/expapi/verbs/registered";
  /** ADL {@code voided}: the verb of a statement that voids another. */
  public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
  /** cmi5 {@code waived}: a {@code MarkedDone} event. */
  public static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
  /** cmi5 {@code satisfied}: a course or module whose completion rule is met. */
  public static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
  /** Video profile {@code paused}: a {@code Played} event (the segment ends where it paused). */
  public static final String VIDEO_PAUSED = "https://w3id.org/xapi/video/verbs/paused";
  /** Video profile {@code played}: recognised, but it carries no segment, so no event. */
  public static final String VIDEO_PLAYED = "https://w3id.org/xapi/video/verbs/played";
  /** Video profile {@code seeked}: a {@code Positioned} event, with {@code time-to}. */
  public static final String VIDEO_SEEKED = "https://w3id.org/xapi/video/verbs/seeked";
  /** Framsteg: an enrolment changed to {@code INVITED}. */
  public static final String ENROLMENT_INVITED = "urn:framsteg:verb:invited";
  /** Framsteg: an enrolment changed to {@code COMPLETED} (the enrolment, not an activity). */
  public static final String ENROLMENT_COMPLETED = "urn:framsteg:verb:enrolment-completed";
  /** Framsteg: an enrolment changed to {@code WITHDRAWN}. */
  public static final String ENROLMENT_WITHDRAWN = "urn:framsteg:verb:withdrew";
  /** Framsteg: an enrolment changed to {@code EXPIRED}. */
  public static final String ENROLMENT_EXPIRED = "urn:framsteg:verb:enrolment-expired";

  /** Activity type of a course. */
  public static final String TYPE_COURSE = "http://adlnet.gov/expapi/activities/course";
  /** Activity type of a module. */
  public static final String TYPE_MODULE = "http://adlnet.gov/expapi/activities/module";
  /** Activity type of a video (video profile). */
  public static final String TYPE_VIDEO = "https://w3id.org/xapi/video/activity-type/video";
  /** Activity type of an audio recording. */
  public static final String TYPE_AUDIO = "http://activitystrea.ms/schema/1.0/audio";
  /** Activity type of a podcast episode (Framsteg). */
  public static final String TYPE_PODCAST_EPISODE = "urn:framsteg:activity-type:podcast-episode";
  /** Activity type of a document. */
  public static final String TYPE_DOCUMENT = "http://adlnet.gov/expapi/activities/file";
  /** Activity type of a web link. */
  public static final String TYPE_LINK = "http://adlnet.gov/expapi/activities/link";
  /** Activity type of an assessment. */
  public static final String TYPE_ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
  /** The video profile itself, as a context category of media statements. */
  public static final String VIDEO_PROFILE = "https://w3id.org/xapi/video";

  /** Video profile result extension: the position, in seconds, where the statement happened. */
  public static final String EXT_TIME = "https://w3id.org/xapi/video/extensions/time";
  /** Video profile result extension: where a seek started, in seconds. */
  public static final String EXT_TIME_FROM = "https://w3id.org/xapi/video/extensions/time-from";
  /** Video profile result extension: where a seek ended, in seconds. */
  public static final String EXT_TIME_TO = "https://w3id.org/xapi/video/extensions/time-to";
  /** Video profile result extension: the fraction of the medium played so far, 0 to 1. */
  public static final String EXT_PROGRESS = "https://w3id.org/xapi/video/extensions/progress";
  /** Video profile result extension: {@code start[.]end[,]start[.]end}, in seconds. */
  public static final String EXT_PLAYED_SEGMENTS = "https://w3id.org/xapi/video/extensions/played-segments";
  /** Video profile context extension: the medium's length in seconds. */
  public static final String EXT_LENGTH = "https://w3id.org/xapi/video/extensions/length";
  /** Video profile context extension: the session; Framsteg writes the registration. */
  public static final String EXT_SESSION_ID = "https://w3id.org/xapi/video/extensions/session-id";
  /** Framsteg context extension: the attempt number (1 to 32) of a {@code Scored} event. */
  public static final String EXT_ATTEMPT = "urn:framsteg:extension:attempt";
  /** Framsteg result extension: who marked an activity done ({@code MarkedDone.by}). */
  public static final String EXT_MARKED_BY = "urn:framsteg:extension:marked-by";
}
