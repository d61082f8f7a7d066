package org.framsteg.core.internal;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.framsteg.core.CourseEngine;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.progress.ProgressState;

/**
 * How the machinery reaches the prepared course of an engine and the facts of a state without
 * those types offering them in their public API. The public types register their accessors once,
 * when their class is initialised (before any instance exists to be asked about).
 */
public final class Access {
  private static Function<CourseEngine, Compiled> compiled;
  private static Function<ProgressState, Facts> facts;
  private static BiFunction<ProgressState, CompletionRule.Deadline, Facts> factsAsOf;

  private Access() {}

  /** Called once by {@link CourseEngine}. */
  public static void engine(Function<CourseEngine, Compiled> accessor) {
    if (compiled != null) {
      throw new IllegalStateException("the engine accessor is registered already");
    }
    compiled = accessor;
  }

  /** Called once by {@link ProgressState}. */
  public static void state(Function<ProgressState, Facts> all,
      BiFunction<ProgressState, CompletionRule.Deadline, Facts> asOf) {
    if (facts != null) {
      throw new IllegalStateException("the state accessor is registered already");
    }
    facts = all;
    factsAsOf = asOf;
  }

  /** The prepared course of an engine. */
  public static Compiled compiled(CourseEngine engine) {
    return compiled.apply(engine);
  }

  /** Everything known of a state. */
  public static Facts facts(ProgressState state) {
    return facts.apply(state);
  }

  /** What a state knew by one of its course's deadlines. */
  public static Facts factsAsOf(ProgressState state, CompletionRule.Deadline deadline) {
    return factsAsOf.apply(state, deadline);
  }
}
