package org.framsteg.xapi.internal.rules;

import java.util.ArrayList;
import java.util.List;
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
import org.framsteg.xapi.LanguageMap;
import org.framsteg.xapi.Result;
import org.framsteg.xapi.Score;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.StatementObject;
import org.framsteg.xapi.SubStatement;
import org.framsteg.xapi.Violation;
import org.framsteg.xapi.XapiVersion;

/** Applies {@link Rules} to every part of a built statement, tracking JSON paths. */
public final class ModelValidator {

  private final XapiVersion version;
  private final PathSink sink;

  private ModelValidator(XapiVersion version, String root, List<Violation> out) {
    this.version = version;
    this.sink = new PathSink(root, out);
  }

  /** All violations of {@code statement} under {@code version}, paths starting at {@code $}. */
  public static List<Violation> validate(Statement statement, XapiVersion version) {
    List<Violation> out = new ArrayList<>(0);
    new ModelValidator(version, "$", out).statement(statement);
    return out;
  }

  private void statement(Statement s) {
    Context ctx = s.context().orElse(null);
    Rules.statement(
        sink,
        version,
        false,
        s.verb().id(),
        s.object().objectType(),
        ctx == null ? Boolean.FALSE : ctx.revision().isPresent(),
        ctx == null ? Boolean.FALSE : ctx.platform().isPresent(),
        s.timestamp().orElse(null),
        s.stored().orElse(null),
        s.authority().orElse(null),
        s.version().orElse(null));
    actor("actor", s.actor());
    verb(s);
    object(s.object(), false);
    s.result().ifPresent(this::result);
    s.context().ifPresent(this::context);
    s.authority().ifPresent(a -> actor("authority", a));
    attachments(s.attachments());
  }

  private void subStatement(SubStatement s) {
    Context ctx = s.context().orElse(null);
    Rules.statement(
        sink,
        version,
        true,
        s.verb().id(),
        s.object().objectType(),
        ctx == null ? Boolean.FALSE : ctx.revision().isPresent(),
        ctx == null ? Boolean.FALSE : ctx.platform().isPresent(),
        s.timestamp().orElse(null),
        null,
        null,
        null);
    actor("actor", s.actor());
    sink.push("verb");
    Rules.verb(sink, s.verb().id());
    languageMap("display", s.verb().display());
    sink.pop();
    // A nested SubStatement is already reported; not descending keeps the walk bounded.
    if (!(s.object() instanceof SubStatement)) {
      object(s.object(), true);
    }
    s.result().ifPresent(this::result);
    s.context().ifPresent(this::context);
    attachments(s.attachments());
  }

  private void verb(Statement s) {
    sink.push("verb");
    Rules.verb(sink, s.verb().id());
    languageMap("display", s.verb().display());
    sink.pop();
  }

  private void object(StatementObject o, boolean inSub) {
    sink.push("object");
    if (o instanceof Activity a) {
      activityBody(a);
    } else if (o instanceof Agent || o instanceof Group) {
      actorBody((Actor) o);
    } else if (o instanceof SubStatement sub) {
      subStatement(sub);
    }
    sink.pop();
  }

  private void actor(String name, Actor a) {
    sink.push(name);
    actorBody(a);
    sink.pop();
  }

  private void actorBody(Actor a) {
    Ifi ifi = a instanceof Agent agent ? agent.ifi() : ((Group) a).ifi().orElse(null);
    List<Agent> members = a instanceof Group g ? g.members() : List.of();
    Rules.actor(
        sink,
        a instanceof Group,
        ifi instanceof Ifi.Mbox,
        ifi instanceof Ifi.Mbox m ? m.iri() : null,
        ifi instanceof Ifi.MboxSha1Sum,
        ifi instanceof Ifi.MboxSha1Sum h ? h.hex() : null,
        ifi instanceof Ifi.OpenId,
        ifi instanceof Ifi.OpenId o ? o.uri() : null,
        ifi instanceof Account,
        !members.isEmpty(),
        members.size());
    if (ifi instanceof Account acc) {
      sink.push("account");
      Rules.account(sink, acc.homePage());
      sink.pop();
    }
    if (!members.isEmpty()) {
      sink.push("member");
      for (int i = 0; i < members.size(); i++) {
        sink.push(i);
        actorBody(members.get(i));
        sink.pop();
      }
      sink.pop();
    }
  }

  private void activityBody(Activity a) {
    Rules.activity(sink, a.id());
    a.definition().ifPresent(this::definition);
  }

