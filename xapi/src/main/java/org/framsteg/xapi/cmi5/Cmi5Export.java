package org.framsteg.xapi.cmi5;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.core.course.Course;
import org.framsteg.xapi.internal.cmi5.CourseMapper;
import org.framsteg.xapi.internal.cmi5.LaunchUrls;
import org.immutables.value.Value;

/**
 * Exports a Framsteg {@link Course} as a cmi5 course structure ({@code cmi5.xml}), with a report of
 * everything cmi5 cannot say as the course says it.
 *
 * <pre>{@code
 * Cmi5Export.Result r = Cmi5Export.to(URI.create("https://lms.example.org/framsteg/")).export(course);
 * Files.write(dir.resolve("cmi5.xml"), r.xml());   r.report().entries().forEach(System.out::println);
 * }</pre>
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>The course becomes {@code <course>}, each module a {@code <block>}, each activity an
 *       {@code <au>}, in course order. Titles and descriptions are written as one
 *       {@code <langstring lang="…">} per language. cmi5 requires a description on all three; where
 *       the course has none the title is written and the report says so. A module without
 *       activities is left out (a block needs an AU) and reported; a course without any activity
 *       cannot be exported ({@link Cmi5Exception}).
 *   <li>Ids: the Framsteg ids, which are meant to be IRIs. An id that is not an absolute IRI is
 *       replaced by {@code <idBase>/<course|block|au>/<percent-encoded id>} (resolved against
 *       {@link #idBase()}, by default the launch base), and an id used twice in the structure (a
 *       module with the course's id) gets a {@code -2} suffix; both are reported.
 *   <li>{@code moveOn} and {@code masteryScore} come from the activity's own completion rule: no
 *       rule or {@code completed} gives Completed; {@code watched(f)} gives Completed, and the
 *       fraction, which cmi5.xml cannot hold, is reported as carried by the AU (it sends Completed
 *       once that much is played); {@code passed} gives Passed with the assessment's passing score
 *       scaled as masteryScore; {@code scoreAtLeast(m)} gives Passed with masteryScore {@code m};
 *       {@code allOf} of completion and passing gives CompletedAndPassed, {@code anyOf}
 *       CompletedOrPassed. Assessments always carry their passing score as masteryScore, so the
 *       AU judges pass and fail as the course does. A masteryScore with more than 4 decimal places
 *       is rounded down (a score at the threshold still passes) and reported. Deadlines, time spent,
 *       marking by hand, and n-of-m or weights that are neither "all" nor "any" are reported.
 *       Optional activities, and all activities of an optional module, get NotApplicable.
 *   <li>Module and course rules: cmi5 has none. A block is satisfied when all its AUs are, the
 *       course when all blocks are, which is what the default rules say; every other module or
 *       course rule ({@code atLeast(6 of 8)}, {@code weighted}, deadlines, time spent, marked done,
 *       conditions on activities that differ from their AUs' moveOn) is reported with its path.
 *   <li>{@code url}: {@code <launchBase>?activity=<id>&media=<media URL>}, every value
 *       percent-encoded. The launch base is the player that presents a Framsteg activity as an AU;
 *       a relative media source ({@code media/intro.mp4}) is resolved against it, so every URL is
 *       fully qualified as cmi5 §14.2 requires of a course structure outside a zip package.
 *       Durations, captions, transcripts and other media details are the AU's content, which the
 *       player takes from the course, and are not part of the course structure.
 *   <li>{@code launchMethod} is {@link #launchMethod()} (AnyWindow unless set); {@code activityType}
 *       is the xAPI Video Profile's video type for videos and the ADL vocabulary's media, file,
 *       link and assessment types for audio and podcasts, documents, links and assessments.
 *   <li>Course metadata cmi5.xml has no place for (a version other than "1", publisher, audience,
 *       licence, estimated times) is reported as omitted, attempt limits as not expressible.
 *       Characters XML 1.0 forbids (control characters, U+FFFE, U+FFFF, lone surrogates) are
 *       removed from texts and reported, so the output is always well-formed.
 * </ul>
 *
 * <p>In Framsteg an activity also counts as completed by a completed or marked-done event whatever
 * its rule; in cmi5 only the AU's moveOn counts. So an assessment with rule {@code passed} needs a
 * Passed statement in cmi5 where the course would also accept Completed.
 *
 * <p>The output is UTF-8, written by the JDK's StAX writer, and deterministic: the same course
 * and settings give the same bytes.
 *
 * @see <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#course_structure_data_model">cmi5
 *     §13.1 Course Structure Data Model</a>,
 *     <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#au_meta_data">§13.1.4 AU
 *     Metadata</a>, <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#launch_method">§8.1
 *     Launch Method</a>, <a href="https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#course_package">§14
 *     Course Package</a>
 */
