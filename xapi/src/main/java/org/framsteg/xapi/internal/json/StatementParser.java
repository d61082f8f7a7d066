package org.framsteg.xapi.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.framsteg.xapi.Account;
import org.framsteg.xapi.Activity;
import org.framsteg.xapi.ActivityDefinition;
import org.framsteg.xapi.Actor;
import org.framsteg.xapi.Agent;
import org.framsteg.xapi.Attachment;
import org.framsteg.xapi.Context;
import org.framsteg.xapi.ContextActivities;
import org.framsteg.xapi.ContextAgent;
import org.framsteg.xapi.ContextGroup;
import org.framsteg.xapi.Extensions;
import org.framsteg.xapi.Group;
import org.framsteg.xapi.Ifi;
import org.framsteg.xapi.InteractionComponent;
import org.framsteg.xapi.InteractionType;
import org.framsteg.xapi.JsonValue;
import org.framsteg.xapi.LanguageMap;
import org.framsteg.xapi.Result;
import org.framsteg.xapi.Score;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.StatementObject;
import org.framsteg.xapi.StatementRef;
import org.framsteg.xapi.SubStatement;
import org.framsteg.xapi.Verb;
import org.framsteg.xapi.Violation;
import org.framsteg.xapi.XapiDuration;
import org.framsteg.xapi.XapiTimestamp;
import org.framsteg.xapi.XapiVersion;
import org.framsteg.xapi.internal.rules.Rules;
import org.framsteg.xapi.internal.rules.Sections;
import org.framsteg.xapi.internal.rules.Sink;
import org.framsteg.xapi.internal.syntax.Formats;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads statements from a {@link JsonParser} token by token, building the model directly (no JSON
 * tree) and collecting every violation.
 *
 * <p>Each JSON object is read into its parts; what only a reader can get wrong (types, nulls,
 * required, unknown and duplicate properties, {@code objectType} values, value syntax) is reported
 * here, and at the object's end the shared {@link Rules} are applied to whatever parts could be
 * read. An object is built only when nothing inside it is wrong, so a broken part never yields a
 * half-built statement, while problems elsewhere in the document are still found. One instance
 * reads one document; not thread-safe.
 */
public final class StatementParser {

  // Properties of the objects that can be statements, SubStatements, Activities, Agents, Groups or
  // Statement References; which kind an object is becomes known only at its end (objectType may
  // come last), so all are read into one draft.
  private static final int OBJECT_TYPE = 0;
  private static final int ID = 1;
  private static final int DEFINITION = 2;
  private static final int NAME = 3;
  private static final int MBOX = 4;
  private static final int MBOX_SHA1SUM = 5;
  private static final int OPENID = 6;
  private static final int ACCOUNT = 7;
  private static final int MEMBER = 8;
  private static final int ACTOR = 9;
  private static final int VERB = 10;
  private static final int OBJECT = 11;
  private static final int RESULT = 12;
  private static final int CONTEXT = 13;
  private static final int TIMESTAMP = 14;
  private static final int STORED = 15;
  private static final int AUTHORITY = 16;
  private static final int VERSION = 17;
  private static final int ATTACHMENTS = 18;
  private static final String[] FIELD_NAMES = {
    "objectType", "id", "definition", "name", "mbox", "mbox_sha1sum", "openid", "account", "member",
    "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version",
    "attachments"
  };

  private static final int STATEMENT_FIELDS =
      bits(ID, ACTOR, VERB, OBJECT, RESULT, CONTEXT, TIMESTAMP, STORED, AUTHORITY, VERSION, ATTACHMENTS);
  private static final int SUB_STATEMENT_FIELDS =
      bits(OBJECT_TYPE, ACTOR, VERB, OBJECT, RESULT, CONTEXT, TIMESTAMP, ATTACHMENTS);
  private static final int SUB_STATEMENT_FORBIDDEN = bits(ID, STORED, VERSION, AUTHORITY);
  private static final int ACTIVITY_FIELDS = bits(OBJECT_TYPE, ID, DEFINITION);
  private static final int AGENT_FIELDS = bits(OBJECT_TYPE, NAME, MBOX, MBOX_SHA1SUM, OPENID, ACCOUNT);
  private static final int GROUP_FIELDS = AGENT_FIELDS | bits(MEMBER);
  private static final int STATEMENT_REF_FIELDS = bits(OBJECT_TYPE, ID);
  private static final int ACTOR_ONLY_FIELDS = bits(MBOX, MBOX_SHA1SUM, OPENID, ACCOUNT, MEMBER);

  private static final PropertyNameMatcher UNION = Json.nameMatcher(FIELD_NAMES);
  private static final PropertyNameMatcher ACCOUNT_NAMES = Json.nameMatcher("homePage", "name");
  private static final PropertyNameMatcher VERB_NAMES = Json.nameMatcher("id", "display");
  private static final PropertyNameMatcher DEFINITION_NAMES = Json.nameMatcher("name", "description", "type", "moreInfo", "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps", "extensions");
  private static final PropertyNameMatcher COMPONENT_NAMES = Json.nameMatcher("id", "description");
  private static final PropertyNameMatcher RESULT_NAMES = Json.nameMatcher("score", "success", "completion", "response", "duration", "extensions");
  private static final PropertyNameMatcher SCORE_NAMES = Json.nameMatcher("scaled", "raw", "min", "max");
  private static final PropertyNameMatcher CONTEXT_NAMES = Json.nameMatcher("registration", "instructor", "team", "contextActivities", "contextAgents", "contextGroups", "revision", "platform", "language", "statement", "extensions");
  private static final PropertyNameMatcher CONTEXT_ACTIVITIES_NAMES = Json.nameMatcher("parent", "grouping", "category", "other");
  private static final PropertyNameMatcher CONTEXT_AGENT_NAMES =
      Json.nameMatcher("objectType", "agent", "relevantTypes");
  private static final PropertyNameMatcher CONTEXT_GROUP_NAMES =
      Json.nameMatcher("objectType", "group", "relevantTypes");
  private static final PropertyNameMatcher ATTACHMENT_NAMES = Json.nameMatcher("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");

