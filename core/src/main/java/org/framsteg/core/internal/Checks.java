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
    activity.completion().ifPresent(rule -> {
      ruleTargets(rule, "completion", out, id -> id.equals(activity.id()) ? activity.media().kind() : null,
          id -> false);
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
    Set<String> seen = new HashSet<>();
    Map<String, MediaKind> kinds = new HashMap<>();
    for (int i = 0; i < module.activities().size(); i++) {
      Activity a = module.activities().get(i);
      if (!seen.add(a.id())) {
        out.add(new Violation("activities[" + i + "].id", "duplicate id '" + a.id() + "'"));
      }
      kinds.put(a.id(), a.media().kind());
    }
    module.completion().ifPresent(rule -> ruleTargets(rule, "completion", out, kinds::get, id -> false));
    throwIfAny(out);
  }

  public static void course(Course course) {
    List<Violation> out = constraints(course);
    identifier(course.id(), "id", out);
    if (course.version().isBlank()) {
      out.add(new Violation("version", "must not be blank"));
    }
    for (int i = 0; i < course.languages().size(); i++) {
      languageTag(course.languages().get(i), "languages[" + i + "]", out);
    }
    out.addAll(structure(course.modules(), course.completion()));
    throwIfAny(out);
  }

  /**
   * The rules that span modules: unique ids across the course, rules that refer to existing
   * activities and modules of the right kind, no cycles through module rules.
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
    for (int m = 0; m < modules.size(); m++) {
      CourseModule module = modules.get(m);
      String mPath = "modules[" + m + "]";
      for (int a = 0; a < module.activities().size(); a++) {
        Activity activity = module.activities().get(a);
        String aPath = mPath + ".activities[" + a + "].completion";
        activity.completion().ifPresent(rule -> ruleTargets(rule, aPath, out, kinds::get,
            moduleIds::contains));
      }
      module.completion().ifPresent(rule -> {
        ruleTargets(rule, mPath + ".completion", out, kinds::get, moduleIds::contains);
      });
    }
    courseRule.ifPresent(rule -> ruleTargets(rule, "completion", out, kinds::get, moduleIds::contains));
    cycles(modules, out);
    return out;
  }

  private static void cycles(List<CourseModule> modules, List<Violation> out) {
    Map<String, CompletionRule> moduleRules = new HashMap<>();
    Map<String, CompletionRule> activityRules = new HashMap<>();
    Map<String, String> paths = new HashMap<>();
    for (int m = 0; m < modules.size(); m++) {
      CourseModule module = modules.get(m);
      module.completion().ifPresent(r -> moduleRules.put(module.id(), r));
      paths.put("m:" + module.id(), "modules[" + m + "].completion");
      for (int a = 0; a < module.activities().size(); a++) {
        Activity activity = module.activities().get(a);
        activity.completion().ifPresent(r -> activityRules.put(activity.id(), r));
        paths.put("a:" + activity.id(), "modules[" + m + "].activities[" + a + "].completion");
      }
    }
    Set<String> done = new HashSet<>();
    for (String node : paths.keySet()) {
      Set<String> stack = new java.util.LinkedHashSet<>();
      if (visit(node, moduleRules, activityRules, stack, done)) {
        out.add(new Violation(paths.get(node), "the rule depends on itself through "
            + String.join(" -> ", stack.stream().map(s -> s.substring(2)).toList())));
        return;
      }
    }
  }

  private static boolean visit(String node, Map<String, CompletionRule> moduleRules,
      Map<String, CompletionRule> activityRules, Set<String> stack, Set<String> done) {
    if (done.contains(node)) {
      return false;
    }
    if (!stack.add(node)) {
      return true;
    }
    CompletionRule rule = node.startsWith("m:") ? moduleRules.get(node.substring(2))
        : activityRules.get(node.substring(2));
    if (rule != null) {
      for (String dep : references(rule)) {
        if (visit(dep, moduleRules, activityRules, stack, done)) {
          return true;
        }
      }
    }
    stack.remove(node);
    done.add(node);
    return false;
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

  /** Checks that every id a rule names exists and has the right media kind. */
  private static void ruleTargets(CompletionRule rule, String path, List<Violation> out,
      java.util.function.Function<String, MediaKind> activityKind,
      java.util.function.Predicate<String> moduleExists) {
    if (rule instanceof CompletionRule.AllOf r) {
      each(r.rules(), path + ".allOf", out, activityKind, moduleExists);
    } else if (rule instanceof CompletionRule.AnyOf r) {
      each(r.rules(), path + ".anyOf", out, activityKind, moduleExists);
    } else if (rule instanceof CompletionRule.AtLeast r) {
      each(r.rules(), path + ".atLeast", out, activityKind, moduleExists);
    } else if (rule instanceof CompletionRule.Weighted r) {
      for (int i = 0; i < r.parts().size(); i++) {
        ruleTargets(r.parts().get(i).rule(), path + ".weighted[" + i + "].rule", out, activityKind,
            moduleExists);
      }
    } else if (rule instanceof CompletionRule.Before r) {
      ruleTargets(r.rule(), path + ".before.rule", out, activityKind, moduleExists);
    } else if (rule instanceof CompletionRule.ActivityCompleted r) {
      activity(r.activityId(), null, path + ".activity", out, activityKind);
    } else if (rule instanceof CompletionRule.MarkedDone r) {
      activity(r.activityId(), null, path + ".activity", out, activityKind);
    } else if (rule instanceof CompletionRule.MediaPlayed r) {
      MediaKind k = activity(r.activityId(), null, path + ".activity", out, activityKind);
      if (k != null && !k.isTimed()) {
        out.add(new Violation(path + ".activity", "'" + r.activityId()
            + "' is a " + k.key() + "; only video, audio and podcast activities can be played"));
      }
    } else if (rule instanceof CompletionRule.ScoreAtLeast r) {
      activity(r.activityId(), MediaKind.ASSESSMENT, path + ".activity", out, activityKind);
    } else if (rule instanceof CompletionRule.Passed r) {
      activity(r.activityId(), MediaKind.ASSESSMENT, path + ".activity", out, activityKind);
    } else if (rule instanceof CompletionRule.ModuleCompleted r) {
      if (!moduleExists.test(r.moduleId())) {
        out.add(new Violation(path + ".module", "no module with id '" + r.moduleId() + "'"));
      }
    }
  }

  private static void each(List<CompletionRule> rules, String path, List<Violation> out,
      java.util.function.Function<String, MediaKind> activityKind,
      java.util.function.Predicate<String> moduleExists) {
    for (int i = 0; i < rules.size(); i++) {
      ruleTargets(rules.get(i), path + "[" + i + "]", out, activityKind, moduleExists);
    }
  }

  private static MediaKind activity(String id, MediaKind required, String path, List<Violation> out,
      java.util.function.Function<String, MediaKind> activityKind) {
    MediaKind kind = activityKind.apply(id);
    if (kind == null) {
      out.add(new Violation(path, "no activity with id '" + id + "'"));
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
