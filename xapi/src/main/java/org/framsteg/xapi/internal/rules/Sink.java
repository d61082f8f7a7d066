package org.framsteg.xapi.internal.rules;

import java.util.List;
import org.framsteg.xapi.Violation;

/**
 * Where rules report, relative to the JSON object being checked; the object's own path is computed
 * only when something is reported.
 */
public abstract class Sink {

  private final List<Violation> out;

  protected Sink(List<Violation> out) {
    this.out = out;
  }

  /** The JSON path of the object being checked, e.g. {@code $.actor}. */
  public abstract String path();

  /** Reports a problem with the object itself. */
  public final void report(String rule, String section) {
    out.add(new Violation(path(), rule, section));
  }

  /** Reports a problem with a part of the object, e.g. {@code rel = ".mbox"} or {@code "[2].id"}. */
  public final void report(String rel, String rule, String section) {
    out.add(new Violation(path() + rel, rule, section));
  }

  /** All problems reported so far. */
  public final List<Violation> violations() {
    return out;
  }
}