@Value.Immutable
@FramstegStyle
public abstract class Cmi5Export {

  /**
   * Where the player that launches Framsteg activities as AUs lives, e.g.
   * {@code https://lms.example.org/framsteg/}: absolute, hierarchical, without a fragment and
   * without the query parameters of cmi5 §8.1 or {@code activity} and {@code media}.
   */
  public abstract URI launchBase();

  /** The base of ids derived for course parts whose id is not an absolute IRI; the launch base if unset. */
  public abstract Optional<URI> idBase();

  /** How the LMS opens the AUs; AnyWindow unless set. */
  @Value.Default
  public LaunchMethod launchMethod() {
    return LaunchMethod.ANY_WINDOW;
  }

  /** An export with the given launch base and everything else as default. */
  public static Cmi5Export to(URI launchBase) {
    return builder().launchBase(launchBase).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cmi5Export}; {@code build()} throws {@link IllegalArgumentException} for a bad base. */
  public static final class Builder extends ImmutableCmi5Export.Builder {}

  @Value.Check
  void check() {
    LaunchUrls.problem(launchBase()).ifPresent(p -> {
      throw new IllegalArgumentException("launchBase: " + p);
    });
    idBase().ifPresent(b -> {
      if (!b.isAbsolute() || b.isOpaque() || b.getRawQuery() != null || b.getRawFragment() != null) {
        throw new IllegalArgumentException("idBase: must be an absolute, hierarchical IRI without query or"
            + " fragment, such as https://example.org/ids/, was '" + b + "'");
      }
    });
  }

  /**
   * The course as a cmi5 course structure.
   *
   * @throws Cmi5Exception when the course has no activity (a course structure needs an AU)
   */
  public final Result export(Course course) {
    Objects.requireNonNull(course, "course");
    URI base = idBase().orElse(launchBase());
    CourseMapper.Mapped mapped = CourseMapper.map(course, launchBase(), base, launchMethod());
    return new Result(mapped.structure(), Cmi5Xml.write(mapped.structure()), new Cmi5ExportReport(mapped.entries()));
  }

  /**
   * What an export gives: the structure, its {@code cmi5.xml} bytes and the report.
   *
   * <pre>{@code
   * Cmi5Export.Result r = export.export(course);
   * if (!r.report().isEmpty()) System.err.println(r.report());
   * }</pre>
   */
  public static final class Result {
    private final Cmi5CourseStructure structure;
    private final byte[] xml;
    private final Cmi5ExportReport report;

    Result(Cmi5CourseStructure structure, byte[] xml, Cmi5ExportReport report) {
      this.structure = structure;
      this.xml = xml;
      this.report = report;
    }

    /** The course structure written. */
    public Cmi5CourseStructure structure() {
      return structure;
    }

    /** The {@code cmi5.xml} document, UTF-8 (a copy). */
    public byte[] xml() {
      return xml.clone();
    }

    /** The document as text. */
    public String xmlText() {
      return new String(xml, StandardCharsets.UTF_8);
    }

    /** What could not be carried over as it is. */
    public Cmi5ExportReport report() {
      return report;
    }
  }
}
