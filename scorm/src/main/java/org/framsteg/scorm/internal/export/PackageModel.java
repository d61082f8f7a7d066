package org.framsteg.scorm.internal.export;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.framsteg.scorm.ScormVersion;

/**
 * What the manifest says, decided once from the course and written by {@link ManifestWriter} for
 * either SCORM version. Every text in it is clean ({@link CleanText}), every identifier an NCName.
 */
final class PackageModel {
  private PackageModel() {}

  /**
   * The LOM of the course, a module or an activity (IEEE LOM 1484.12.1 / IMS MD 1.2.1).
   *
   * @param identifier the Framsteg id, as {@code general/identifier} (catalog "URI")
   * @param titles by language tag, main language first
   * @param descriptions by language tag
   * @param languages {@code general/language}
   * @param playingTime {@code technical/duration}: how long timed media plays
   * @param learningTime {@code educational/typicalLearningTime}: the effort
   */
  record Lom(
      String identifier,
      Map<String, String> titles,
      Map<String, String> descriptions,
      List<String> languages,
      Optional<Duration> playingTime,
      Optional<Duration> learningTime) {}

  /** How a leaf is delivered. */
  enum LeafKind {
    /** A timed-media SCO (the player). */
    MEDIA,
    /** An assessment SCO. */
    ASSESSMENT,
    /** An asset: a document or a web link. */
    ASSET
  }

  /**
   * A leaf item: one activity.
   *
   * @param identifier the item's identifier
   * @param title the title in the main language
   * @param lom its metadata
   * @param resource the identifier of the resource it launches
   * @param kind how it is delivered
   * @param contributes whether its completion counts towards its module's (rollup)
   * @param playedThreshold for media, the played fraction that completes it
   * @param passingScaled for assessments, the pass mark in [0, 1]
   * @param attempts for assessments, the attempts allowed
   * @param prerequisites SCORM 1.2 {@code adlcp:prerequisites} (aicc_script), when in order
   */
  record Leaf(
      String identifier,
      String title,
      Lom lom,
      String resource,
      LeafKind kind,
      boolean contributes,
      double playedThreshold,
      double passingScaled,
      OptionalInt attempts,
      Optional<String> prerequisites) {}

  /**
   * A module's item, holding its activities.
   *
   * @param identifier the item's identifier
   * @param title the title in the main language
   * @param lom its metadata
   * @param leaves its activities
   * @param contributes whether its completion counts towards the course's
   * @param rollup how its completion rolls up from its activities
   * @param previous the identifier of the module before it, when modules go in order
   */
  record Module(
      String identifier,
      String title,
      Lom lom,
      List<Leaf> leaves,
      boolean contributes,
      RulePlanner.Rollup rollup,
      Optional<String> previous) {}

  /**
   * A resource.
   *
   * @param identifier its identifier
   * @param href what it launches, relative to the package root or a URL
   * @param sco whether it is a SCO (else an asset)
   * @param files the files it uses, relative to the package root
   * @param dependencies identifiers of the resources it needs
   */
  record Resource(
      String identifier,
      Optional<String> href,
      boolean sco,
      List<String> files,
      List<String> dependencies) {}

  /**
   * The whole manifest.
   *
   * @param version the SCORM version written
   * @param identifier {@code manifest/@identifier}
   * @param manifestVersion {@code manifest/@version}: the course's version
   * @param organization the organization's identifier
   * @param title the course's title in the main language
   * @param lom the course's metadata
   * @param modules the modules, in order
   * @param rollup how the course's completion rolls up from its modules
   * @param modulesInOrder whether modules open only in order
   * @param resources every resource, in the order items first use them, shared ones last
   */
  record Manifest(
      ScormVersion version,
      String identifier,
      String manifestVersion,
      String organization,
      String title,
      Lom lom,
      List<Module> modules,
      RulePlanner.Rollup rollup,
      boolean modulesInOrder,
      List<Resource> resources) {}
}
