package org.framsteg.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.course.TimedMedia;

/**
 * A course prepared for folding and evaluation: activities by index, their kinds and durations,
 * and the effective rule of every activity, module and the course. Shared by all states of the
 * course; immutable.
 */
public final class Compiled {
  public static final int TIMED = 0;
  public static final int SCORED = 1;
  public static final int PLAIN = 2;

  public final Course course;
  public final String[] ids;
  public final Map<String, Integer> index;
  public final Activity[] activities;
  public final int[] category;
  /** Media duration in ms for timed media, else 0. */
  public final int[] durationMs;
  /** Passing score as a fraction for assessments, else NaN. */
  public final double[] passingScaled;
  /** Attempts allowed for assessments, 0 for unlimited. */
  public final int[] attemptsAllowed;
  public final Map<String, CourseModule> modules;
  public final CompletionRule courseRule;
  public final Map<String, CompletionRule> moduleRules;
  /** The distinct deadlines of {@code Before} rules in the course. */
  public final List<CompletionRule.Deadline> deadlines;

  public Compiled(Course course) {
    this.course = course;
    List<Activity> all = course.activities().toList();
    int n = all.size();
    ids = new String[n];
    activities = all.toArray(new Activity[0]);
    category = new int[n];
    durationMs = new int[n];
    passingScaled = new double[n];
    attemptsAllowed = new int[n];
    Map<String, Integer> idx = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      Activity a = all.get(i);
      ids[i] = a.id();
      idx.put(a.id(), i);
      passingScaled[i] = Double.NaN;
      if (a.media() instanceof TimedMedia t) {
        category[i] = TIMED;
        durationMs[i] = (int) Math.min(Integer.MAX_VALUE, t.duration().toMillis());
      } else if (a.media() instanceof Assessment s) {
        category[i] = SCORED;
        passingScaled[i] = s.passingScaled();
        attemptsAllowed[i] = s.attemptsAllowed().orElse(0);
      } else {
        category[i] = PLAIN;
      }
    }
    index = Map.copyOf(idx);
    Map<String, CourseModule> mods = new HashMap<>();
    Map<String, CompletionRule> mrules = new HashMap<>();
    List<CompletionRule> moduleDefaults = new ArrayList<>();
    for (CourseModule m : course.modules()) {
      mods.put(m.id(), m);
      mrules.put(m.id(), m.completion().orElseGet(() -> defaultModuleRule(m)));
      if (m.required()) {
        moduleDefaults.add(CompletionRule.moduleCompleted(m.id()));
      }
    }
    modules = Map.copyOf(mods);
    moduleRules = Map.copyOf(mrules);
    if (course.completion().isPresent()) {
      courseRule = course.completion().get();
    } else if (moduleDefaults.isEmpty()) {
      // No module is required: the course is done when every module is.
      courseRule = new CompletionRule.AllOf(course.modules().stream()
          .map(m -> CompletionRule.moduleCompleted(m.id())).toList());
    } else {
      courseRule = new CompletionRule.AllOf(moduleDefaults);
    }
    Set<CompletionRule.Deadline> found = new LinkedHashSet<>();
    collectDeadlines(courseRule, found);
    mrules.values().forEach(r -> collectDeadlines(r, found));
    for (Activity a : activities) {
      a.completion().ifPresent(r -> collectDeadlines(r, found));
    }
    deadlines = List.copyOf(found);
  }

  private static CompletionRule defaultModuleRule(CourseModule m) {
    List<CompletionRule> parts = m.activities().stream().filter(Activity::required)
        .map(a -> CompletionRule.completed(a.id())).toList();
    if (parts.isEmpty()) {
      parts = m.activities().stream().map(a -> CompletionRule.completed(a.id())).toList();
    }
    return new CompletionRule.AllOf(parts);
  }

  private static void collectDeadlines(CompletionRule rule, Set<CompletionRule.Deadline> out) {
    if (rule instanceof CompletionRule.Before b) {
      out.add(b.deadline());
    }
    for (CompletionRule child : Rules.children(rule)) {
      collectDeadlines(child, out);
    }
  }

  /** The index of an activity, or -1. */
  public int indexOf(String activityId) {
    Integer i = index.get(activityId);
    return i == null ? -1 : i;
  }

  public MediaKind kind(int i) {
    return activities[i].media().kind();
  }
}
