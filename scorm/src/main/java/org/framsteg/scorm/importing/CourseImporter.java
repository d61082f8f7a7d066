package org.framsteg.scorm.importing;

import java.util.Objects;
import org.framsteg.core.LocalizedText;
import org.framsteg.scorm.ImportReport;
import org.framsteg.scorm.ManifestImport;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.ScormPackage;
import org.framsteg.scorm.internal.mapping.ManifestToCourse;
import org.framsteg.scorm.manifest.Manifest;

/**
 * Turns a SCORM 1.2 or 2004 package (read safely by {@link org.framsteg.scorm.PackageReader})
 * into a Framsteg {@link org.framsteg.core.course.Course}, and reports everything the course
 * cannot express instead of dropping it.
 *
 * <pre>{@code
 * CourseImport imported = CourseImporter.defaults().toCourse(PackageReader.defaults().read(zip));
 * Course course = imported.course();   // imported.report() lists what did not map
 * }</pre>
 *
 * <h2>The mapping</h2>
 *
 * <table>
 *   <caption>SCORM manifest to Framsteg course</caption>
 *   <tr><th>SCORM (CAM section)</th><th>Framsteg</th></tr>
 *   <tr><td>{@code manifest/@identifier} (§3.4.1.1)</td><td>course id: the id base ({@code
 *       urn:scorm:} unless {@link #withIdBase set}) and the identifier, percent-encoded to RFC
 *       3986 unreserved characters</td></tr>
 *   <tr><td>{@code manifest/@version}</td><td>course version (default "1")</td></tr>
 *   <tr><td>LOM {@code general/title}, else the default organization's {@code title}</td>
 *       <td>course title</td></tr>
 *   <tr><td>LOM {@code general/description}, {@code general/language} (§4) of the manifest, else
 *       of the organization</td><td>course description; the language of every title (else the
 *       {@link #withDefaultLanguage default language}, reported)</td></tr>
 *   <tr><td>the default organization (§3.4.1.5); others</td><td>the course; others reported</td></tr>
 *   <tr><td>top-level item with children</td><td>a module, id {@code <course id>/<item
 *       identifier>}</td></tr>
 *   <tr><td>deeper items with children</td><td>flattened into their module in document order;
 *       the cluster and its path reported (Framsteg has two levels)</td></tr>
 *   <tr><td>consecutive top-level items without children</td><td>one module per run, id {@code
 *       <course id>/<organization identifier>} (numbered {@code /1}, {@code /2} when there are
 *       several runs), titled after the item when the run holds one, else after the
 *       organization</td></tr>
 *   <tr><td>leaf item launching a resource</td><td>an activity, id {@code <course id>/<item
 *       identifier>} (made unique and reported when identifiers repeat), title from {@code
 *       title}, description from its LOM</td></tr>
 *   <tr><td>1.2 {@code adlcp:masteryscore}, or a 2004 primary objective {@code
 *       satisfiedByMeasure} with {@code minNormalizedMeasure} (§5.1), on a SCO</td><td>{@link
 *       org.framsteg.core.course.Assessment}: max score 100, passing score the mastery score or
 *       100 × the measure; {@code attemptLimit} becomes the attempts allowed</td></tr>
 *   <tr><td>launch file {@code .mp4 .m4v .webm .ogv .mov} / {@code .mp3 .m4a .ogg .oga .opus
 *       .wav .aac .flac}, with a LOM duration</td><td>{@link org.framsteg.core.course.Video} /
 *       {@link org.framsteg.core.course.Audio} of that duration (without one: a document,
 *       reported)</td></tr>
 *   <tr><td>a Framsteg player SCO ({@code framsteg-sco.js} among its files or its dependencies',
 *       as {@link org.framsteg.scorm.ScormExport} writes it) with one video or audio file of its
 *       own (a packed medium)</td><td>video or audio of that file, as above; with the medium
 *       outside the package, a document of the launch page (reported)</td></tr>
 *   <tr><td>absolute {@code http(s)} href</td><td>{@link org.framsteg.core.course.WebLink}</td></tr>
 *   <tr><td>anything else ({@code .pdf}, HTML SCOs and assets)</td><td>{@link
 *       org.framsteg.core.course.Document} whose source is the launch href</td></tr>
 *   <tr><td>{@code resource/@href} (with {@code xml:base}) and {@code item/@parameters}
 *       (§3.4.1.16)</td><td>the source: parameters appended, a fragment only when the href has
 *       none, after {@code &} when it has a query, else after {@code ?}</td></tr>
 *   <tr><td>LOM {@code technical/duration}, else {@code educational/typicalLearningTime}, of the
 *       item, else its resource</td><td>timed media: the duration; others: the estimated
 *       time</td></tr>
 *   <tr><td>{@code adlcp:completionThreshold} with {@code completedByMeasure}</td><td>timed
 *       media: the activity's rule {@code watched(id, minProgressMeasure)}; others
 *       reported</td></tr>
 *   <tr><td>{@code isvisible="false"}, 1.2 prerequisites, time limits and launch data, shared
 *       data, presentation, every sequencing element (control modes, pre-, exit- and
 *       post-condition rules, limit conditions, rollup rules and controls, objectives and their
 *       global maps, randomization, delivery controls, ADL extensions)</td><td>reported per
 *       item as {@link ImportReport.Severity#NOT_MAPPED}, e.g. {@code
 *       /manifest/organizations/organization[1]/item[3]: preCondition rule 'skip if satisfied'
 *       not mapped}</td></tr>
 *   <tr><td>a manifest without items (a resource package)</td><td>one module of every resource
 *       with an href</td></tr>
 * </table>
 *
 * <p>Every Framsteg id is an IRI under the course id; resource paths are kept relative, as the
 * package holds them. Instances are immutable and safe to share.
 *
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3 Content Packaging,
 *     §4 Metadata, §5 Sequencing and Navigation</a>
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 1.2 CAM, ADL extensions to IMS CP</a>
 */
