package org.framsteg.xapi.cmi5;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an export to cmi5 could not carry over as it is: one entry per course part, naming its path
 * in the course ({@code modules[1].completion}), the kind of change and what was written instead.
 * An export never leaves something out without an entry here.
 *
 * <pre>{@code
 * Cmi5ExportReport report = Cmi5Export.to(base).export(course).report();
 * report.entries(Cmi5ExportReport.Kind.NOT_EXPRESSIBLE).forEach(e -> System.out.println(e));
 * }</pre>
 *
 * @param entries the entries in course order: course, then each module and its activities
 * @see Cmi5Export
 */
public record Cmi5ExportReport(List<Entry> entries) {
  public Cmi5ExportReport {
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
  }

  /**
   * What kind of change an entry records.
   *
   * <pre>{@code
   * List<Entry> lost = report.entries(Kind.NOT_EXPRESSIBLE);
   * boolean faithful = lost.isEmpty() && report.entries(Kind.OMITTED).isEmpty();
   * }</pre>
   */
  public enum Kind {
    /**
     * A rule or setting the course structure cannot state (cmi5 knows only per-AU {@code moveOn}
     * and {@code masteryScore}); the message says what was written instead and who must carry it.
     */
    NOT_EXPRESSIBLE,
    /**
     * A value written differently from the course: a description taken from the title, an id
     * derived or made unique, a score rounded, characters XML cannot hold removed.
     */
    SUBSTITUTED,
    /** Something of the course that is not written at all (course metadata, an empty module). */
    OMITTED
  }

  /**
   * One change.
   *
   * <pre>{@code
   * Entry e = new Entry("modules[1].completion", Kind.NOT_EXPRESSIBLE, "atLeast(6 of 8) cannot be expressed in cmi5");
   * e.toString();   // "modules[1].completion: atLeast(6 of 8) cannot be expressed in cmi5"
   * }</pre>
   *
   * @param path where in the course, in the notation of course validation
   *     ({@code modules[1].activities[0].completion}); empty for the course as a whole
   * @param kind the kind of change
   * @param message what could not be expressed and what was written instead
   */
  public record Entry(String path, Kind kind, String message) {
    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return path.isEmpty() ? message : path + ": " + message;
    }
  }

  /** The entries of one kind, in order. */
  public List<Entry> entries(Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  /** The entries about one course part: those whose path is {@code path} or lies below it. */
  public List<Entry> at(String path) {
    return entries.stream().filter(e -> e.path().equals(path) || e.path().startsWith(path + ".")
        || e.path().startsWith(path + "[")).toList();
  }

  /** Whether the export carried everything over unchanged. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** One entry per line. */
  @Override
  public String toString() {
    return entries.stream().map(Entry::toString).collect(Collectors.joining("\n"));
  }
}
