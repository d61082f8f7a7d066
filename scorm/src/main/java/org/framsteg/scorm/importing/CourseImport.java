package org.framsteg.scorm.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.framsteg.core.course.Course;
import org.framsteg.scorm.ImportReport;

/**
 * A SCORM package or manifest imported as a Framsteg course, with the report of what was read
 * and what the course could not express.
 *
 * <pre>{@code
 * CourseImport imported = CourseImporter.defaults().toCourse(PackageReader.defaults().read(zip));
 * imported.report().notMapped().forEach(e -> log.info(e.toString()));
 * }</pre>
 *
 * @param course the course; valid (it was built, so core checked it)
 * @param report the reader's entries first, then the importer's: {@link
 *     ImportReport.Severity#NOT_MAPPED} for SCORM the course cannot express, {@link
 *     ImportReport.Severity#INFO} for decisions taken (a default language, grouped items), {@link
 *     ImportReport.Severity#WARNING} for mistakes in the manifest
 * @param activityIds the activity id of each item (a resource, for a manifest without items) that
 *     became an activity, by its SCORM identifier, in document order: the key an LMS's run-time
 *     data is filed under
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3.4 (manifest),
 *     §5 (sequencing)</a>
 */
public record CourseImport(Course course, ImportReport report, Map<String, String> activityIds) {
  public CourseImport {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(report, "report");
    activityIds = Collections.unmodifiableMap(new LinkedHashMap<>(activityIds));
  }

  /** The activity an item (by its {@code identifier}) became, if it became one. */
  public Optional<String> activityId(String itemIdentifier) {
    return Optional.ofNullable(activityIds.get(itemIdentifier));
  }
}
