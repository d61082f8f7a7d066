package org.framsteg.xapi.internal.rules;

/** Where each rule comes from, as written in violations. */
public final class Sections {

  /** xAPI-Data 2.2 Formatting Requirements. */
  public static final String FORMATTING = "xAPI-Data 2.2";
  /** xAPI-Data 2.3.2 Voiding. */
  public static final String VOIDING = "xAPI-Data 2.3.2";
  /** xAPI-Data 2.4 Statement Properties. */
  public static final String STATEMENT = "xAPI-Data 2.4";
  /** xAPI-Data 2.4.1 ID. */
  public static final String ID = "xAPI-Data 2.4.1";
  /** xAPI-Data 2.4.2 Actor. */
  public static final String ACTOR = "xAPI-Data 2.4.2";
  /** xAPI-Data 2.4.2.1 Agent. */
  public static final String AGENT = "xAPI-Data 2.4.2.1";
  /** xAPI-Data 2.4.2.2 Group. */
  public static final String GROUP = "xAPI-Data 2.4.2.2";
  /** xAPI-Data 2.4.2.3 Inverse Functional Identifier. */
  public static final String IFI = "xAPI-Data 2.4.2.3";
  /** xAPI-Data 2.4.2.4 Account Object. */
  public static final String ACCOUNT = "xAPI-Data 2.4.2.4";
  /** xAPI-Data 2.4.3 Verb. */
  public static final String VERB = "xAPI-Data 2.4.3";
  /** xAPI-Data 2.4.4 Object. */
  public static final String OBJECT = "xAPI-Data 2.4.4";
  /** xAPI-Data 2.4.4.1 Activity, Activity Definition, Interaction Activities. */
  public static final String ACTIVITY = "xAPI-Data 2.4.4.1";
  /** xAPI-Data 2.4.4.2 Agent or Group as Object. */
  public static final String AGENT_AS_OBJECT = "xAPI-Data 2.4.4.2";
  /** xAPI-Data 2.4.4.3 Statement References and SubStatements. */
  public static final String STATEMENT_AS_OBJECT = "xAPI-Data 2.4.4.3";
  /** xAPI-Data 2.4.5 Result. */
  public static final String RESULT = "xAPI-Data 2.4.5";
  /** xAPI-Data 2.4.5.1 Score. */
  public static final String SCORE = "xAPI-Data 2.4.5.1";
  /** xAPI-Data 2.4.6 Context. */
  public static final String CONTEXT = "xAPI-Data 2.4.6";
  /** xAPI-Data 2.4.6.2 ContextActivities. */
  public static final String CONTEXT_ACTIVITIES = "xAPI-Data 2.4.6.2";
  /** xAPI-Data 2.4.7 Timestamp. */
  public static final String TIMESTAMP = "xAPI-Data 2.4.7";
  /** xAPI-Data 2.4.8 Stored. */
  public static final String STORED = "xAPI-Data 2.4.8";
  /** xAPI-Data 2.4.9 Authority. */
  public static final String AUTHORITY = "xAPI-Data 2.4.9";
  /** xAPI-Data 2.4.10 Version. */
  public static final String VERSION = "xAPI-Data 2.4.10";
  /** xAPI-Data 2.4.11 Attachments. */
  public static final String ATTACHMENTS = "xAPI-Data 2.4.11";
  /** xAPI-Data 2.6 Signed Statements. */
  public static final String SIGNED = "xAPI-Data 2.6";
  /** xAPI-Data 4.1 Extensions. */
  public static final String EXTENSIONS = "xAPI-Data 4.1";
  /** xAPI-Data 4.2 Language Maps. */
  public static final String LANGUAGE_MAPS = "xAPI-Data 4.2";
  /** xAPI-Data 4.3 IRIs. */
  public static final String IRIS = "xAPI-Data 4.3";
  /** xAPI-Data 4.4 UUIDs. */
  public static final String UUIDS = "xAPI-Data 4.4";
  /** xAPI-Data 4.5 ISO 8601 Timestamps. */
  public static final String TIMESTAMPS = "xAPI-Data 4.5";
  /** xAPI-Data 4.6 ISO 8601 Durations. */
  public static final String DURATIONS = "xAPI-Data 4.6";
  /** xAPI 2.0 (IEEE 9274.1.1) Context Agents. */
  public static final String CONTEXT_AGENTS = "xAPI 2.0 (IEEE 9274.1.1) Context Agents";
  /** xAPI 2.0 (IEEE 9274.1.1) Context Groups. */
  public static final String CONTEXT_GROUPS = "xAPI 2.0 (IEEE 9274.1.1) Context Groups";
  /** xAPI-Communication 3.3 Versioning. */
  public static final String VERSIONING = "xAPI-Communication 3.3";
  /** JSON syntax. */
  public static final String JSON = "RFC 8259";
  /** Framsteg's own input limits. */
  public static final String LIMITS = "StatementReader limits";

  private Sections() {}
}
