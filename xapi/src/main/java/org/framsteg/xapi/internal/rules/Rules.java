package org.framsteg.xapi.internal.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framsteg.xapi.Actor;
import org.framsteg.xapi.Attachment;
import org.framsteg.xapi.Group;
import org.framsteg.xapi.InteractionType;
import org.framsteg.xapi.JsonValue;
import org.framsteg.xapi.Verb;
import org.framsteg.xapi.XapiTimestamp;
import org.framsteg.xapi.XapiVersion;
import org.framsteg.xapi.internal.syntax.Formats;
import org.framsteg.xapi.internal.syntax.Iris;
import org.framsteg.xapi.internal.syntax.LanguageTags;

/**
 * The rules of the xAPI data specification that relate values to formats and to each other, each
 * implemented once.
 *
 * <p>Each method checks one JSON object's own properties (not its children, which are checked when
 * they are visited) and reports relative to that object. The streaming reader calls them when it
 * reaches the end of each object, with whatever parts it could read (null for missing or broken
 * parts, whose rules are then skipped); the model validator calls them with a built statement's
 * parts. What only a reader can get wrong (JSON types, required properties, unknown or duplicate
 * properties, {@code objectType} values) is checked by the reader itself.
 */
public final class Rules {

  /** How deep a JSON value inside an extension may nest, so that every statement can be read back. */
  public static final int MAX_EXTENSION_DEPTH = 64;

  private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

  private Rules() {}

  /**
   * An Agent or Group: which identifiers are present (a broken input may have several), their
   * values (null when absent or not a string), and the members.
   */
  public static void actor(
      Sink s,
      boolean group,
      boolean hasMbox,
      String mbox,
      boolean hasMboxSha1sum,
      String mboxSha1sum,
      boolean hasOpenid,
      String openid,
      boolean hasAccount,
      boolean membersGiven,
      int members) {
    int ifis = (hasMbox ? 1 : 0) + (hasMboxSha1sum ? 1 : 0) + (hasOpenid ? 1 : 0) + (hasAccount ? 1 : 0);
    if (!group && ifis != 1) {
      s.report(
          ifis == 0
              ? "an Agent must have one of mbox, mbox_sha1sum, openid or account"
              : "an Agent must have exactly one of mbox, mbox_sha1sum, openid or account, not "
                  + ifis,
          Sections.AGENT);
    }
    if (group && ifis > 1) {
      s.report(
          "an Identified Group must have exactly one of mbox, mbox_sha1sum, openid or account, not "
              + ifis,
          Sections.GROUP);
    }
    if (group && ifis == 0 && members == 0) {
      if (membersGiven) {
        s.report(".member", "an Anonymous Group must list at least one member", Sections.GROUP);
      } else {
        s.report("an Anonymous Group must have a member property listing its Agents", Sections.GROUP);
      }
    }
    if (mbox != null && !Iris.isMailtoIri(mbox)) {
      s.report(".mbox", "must be a mailto: IRI with one email address", Sections.IFI);
    }
    if (mboxSha1sum != null && !Formats.isSha1Hex(mboxSha1sum)) {
      s.report(".mbox_sha1sum", "must be a hex-encoded SHA-1 (40 hex digits)", Sections.IFI);
    }
    if (openid != null && !Iris.isUri(openid)) {
      s.report(".openid", "must be a URI", Sections.IFI);
    }
  }

  /** An account: its home page. */
  public static void account(Sink s, String homePage) {
    if (homePage != null && !Iris.isIrl(homePage)) {
      s.report(".homePage", "must be an IRL (an absolute IRI with a host)", Sections.ACCOUNT);
    }
  }

  /** A verb: its id. */
  public static void verb(Sink s, String id) {
    iri(s, ".id", id, Sections.VERB);
  }

  /** One key of a language map, reported at the sink's own path (the reader is at the key). */
  public static void languageTag(Sink s, String tag) {
    if (!LanguageTags.isWellFormed(tag)) {
      s.report("must be an RFC 5646 language tag", Sections.LANGUAGE_MAPS);
    }
  }

  /** All keys of a language map. */
  public static void languageMap(Sink s, Map<String, String> map) {
    for (String tag : map.keySet()) {
      if (!LanguageTags.isWellFormed(tag)) {
        s.report(Paths.member(tag), "must be an RFC 5646 language tag", Sections.LANGUAGE_MAPS);
      }
    }
  }

  /**
   * One extension: its key is an IRI, its value can be read back. Reported at the sink's own path
   * plus {@code rel} when {@code rel} is non-null, else at {@code .key}.
   */
  public static void extension(Sink s, String rel, String key, JsonValue value) {
    if (!Iris.isIri(key)) {
      s.report(rel != null ? rel : Paths.member(key), "an extension key must be an IRI", Sections.EXTENSIONS);
    }
    if (value != null && depth(value, 0) > MAX_EXTENSION_DEPTH) {
      s.report(
          rel != null ? rel : Paths.member(key),
          "an extension value may nest at most " + MAX_EXTENSION_DEPTH + " levels",
          Sections.LIMITS);
    }
  }

