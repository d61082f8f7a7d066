package org.framsteg.scorm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A package or manifest that cannot be read safely or usefully. Lesser mistakes do not throw;
 * they are warnings in the {@link ImportReport}.
 *
 * <pre>{@code
 * try { PackageReader.defaults().read(zip); }
 * catch (PackageException e) { e.problems().forEach(p -> log.warn(p.toString())); }
 * }</pre>
 *
 * <p>Hostile input (zip slip, zip bombs, XXE, entity expansion) always ends here, never in a
 * {@code NullPointerException} or a hang. The rules are listed in {@link PackageRule}.
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3 Content Packaging</a>
 */
public class PackageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<PackageProblem> problems;

  /** A refusal for one or more problems; the list must not be empty. */
  public PackageException(List<PackageProblem> problems) {
    this(problems, null);
  }

  /** A refusal caused by a lower-level exception (a parser's or the zip reader's). */
  public PackageException(List<PackageProblem> problems, Throwable cause) {
    super(message(problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** A refusal for a single problem. */
  public PackageException(PackageProblem problem) {
    this(List.of(problem), null);
  }

  /** The problems, first one first; never empty. */
  public List<PackageProblem> problems() {
    return problems;
  }

  /** The rule of the first problem. */
  public PackageRule rule() {
    return problems.get(0).rule();
  }

  private static String message(List<PackageProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a PackageException needs at least one problem");
    }
    return problems.stream().map(PackageProblem::toString).collect(Collectors.joining("; "));
  }
}
