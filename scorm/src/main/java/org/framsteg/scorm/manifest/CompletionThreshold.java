package org.framsteg.scorm.manifest;

/**
 * {@code adlcp:completionThreshold}: when progress measure decides completion, and how much the
 * activity weighs in progress rollup. The 3rd-edition element form
 * ({@code <adlcp:completionThreshold>0.8</adlcp:completionThreshold>}) reads as
 * {@code completedByMeasure = true, minProgressMeasure = 0.8}.
 *
 * <pre>{@code
 * CompletionThreshold t = item.completionThreshold().orElse(CompletionThreshold.DEFAULT);
 * boolean byMeasure = t.completedByMeasure();
 * }</pre>
 *
 * @param completedByMeasure whether {@code cmi.progress_measure} against the threshold decides
 *     completion; default false
 * @param minProgressMeasure the threshold, 0 to 1; default 1
 * @param progressWeight the weight in progress rollup, 0 to 1; default 1
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4.1
 *     &lt;adlcp:completionThreshold&gt;</a>
 */
public record CompletionThreshold(boolean completedByMeasure, double minProgressMeasure,
    double progressWeight) {
  /** The schema defaults. */
  public static final CompletionThreshold DEFAULT = new CompletionThreshold(false, 1.0, 1.0);

  public CompletionThreshold {
    unit("minProgressMeasure", minProgressMeasure);
    unit("progressWeight", progressWeight);
  }

  private static void unit(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "completionThreshold." + field + " must be between 0 and 1, was " + value);
    }
  }
}