  /** All extensions of a map. */
  public static void extensions(Sink s, Map<String, JsonValue> map) {
    for (Map.Entry<String, JsonValue> e : map.entrySet()) {
      extension(s, null, e.getKey(), e.getValue());
    }
  }

  /** An Activity: its id. */
  public static void activity(Sink s, String id) {
    iri(s, ".id", id, Sections.ACTIVITY);
  }

  /**
   * An Activity definition. {@code interactionTypeGiven} is whether the property was present at
   * all; {@code interactionType} is null when absent or not one of the known values. Component
   * lists are given as their ids (null entries for unreadable components).
   */
  public static void definition(
      Sink s,
      String type,
      String moreInfo,
      boolean interactionTypeGiven,
      InteractionType interactionType,
      boolean responsesGiven,
      List<String> choices,
      List<String> scale,
      List<String> source,
      List<String> target,
      List<String> steps) {
    iri(s, ".type", type, Sections.ACTIVITY);
    if (moreInfo != null && !Iris.isIrl(moreInfo)) {
      s.report(".moreInfo", "must be an IRL (an absolute IRI with a host)", Sections.ACTIVITY);
    }
    boolean components =
        !choices.isEmpty()
            || !scale.isEmpty()
            || !source.isEmpty()
            || !target.isEmpty()
            || !steps.isEmpty();
    if (!interactionTypeGiven && (responsesGiven || components)) {
      s.report(
          "an interaction Activity (with correctResponsesPattern or interaction components) must have an interactionType",
          Sections.ACTIVITY);
    }
    if (interactionType != null) {
      components(s, ".choices", choices, interactionType.allowsChoices(), "choice or sequencing", interactionType);
      components(s, ".scale", scale, interactionType.allowsScale(), "likert", interactionType);
      components(s, ".source", source, interactionType.allowsSourceAndTarget(), "matching", interactionType);
      components(s, ".target", target, interactionType.allowsSourceAndTarget(), "matching", interactionType);
      components(s, ".steps", steps, interactionType.allowsSteps(), "performance", interactionType);
    }
    distinctIds(s, ".choices", choices);
    distinctIds(s, ".scale", scale);
    distinctIds(s, ".source", source);
    distinctIds(s, ".target", target);
    distinctIds(s, ".steps", steps);
  }

