package org.framsteg.scorm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.framsteg.core.Violation;
import org.framsteg.core.course.Course;
import org.framsteg.scorm.internal.export.ExportOptions;
import org.framsteg.scorm.internal.export.Exporter;
import org.framsteg.scorm.internal.export.MediaSource;
import org.framsteg.scorm.internal.export.PackagePaths;

/**
 * Writes a Framsteg course as a SCORM package: a zip with {@code imsmanifest.xml} at its root, a
 * launch page per timed medium and per assessment, and the files it packs. The front door of the
 * export, as {@link PackageReader} is of the import.
 *
 * <pre>{@code
 * ExportReport report = ScormExport.scorm2004().packMedia(Map.of("media/intro.mp4", introFile))
 *     .write(course, Path.of("course-scorm2004.zip"));
 * }</pre>
 *
 * <h2>What the package holds</h2>
 *
 * <ul>
 *   <li><b>Organization</b> (CAM §3.4.1): one item per module holding one item per activity, in
 *       course order, titled in the course's main language (its first language, else its title's);
 *       every title, description, language and duration also as LOM metadata (IEEE LOM inline in
 *       2004, IMS MD 1.2.1 in 1.2; CAM §4), with the Framsteg id as {@code
 *       general/identifier}. Identifiers are readable NCNames derived from the ids ({@code
 *       item-m1-a2} for {@code https://example.org/course/m1/a2}).
 *   <li><b>Video, audio, podcast</b>: a SCO whose launch page plays the media with its captions
 *       and transcript and reports position, played part, progress, completion and session time
 *       through the run-time API (RTE §3). It completes when the played fraction reaches the
 *       largest fraction any rule asks of it ({@code watched(id, f)}), else {@link
 *       #completionThreshold(double)} (1.0, everything played). 2004 states the same as {@code
 *       adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="f"} (CAM §3.4.1,
 *       adlcp:completionThreshold).
 *   <li><b>Assessment</b>: a SCO whose page records a score reported to it (the course holds no
 *       questions): {@code window.framsteg.submitScore(raw)}, documented in {@code
 *       framsteg-assessment.js}. The pass mark is {@code adlcp:masteryscore} (1.2, in percent) or a
 *       primary objective {@code satisfiedByMeasure} with {@code minNormalizedMeasure} (2004, CAM
 *       §5.1 objectives); attempts allowed are {@code imsss:limitConditions attemptLimit} (2004 only). It
 *       completes on any recorded score, or at the highest score a rule asks ({@code passed},
 *       {@code scoreAtLeast}).
 *   <li><b>Documents and web links</b>: assets ({@code adlcp:scormType="asset"}): a 2004 LMS marks an
 *       asset completed when the learner leaves it (SN UP.4, the content does not set completion);
 *       a 1.2 LMS tracks no assets.
 * </ul>
 *
 * <h2>Sequencing (SCORM 2004 only; SCORM 1.2 has none)</h2>
 *
 * <ul>
 *   <li>Organization and modules: {@code controlMode choice="true" flow="true"} (CAM §5.1 control modes): the
 *       learner may pick any activity or go through them in order.
 *   <li>Completion rollup (CAM §5.1 rollup rules): a module is completed when its rule is met; without a rule,
 *       when all its required activities are (SCORM's default rollup, with every activity that is
 *       not required given {@code rollupProgressCompletion="false"}). A rule that is {@code allOf}
 *       facts about the module's activities makes exactly those count; {@code anyOf} and {@code
 *       atLeast(n, ...)} of facts about distinct activities become a rollup rule with child
 *       activity set {@code any} or {@code atLeastCount}. The course's rule rolls up over modules
 *       the same way ({@code moduleCompleted}). Satisfaction and measure roll up from assessments
 *       only ({@code rollupObjectiveSatisfied="false"}, {@code objectiveMeasureWeight="0"} on
 *       everything else). SCOs set completion and success themselves ({@code deliveryControls
 *       completionSetByContent="true" objectiveSetByContent="true"}).
 *   <li>Module order ({@link #modulesInOrder(boolean)}, off by default; core has no such rule): a
 *       precondition rule disables a module until the one before it is completed, read from a
 *       global objective the previous module writes its completion to (4th ed. {@code
 *       adlseq:objectives}, {@code objectivesGlobalToSystem="false"}). In 1.2 the same order is
 *       {@code adlcp:prerequisites} naming the previous module's required activities.
 *   <li>Not stated, and reported as {@link ExportReport.Kind#RULE_NOT_EXPRESSED}: weighted
 *       thresholds, time spent, marked done, deadlines (the rule inside is kept), rules about
 *       activities of another module, course rules about activities rather than modules, nested
 *       any/at-least combinations. The container then rolls up the default.
 * </ul>
 *
 * <p>The output is deterministic: the same course and options give the same bytes. Instances are
 * immutable and safe to share; each option returns a new instance.
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3 (Content Packaging),
 *     §4 (Metadata), §5 (Sequencing); SN (rollup, pseudo code UP.4); RTE §3-4</a>
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 1.2 CAM §2 (Content Packaging), RTE §3</a>
 */