  private void definition(ActivityDefinition d) {
    sink.push("definition");
    Rules.definition(
        sink,
        d.type().orElse(null),
        d.moreInfo().orElse(null),
        d.interactionType().isPresent(),
        d.interactionType().orElse(null),
        d.correctResponsesPattern().isPresent(),
        ids(d.choices()),
        ids(d.scale()),
        ids(d.source()),
        ids(d.target()),
        ids(d.steps()));
    languageMap("name", d.name());
    languageMap("description", d.description());
    components("choices", d.choices());
    components("scale", d.scale());
    components("source", d.source());
    components("target", d.target());
    components("steps", d.steps());
    extensions(d.extensions());
    sink.pop();
  }

  private void components(String name, List<InteractionComponent> list) {
    if (list.isEmpty()) {
      return;
    }
    sink.push(name);
    for (int i = 0; i < list.size(); i++) {
      sink.push(i);
      languageMap("description", list.get(i).description());
      sink.pop();
    }
    sink.pop();
  }

  private void result(Result r) {
    sink.push("result");
    r.score().ifPresent(this::score);
    extensions(r.extensions());
    sink.pop();
  }

  private void score(Score s) {
    sink.push("score");
    Rules.score(sink, s.scaled().orElse(null), s.raw().orElse(null), s.min().orElse(null), s.max().orElse(null));
    sink.pop();
  }

  private void context(Context c) {
    sink.push("context");
    Rules.context(
        sink,
        version,
        !c.contextAgents().isEmpty(),
        !c.contextGroups().isEmpty(),
        c.language().orElse(null));
    c.instructor().ifPresent(a -> actor("instructor", a));
    c.team().ifPresent(t -> actor("team", t));
    contextActivities(c.contextActivities());
    if (!c.contextAgents().isEmpty()) {
      sink.push("contextAgents");
      List<ContextAgent> agents = c.contextAgents();
      for (int i = 0; i < agents.size(); i++) {
        sink.push(i);
        Rules.relevantTypes(sink, agents.get(i).relevantTypes().orElse(null), false);
        actor("agent", agents.get(i).agent());
        sink.pop();
      }
      sink.pop();
    }
    if (!c.contextGroups().isEmpty()) {
      sink.push("contextGroups");
      List<ContextGroup> groups = c.contextGroups();
      for (int i = 0; i < groups.size(); i++) {
        sink.push(i);
        Rules.relevantTypes(sink, groups.get(i).relevantTypes().orElse(null), true);
        actor("group", groups.get(i).group());
        sink.pop();
      }
      sink.pop();
    }
    extensions(c.extensions());
    sink.pop();
  }

  private void contextActivities(ContextActivities ca) {
    if (ca.isEmpty()) {
      return;
    }
    sink.push("contextActivities");
    activities("parent", ca.parent());
    activities("grouping", ca.grouping());
    activities("category", ca.category());
    activities("other", ca.other());
    sink.pop();
  }

  private void activities(String name, List<Activity> list) {
    if (list.isEmpty()) {
      return;
    }
    sink.push(name);
    for (int i = 0; i < list.size(); i++) {
      sink.push(i);
      activityBody(list.get(i));
      sink.pop();
    }
    sink.pop();
  }

  private void attachments(List<Attachment> list) {
    if (list.isEmpty()) {
      return;
    }
    sink.push("attachments");
    for (int i = 0; i < list.size(); i++) {
      Attachment a = list.get(i);
      sink.push(i);
      Rules.attachment(sink, a.usageType(), a.contentType(), a.length(), a.sha2(), a.fileUrl().orElse(null));
      languageMap("display", a.display());
      languageMap("description", a.description());
      sink.pop();
    }
    sink.pop();
  }

  private void languageMap(String name, LanguageMap map) {
    if (map.isEmpty()) {
      return;
    }
    sink.push(name);
    Rules.languageMap(sink, map.asMap());
    sink.pop();
  }

  private void extensions(Extensions ext) {
    if (ext.isEmpty()) {
      return;
    }
    sink.push("extensions");
    Rules.extensions(sink, ext.asMap());
    sink.pop();
  }

  private static List<String> ids(List<InteractionComponent> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(list.size());
    for (InteractionComponent c : list) {
      ids.add(c.id());
    }
    return ids;
  }

  /** A sink whose path is a stack of property names and indices under a root. */
  static final class PathSink extends Sink {
    private final String root;
    private Object[] segments = new Object[16];
    private int size;

    PathSink(String root, List<Violation> out) {
      super(out);
      this.root = root;
    }

    void push(String name) {
      grow();
      segments[size++] = name;
    }

    void push(int index) {
      grow();
      segments[size++] = index;
    }

    void pop() {
      segments[--size] = null;
    }

    private void grow() {
      if (size == segments.length) {
        segments = java.util.Arrays.copyOf(segments, size * 2);
      }
    }

    @Override
    public String path() {
      StringBuilder b = new StringBuilder(root);
      for (int i = 0; i < size; i++) {
        Object seg = segments[i];
        b.append(seg instanceof Integer n ? Paths.index(n) : Paths.member((String) seg));
      }
      return b.toString();
    }
  }
}