  /** Where an Agent or Group is read, which decides the kinds allowed. */
  private enum Role {
    ACTOR,
    AUTHORITY,
    INSTRUCTOR,
    TEAM,
    MEMBER,
    CONTEXT_AGENT,
    CONTEXT_GROUP
  }

  private final JsonParser p;
  private final XapiVersion version;
  private final boolean strict;
  private final List<Violation> violations = new ArrayList<>(0);
  private final Sink sink;

  // Facts about the object or context just read, for the rules of the object containing it.
  private String lastObjectType;
  private Boolean lastContextRevision;
  private Boolean lastContextPlatform;

  /**
   * Creates a reader over {@code parser}.
   *
   * @param strict whether properties the specification does not define are violations (true) or
   *     skipped (false)
   */
  public StatementParser(JsonParser parser, XapiVersion version, boolean strict) {
    this.p = parser;
    this.version = version;
    this.strict = strict;
    this.sink =
        new Sink(violations) {
          @Override
          public String path() {
            return JsonPaths.of(p.streamReadContext());
          }
        };
  }

  /** The violations found so far. */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Reads the value at the current token as a statement; null when it has violations (which are
   * then in {@link #violations()}).
   */
  public Statement statementValue() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (a statement)", Sections.STATEMENT);
      return null;
    }
    Draft d = new Draft();
    readFields(d);
    return finishStatement(d);
  }

  // ---------------------------------------------------------------- statements and their objects