public final class ScormExport {
  private final ScormVersion version;
  private final Map<String, ExportOptions.Packed> media;
  private final Optional<URI> mediaBaseUrl;
  private final boolean modulesInOrder;
  private final double completionThreshold;

  private ScormExport(
      ScormVersion version,
      Map<String, ExportOptions.Packed> media,
      Optional<URI> mediaBaseUrl,
      boolean modulesInOrder,
      double completionThreshold) {
    this.version = version;
    this.media = media;
    this.mediaBaseUrl = mediaBaseUrl;
    this.modulesInOrder = modulesInOrder;
    this.completionThreshold = completionThreshold;
  }

  /** An export to SCORM 1.2, packing nothing, media referenced as the course refers to it. */
  public static ScormExport scorm12() {
    return new ScormExport(ScormVersion.SCORM_12, Map.of(), Optional.empty(), false, 1.0);
  }

  /** An export to SCORM 2004 4th edition, packing nothing. */
  public static ScormExport scorm2004() {
    return new ScormExport(ScormVersion.SCORM_2004_4TH, Map.of(), Optional.empty(), false, 1.0);
  }

  /** The version this export writes. */
  public ScormVersion version() {
    return version;
  }

  /**
   * Packs a file under the course's relative reference to it ({@code media/intro.mp4}, also for
   * captions, transcripts and documents). The file is read when the package is written.
   *
   * @throws ScormExportException when the reference is not a relative path inside the package,
   *     or names a file the export writes itself ({@code imsmanifest.xml}, {@code sco/...})
   */
  public ScormExport packMedia(String reference, Path file) {
    Objects.requireNonNull(file, "file");
    return with(reference, new MediaSource.FromFile(file));
  }

  /** Packs bytes under the course's relative reference to them; see {@link #packMedia(String, Path)}. */
  public ScormExport packMedia(String reference, byte[] content) {
    return with(reference, new MediaSource.FromBytes(content));
  }

  /** Packs every file of the map, keyed by the course's relative references; see above. */
  public ScormExport packMedia(Map<String, Path> files) {
    ScormExport out = this;
    for (Map.Entry<String, Path> e : new java.util.TreeMap<>(files).entrySet()) {
      out = out.packMedia(e.getKey(), e.getValue());
    }
    return out;
  }

