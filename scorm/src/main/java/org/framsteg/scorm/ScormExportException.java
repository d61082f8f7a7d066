package org.framsteg.scorm;

import java.util.List;
import java.util.stream.Collectors;
import org.framsteg.core.Violation;

/**
 * A course or export option that no valid package can be written from: a media URL of a scheme a
 * browser will not play from a package ({@code file:}, {@code data:}, {@code javascript:}), or a
 * file to pack under a name that would escape the package or overwrite one the export writes.
 * Everything a package can still carry, however imperfectly, ends in the {@link ExportReport}
 * instead.
 *
 * <pre>{@code
 * try { ScormExport.scorm12().write(course, out); }
 * catch (ScormExportException e) { e.violations().forEach(v -> log.error(v.toString())); }
 * }</pre>
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.2 Content Package
 *     Components</a>
 */
public class ScormExportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The violations; a {@code List.copyOf}, so serializable. */
  private final List<Violation> violations;

  /** A refusal for one or more violations; the list must not be empty. */
  public ScormExportException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  /** Every problem found, each with its path ({@code modules[0].activities[2].media.source}). */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ScormExportException needs at least one violation");
    }
    return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