  private void readFields(Draft d) {
    int f;
    while ((f = p.nextNameMatch(UNION)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (f < 0) {
        unknownProperty(d);
        continue;
      }
      int bit = 1 << f;
      if ((d.present & bit) != 0) {
        duplicate(d);
        continue;
      }
      d.present |= bit;
      p.nextToken();
      boolean ok =
          switch (f) {
            case OBJECT_TYPE -> (d.objectType = string(Sections.OBJECT)) != null;
            case ID -> (d.id = string(Sections.ID)) != null;
            case DEFINITION -> (d.definition = definition()) != null;
            case NAME -> (d.name = string(Sections.ACTOR)) != null;
            case MBOX -> (d.mbox = string(Sections.IFI)) != null;
            case MBOX_SHA1SUM -> (d.mboxSha1sum = string(Sections.IFI)) != null;
            case OPENID -> (d.openid = string(Sections.IFI)) != null;
            case ACCOUNT -> (d.account = account()) != null;
            case MEMBER -> (d.members = members()) != null;
            case ACTOR -> (d.actor = actor(Role.ACTOR)) != null;
            case VERB -> (d.verb = verb()) != null;
            case OBJECT -> objectInto(d);
            case RESULT -> (d.result = result()) != null;
            case CONTEXT -> contextInto(d);
            case TIMESTAMP -> (d.timestamp = timestamp(Sections.TIMESTAMP)) != null;
            case STORED -> (d.stored = timestamp(Sections.STORED)) != null;
            case AUTHORITY -> (d.authority = actor(Role.AUTHORITY)) != null;
            case VERSION -> (d.version = string(Sections.VERSION)) != null;
            case ATTACHMENTS -> (d.attachments = attachments()) != null;
            default -> throw new IllegalStateException("field " + f);
          };
      if (!ok) {
        d.ok = false;
      }
    }
  }

  private boolean objectInto(Draft d) {
    lastObjectType = null;
    d.object = object();
    d.objectKind = lastObjectType;
    return d.object != null;
  }

  private boolean contextInto(Draft d) {
    lastContextRevision = null;
    lastContextPlatform = null;
    d.context = context();
    d.contextRevision = lastContextRevision;
    d.contextPlatform = lastContextPlatform;
    return d.context != null;
  }

  private Statement finishStatement(Draft d) {
    boolean ok = d.ok & notAllowed(d, STATEMENT_FIELDS, "a statement");
    ok &= required(d, ACTOR, Sections.STATEMENT) & required(d, VERB, Sections.STATEMENT);
    ok &= required(d, OBJECT, Sections.STATEMENT);
    UUID id = null;
    if (d.id != null) {
      id = uuid(".id", d.id, Sections.ID);
      ok &= id != null;
    }
    Rules.statement(
        sink,
        version,
        false,
        d.verb == null ? null : d.verb.id(),
        d.objectKind,
        d.contextRevision,
        d.contextPlatform,
        d.timestamp,
        d.stored,
        d.authority,
        d.version);
    if (!ok) {
      return null;
    }
    return Statement.builder()
        .id(java.util.Optional.ofNullable(id))
        .actor(d.actor)
        .verb(d.verb)
        .object(d.object)
        .result(java.util.Optional.ofNullable(d.result))
        .context(java.util.Optional.ofNullable(d.context))
        .timestamp(java.util.Optional.ofNullable(d.timestamp))
        .stored(java.util.Optional.ofNullable(d.stored))
        .authority(java.util.Optional.ofNullable(d.authority))
        .version(java.util.Optional.ofNullable(d.version))
        .attachments(d.attachments == null ? List.of() : d.attachments)
        .xapiVersion(version)
        .build();
  }

  /** Reads a statement's object; sets {@link #lastObjectType} to its kind when known. */
  private StatementObject object() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object", Sections.OBJECT);
      return null;
    }
    Draft d = new Draft();
    readFields(d);
    // Nested objects have set lastObjectType while this one was read; it is this object's now.
    lastObjectType = null;
    String type;
    if (!d.has(OBJECT_TYPE)) {
      if ((d.present & ACTOR_ONLY_FIELDS) != 0) {
        sink.report(
            "an Agent or Group used as the object must have objectType \"Agent\" or \"Group\"",
            Sections.AGENT_AS_OBJECT);
        return null;
      }
      type = "Activity";
    } else if (d.objectType == null) {
      return null;
    } else {
      type = d.objectType;
    }
    switch (type) {
      case "Activity":
        lastObjectType = type;
        return finishActivity(d);
      case "Agent":
      case "Group":
        lastObjectType = type;
        return (StatementObject) finishActor(d, type.equals("Group"), Role.ACTOR);
      case "StatementRef":
        lastObjectType = type;
        return finishStatementRef(d);
      case "SubStatement":
        lastObjectType = type;
        return finishSubStatement(d);
      default:
        sink.report(
            ".objectType",
            "must be one of Activity, Agent, Group, StatementRef or SubStatement (case matters), not \""
                + abbreviate(type)
                + "\"",
            Sections.OBJECT);
        return null;
    }
  }

  private SubStatement finishSubStatement(Draft d) {
    boolean ok = d.ok;
    int forbidden = d.present & SUB_STATEMENT_FORBIDDEN;
    for (int f = 0; f < FIELD_NAMES.length; f++) {
      if ((forbidden & (1 << f)) != 0) {
        sink.report(
            "." + FIELD_NAMES[f],
            "a SubStatement must not have \"" + FIELD_NAMES[f] + "\"",
            Sections.STATEMENT_AS_OBJECT);
        ok = false;
      }
    }
    ok &= notAllowed(d, SUB_STATEMENT_FIELDS | SUB_STATEMENT_FORBIDDEN, "a SubStatement");
    ok &= required(d, ACTOR, Sections.STATEMENT_AS_OBJECT) & required(d, VERB, Sections.STATEMENT_AS_OBJECT);
    ok &= required(d, OBJECT, Sections.STATEMENT_AS_OBJECT);
    Rules.statement(
        sink,
        version,
        true,
        d.verb == null ? null : d.verb.id(),
        d.objectKind,
        d.contextRevision,
        d.contextPlatform,
        d.timestamp,
        null,
        null,
        null);
    if (!ok) {
      return null;
    }
    return SubStatement.builder()
        .actor(d.actor)
        .verb(d.verb)
        .object(d.object)
        .result(java.util.Optional.ofNullable(d.result))
        .context(java.util.Optional.ofNullable(d.context))
        .timestamp(java.util.Optional.ofNullable(d.timestamp))
        .attachments(d.attachments == null ? List.of() : d.attachments)
        .build();
  }

  private Activity finishActivity(Draft d) {
    boolean ok = d.ok & notAllowed(d, ACTIVITY_FIELDS, "an Activity");
    ok &= required(d, ID, Sections.ACTIVITY);
    Rules.activity(sink, d.id);
    if (!ok) {
      return null;
    }
    return Activity.builder().id(d.id).definition(java.util.Optional.ofNullable(d.definition)).build();
  }

  private StatementRef finishStatementRef(Draft d) {
    boolean ok = d.ok & notAllowed(d, STATEMENT_REF_FIELDS, "a StatementRef");
    ok &= required(d, ID, Sections.STATEMENT_AS_OBJECT);
    UUID id = null;
    if (d.id != null) {
      id = uuid(".id", d.id, Sections.STATEMENT_AS_OBJECT);
    }
    return ok && id != null ? new StatementRef(id) : null;
  }

  /** Reads an Agent or Group in the given role. */
  private Actor actor(Role role) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (an Agent or Group)", Sections.ACTOR);
      return null;
    }
    Draft d = new Draft();
    readFields(d);
    boolean group;
    if (!d.has(OBJECT_TYPE)) {
      group = false;
    } else if (d.objectType == null) {
      return null;
    } else if (d.objectType.equals("Agent")) {
      group = false;
    } else if (d.objectType.equals("Group")) {
      group = true;
    } else {
      sink.report(
          ".objectType",
          "must be \"Agent\" or \"Group\" (case matters), not \"" + abbreviate(d.objectType) + "\"",
          Sections.ACTOR);
      return null;
    }
    switch (role) {
      case TEAM:
        if (!group) {
          sink.report("a team must be a Group (objectType \"Group\")", Sections.CONTEXT);
          return null;
        }
        break;
      case CONTEXT_GROUP:
        if (!group) {
          sink.report("must be a Group (objectType \"Group\")", Sections.CONTEXT_GROUPS);
          return null;
        }
        break;
      case MEMBER:
        if (group) {
          sink.report("a Group's members must be Agents, not Groups", Sections.GROUP);
          return null;
        }
        break;
      case CONTEXT_AGENT:
        if (group) {
          sink.report("must be an Agent, not a Group", Sections.CONTEXT_AGENTS);
          return null;
        }
        break;
      default:
        break;
    }
    return finishActor(d, group, role);
  }

  private Actor finishActor(Draft d, boolean group, Role role) {
    boolean ok = d.ok & notAllowed(d, group ? GROUP_FIELDS : AGENT_FIELDS, group ? "a Group" : "an Agent");
    int members = d.members == null ? 0 : d.members.size();
    Rules.actor(
        sink,
        group,
        d.has(MBOX),
        d.mbox,
        d.has(MBOX_SHA1SUM),
        d.mboxSha1sum,
        d.has(OPENID),
        d.openid,
        d.has(ACCOUNT),
        d.has(MEMBER),
        members);
    int ifis = (d.has(MBOX) ? 1 : 0) + (d.has(MBOX_SHA1SUM) ? 1 : 0) + (d.has(OPENID) ? 1 : 0)
        + (d.has(ACCOUNT) ? 1 : 0);
    if (!ok || ifis > 1 || (!group && ifis == 0)) {
      return null;
    }
    Ifi ifi =
        d.mbox != null
            ? Ifi.mbox(d.mbox)
            : d.mboxSha1sum != null
                ? Ifi.mboxSha1Sum(d.mboxSha1sum)
                : d.openid != null ? Ifi.openId(d.openid) : d.account;
    if (group) {
      return Group.builder()
          .name(java.util.Optional.ofNullable(d.name))
          .ifi(java.util.Optional.ofNullable(ifi))
          .members(d.members == null ? List.of() : d.members)
          .build();
    }
    return Agent.builder().name(java.util.Optional.ofNullable(d.name)).ifi(ifi).build();
  }

  private List<Agent> members() {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType("an array of Agents", Sections.GROUP);
      return null;
    }
    List<Agent> list = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      Actor a = actor(Role.MEMBER);
      if (a == null) {
        ok = false;
      } else {
        list.add((Agent) a);
      }
    }
    return ok ? list : null;
  }

  private Account account() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (an account)", Sections.ACCOUNT);
      return null;
    }
    String homePage = null;
    String name = null;
    boolean ok = true;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(ACCOUNT_NAMES)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (match < 0) {
        ok &= unknownProperty(null);
        continue;
      }
      int bit = 1 << match;
      if ((seen & bit) != 0) {
        ok &= duplicate(null);
        continue;
      }
      seen |= bit;
      p.nextToken();
      String v = string(Sections.ACCOUNT);
      ok &= v != null;
      if (bit == 1) {
        homePage = v;
      } else {
        name = v;
      }
    }
    ok &= required(seen, 1, "homePage", Sections.ACCOUNT) & required(seen, 2, "name", Sections.ACCOUNT);
    Rules.account(sink, homePage);
    return ok ? new Account(homePage, name) : null;
  }

  private Verb verb() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (a verb)", Sections.VERB);
      return null;
    }
    String id = null;
    LanguageMap display = LanguageMap.empty();
    boolean ok = true;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(VERB_NAMES)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (match < 0) {
        ok &= unknownProperty(null);
        continue;
      }
      int bit = 1 << match;
      if ((seen & bit) != 0) {
        ok &= duplicate(null);
        continue;
      }
      seen |= bit;
      p.nextToken();
      if (bit == 1) {
        id = string(Sections.VERB);
        ok &= id != null;
      } else {
        display = languageMap(Sections.VERB);
        ok &= display != null;
      }
    }
    ok &= required(seen, 1, "id", Sections.VERB);
    Rules.verb(sink, id);
    return ok ? new Verb(id, display) : null;
  }

  // ---------------------------------------------------------------- activity definitions

  private ActivityDefinition definition() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (an Activity definition)", Sections.ACTIVITY);
      return null;
    }
    ActivityDefinition.Builder b = ActivityDefinition.builder();
    boolean ok = true;
    int seen = 0;
    String type = null;
    String moreInfo = null;
    InteractionType interactionType = null;
    List<String> responses = null;
    List<String>[] ids = newIdLists();
    int match;
    while ((match = p.nextNameMatch(DEFINITION_NAMES)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (match < 0) {
        ok &= unknownProperty(null);
        continue;
      }
      int bit = 1 << match;
      if ((seen & bit) != 0) {
        ok &= duplicate(null);
        continue;
      }
      seen |= bit;
      p.nextToken();
      switch (bit) {
        case 1 -> {
          LanguageMap m = languageMap(Sections.ACTIVITY);
          ok &= m != null;
          if (m != null) {
            b.name(m);
          }
        }
        case 1 << 1 -> {
          LanguageMap m = languageMap(Sections.ACTIVITY);
          ok &= m != null;
          if (m != null) {
            b.description(m);
          }
        }
        case 1 << 2 -> {
          type = string(Sections.ACTIVITY);
          ok &= type != null;
        }
        case 1 << 3 -> {
          moreInfo = string(Sections.ACTIVITY);
          ok &= moreInfo != null;
        }
        case 1 << 4 -> {
          String t = string(Sections.ACTIVITY);
          if (t == null) {
            ok = false;
          } else {
            interactionType = InteractionType.fromJson(t).orElse(null);
            if (interactionType == null) {
              sink.report(
                  "must be one of true-false, choice, fill-in, long-fill-in, matching, performance, sequencing, likert, numeric or other (case matters)",
                  Sections.ACTIVITY);
              ok = false;
            }
          }
        }
        case 1 << 5 -> {
          responses = stringArray(Sections.ACTIVITY);
          ok &= responses != null;
        }
        case 1 << 11 -> {
          Extensions e = extensions();
          ok &= e != null;
          if (e != null) {
            b.extensions(e);
          }
        }
        default -> {
          int list = Integer.numberOfTrailingZeros(bit) - 6;
          List<InteractionComponent> components = components(ids[list]);
          if (components == null) {
            ok = false;
          } else {
            switch (list) {
              case 0 -> b.choices(components);
              case 1 -> b.scale(components);
              case 2 -> b.source(components);
              case 3 -> b.target(components);
              default -> b.steps(components);
            }
          }
        }
      }
    }
    Rules.definition(
        sink,
        type,
        moreInfo,
        (seen & (1 << 4)) != 0,
        interactionType,
        (seen & (1 << 5)) != 0,
        ids[0],
        ids[1],
        ids[2],
        ids[3],
        ids[4]);
    if (!ok) {
      return null;
    }
    return b.type(java.util.Optional.ofNullable(type))
        .moreInfo(java.util.Optional.ofNullable(moreInfo))
        .interactionType(java.util.Optional.ofNullable(interactionType))
        .correctResponsesPattern(java.util.Optional.ofNullable(responses))
        .build();
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] newIdLists() {
    List<String>[] lists = new List[5];
    for (int i = 0; i < lists.length; i++) {
      lists[i] = new ArrayList<>(0);
    }
    return lists;
  }

  /** Reads interaction components, adding each one's id (null if unreadable) to {@code ids}. */
  private List<InteractionComponent> components(List<String> ids) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType("an array of interaction components", Sections.ACTIVITY);
      return null;
    }
    List<InteractionComponent> list = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        wrongType("a JSON object (an interaction component)", Sections.ACTIVITY);
        ids.add(null);
        ok = false;
        continue;
      }
      String id = null;
      LanguageMap description = LanguageMap.empty();
      boolean itemOk = true;
      int seen = 0;
      int match;
      while ((match = p.nextNameMatch(COMPONENT_NAMES)) != PropertyNameMatcher.MATCH_END_OBJECT) {
        if (match < 0) {
          itemOk &= unknownProperty(null);
          continue;
        }
        int bit = 1 << match;
        if ((seen & bit) != 0) {
        itemOk &= duplicate(null);
        continue;
        }
        seen |= bit;
        p.nextToken();
        if (bit == 1) {
        id = string(Sections.ACTIVITY);
        itemOk &= id != null;
        } else {
        description = languageMap(Sections.ACTIVITY);
        itemOk &= description != null;
        }
      }
      itemOk &= required(seen, 1, "id", Sections.ACTIVITY);
      ids.add(id);
      if (itemOk) {
        list.add(new InteractionComponent(id, description));
      } else {
        ok = false;
      }
    }
    return ok ? list : null;
  }

  // ---------------------------------------------------------------- result

  private Result result() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (a result)", Sections.RESULT);
      return null;
    }
    Result.Builder b = Result.builder();
    boolean ok = true;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(RESULT_NAMES)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (match < 0) {
        ok &= unknownProperty(null);
        continue;
      }
      int bit = 1 << match;
      if ((seen & bit) != 0) {
        ok &= duplicate(null);
        continue;
      }
      seen |= bit;
      p.nextToken();
      switch (bit) {
        case 1 -> {
          Score s = score();
          ok &= s != null;
          if (s != null) {
            b.score(s);
          }
        }
        case 2, 4 -> {
          Boolean v = bool(Sections.RESULT);
          ok &= v != null;
          if (v != null) {
            if (bit == 2) {
              b.success(v);
            } else {
              b.completion(v);
            }
          }
        }
        case 8 -> {
          String v = string(Sections.RESULT);
          ok &= v != null;
          if (v != null) {
            b.response(v);
          }
        }
        case 16 -> {
          String v = string(Sections.DURATIONS);
          if (v == null) {
            ok = false;
          } else {
            try {
              b.duration(XapiDuration.parse(v));
            } catch (IllegalArgumentException e) {
              sink.report(e.getMessage(), Sections.DURATIONS);
              ok = false;
            }
          }
        }
        default -> {
          Extensions e = extensions();
          ok &= e != null;
          if (e != null) {
            b.extensions(e);
          }
        }
      }
    }
    return ok ? b.build() : null;
  }

  private Score score() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (a score)", Sections.SCORE);
      return null;
    }
    BigDecimal[] values = new BigDecimal[4];
    boolean ok = true;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(SCORE_NAMES)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (match < 0) {
        ok &= unknownProperty(null);
        continue;
      }
      int index = match;
      if ((seen & (1 << index)) != 0) {
        ok &= duplicate(null);
        continue;
      }
      seen |= 1 << index;
      p.nextToken();
      values[index] = decimal(Sections.SCORE);
      ok &= values[index] != null;
    }
    Rules.score(sink, values[0], values[1], values[2], values[3]);
    if (!ok) {
      return null;
    }
    return Score.builder()
        .scaled(java.util.Optional.ofNullable(values[0]))
        .raw(java.util.Optional.ofNullable(values[1]))
        .min(java.util.Optional.ofNullable(values[2]))
        .max(java.util.Optional.ofNullable(values[3]))
        .build();
  }

  // ---------------------------------------------------------------- context

  private Context context() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (a context)", Sections.CONTEXT);
      return null;
    }
    Context.Builder b = Context.builder();
    boolean ok = true;
    int seen = 0;
    String language = null;
    int match;
    while ((match = p.nextNameMatch(CONTEXT_NAMES)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (match < 0) {
        ok &= unknownProperty(null);
        continue;
      }
      int bit = 1 << match;
      if ((seen & bit) != 0) {
        ok &= duplicate(null);
        continue;
      }
      seen |= bit;
      p.nextToken();
      switch (bit) {
        case 1 -> {
          String v = string(Sections.CONTEXT);
          UUID id = v == null ? null : uuid("", v, Sections.CONTEXT);
          ok &= id != null;
          if (id != null) {
            b.registration(id);
          }
        }
        case 1 << 1 -> {
          Actor a = actor(Role.INSTRUCTOR);
          ok &= a != null;
          if (a != null) {
            b.instructor(a);
          }
        }
        case 1 << 2 -> {
          Actor a = actor(Role.TEAM);
          ok &= a != null;
          if (a != null) {
            b.team((Group) a);
          }
        }
        case 1 << 3 -> {
          ContextActivities ca = contextActivities();
          ok &= ca != null;
          if (ca != null) {
            b.contextActivities(ca);
          }
        }
        case 1 << 4 -> {
          List<ContextAgent> list = contextAgents();
          ok &= list != null;
          if (list != null) {
            b.contextAgents(list);
          }
        }
        case 1 << 5 -> {
          List<ContextGroup> list = contextGroups();
          ok &= list != null;
          if (list != null) {
            b.contextGroups(list);
          }
        }
        case 1 << 6, 1 << 7 -> {
          String v = string(Sections.CONTEXT);
          ok &= v != null;
          if (v != null) {
            if (bit == 1 << 6) {
              b.revision(v);
            } else {
              b.platform(v);
            }
          }
        }
        case 1 << 8 -> {
          language = string(Sections.CONTEXT);
          ok &= language != null;
          if (language != null) {
            b.language(language);
          }
        }
        case 1 << 9 -> {
          StatementRef ref = contextStatement();
          ok &= ref != null;
          if (ref != null) {
            b.statement(ref);
          }
        }
        default -> {
          Extensions e = extensions();
          ok &= e != null;
          if (e != null) {
            b.extensions(e);
          }
        }
      }
    }
    Rules.context(sink, version, (seen & (1 << 4)) != 0, (seen & (1 << 5)) != 0, language);
    lastContextRevision = (seen & (1 << 6)) != 0;
    lastContextPlatform = (seen & (1 << 7)) != 0;
    return ok ? b.build() : null;
  }

  private StatementRef contextStatement() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (a Statement Reference)", Sections.CONTEXT);
      return null;
    }
    Draft d = new Draft();
    readFields(d);
    if (!d.has(OBJECT_TYPE)) {
      sink.report("a Statement Reference must have objectType \"StatementRef\"", Sections.STATEMENT_AS_OBJECT);
      return null;
    }
    if (d.objectType == null) {
      return null;
    }
    if (!d.objectType.equals("StatementRef")) {
      sink.report(
          ".objectType", "must be \"StatementRef\", not \"" + abbreviate(d.objectType) + "\"",
          Sections.CONTEXT);
      return null;
    }
    return finishStatementRef(d);
  }

  private ContextActivities contextActivities() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (context activities)", Sections.CONTEXT_ACTIVITIES);
      return null;
    }
    ContextActivities.Builder b = ContextActivities.builder();
    boolean ok = true;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(CONTEXT_ACTIVITIES_NAMES)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (match < 0) {
        sink.report(
            "a contextActivities key must be parent, grouping, category or other",
            Sections.CONTEXT_ACTIVITIES);
        p.nextToken();
        p.skipChildren();
        ok = false;
        continue;
      }
      int bit = 1 << match;
      if ((seen & bit) != 0) {
        ok &= duplicate(null);
        continue;
      }
      seen |= bit;
      p.nextToken();
      List<Activity> list = contextActivityList();
      if (list == null) {
        ok = false;
        continue;
      }
      switch (bit) {
        case 1 -> b.parent(list);
        case 2 -> b.grouping(list);
        case 4 -> b.category(list);
        default -> b.other(list);
      }
    }
    return ok ? b.build() : null;
  }

  /** A single Activity or an array of them (xAPI-Data 2.4.6.2 allows both). */
  private List<Activity> contextActivityList() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Activity a = contextActivity();
      return a == null ? null : List.of(a);
    }
    if (t != JsonToken.START_ARRAY) {
      wrongType("an Activity or an array of Activities", Sections.CONTEXT_ACTIVITIES);
      return null;
    }
    List<Activity> list = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        wrongType("a JSON object (an Activity)", Sections.CONTEXT_ACTIVITIES);
        ok = false;
        continue;
      }
      Activity a = contextActivity();
      if (a == null) {
        ok = false;
      } else {
        list.add(a);
      }
    }
    return ok ? list : null;
  }

  private Activity contextActivity() {
    Draft d = new Draft();
    readFields(d);
    if (d.has(OBJECT_TYPE)) {
      if (d.objectType == null) {
        return null;
      }
      if (!d.objectType.equals("Activity")) {
        sink.report(
            ".objectType",
            "context activities must be Activities, not \"" + abbreviate(d.objectType) + "\"",
            Sections.CONTEXT_ACTIVITIES);
        return null;
      }
    }
    return finishActivity(d);
  }

  private List<ContextAgent> contextAgents() {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType("an array of contextAgent objects", Sections.CONTEXT_AGENTS);
      return null;
    }
    List<ContextAgent> list = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      ContextAgent a = (ContextAgent) contextMember(false);
      if (a == null) {
        ok = false;
      } else {
        list.add(a);
      }
    }
    return ok ? list : null;
  }

  private List<ContextGroup> contextGroups() {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType("an array of contextGroup objects", Sections.CONTEXT_GROUPS);
      return null;
    }
    List<ContextGroup> list = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      ContextGroup g = (ContextGroup) contextMember(true);
      if (g == null) {
        ok = false;
      } else {
        list.add(g);
      }
    }
    return ok ? list : null;
  }

  /** A contextAgent or contextGroup object. */
  private Object contextMember(boolean group) {
    String section = group ? Sections.CONTEXT_GROUPS : Sections.CONTEXT_AGENTS;
    String kind = group ? "contextGroup" : "contextAgent";
    String inner = group ? "group" : "agent";
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (a " + kind + ")", section);
      return null;
    }
    String objectType = null;
    Actor actor = null;
    List<String> types = null;
    boolean ok = true;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(group ? CONTEXT_GROUP_NAMES : CONTEXT_AGENT_NAMES))
        != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (match < 0) {
        ok &= unknownProperty(null);
        continue;
      }
      int bit = 1 << match;
      if ((seen & bit) != 0) {
        ok &= duplicate(null);
        continue;
      }
      seen |= bit;
      p.nextToken();
      switch (bit) {
        case 1 -> {
          objectType = string(section);
          if (objectType == null) {
            ok = false;
          } else if (!objectType.equals(kind)) {
            sink.report("must be \"" + kind + "\", not \"" + abbreviate(objectType) + "\"", section);
            ok = false;
          }
        }
        case 2 -> {
          actor = actor(group ? Role.CONTEXT_GROUP : Role.CONTEXT_AGENT);
          ok &= actor != null;
        }
        default -> {
          types = stringArray(section);
          ok &= types != null;
        }
      }
    }
    ok &= required(seen, 1, "objectType", section) & required(seen, 2, inner, section);
    Rules.relevantTypes(sink, types, group);
    if (!ok) {
      return null;
    }
    if (group) {
      return ContextGroup.builder()
          .group((Group) actor)
          .relevantTypes(java.util.Optional.ofNullable(types))
          .build();
    }
    return ContextAgent.builder()
        .agent((Agent) actor)
        .relevantTypes(java.util.Optional.ofNullable(types))
        .build();
  }

  // ---------------------------------------------------------------- attachments

  private List<Attachment> attachments() {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType("an array of attachments", Sections.ATTACHMENTS);
      return null;
    }
    List<Attachment> list = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      Attachment a = attachment();
      if (a == null) {
        ok = false;
      } else {
        list.add(a);
      }
    }
    return ok ? list : null;
  }

  private Attachment attachment() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (an attachment)", Sections.ATTACHMENTS);
      return null;
    }
    Attachment.Builder b = Attachment.builder();
    String usageType = null;
    String contentType = null;
    Long length = null;
    String sha2 = null;
    String fileUrl = null;
    boolean ok = true;
    int seen = 0;
    int match;
    while ((match = p.nextNameMatch(ATTACHMENT_NAMES)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (match < 0) {
        ok &= unknownProperty(null);
        continue;
      }
      int bit = 1 << match;
      if ((seen & bit) != 0) {
        ok &= duplicate(null);
        continue;
      }
      seen |= bit;
      p.nextToken();
      switch (bit) {
        case 1 -> ok &= (usageType = string(Sections.ATTACHMENTS)) != null;
        case 2, 4 -> {
          LanguageMap m = languageMap(Sections.ATTACHMENTS);
          ok &= m != null;
          if (m != null) {
            if (bit == 2) {
              b.display(m);
            } else {
              b.description(m);
            }
          }
        }
        case 8 -> ok &= (contentType = string(Sections.ATTACHMENTS)) != null;
        case 16 -> ok &= (length = integer(Sections.ATTACHMENTS)) != null;
        case 32 -> ok &= (sha2 = string(Sections.ATTACHMENTS)) != null;
        default -> ok &= (fileUrl = string(Sections.ATTACHMENTS)) != null;
      }
    }
    ok &= required(seen, 1, "usageType", Sections.ATTACHMENTS)
        & required(seen, 2, "display", Sections.ATTACHMENTS)
        & required(seen, 8, "contentType", Sections.ATTACHMENTS)
        & required(seen, 16, "length", Sections.ATTACHMENTS)
        & required(seen, 32, "sha2", Sections.ATTACHMENTS);
    Rules.attachment(sink, usageType, contentType, length, sha2, fileUrl);
    if (!ok) {
      return null;
    }
    return b.usageType(usageType)
        .contentType(contentType)
        .length(length)
        .sha2(sha2)
        .fileUrl(java.util.Optional.ofNullable(fileUrl))
        .build();
  }

  // ---------------------------------------------------------------- maps and values

  private LanguageMap languageMap(String section) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a language map (a JSON object of language tags to strings)", section);
      return null;
    }
    TreeMap<String, String> map = null;
    boolean ok = true;
    String tag;
    while ((tag = p.nextName()) != null) {
      Rules.languageTag(sink, tag);
      p.nextToken();
      String text = string(section);
      if (text == null) {
        ok = false;
        continue;
      }
      if (map == null) {
        map = new TreeMap<>();
      }
      if (map.putIfAbsent(tag, text) != null) {
        sink.report("duplicate property", Sections.FORMATTING);
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    return map == null ? LanguageMap.empty() : LanguageMap.of(map);
  }

  private Extensions extensions() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("a JSON object (extensions keyed by IRI)", Sections.EXTENSIONS);
      return null;
    }
    TreeMap<String, JsonValue> map = null;
    boolean ok = true;
    String key;
    while ((key = p.nextName()) != null) {
      p.nextToken();
      JsonValue value = jsonValue();
      if (value == null) {
        ok = false;
        continue;
      }
      Rules.extension(sink, "", key, value);
      if (map == null) {
        map = new TreeMap<>();
      }
      if (map.putIfAbsent(key, value) != null) {
        sink.report("duplicate property", Sections.FORMATTING);
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    return map == null ? Extensions.empty() : Extensions.of(map);
  }

  /** Any JSON value, numbers kept as written; null only if it has duplicate keys. */
  private JsonValue jsonValue() {
    JsonToken t = p.currentToken();
    switch (t) {
      case VALUE_STRING:
        return JsonValue.of(p.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return JsonValue.number(p.getString());
      case VALUE_TRUE:
        return JsonValue.of(true);
      case VALUE_FALSE:
        return JsonValue.of(false);
      case VALUE_NULL:
        return JsonValue.nullValue();
      case START_ARRAY:
        {
          List<JsonValue> elements = new ArrayList<>();
          boolean ok = true;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonValue v = jsonValue();
            if (v == null) {
              ok = false;
            } else {
              elements.add(v);
            }
          }
          return ok ? JsonValue.array(elements) : null;
        }
      case START_OBJECT:
        {
          Map<String, JsonValue> members = new LinkedHashMap<>();
          boolean ok = true;
          String name;
          while ((name = p.nextName()) != null) {
            p.nextToken();
            JsonValue v = jsonValue();
            if (v == null) {
              ok = false;
            } else if (members.putIfAbsent(name, v) != null) {
              sink.report("duplicate property", Sections.JSON);
              ok = false;
            }
          }
          return ok ? JsonValue.object(members) : null;
        }
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  private List<String> stringArray(String section) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType("an array of strings", section);
      return null;
    }
    List<String> list = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String s = string(section);
      if (s == null) {
        ok = false;
      } else {
        list.add(s);
      }
    }
    return ok ? list : null;
  }

  private XapiTimestamp timestamp(String section) {
    String s = string(section);
    if (s == null) {
      return null;
    }
    try {
      return XapiTimestamp.parse(s);
    } catch (IllegalArgumentException e) {
      sink.report("must be an ISO 8601 timestamp: " + e.getMessage(), Sections.TIMESTAMPS);
      return null;
    }
  }

  private String string(String section) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    wrongType("a string", section);
    return null;
  }

  private Boolean bool(String section) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    wrongType("true or false", section);
    return null;
  }

  private BigDecimal decimal(String section) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return new BigDecimal(p.getString());
    }
    wrongType("a number", section);
    return null;
  }

  private Long integer(String section) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      try {
        return p.getLongValue();
      } catch (InputCoercionException e) {
        sink.report("must be an integer between 0 and " + Long.MAX_VALUE, section);
        return null;
      }
    }
    wrongType("an integer", section);
    return null;
  }

  private UUID uuid(String rel, String value, String section) {
    UUID id = Formats.uuid(value);
    if (id == null) {
      sink.report(
          rel,
          "must be a UUID in standard form (8-4-4-4-12 hex digits), not \"" + abbreviate(value) + "\"",
          section);
    }
    return id;
  }

  // ---------------------------------------------------------------- reporting

  private void wrongType(String expected, String section) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      sink.report("must not be null; expected " + expected, Sections.FORMATTING);
    } else {
      sink.report("must be " + expected + ", not " + describe(t), section);
    }
    p.skipChildren();
  }

  /** At a property name: reports it in strict mode and skips its value; whether all is well. */
  private boolean unknownProperty(Draft d) {
    if (strict) {
      sink.report("is not a property defined by " + version, Sections.FORMATTING);
    }
    p.nextToken();
    p.skipChildren();
    if (strict && d != null) {
      d.ok = false;
    }
    return !strict;
  }

  /** At a property name seen before: reports it and skips the value; returns false. */
  private boolean duplicate(Draft d) {
    sink.report("duplicate property: a property may occur only once", Sections.FORMATTING);
    p.nextToken();
    p.skipChildren();
    if (d != null) {
      d.ok = false;
    }
    return false;
  }

  private boolean required(Draft d, int f, String section) {
    if (d.has(f)) {
      return true;
    }
    sink.report("missing required property \"" + FIELD_NAMES[f] + "\"", section);
    return false;
  }

  private boolean required(int seen, int bit, String name, String section) {
    if ((seen & bit) != 0) {
      return true;
    }
    sink.report("missing required property \"" + name + "\"", section);
    return false;
  }

  /**
   * Reports properties read into {@code d} that {@code kind} does not have (only in strict mode);
   * whether all is well.
   */
  private boolean notAllowed(Draft d, int allowed, String kind) {
    int extra = d.present & ~allowed;
    if (extra == 0 || !strict) {
      return true;
    }
    for (int f = 0; f < FIELD_NAMES.length; f++) {
      if ((extra & (1 << f)) != 0) {
        sink.report("." + FIELD_NAMES[f], "is not a property of " + kind, Sections.FORMATTING);
      }
    }
    return false;
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }

  private static int bits(int... fields) {
    int b = 0;
    for (int f : fields) {
      b |= 1 << f;
    }
    return b;
  }

  /** The parts of an object whose kind is known only at its end. */
  private static final class Draft {
    int present;
    boolean ok = true;
    String objectType;
    String id;
    ActivityDefinition definition;
    String name;
    String mbox;
    String mboxSha1sum;
    String openid;
    Account account;
    List<Agent> members;
    Actor actor;
    Verb verb;
    StatementObject object;
    String objectKind;
    Result result;
    Context context;
    Boolean contextRevision;
    Boolean contextPlatform;
    XapiTimestamp timestamp;
    XapiTimestamp stored;
    Actor authority;
    String version;
    List<Attachment> attachments;

    boolean has(int field) {
      return (present & (1 << field)) != 0;
    }
  }
}
