package org.framsteg.xapi.internal.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.framsteg.xapi.JsonValue;
import org.framsteg.xapi.LanguageMap;
import org.framsteg.xapi.Result;
import org.framsteg.xapi.Score;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.StatementObject;
import org.framsteg.xapi.StatementRef;
import org.framsteg.xapi.SubStatement;
import org.framsteg.xapi.XapiTimestamp;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes the statement model as JSON in one fixed form: properties in the order of the tables of
 * xAPI-Data 2.4, {@code objectType} first and always written, maps ordered by key (as the model
 * keeps them), empty maps and lists left out, context activities always as arrays, numbers and
 * timestamps exactly as held.
 */
public final class StatementGenerator {

  private static final SerializableString ID = name("id");
  private static final SerializableString ACTOR = name("actor");
  private static final SerializableString VERB = name("verb");
  private static final SerializableString OBJECT = name("object");
  private static final SerializableString RESULT = name("result");
  private static final SerializableString CONTEXT = name("context");
  private static final SerializableString TIMESTAMP = name("timestamp");
  private static final SerializableString STORED = name("stored");
  private static final SerializableString AUTHORITY = name("authority");
  private static final SerializableString VERSION = name("version");
  private static final SerializableString ATTACHMENTS = name("attachments");
  private static final SerializableString OBJECT_TYPE = name("objectType");
  private static final SerializableString NAME = name("name");
  private static final SerializableString MBOX = name("mbox");
  private static final SerializableString MBOX_SHA1SUM = name("mbox_sha1sum");
  private static final SerializableString OPENID = name("openid");
  private static final SerializableString ACCOUNT = name("account");
  private static final SerializableString HOME_PAGE = name("homePage");
  private static final SerializableString MEMBER = name("member");
  private static final SerializableString DISPLAY = name("display");
  private static final SerializableString DEFINITION = name("definition");
  private static final SerializableString DESCRIPTION = name("description");
  private static final SerializableString TYPE = name("type");
  private static final SerializableString MORE_INFO = name("moreInfo");
  private static final SerializableString INTERACTION_TYPE = name("interactionType");
  private static final SerializableString CORRECT_RESPONSES_PATTERN = name("correctResponsesPattern");
  private static final SerializableString CHOICES = name("choices");
  private static final SerializableString SCALE = name("scale");
  private static final SerializableString SOURCE = name("source");
  private static final SerializableString TARGET = name("target");
  private static final SerializableString STEPS = name("steps");
  private static final SerializableString EXTENSIONS = name("extensions");
  private static final SerializableString SCORE = name("score");
  private static final SerializableString SUCCESS = name("success");
  private static final SerializableString COMPLETION = name("completion");
  private static final SerializableString RESPONSE = name("response");
  private static final SerializableString DURATION = name("duration");
  private static final SerializableString SCALED = name("scaled");
  private static final SerializableString RAW = name("raw");
  private static final SerializableString MIN = name("min");
  private static final SerializableString MAX = name("max");
  private static final SerializableString REGISTRATION = name("registration");
  private static final SerializableString INSTRUCTOR = name("instructor");
  private static final SerializableString TEAM = name("team");
  private static final SerializableString CONTEXT_ACTIVITIES = name("contextActivities");
  private static final SerializableString CONTEXT_AGENTS = name("contextAgents");
  private static final SerializableString CONTEXT_GROUPS = name("contextGroups");
  private static final SerializableString REVISION = name("revision");
  private static final SerializableString PLATFORM = name("platform");
  private static final SerializableString LANGUAGE = name("language");
  private static final SerializableString STATEMENT = name("statement");
  private static final SerializableString PARENT = name("parent");
  private static final SerializableString GROUPING = name("grouping");
  private static final SerializableString CATEGORY = name("category");
  private static final SerializableString OTHER = name("other");
  private static final SerializableString AGENT = name("agent");
  private static final SerializableString GROUP = name("group");
  private static final SerializableString RELEVANT_TYPES = name("relevantTypes");
  private static final SerializableString USAGE_TYPE = name("usageType");
  private static final SerializableString CONTENT_TYPE = name("contentType");
  private static final SerializableString LENGTH = name("length");
  private static final SerializableString SHA2 = name("sha2");
  private static final SerializableString FILE_URL = name("fileUrl");