  /**
   * Where relative media that is not packed is found: references are resolved against this URL
   * (RFC 3986 §5; end it with {@code /}). Without it, such references stay relative and are
   * reported as {@link ExportReport.Kind#MEDIA_MISSING}.
   *
   * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
   */
  public ScormExport mediaBaseUrl(URI base) {
    Objects.requireNonNull(base, "base");
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null) {
      throw new IllegalArgumentException(
          "mediaBaseUrl: must be an absolute http(s) URL, was '" + base + "'");
    }
    return new ScormExport(version, media, Optional.of(base), modulesInOrder, completionThreshold);
  }

  /**
   * Whether a module opens only once the module before it is completed. Framsteg courses have no
   * such rule, so this is off by default. SCORM 2004: precondition rules over global objectives
   * (CAM §5.1 sequencing rules); SCORM 1.2: {@code adlcp:prerequisites}.
   */
  public ScormExport modulesInOrder(boolean inOrder) {
    return new ScormExport(version, media, mediaBaseUrl, inOrder, completionThreshold);
  }

  /**
   * The played fraction that completes a medium no rule asks about, in (0, 1]; 1.0 (everything
   * played) unless set. A medium that rules ask about completes at the largest fraction asked.
   *
   * @throws IllegalArgumentException when the fraction is not in (0, 1]
   */
  public ScormExport completionThreshold(double playedFraction) {
    if (!(playedFraction > 0 && playedFraction <= 1)) {
      throw new IllegalArgumentException(
          "completionThreshold: must be greater than 0 and at most 1, was " + playedFraction);
    }
    return new ScormExport(version, media, mediaBaseUrl, modulesInOrder, playedFraction);
  }

  /**
   * Writes the package to a stream, which stays open.
   *
   * @return what the package could not carry over from the course
   * @throws ScormExportException when no valid package can be written (nothing is written then)
   * @throws IOException when a file to pack cannot be read or the stream fails
   */
  public ExportReport write(Course course, OutputStream out) throws IOException {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(out, "out");
    return Exporter.write(course, options(), out);
  }

  /**
   * Writes the package to a file, replacing it only once the package is complete.
   *
   * @return what the package could not carry over from the course
   * @throws ScormExportException when no valid package can be written (the file is untouched)
   * @throws IOException when a file to pack cannot be read or the file cannot be written
   */
  public ExportReport write(Course course, Path zip) throws IOException {
    Objects.requireNonNull(course, "course");
    Path target = zip.toAbsolutePath();
    Path temp = Files.createTempFile(target.getParent(), ".framsteg-export-", ".zip.part");
    try {
      ExportReport report;
      try (OutputStream out = Files.newOutputStream(temp)) {
        report = write(course, out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      return report;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private ExportOptions options() {
    return new ExportOptions(version, media, mediaBaseUrl, modulesInOrder, completionThreshold);
  }

  private ScormExport with(String reference, MediaSource source) {
    Objects.requireNonNull(reference, "reference");
    String path = "packMedia[\"" + reference + "\"]";
    URI uri;
    try {
      uri = new URI(reference);
    } catch (URISyntaxException e) {
      try {
        uri = new URI(null, null, reference, null);
      } catch (URISyntaxException again) {
        throw new ScormExportException(
            List.of(new Violation(path, "is not a relative reference: " + e.getReason())));
      }
    }
    String name;
    try {
      name = PackagePaths.name(uri);
    } catch (IllegalArgumentException e) {
      throw new ScormExportException(List.of(new Violation(path, e.getMessage())));
    }
    ExportOptions.Packed previous = media.get(name);
    if (previous != null && !previous.key().equals(reference)) {
      throw new ScormExportException(
          List.of(
              new Violation(
                  path,
                  "names the same package file as \"" + previous.key() + "\" ('" + name + "')")));
    }
    Map<String, ExportOptions.Packed> next = new LinkedHashMap<>(media);
    next.put(name, new ExportOptions.Packed(reference, source));
    return new ScormExport(version, next, mediaBaseUrl, modulesInOrder, completionThreshold);
  }

  @Override
  public String toString() {
    return "ScormExport[" + version + ", " + media.size() + " files to pack"
        + mediaBaseUrl.map(u -> ", media at " + u).orElse("")
        + (modulesInOrder ? ", modules in order" : "")
        + ", completion threshold " + completionThreshold + "]";
  }
}