  /** A score. */
  public static void score(Sink s, BigDecimal scaled, BigDecimal raw, BigDecimal min, BigDecimal max) {
    if (scaled != null && (scaled.compareTo(MINUS_ONE) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
      s.report(".scaled", "must be between -1 and 1, inclusive", Sections.SCORE);
    }
    if (min != null && max != null && min.compareTo(max) >= 0) {
      s.report(".min", "must be less than max (" + max + ")", Sections.SCORE);
    }
    if (raw != null && min != null && raw.compareTo(min) < 0) {
      s.report(".raw", "must not be less than min (" + min + ")", Sections.SCORE);
    }
    if (raw != null && max != null && raw.compareTo(max) > 0) {
      s.report(".raw", "must not be greater than max (" + max + ")", Sections.SCORE);
    }
  }

  /** A context: version-dependent properties and the language tag. */
  public static void context(
      Sink s, XapiVersion version, boolean contextAgents, boolean contextGroups, String language) {
    if (version == XapiVersion.V1_0_3) {
      if (contextAgents) {
        s.report(".contextAgents", "is defined by xAPI 2.0 only, not xAPI 1.0.3", Sections.CONTEXT_AGENTS);
      }
      if (contextGroups) {
        s.report(".contextGroups", "is defined by xAPI 2.0 only, not xAPI 1.0.3", Sections.CONTEXT_GROUPS);
      }
    }
    if (language != null && !LanguageTags.isWellFormed(language)) {
      s.report(".language", "must be an RFC 5646 language tag", Sections.CONTEXT);
    }
  }

  /** A context Agent or context Group: its relevant types, null when absent. */
  public static void relevantTypes(Sink s, List<String> types, boolean group) {
    if (types == null) {
      return;
    }
    String section = group ? Sections.CONTEXT_GROUPS : Sections.CONTEXT_AGENTS;
    if (types.isEmpty()) {
      s.report(".relevantTypes", "must list at least one Activity type IRI when present", section);
    }
    for (int i = 0; i < types.size(); i++) {
      String t = types.get(i);
      if (t != null && !Iris.isIri(t)) {
        s.report(".relevantTypes" + Paths.index(i), "must be an IRI", section);
      }
    }
  }

  /** An attachment header. {@code length} is null when absent or unreadable. */
  public static void attachment(
      Sink s, String usageType, String contentType, Long length, String sha2, String fileUrl) {
    iri(s, ".usageType", usageType, Sections.ATTACHMENTS);
    if (contentType != null && !Formats.isMediaType(contentType)) {
      s.report(".contentType", "must be an Internet Media Type such as text/plain", Sections.ATTACHMENTS);
    }
    if (length != null && length < 0) {
      s.report(".length", "must not be negative", Sections.ATTACHMENTS);
    }
    if (sha2 != null && !Formats.isSha2Hex(sha2)) {
      s.report(
          ".sha2",
          "must be a hex-encoded SHA-2 hash (56, 64, 96 or 128 hex digits)",
          Sections.ATTACHMENTS);
    }
    if (fileUrl != null && !Iris.isIrl(fileUrl)) {
      s.report(".fileUrl", "must be an IRL (an absolute IRI with a host)", Sections.ATTACHMENTS);
    }
    if (Attachment.SIGNATURE_USAGE_TYPE.equals(usageType)
        && contentType != null
        && !"application/octet-stream".equals(contentType)) {
      s.report(
          ".contentType",
          "a signature attachment must have contentType application/octet-stream",
          Sections.SIGNED);
    }
  }

  /**
   * A statement or SubStatement: the rules that relate its properties. {@code objectType} is the
   * object's kind as read (null if unknown); {@code revision} and {@code platform} say whether the
   * context has them (null if the context is unknown).
   */
  public static void statement(
      Sink s,
      XapiVersion version,
      boolean sub,
      String verbId,
      String objectType,
      Boolean revision,
      Boolean platform,
      XapiTimestamp timestamp,
      XapiTimestamp stored,
      Actor authority,
      String versionProperty) {
    if (!sub && Verb.VOIDED.equals(verbId) && objectType != null && !"StatementRef".equals(objectType)) {
      s.report(
          ".object",
          "a voiding statement (verb " + Verb.VOIDED + ") must have a StatementRef object",
          Sections.VOIDING);
    }
    if (sub && "SubStatement".equals(objectType)) {
      s.report(".object", "a SubStatement must not contain a SubStatement", Sections.STATEMENT_AS_OBJECT);
    }
    if (objectType != null && !"Activity".equals(objectType)) {
      if (Boolean.TRUE.equals(revision)) {
        s.report(
            ".context.revision",
            "may only be used when the object is an Activity, not " + article(objectType),
            Sections.CONTEXT);
      }
      if (Boolean.TRUE.equals(platform)) {
        s.report(
            ".context.platform",
            "may only be used when the object is an Activity, not " + article(objectType),
            Sections.CONTEXT);
      }
    }
    timestamp(s, ".timestamp", timestamp, version, Sections.TIMESTAMP);
    timestamp(s, ".stored", stored, version, Sections.STORED);
    if (authority instanceof Group g) {
      if (!g.isAnonymous() || g.members().size() != 2) {
        s.report(
            ".authority",
            "must be an Agent, or an Anonymous Group of exactly two Agents (3-legged OAuth)",
            Sections.AUTHORITY);
      }
    }
    if (versionProperty != null && !version.acceptsVersionProperty(versionProperty)) {
      s.report(
          ".version",
          version == XapiVersion.V1_0_3
              ? "must be 1.0 or 1.0.x for xAPI 1.0.3"
              : "must be 1.0, 1.0.x, 2.0 or 2.0.x for xAPI 2.0",
          Sections.VERSION);
    }
  }

  private static void timestamp(
      Sink s, String rel, XapiTimestamp t, XapiVersion version, String section) {
    if (t != null && version == XapiVersion.V2_0 && !t.isRfc3339()) {
      s.report(
          rel,
          "must be an RFC 3339 timestamp with offset, e.g. 2024-05-01T10:15:30.000Z, for xAPI 2.0",
          Sections.TIMESTAMPS);
    }
  }

  private static void iri(Sink s, String rel, String value, String section) {
    if (value != null && !Iris.isIri(value)) {
      s.report(rel, "must be an IRI (with a scheme, e.g. https://...)", section);
    }
  }

  private static void components(
      Sink s,
      String rel,
      List<String> ids,
      boolean allowed,
      String allowedTypes,
      InteractionType actual) {
    if (!ids.isEmpty() && !allowed) {
      s.report(
          rel,
          "is only allowed with interactionType " + allowedTypes + ", not " + actual.json(),
          Sections.ACTIVITY);
    }
  }

  private static void distinctIds(Sink s, String rel, List<String> ids) {
    if (ids.size() < 2) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id != null && !seen.add(id)) {
        s.report(
            rel + Paths.index(i) + ".id",
            "interaction component ids must be distinct within a list; \"" + id + "\" repeats",
            Sections.ACTIVITY);
      }
    }
  }

  private static int depth(JsonValue v, int above) {
    if (above > MAX_EXTENSION_DEPTH) {
      return above;
    }
    if (v instanceof JsonValue.JsonArray a) {
      int max = above + 1;
      for (JsonValue e : a.elements()) {
        max = Math.max(max, depth(e, above + 1));
      }
      return max;
    }
    if (v instanceof JsonValue.JsonObject o) {
      int max = above + 1;
      for (JsonValue e : o.members().values()) {
        max = Math.max(max, depth(e, above + 1));
      }
      return max;
    }
    return above;
  }

  private static String article(String objectType) {
    return "Activity".equals(objectType) || "Agent".equals(objectType)
        ? "an " + objectType
        : "a " + objectType;
  }
}