  private final JsonGenerator g;

  /** Writes to {@code generator}. */
  public StatementGenerator(JsonGenerator generator) {
    this.g = generator;
  }

  /** Writes one statement as a JSON object. */
  public void statement(Statement s) {
    g.writeStartObject();
    if (s.id().isPresent()) {
      g.writeName(ID);
      g.writeString(s.id().get().toString());
    }
    g.writeName(ACTOR);
    actor(s.actor());
    g.writeName(VERB);
    verb(s.verb().id(), s.verb().display());
    g.writeName(OBJECT);
    object(s.object());
    if (s.result().isPresent()) {
      g.writeName(RESULT);
      result(s.result().get());
    }
    if (s.context().isPresent()) {
      g.writeName(CONTEXT);
      context(s.context().get());
    }
    timestamp(TIMESTAMP, s.timestamp());
    timestamp(STORED, s.stored());
    if (s.authority().isPresent()) {
      g.writeName(AUTHORITY);
      actor(s.authority().get());
    }
    string(VERSION, s.version());
    attachments(s.attachments());
    g.writeEndObject();
  }

  private void subStatement(SubStatement s) {
    g.writeStartObject();
    g.writeName(OBJECT_TYPE);
    g.writeString("SubStatement");
    g.writeName(ACTOR);
    actor(s.actor());
    g.writeName(VERB);
    verb(s.verb().id(), s.verb().display());
    g.writeName(OBJECT);
    object(s.object());
    if (s.result().isPresent()) {
      g.writeName(RESULT);
      result(s.result().get());
    }
    if (s.context().isPresent()) {
      g.writeName(CONTEXT);
      context(s.context().get());
    }
    timestamp(TIMESTAMP, s.timestamp());
    attachments(s.attachments());
    g.writeEndObject();
  }

  private void verb(String id, LanguageMap display) {
    g.writeStartObject();
    g.writeName(ID);
    g.writeString(id);
    languageMap(DISPLAY, display);
    g.writeEndObject();
  }

  private void object(StatementObject o) {
    if (o instanceof Activity a) {
      activity(a);
    } else if (o instanceof Agent || o instanceof Group) {
      actor((Actor) o);
    } else if (o instanceof StatementRef r) {
      statementRef(r);
    } else {
      subStatement((SubStatement) o);
    }
  }

  private void statementRef(StatementRef r) {
    g.writeStartObject();
    g.writeName(OBJECT_TYPE);
    g.writeString("StatementRef");
    g.writeName(ID);
    g.writeString(r.id().toString());
    g.writeEndObject();
  }