public final class CourseImporter {
  /** The id base unless set: course ids are {@code urn:scorm:<manifest identifier>}. */
  public static final String DEFAULT_ID_BASE = "urn:scorm:";
  /** The language of titles unless the manifest's LOM or the importer says otherwise. */
  public static final String DEFAULT_LANGUAGE = "en";

  private static final CourseImporter DEFAULTS =
      new CourseImporter(DEFAULT_ID_BASE, DEFAULT_LANGUAGE);

  private final String idBase;
  private final String defaultLanguage;

  private CourseImporter(String idBase, String defaultLanguage) {
    this.idBase = idBase;
    this.defaultLanguage = defaultLanguage;
  }

  /** An importer with the id base {@code urn:scorm:} and the default language "en". */
  public static CourseImporter defaults() {
    return DEFAULTS;
  }

  /**
   * An importer that puts course ids under another base, such as {@code
   * https://example.org/courses/}: the manifest identifier is appended to it as it is.
   *
   * @throws IllegalArgumentException when the base is blank or holds white space
   */
  public CourseImporter withIdBase(String base) {
    Objects.requireNonNull(base, "base");
    if (base.isBlank() || base.chars().anyMatch(c -> Character.isWhitespace(c)
        || Character.isISOControl(c))) {
      throw new IllegalArgumentException("idBase: must not be blank or hold white space, was '"
          + base + "'");
    }
    return new CourseImporter(base, defaultLanguage);
  }

  /**
   * An importer that tags titles with this language when the manifest's LOM names none.
   *
   * @throws IllegalArgumentException when the tag is not a well-formed BCP 47 tag
   */
  public CourseImporter withDefaultLanguage(String languageTag) {
    return new CourseImporter(idBase, LocalizedText.canonicalTag(languageTag));
  }

  /** The id base of course ids. */
  public String idBase() {
    return idBase;
  }

  /** The language of titles when the manifest names none. */
  public String defaultLanguage() {
    return defaultLanguage;
  }

  /**
   * Imports a package read by {@link org.framsteg.scorm.PackageReader}.
   *
   * @throws PackageException with {@link org.framsteg.scorm.PackageRule#MANIFEST_UNUSABLE} when
   *     nothing in the manifest can be launched
   */
  public CourseImport toCourse(ScormPackage pkg) {
    Objects.requireNonNull(pkg, "pkg");
    return toCourse(pkg.manifest(), pkg.report());
  }

  /**
   * Imports a manifest read on its own.
   *
   * @throws PackageException with {@link org.framsteg.scorm.PackageRule#MANIFEST_UNUSABLE} when
   *     nothing in the manifest can be launched
   */
  public CourseImport toCourse(ManifestImport manifest) {
    Objects.requireNonNull(manifest, "manifest");
    return toCourse(manifest.manifest(), manifest.report());
  }

  /**
   * Imports a manifest's read model; the report holds only the importer's entries.
   *
   * @throws PackageException with {@link org.framsteg.scorm.PackageRule#MANIFEST_UNUSABLE} when
   *     nothing in the manifest can be launched
   */
  public CourseImport toCourse(Manifest manifest) {
    Objects.requireNonNull(manifest, "manifest");
    return toCourse(manifest, ImportReport.empty());
  }

  private CourseImport toCourse(Manifest manifest, ImportReport read) {
    ManifestToCourse.Result r = ManifestToCourse.map(manifest, idBase, defaultLanguage);
    return new CourseImport(r.course(), read.plus(new ImportReport(r.entries())),
        r.activityIds());
  }
}
