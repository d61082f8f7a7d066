package org.framsteg.scorm;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a SCORM export could not carry over from the course: completion rules SCORM cannot state,
 * texts that had to change, identifiers that had to be shortened, media that is neither packed
 * nor reachable. The package is written all the same; the report says how it differs from the
 * course.
 *
 * <pre>{@code
 * ExportReport report = ScormExport.scorm2004().write(course, Path.of("course.zip"));
 * report.warnings().forEach(w -> log.warn(w.toString()));
 * }</pre>
 *
 * <p>The entries mirror {@link ImportReport}'s: a severity, a path into the course (the paths of
 * {@code CourseValidationException}, such as {@code modules[1].activities[0].title}) and a
 * message; each also names its {@link Kind}.
 *
 * @param entries everything noticed, in course order
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3 Content Packaging,
 *     §5 Sequencing</a>
 */
public record ExportReport(List<Entry> entries) {
  public ExportReport {
    entries = List.copyOf(entries);
  }

  /** The entries of severity {@link Severity#WARNING}. */
  public List<Entry> warnings() {
    return entries.stream().filter(e -> e.severity() == Severity.WARNING).toList();
  }

  /** The entries of one kind. */
  public List<Entry> entries(Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  /** Whether nothing was worth a warning. */
  public boolean isClean() {
    return entries.stream().noneMatch(e -> e.severity() == Severity.WARNING);
  }

  /** A report with the entries of this one followed by those of {@code other}. */
  public ExportReport plus(ExportReport other) {
    return new ExportReport(Stream.concat(entries.stream(), other.entries.stream()).toList());
  }

  /** How much an entry matters. */
  public enum Severity {
    /** Worth knowing; the package means what the course means (an identifier was shortened). */
    INFO,
    /** The package means something else than the course, or lacks something it has. */
    WARNING
  }

  /** What an entry is about. */
  public enum Kind {
    /**
     * A completion rule, or a part of one, that the package cannot state; the message says what
     * the package does instead (SCORM 2004 CAM §5.1 rollup rules; SCORM 1.2 has none).
     */
    RULE_NOT_EXPRESSED,
    /**
     * Rules ask different things of one activity (two watched fractions, a pass and a score); its
     * SCO completes at the strictest of them.
     */
    COMPLETION_CRITERION_MERGED,
    /** A field of the course that has no place in the package: publisher, attempts in 1.2. */
    FIELD_NOT_EXPRESSED,
    /** A text held characters XML cannot carry (control characters, lone surrogates). */
    TEXT_CHANGED,
    /** A text longer than the package may hold was cut (SCORM 1.2 titles: 200 characters). */
    TEXT_TRUNCATED,
    /** An identifier was shortened to stay readable; a hash of the full id keeps it unique. */
    IDENTIFIER_TRUNCATED,
    /** A relative media reference is neither packed nor resolvable against a base URL. */
    MEDIA_MISSING,
    /** A file given to pack that no activity refers to; it was left out. */
    MEDIA_UNUSED,
    /** Caption or transcript languages the launch page cannot offer. */
    MEDIA_TEXT_TRACK_DROPPED
  }

  /**
   * One thing noticed.
   *
   * @param severity how much it matters
   * @param kind what it is about
   * @param path where in the course: {@code course.completion}, {@code modules[2].title}
   * @param message what was found and what the package does instead
   */
  public record Entry(Severity severity, Kind kind, String path, String message) {
    public Entry {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return severity + " " + kind + " " + path + ": " + message;
    }
  }
}
