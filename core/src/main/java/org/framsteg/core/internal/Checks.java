package org.framsteg.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.Violation;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.CourseValidationException;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.course.WebLink;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The checks run when course values are built: Jakarta constraints on the types (through Hibernate
 * Validator, reading accessor methods without a {@code get} prefix) plus the structural rules that
 * span several values. Each check collects every problem before it throws.
 */
public final class Checks {
  /** Longest identifier accepted; long enough for any sensible IRI. */
  public static final int MAX_ID_LENGTH = 2048;

  /** Longest medium accepted: the longest offset a played segment can have. */
  public static final java.time.Duration MAX_MEDIA_DURATION =
      java.time.Duration.ofMillis(org.framsteg.core.progress.Segment.MAX_MILLIS);

  private Checks() {}

  private static final class Holder {
    static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new AccessorStrategy())
        .buildValidatorFactory()
        .getValidator();
  }

  /** Accessors are any public no-argument, non-void instance method, named as the property. */
  private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable method) {
      if (method.getParameterTypes().length != 0 || method.getReturnType() == void.class
          || method.getName().equals("hashCode")
          || method.getName().equals("toString") || method.getName().startsWith("with")) {
        return Optional.empty();
      }
      return Optional.of(method.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

  /** Jakarta constraint violations of one value, paths relative to it, sorted for stable output. */
  public static List<Violation> constraints(Object value) {
    List<Violation> out = new ArrayList<>();
    for (ConstraintViolation<Object> cv : Holder.VALIDATOR.validate(value)) {
      out.add(new Violation(cleanPath(cv.getPropertyPath().toString()), cv.getMessage()));
    }
    out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return out;
  }

  private static String cleanPath(String hvPath) {
    // Hibernate Validator names container elements "<list element>" / "<map value>"; drop them.
    return hvPath.replace(".<list element>", "").replace(".<map value>", "")
        .replace(".<optional element>", "").replace("<optional element>", "")
        .replace(".<iterable element>", "");
  }

  /** Throws when the list is not empty. */
  public static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new CourseValidationException(violations);
    }
  }

  // ---- values ----

  public static void media(Media media) {
    List<Violation> out = constraints(media);
    if (media instanceof TimedMedia t) {
        t.language().ifPresent(tag -> languageTag(tag, "language", out));
        t.captions().keySet().forEach(tag -> languageTag(tag, "captions[" + tag + "]", out));
        t.transcripts().keySet().forEach(tag -> languageTag(tag, "transcripts[" + tag + "]", out));
        if (t.duration().getNano() % 1_000_000 != 0) {
          out.add(new Violation("duration", "must have at most millisecond precision"));
        }
        // Played parts are tracked in int milliseconds: a longer medium could not be followed.
        if (t.duration().compareTo(MAX_MEDIA_DURATION) > 0) {
          out.add(new Violation("duration", "must be at most " + MAX_MEDIA_DURATION.toMillis()
              + " ms (about 24 days), was " + t.duration()));
        }
    } else if (media instanceof Document d) {
      d.language().ifPresent(tag -> languageTag(tag, "language", out));
    } else if (media instanceof WebLink l) {
        if (!l.url().isAbsolute()) {
          out.add(new Violation("url", "must be an absolute URL, was '" + l.url() + "'"));
        }
    } else if (media instanceof Assessment a) {
        if (a.passingScore() > a.maxScore()) {
          out.add(new Violation("passingScore", "must not be above maxScore (" + a.maxScore() + ")"));
        }
        if (!Double.isFinite(a.maxScore())) {
          out.add(new Violation("maxScore", "must be finite"));
        }
    }
    throwIfAny(out);
  }

  public static void activity(Activity activity) {
    List<Violation> out = constraints(activity);
    identifier(activity.id(), "id", out);
    // Efforts are summed over a course: bounded, no sum can overflow.
    activity.estimatedTime().filter(t -> t.compareTo(MAX_MEDIA_DURATION) > 0).ifPresent(t ->
        out.add(new Violation("estimatedTime", "must be at most " + MAX_MEDIA_DURATION.toMillis()
            + " ms (about 24 days), was " + t)));
    activity.completion().ifPresent(rule -> {
      // Alone, an activity knows only itself: other ids are checked when the course is built.
      ruleTargets(rule, "completion", out, Scope.partial(
          id -> id.equals(activity.id()) ? activity.media().kind() : null, id -> false));
      if (dependsOn(rule, activity.id())) {
        out.add(new Violation("completion",
            "an activity's rule must not depend on the activity's own completion"));
      }
    });
    throwIfAny(out);
  }

  public static void module(CourseModule module) {
    List<Violation> out = constraints(module);
    identifier(module.id(), "id", out);
    if (module.activities().isEmpty()) {
      out.add(new Violation("activities", "a module needs at least one activity"));
    }
    Set<String> seen = new HashSet<>();
    Map<String, MediaKind> kinds = new HashMap<>();
    for (int i = 0; i < module.activities().size(); i++) {
      Activity a = module.activities().get(i);
      if (!seen.add(a.id())) {
        out.add(new Violation("activities[" + i + "].id", "duplicate id '" + a.id() + "'"));
      }
      kinds.put(a.id(), a.media().kind());
    }
    // Alone, a module knows only its own activities: other ids are checked when the course is built.
    module.completion().ifPresent(rule -> ruleTargets(rule, "completion", out,
        Scope.partial(kinds::get, id -> false)));
    throwIfAny(out);
  }

  public static void course(Course course) {
    List<Violation> out = constraints(course);
    identifier(course.id(), "id", out);
    if (course.version().isBlank()) {
      out.add(new Violation("version", "must not be blank"));
    }
    if (course.modules().isEmpty()) {
      out.add(new Violation("modules", "a course needs at least one module"));
    }
    for (int i = 0; i < course.languages().size(); i++) {
      languageTag(course.languages().get(i), "languages[" + i + "]", out);
    }
    out.addAll(structure(course.modules(), course.completion()));
    throwIfAny(out);
  }

  /**
   * The rules that span modules: unique ids across the course, rules that refer to existing
   * activities and modules of the right kind, no rule that depends on itself.
   */
  public static List<Violation> structure(List<CourseModule> modules, Optional<CompletionRule> courseRule) {
    List<Violation> out = new ArrayList<>();
    Map<String, String> where = new HashMap<>();
    Map<String, MediaKind> kinds = new HashMap<>();
    Set<String> moduleIds = new HashSet<>();
    for (int m = 0; m < modules.size(); m++) {
      CourseModule module = modules.get(m);
      String mPath = "modules[" + m + "]";
      String prev = where.putIfAbsent(module.id(), mPath);
      if (prev != null) {
        out.add(new Violation(mPath + ".id", "duplicate id '" + module.id() + "', also used at " + prev));
      }
      moduleIds.add(module.id());
      for (int a = 0; a < module.activities().size(); a++) {
        Activity activity = module.activities().get(a);
        String aPath = mPath + ".activities[" + a + "]";
        String before = where.putIfAbsent(activity.id(), aPath);
        if (before != null && !before.startsWith(mPath + ".")) {
          out.add(new Violation(aPath + ".id",
              "duplicate id '" + activity.id() + "', also used at " + before));
        }
        // The first definition of a duplicated id is the one rules are checked against.
        kinds.putIfAbsent(activity.id(), activity.media().kind());
      }
    }
    Scope scope = Scope.complete(kinds::get, moduleIds::contains);
    for (int m = 0; m < modules.size(); m++) {
      CourseModule module = modules.get(m);
      String mPath = "modules[" + m + "]";
      for (int a = 0; a < module.activities().size(); a++) {
        String aPath = mPath + ".activities[" + a + "].completion";
        module.activities().get(a).completion().ifPresent(rule -> ruleTargets(rule, aPath, out, scope));
      }
      module.completion().ifPresent(rule -> ruleTargets(rule, mPath + ".completion", out, scope));
    }
    courseRule.ifPresent(rule -> ruleTargets(rule, "completion", out, scope));
    cycles(modules, out);
    return out;
  }

  /**
   * Reports every rule that depends on its own completion, through activity rules, module rules
   * and the default module rule (a module is completed when its required activities are).
   */
  private static void cycles(List<CourseModule> modules, List<Violation> out) {
    Map<String, List<String>> deps = new java.util.LinkedHashMap<>();
    Map<String, String> paths = new HashMap<>();
    for (int m = 0; m < modules.size(); m++) {
      CourseModule module = modules.get(m);
      String mNode = "m:" + module.id();
      if (module.completion().isPresent()) {
        paths.put(mNode, "modules[" + m + "].completion");
        deps.put(mNode, references(module.completion().get()));
      } else {
        List<String> parts = module.activities().stream().filter(Activity::required)
            .map(a -> "a:" + a.id()).toList();
        deps.put(mNode, parts.isEmpty() ? module.activities().stream().map(a -> "a:" + a.id()).toList() : parts);
      }
      for (int a = 0; a < module.activities().size(); a++) {
        Activity activity = module.activities().get(a);
        String aNode = "a:" + activity.id();
        if (activity.completion().isPresent()) {
          paths.put(aNode, "modules[" + m + "].activities[" + a + "].completion");
          deps.put(aNode, references(activity.completion().get()));
        } else {
          deps.put(aNode, List.of());
        }
      }
    }
    Set<String> done = new HashSet<>();
    for (String node : deps.keySet()) {
      List<String> cycle = findCycle(node, deps, done);
      if (cycle != null) {
        // Report the cycle once, at the first of its own rules in course order.
        Set<String> inCycle = new HashSet<>(cycle);
        String at = deps.keySet().stream().filter(n -> inCycle.contains(n) && paths.containsKey(n)).findFirst()
            .orElse(node);
        int start = cycle.indexOf(at);
        List<String> from = new ArrayList<>(cycle.subList(start, cycle.size() - 1));
        from.addAll(cycle.subList(0, start));
        from.add(at);
        out.add(new Violation(paths.getOrDefault(at, ""), "the rule depends on itself through "
            + String.join(" -> ", from.stream().map(x -> x.substring(2)).toList())));
        done.addAll(cycle);
      }
    }
  }

  /**
   * Depth first from {@code node}: the nodes of a cycle, first one repeated at the end, or null.
   * Nodes fully explored without a cycle go to {@code done}. Iterative, so that a long chain of
   * rules in a course file cannot overflow the stack.
   */
  private static List<String> findCycle(String node, Map<String, List<String>> deps, Set<String> done) {
    if (done.contains(node)) {
      return null;
    }
    List<String> path = new ArrayList<>();
    Map<String, Integer> onPath = new HashMap<>();
    java.util.Deque<java.util.Iterator<String>> pending = new java.util.ArrayDeque<>();
    path.add(node);
    onPath.put(node, 0);
    pending.push(deps.getOrDefault(node, List.of()).iterator());
    while (!pending.isEmpty()) {
      java.util.Iterator<String> next = pending.peek();
      if (!next.hasNext()) {
        pending.pop();
        String finished = path.remove(path.size() - 1);
        onPath.remove(finished);
        done.add(finished);
        continue;
      }
      String dep = next.next();
      if (done.contains(dep)) {
        continue;
      }
      Integer at = onPath.get(dep);
      if (at != null) {
        List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
        cycle.add(dep);
        return cycle;
      }
      onPath.put(dep, path.size());
      path.add(dep);
      pending.push(deps.getOrDefault(dep, List.of()).iterator());
    }
    return null;
  }

  /** The completions a rule depends on: "a:id" for activity completion, "m:id" for modules. */
  private static List<String> references(CompletionRule rule) {
    List<String> out = new ArrayList<>();
    collectReferences(rule, out);
    return out;
  }

  private static void collectReferences(CompletionRule rule, List<String> out) {
    for (CompletionRule child : Rules.children(rule)) {
      collectReferences(child, out);
    }
    if (rule instanceof CompletionRule.ActivityCompleted r) {
      out.add("a:" + r.activityId());
    } else if (rule instanceof CompletionRule.ModuleCompleted r) {
      out.add("m:" + r.moduleId());
    }
  }

  private static boolean dependsOn(CompletionRule rule, String activityId) {
    return references(rule).contains("a:" + activityId);
  }

  /**
   * What a rule may refer to: activity kinds by id, and which module ids exist. A partial scope
   * (one activity or module alone) does not report ids it does not know.
   */
  private record Scope(java.util.function.Function<String, MediaKind> kinds,
      java.util.function.Predicate<String> modules, boolean complete) {
    static Scope complete(java.util.function.Function<String, MediaKind> kinds,
        java.util.function.Predicate<String> modules) {
      return new Scope(kinds, modules, true);
    }

    static Scope partial(java.util.function.Function<String, MediaKind> kinds,
        java.util.function.Predicate<String> modules) {
      return new Scope(kinds, modules, false);
    }
  }

  /** Checks that every id a rule names exists and has the right media kind. */
  private static void ruleTargets(CompletionRule rule, String path, List<Violation> out, Scope scope) {
    if (rule instanceof CompletionRule.AllOf r) {
      each(r.rules(), path + ".allOf", out, scope);
    } else if (rule instanceof CompletionRule.AnyOf r) {
      each(r.rules(), path + ".anyOf", out, scope);
    } else if (rule instanceof CompletionRule.AtLeast r) {
      each(r.rules(), path + ".atLeast", out, scope);
    } else if (rule instanceof CompletionRule.Weighted r) {
      for (int i = 0; i < r.parts().size(); i++) {
        ruleTargets(r.parts().get(i).rule(), path + ".weighted[" + i + "].rule", out, scope);
      }
    } else if (rule instanceof CompletionRule.Before r) {
      ruleTargets(r.rule(), path + ".before.rule", out, scope);
    } else if (rule instanceof CompletionRule.ActivityCompleted r) {
      activity(r.activityId(), null, path + ".activity", out, scope);
    } else if (rule instanceof CompletionRule.MarkedDone r) {
      activity(r.activityId(), null, path + ".activity", out, scope);
    } else if (rule instanceof CompletionRule.MediaPlayed r) {
      MediaKind k = activity(r.activityId(), null, path + ".activity", out, scope);
      if (k != null && !k.isTimed()) {
        out.add(new Violation(path + ".activity", "'" + r.activityId()
            + "' is a " + k.key() + "; only video, audio and podcast activities can be played"));
      }
    } else if (rule instanceof CompletionRule.ScoreAtLeast r) {
      activity(r.activityId(), MediaKind.ASSESSMENT, path + ".activity", out, scope);
    } else if (rule instanceof CompletionRule.Passed r) {
      activity(r.activityId(), MediaKind.ASSESSMENT, path + ".activity", out, scope);
    } else if (rule instanceof CompletionRule.ModuleCompleted r) {
      if (scope.complete() && !scope.modules().test(r.moduleId())) {
        out.add(new Violation(path + ".module", "no module with id '" + r.moduleId() + "'"));
      }
    }
  }

  private static void each(List<CompletionRule> rules, String path, List<Violation> out, Scope scope) {
    for (int i = 0; i < rules.size(); i++) {
      ruleTargets(rules.get(i), path + "[" + i + "]", out, scope);
    }
  }

  private static MediaKind activity(String id, MediaKind required, String path, List<Violation> out,
      Scope scope) {
    MediaKind kind = scope.kinds().apply(id);
    if (kind == null) {
      if (scope.complete()) {
        out.add(new Violation(path, "no activity with id '" + id + "'"));
      }
      return null;
    }
    if (required != null && kind != required) {
      out.add(new Violation(path, "'" + id + "' is a " + kind.key() + ", not an " + required.key()));
    }
    return kind;
  }

  // ---- small rules ----

  /** Identifiers: not blank, no white space or control characters, at most 2048 characters. */
  public static void identifier(String id, String path, List<Violation> out) {
    if (id == null || id.isBlank()) {
      out.add(new Violation(path, "must not be blank"));
      return;
    }
    if (id.length() > MAX_ID_LENGTH) {
      out.add(new Violation(path, "must be at most " + MAX_ID_LENGTH + " characters"));
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        out.add(new Violation(path, "must not contain white space or control characters"));
        return;
      }
    }
  }

  public static void languageTag(String tag, String path, List<Violation> out) {
    try {
      LocalizedText.canonicalTag(tag);
    } catch (IllegalArgumentException e) {
      out.add(new Violation(path, e.getMessage()));
    }
  }

  /** Whether a URI is absolute with a scheme; relative references are resolved by the caller. */
  public static boolean isAbsolute(URI uri) {
    return uri.isAbsolute();
  }

}
