package org.framsteg.scorm;

import java.util.List;
import java.util.Objects;

/**
 * What the reader noticed while reading a package it could still use: real-world mistakes it
 * tolerated, values it ignored, references that lead nowhere; and, after a course import, what
 * the course could not express ({@link Severity#NOT_MAPPED}).
 *
 * <pre>{@code
 * ImportReport report = PackageReader.defaults().read(zip).report();
 * report.warnings().forEach(w -> log.warn(w.path() + ": " + w.message()));
 * }</pre>
 *
 * <p>A mistake that makes a package unusable throws {@link PackageException} instead.
 *
 * @param entries everything noticed, in document order
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3 Content Packaging</a>
 */
public record ImportReport(List<Entry> entries) {
  public ImportReport {
    entries = List.copyOf(entries);
  }

  /** A report with nothing to say. */
  public static ImportReport empty() {
    return new ImportReport(List.of());
  }

  /** The entries of severity {@link Severity#WARNING}. */
  public List<Entry> warnings() {
    return entries.stream().filter(e -> e.severity() == Severity.WARNING).toList();
  }

  /** The entries of severity {@link Severity#NOT_MAPPED}: what a course import left out. */
  public List<Entry> notMapped() {
    return entries.stream().filter(e -> e.severity() == Severity.NOT_MAPPED).toList();
  }

  /** Whether nothing was worth a warning. */
  public boolean isClean() {
    return entries.stream().noneMatch(e -> e.severity() == Severity.WARNING);
  }

  /** A report with the entries of this one followed by those of {@code other}. */
  public ImportReport plus(ImportReport other) {
    return new ImportReport(
        java.util.stream.Stream.concat(entries.stream(), other.entries.stream()).toList());
  }

  /** How much an entry matters. */
  public enum Severity {
    /** Worth knowing; nothing was lost (a name was normalised, a default assumed). */
    INFO,
    /** The package breaks a rule of the specification; the reader did its best. */
    WARNING,
    /**
     * Valid SCORM that a Framsteg course cannot express (sequencing rules, global objectives,
     * prerequisites, hidden items); kept here so that nothing is dropped silently.
     */
    NOT_MAPPED
  }

  /**
   * One thing noticed.
   *
   * @param severity how much it matters
   * @param path where: {@code imsmanifest.xml: /manifest/organizations/organization[1]/item[3]}
   * @param message what was found and what the reader did about it
   */
  public record Entry(Severity severity, String path, String message) {
    public Entry {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return severity + " " + path + ": " + message;
    }
  }
}