  private void actor(Actor a) {
    g.writeStartObject();
    g.writeName(OBJECT_TYPE);
    if (a instanceof Agent agent) {
      g.writeString("Agent");
      string(NAME, agent.name());
      ifi(agent.ifi());
    } else {
      Group group = (Group) a;
      g.writeString("Group");
      string(NAME, group.name());
      if (group.ifi().isPresent()) {
        ifi(group.ifi().get());
      }
      List<Agent> members = group.members();
      if (!members.isEmpty()) {
        g.writeName(MEMBER);
        g.writeStartArray();
        for (Agent m : members) {
          actor(m);
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  private void ifi(Ifi ifi) {
    if (ifi instanceof Ifi.Mbox m) {
      g.writeName(MBOX);
      g.writeString(m.iri());
    } else if (ifi instanceof Ifi.MboxSha1Sum h) {
      g.writeName(MBOX_SHA1SUM);
      g.writeString(h.hex());
    } else if (ifi instanceof Ifi.OpenId o) {
      g.writeName(OPENID);
      g.writeString(o.uri());
    } else {
      Account acc = (Account) ifi;
      g.writeName(ACCOUNT);
      g.writeStartObject();
      g.writeName(HOME_PAGE);
      g.writeString(acc.homePage());
      g.writeName(NAME);
      g.writeString(acc.name());
      g.writeEndObject();
    }
  }

  private void activity(Activity a) {
    g.writeStartObject();
    g.writeName(OBJECT_TYPE);
    g.writeString("Activity");
    g.writeName(ID);
    g.writeString(a.id());
    if (a.definition().isPresent()) {
      g.writeName(DEFINITION);
      definition(a.definition().get());
    }
    g.writeEndObject();
  }

  private void definition(ActivityDefinition d) {
    g.writeStartObject();
    languageMap(NAME, d.name());
    languageMap(DESCRIPTION, d.description());
    string(TYPE, d.type());
    string(MORE_INFO, d.moreInfo());
    if (d.interactionType().isPresent()) {
      g.writeName(INTERACTION_TYPE);
      g.writeString(d.interactionType().get().json());
    }
    if (d.correctResponsesPattern().isPresent()) {
      g.writeName(CORRECT_RESPONSES_PATTERN);
      strings(d.correctResponsesPattern().get());
    }
    components(CHOICES, d.choices());
    components(SCALE, d.scale());
    components(SOURCE, d.source());
    components(TARGET, d.target());
    components(STEPS, d.steps());
    extensions(d.extensions());
    g.writeEndObject();
  }

  private void components(SerializableString name, List<InteractionComponent> list) {
    if (list.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (InteractionComponent c : list) {
      g.writeStartObject();
      g.writeName(ID);
      g.writeString(c.id());
      languageMap(DESCRIPTION, c.description());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void result(Result r) {
    g.writeStartObject();
    if (r.score().isPresent()) {
      g.writeName(SCORE);
      score(r.score().get());
    }
    if (r.success().isPresent()) {
      g.writeName(SUCCESS);
      g.writeBoolean(r.success().get());
    }
    if (r.completion().isPresent()) {
      g.writeName(COMPLETION);
      g.writeBoolean(r.completion().get());
    }
    string(RESPONSE, r.response());
    if (r.duration().isPresent()) {
      g.writeName(DURATION);
      g.writeString(r.duration().get().text());
    }
    extensions(r.extensions());
    g.writeEndObject();
  }

  private void score(Score s) {
    g.writeStartObject();
    number(SCALED, s.scaled());
    number(RAW, s.raw());
    number(MIN, s.min());
    number(MAX, s.max());
    g.writeEndObject();
  }

  private void context(Context c) {
    g.writeStartObject();
    if (c.registration().isPresent()) {
      g.writeName(REGISTRATION);
      g.writeString(c.registration().get().toString());
    }
    if (c.instructor().isPresent()) {
      g.writeName(INSTRUCTOR);
      actor(c.instructor().get());
    }
    if (c.team().isPresent()) {
      g.writeName(TEAM);
      actor(c.team().get());
    }
    ContextActivities ca = c.contextActivities();
    if (!ca.isEmpty()) {
      g.writeName(CONTEXT_ACTIVITIES);
      g.writeStartObject();
      activities(PARENT, ca.parent());
      activities(GROUPING, ca.grouping());
      activities(CATEGORY, ca.category());
      activities(OTHER, ca.other());
      g.writeEndObject();
    }
    if (!c.contextAgents().isEmpty()) {
      g.writeName(CONTEXT_AGENTS);
      g.writeStartArray();
      for (ContextAgent a : c.contextAgents()) {
        g.writeStartObject();
        g.writeName(OBJECT_TYPE);
        g.writeString("contextAgent");
        g.writeName(AGENT);
        actor(a.agent());
        if (a.relevantTypes().isPresent()) {
          g.writeName(RELEVANT_TYPES);
          strings(a.relevantTypes().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.contextGroups().isEmpty()) {
      g.writeName(CONTEXT_GROUPS);
      g.writeStartArray();
      for (ContextGroup cg : c.contextGroups()) {
        g.writeStartObject();
        g.writeName(OBJECT_TYPE);
        g.writeString("contextGroup");
        g.writeName(GROUP);
        actor(cg.group());
        if (cg.relevantTypes().isPresent()) {
          g.writeName(RELEVANT_TYPES);
          strings(cg.relevantTypes().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    string(REVISION, c.revision());
    string(PLATFORM, c.platform());
    string(LANGUAGE, c.language());
    if (c.statement().isPresent()) {
      g.writeName(STATEMENT);
      statementRef(c.statement().get());
    }
    extensions(c.extensions());
    g.writeEndObject();
  }

  private void activities(SerializableString name, List<Activity> list) {
    if (list.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (Activity a : list) {
      activity(a);
    }
    g.writeEndArray();
  }

  private void attachments(List<Attachment> list) {
    if (list.isEmpty()) {
      return;
    }
    g.writeName(ATTACHMENTS);
    g.writeStartArray();
    for (Attachment a : list) {
      g.writeStartObject();
      g.writeName(USAGE_TYPE);
      g.writeString(a.usageType());
      g.writeName(DISPLAY);
      languageMapValue(a.display());
      languageMap(DESCRIPTION, a.description());
      g.writeName(CONTENT_TYPE);
      g.writeString(a.contentType());
      g.writeName(LENGTH);
      g.writeNumber(a.length());
      g.writeName(SHA2);
      g.writeString(a.sha2());
      string(FILE_URL, a.fileUrl());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void languageMap(SerializableString name, LanguageMap map) {
    if (map.isEmpty()) {
      return;
    }
    g.writeName(name);
    languageMapValue(map);
  }

  private void languageMapValue(LanguageMap map) {
    g.writeStartObject();
    for (Map.Entry<String, String> e : map.asMap().entrySet()) {
      g.writeName(e.getKey());
      g.writeString(e.getValue());
    }
    g.writeEndObject();
  }

  private void extensions(Extensions ext) {
    if (ext.isEmpty()) {
      return;
    }
    g.writeName(EXTENSIONS);
    g.writeStartObject();
    for (Map.Entry<String, JsonValue> e : ext.asMap().entrySet()) {
      g.writeName(e.getKey());
      value(e.getValue());
    }
    g.writeEndObject();
  }

  /** Writes any JSON value; numbers as their exact text. */
  public void value(JsonValue v) {
    if (v instanceof JsonValue.JsonString s) {
      g.writeString(s.value());
    } else if (v instanceof JsonValue.JsonNumber n) {
      g.writeNumber(n.text());
    } else if (v instanceof JsonValue.JsonBoolean b) {
      g.writeBoolean(b.value());
    } else if (v instanceof JsonValue.JsonNull) {
      g.writeNull();
    } else if (v instanceof JsonValue.JsonArray a) {
      g.writeStartArray();
      for (JsonValue e : a.elements()) {
        value(e);
      }
      g.writeEndArray();
    } else {
      g.writeStartObject();
      for (Map.Entry<String, JsonValue> e : ((JsonValue.JsonObject) v).members().entrySet()) {
        g.writeName(e.getKey());
        value(e.getValue());
      }
      g.writeEndObject();
    }
  }

  private void strings(List<String> list) {
    g.writeStartArray();
    for (String s : list) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private void string(SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeString(value.get());
    }
  }

  private void number(SerializableString name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeNumber(value.get().toString());
    }
  }

  private void timestamp(SerializableString name, Optional<XapiTimestamp> value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeString(value.get().text());
    }
  }

  private static SerializableString name(String s) {
    return new SerializedString(s);
  }
}
