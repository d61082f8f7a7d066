package org.framsteg.scorm.internal.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Audio;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.CourseValidationException;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;
import org.framsteg.core.progress.Segment;
import org.framsteg.scorm.ImportReport;
import org.framsteg.scorm.ImportReport.Severity;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageProblem;
import org.framsteg.scorm.PackageRule;
import org.framsteg.scorm.manifest.CompletionThreshold;
import org.framsteg.scorm.manifest.ControlMode;
import org.framsteg.scorm.manifest.DeliveryControls;
import org.framsteg.scorm.manifest.Item;
import org.framsteg.scorm.manifest.Lom;
import org.framsteg.scorm.manifest.Manifest;
import org.framsteg.scorm.manifest.Metadata;
import org.framsteg.scorm.manifest.Objective;
import org.framsteg.scorm.manifest.Organization;
import org.framsteg.scorm.manifest.Presentation;
import org.framsteg.scorm.manifest.Resource;
import org.framsteg.scorm.manifest.ResourceFile;
import org.framsteg.scorm.manifest.RollupRules;
import org.framsteg.scorm.manifest.ScormType;
import org.framsteg.scorm.manifest.SequencingRule;

/**
 * Maps a manifest's read model onto a Framsteg course, writing down everything it cannot map.
 * The rules are listed on {@code org.framsteg.scorm.importing.CourseImporter}; this class applies
 * them in document order so that ids and report entries are deterministic.
 */
public final class ManifestToCourse {
  /** The file the report paths refer to. */
  static final String ENTRY = "imsmanifest.xml";
  /** The script of Framsteg's own media player SCO. */
  static final String PLAYER_SCRIPT = "framsteg-sco.js";

  private static final int MAX_ID = 2048;

  private final Manifest manifest;
  private final String idBase;
  private final String defaultLanguage;
  private final List<ImportReport.Entry> entries = new ArrayList<>();
  private final Set<String> usedIds = new HashSet<>();
  private final Map<String, String> activityIds = new LinkedHashMap<>();
  private final Set<String> referencedCollection = new HashSet<>();
  private String language;
  private String courseId;

  /**
   * What the mapping made.
   *
   * @param course the course, valid
   * @param entries what was not mapped or was decided, in document order
   * @param activityIds item (or, for a resource package, resource) identifier to activity id
   */
  public record Result(Course course, List<ImportReport.Entry> entries,
      Map<String, String> activityIds) {
    public Result {
      entries = List.copyOf(entries);
      activityIds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(activityIds));
    }
  }

  private ManifestToCourse(Manifest manifest, String idBase, String defaultLanguage) {
    this.manifest = manifest;
    this.idBase = idBase;
    this.defaultLanguage = defaultLanguage;
  }

  /**
   * Maps a manifest.
   *
   * @throws PackageException when nothing in the manifest can be launched
   */
  public static Result map(Manifest manifest, String idBase, String defaultLanguage) {
    return new ManifestToCourse(manifest, idBase, defaultLanguage).run();
  }

  private Result run() {
    Optional<Organization> org = manifest.defaultOrganization();
    language = language(org);
    courseId = courseId(org);
    String title = courseTitle(org);
    List<CourseModule> modules = new ArrayList<>();
    for (int k = 0; k < manifest.organizations().size(); k++) {
      Organization o = manifest.organizations().get(k);
      String path = "/manifest/organizations/organization[" + (k + 1) + "]";
      if (org.isPresent() && o == org.get()) {
        if (o.items().isEmpty()) {
          continue;
        }
        modules.addAll(organization(o, path, title));
      } else {
        notMapped(path, "organization " + quote(o.identifier()) + " (" + count(o.items())
            + " items) not imported: only the default organization becomes the course");
      }
    }
    if (org.isEmpty() || org.get().items().isEmpty()) {
      resources(title).ifPresent(modules::add);
    }
    collectionEntries();
    if (modules.isEmpty()) {
      throw new PackageException(new PackageProblem(ENTRY, "/manifest",
          PackageRule.MANIFEST_UNUSABLE,
          "nothing in the manifest can be launched: no item refers to a resource with an href"));
    }
    Course.Builder course = Course.builder().id(courseId)
        .title(LocalizedText.of(language, title))
        .addLanguages(language)
        .modules(modules);
    Optional<String> version = manifest.version().map(String::strip).filter(v -> !v.isEmpty());
    if (version.isPresent()) {
      course.version(version.get());
    } else {
      info("/manifest", "no version attribute: the course is version \"1\"");
    }
    courseDescription(org).ifPresent(d -> course.description(LocalizedText.of(language, d)));
    manifestLom().flatMap(Lom::duration).ifPresent(d -> info("/manifest/metadata", "LOM duration "
        + d + " of the manifest is not kept: a course's effort is the sum of its activities'"));
    try {
      return new Result(course.build(), entries, activityIds);
    } catch (CourseValidationException e) {
      throw new PackageException(List.of(new PackageProblem(ENTRY, "/manifest",
          PackageRule.MANIFEST_UNUSABLE, "the imported course is not valid: " + e.getMessage())),
          e);
    }
  }

  // ---------------------------------------------------------------- course metadata

  private Optional<Lom> manifestLom() {
    return manifest.metadata().flatMap(Metadata::anyLom);
  }

  private static Optional<Lom> lomOf(Optional<Metadata> metadata) {
    return metadata.flatMap(Metadata::anyLom);
  }

  private String language(Optional<Organization> org) {
    Optional<Locale> found = manifestLom().flatMap(Lom::language);
    if (found.isEmpty()) {
      found = org.flatMap(o -> lomOf(o.metadata())).flatMap(Lom::language);
    }
    Optional<String> tag = found.flatMap(ManifestToCourse::tag);
    if (tag.isPresent()) {
      return tag.get();
    }
    info("/manifest/metadata", "no LOM language: titles are tagged " + quote(defaultLanguage)
        + ", the importer's default language");
    return defaultLanguage;
  }

  private static Optional<String> tag(Locale locale) {
    try {
      return Optional.of(LocalizedText.canonicalTag(locale.toLanguageTag()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String courseId(Optional<Organization> org) {
    String identifier = manifest.identifier().strip();
    if (identifier.isEmpty()) {
      identifier = org.map(o -> o.identifier().strip()).filter(s -> !s.isEmpty()).orElse("");
      if (identifier.isEmpty()) {
        identifier = "manifest";
        warn("/manifest/@identifier", "no identifier: the course id is "
            + quote(idBase + identifier) + "; give the manifest an identifier to keep it stable");
      } else {
        warn("/manifest/@identifier", "no identifier: the course id is made from the default "
            + "organization's identifier " + quote(identifier));
      }
    }
    String id = idBase + encode(identifier);
    if (id.length() > MAX_ID / 2) {
      id = idBase + digest(identifier);
      warn("/manifest/@identifier", "identifier too long for a course id: shortened to " + quote(id));
    }
    usedIds.add(id);
    return id;
  }

  private String courseTitle(Optional<Organization> org) {
    Optional<String> title = manifestLom().flatMap(Lom::title).map(String::strip)
        .filter(s -> !s.isEmpty());
    if (title.isEmpty()) {
      title = org.flatMap(Organization::title).map(String::strip).filter(s -> !s.isEmpty());
    }
    if (title.isEmpty()) {
      title = org.flatMap(o -> lomOf(o.metadata())).flatMap(Lom::title).map(String::strip)
          .filter(s -> !s.isEmpty());
    }
    if (title.isPresent()) {
      return title.get();
    }
    String fallback = manifest.identifier().isBlank() ? "Untitled course" : manifest.identifier();
    warn("/manifest", "no title in the LOM metadata or the organization: the course is titled "
        + quote(fallback));
    return fallback;
  }

  private Optional<String> courseDescription(Optional<Organization> org) {
    Optional<String> d = manifestLom().flatMap(Lom::description).map(String::strip)
        .filter(s -> !s.isEmpty());
    return d.isPresent() ? d : org.flatMap(o -> lomOf(o.metadata())).flatMap(Lom::description)
        .map(String::strip).filter(s -> !s.isEmpty());
  }

  // ---------------------------------------------------------------- organization

  private List<CourseModule> organization(Organization org, String path, String courseTitle) {
    if (!"hierarchical".equalsIgnoreCase(org.structure().strip())) {
      notMapped(path, "structure " + quote(org.structure()) + " not mapped: read as hierarchical");
    }
    if (!org.objectivesGlobalToSystem()) {
      notMapped(path, "adlseq:objectivesGlobalToSystem=\"false\" not mapped: Framsteg keeps no "
          + "global objectives");
    }
    if (!org.sharedDataGlobalToSystem()) {
      notMapped(path, "adlcp:sharedDataGlobalToSystem=\"false\" not mapped: Framsteg keeps no "
          + "shared data");
    }
    lomOf(org.metadata()).flatMap(Lom::duration).ifPresent(d -> info(path,
        "LOM duration " + d + " of the organization is not kept: a course's effort is the sum "
            + "of its activities'"));
    EffectiveSequencing.of(org.sequencing(), manifest).ifPresent(s ->
        sequencing(s, path, "the course", false, false));

    List<CourseModule> modules = new ArrayList<>();
    List<Item> run = new ArrayList<>();
    List<String> runPaths = new ArrayList<>();
    int runs = (int) countRuns(org.items());
    int runNumber = 0;
    for (int i = 0; i < org.items().size(); i++) {
      Item item = org.items().get(i);
      String itemPath = path + "/item[" + (i + 1) + "]";
      if (item.isLeaf()) {
        run.add(item);
        runPaths.add(itemPath);
        continue;
      }
      if (!run.isEmpty()) {
        leafRun(org, path, courseTitle, run, runPaths, runs, ++runNumber).ifPresent(modules::add);
        run.clear();
        runPaths.clear();
      }
      cluster(item, itemPath).ifPresent(modules::add);
    }
    if (!run.isEmpty()) {
      leafRun(org, path, courseTitle, run, runPaths, runs, ++runNumber).ifPresent(modules::add);
    }
    return modules;
  }

  private static long countRuns(List<Item> items) {
    long runs = 0;
    boolean inRun = false;
    for (Item i : items) {
      if (i.isLeaf() && !inRun) {
        runs++;
      }
      inRun = i.isLeaf();
    }
    return runs;
  }

  /** Consecutive leaf items at the top level: one module, titled after the organization. */
  private Optional<CourseModule> leafRun(Organization org, String orgPath, String courseTitle,
      List<Item> run, List<String> paths, int runs, int number) {
    String base = courseId + "/" + encode(org.identifier().isBlank() ? "organization"
        : org.identifier());
    String moduleId = unique(runs > 1 ? base + "/" + number : base, orgPath, false);
    String title = run.size() == 1 ? itemTitle(run.get(0), paths.get(0), true)
        : org.title().map(String::strip).filter(s -> !s.isEmpty()).orElse(courseTitle);
    info(paths.get(0), (run.size() == 1 ? "a top-level item without children becomes a module "
        + "of its own" : run.size() + " consecutive top-level items without children become one "
        + "module") + ", " + quote(title) + " (" + moduleId + ")");
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      activity(run.get(i), paths.get(i)).ifPresent(activities::add);
    }
    if (activities.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(CourseModule.builder().id(moduleId)
        .title(LocalizedText.of(language, title)).activities(activities).build());
  }

  /** A top-level item with children: a module; deeper clusters are flattened into it. */
  private Optional<CourseModule> cluster(Item item, String path) {
    String moduleId = unique(idFor(item, path), path, true);
    List<Activity> activities = new ArrayList<>();
    if (!clusterContent(item, path, moduleId, activities)) {
      reportItem(item, path, null);
    }
    for (int i = 0; i < item.children().size(); i++) {
      descend(item.children().get(i), path + "/item[" + (i + 1) + "]", activities, item);
    }
    String title = itemTitle(item, path, true);
    if (activities.isEmpty()) {
      notMapped(path, "module " + quote(title) + " left out: none of its items launches a "
          + "resource");
      return Optional.empty();
    }
    CourseModule.Builder b = CourseModule.builder().id(moduleId)
        .title(LocalizedText.of(language, title)).activities(activities);
    description(item).ifPresent(d -> b.description(LocalizedText.of(language, d)));
    return Optional.of(b.build());
  }

  private void descend(Item item, String path, List<Activity> into, Item module) {
    if (item.isLeaf()) {
      activity(item, path).ifPresent(into::add);
      return;
    }
    notMapped(path, "cluster " + quote(itemTitle(item, path, true)) + " flattened into module "
        + quote(module.title().orElse(module.identifier())) + ": Framsteg has two levels; its "
        + "items keep their order");
    if (!clusterContent(item, path, idFor(item, path), into)) {
      reportItem(item, path, null);
    }
    for (int i = 0; i < item.children().size(); i++) {
      descend(item.children().get(i), path + "/item[" + (i + 1) + "]", into, module);
    }
  }

  /**
   * A cluster that also launches a resource (allowed in SCORM 1.2): an activity before the
   * children's. Returns whether it made one (and so reported the item).
   */
  private boolean clusterContent(Item cluster, String path, String clusterId,
      List<Activity> into) {
    if (cluster.identifierRef().isEmpty()) {
      return false;
    }
    Optional<Resource> resource = manifest.resourceOf(cluster);
    if (resource.isEmpty() || resource.get().href().isEmpty()) {
      notMapped(path, "the resource of cluster " + quote(itemTitle(cluster, path, true))
          + " is not imported: " + (resource.isEmpty() ? "it names none" : "it has no href"));
      return false;
    }
    String id = unique(clusterId + "/content", path, false);
    info(path, "the item has children and launches a resource: the resource becomes the "
        + "activity " + id + ", before the children's");
    into.add(build(cluster, path, id, resource.get()));
    return true;
  }

  // ---------------------------------------------------------------- activities

  private Optional<Activity> activity(Item item, String path) {
    Optional<Resource> resource = manifest.resourceOf(item);
    if (resource.isEmpty()) {
      notMapped(path, "item " + quote(itemTitle(item, path, true)) + " left out: it launches no "
          + "resource" + item.identifierRef().map(r -> " (" + quote(r) + " names none)")
          .orElse(""));
      reportItem(item, path, null);
      return Optional.empty();
    }
    if (resource.get().href().isEmpty()) {
      notMapped(path, "item " + quote(itemTitle(item, path, true)) + " left out: its resource "
          + quote(resource.get().identifier()) + " has no href to launch");
      reportItem(item, path, null);
      return Optional.empty();
    }
    String id = unique(idFor(item, path), path, true);
    return Optional.of(build(item, path, id, resource.get()));
  }

  private Activity build(Item item, String path, String id, Resource resource) {
    String launch = Launches.join(resource.href().orElseThrow(), item.parameters());
    Optional<EffectiveSequencing> seq = EffectiveSequencing.of(item.sequencing(), manifest);
    Optional<Lom> lom = lomOf(item.metadata());
    Optional<Lom> resourceLom = lomOf(resource.metadata());
    Optional<Duration> duration = lom.flatMap(Lom::duration)
        .or(() -> resourceLom.flatMap(Lom::duration)).flatMap(d -> usableDuration(d, path));
    Optional<String> mediaLanguage = lom.flatMap(Lom::language).flatMap(ManifestToCourse::tag);

    Mapped mapped = media(item, path, resource, launch, duration, mediaLanguage, seq);
    Activity.Builder b = Activity.builder().id(id)
        .title(LocalizedText.of(language, itemTitle(item, path, false)))
        .media(mapped.media());
    description(item).ifPresent(d -> b.description(LocalizedText.of(language, d)));
    if (!(mapped.media() instanceof TimedMedia)) {
      duration.ifPresent(b::estimatedTime);
    }
    completionThreshold(item, path, id, mapped.media()).ifPresent(b::completion);
    activityIds.putIfAbsent(item.identifier(), id);
    reportItem(item, path, mapped);
    return b.build();
  }

  /** The media and which sequencing parts it used. */
  private record Mapped(Media media, boolean usedPrimaryObjective, boolean usedAttemptLimit) {}

  private Mapped media(Item item, String path, Resource resource, String launch,
      Optional<Duration> duration, Optional<String> mediaLanguage,
      Optional<EffectiveSequencing> seq) {
    boolean sco = resource.scormType().orElse(ScormType.ASSET) == ScormType.SCO;
    Optional<Double> mastery = item.masteryScore().filter(m -> m >= 0 && m <= 100);
    Optional<Objective> primary = seq.flatMap(EffectiveSequencing::primaryObjective)
        .filter(Objective::satisfiedByMeasure);
    Optional<Double> passing = mastery.isPresent() ? mastery
        : primary.map(o -> 100 * Math.max(0, o.minNormalizedMeasure()));
    if (passing.isPresent()) {
      if (!sco) {
        notMapped(path, (mastery.isPresent() ? "adlcp:masteryscore " + number(mastery.get())
            : "a primary objective satisfied by measure") + " not mapped: resource "
            + quote(resource.identifier()) + " is an asset, which reports no score");
      } else {
        if (mastery.isEmpty() && primary.get().minNormalizedMeasure() < 0) {
          notMapped(path, "imsss:minNormalizedMeasure " + number(primary.get()
              .minNormalizedMeasure()) + " below 0 not mapped: the passing score is 0");
        }
        Assessment.Builder a = Assessment.builder().maxScore(100).passingScore(passing.get());
        Optional<Integer> attempts = seq.flatMap(EffectiveSequencing::limitConditions)
            .flatMap(l -> l.attemptLimit()).filter(n -> n > 0);
        attempts.ifPresent(a::attemptsAllowed);
        return new Mapped(a.build(), mastery.isEmpty(), attempts.isPresent());
      }
    }
    Optional<String> playerMedia = sco ? playerMedia(resource, path) : Optional.empty();
    String source = playerMedia.orElse(launch);
    Launches.Kind kind = Launches.kind(source);
    if (kind == Launches.Kind.VIDEO || kind == Launches.Kind.AUDIO) {
      if (duration.isPresent()) {
        TimedMedia media = kind == Launches.Kind.VIDEO
            ? Video.builder().source(Launches.uri(source)).duration(duration.get())
                .language(mediaLanguage).build()
            : Audio.builder().source(Launches.uri(source)).duration(duration.get())
                .language(mediaLanguage).build();
        if (playerMedia.isPresent()) {
          info(path, "a Framsteg player SCO: imported as its media file " + quote(source));
        }
        return new Mapped(media, false, false);
      }
      notMapped(path, (kind == Launches.Kind.VIDEO ? "video " : "audio ") + quote(source)
          + " imported as a document: without a LOM duration Framsteg cannot measure playing");
    }
    if (kind == Launches.Kind.WEB_LINK && Launches.isWeb(launch)
        && Launches.uri(launch).isAbsolute()) {
      return new Mapped(WebLink.of(Launches.uri(launch)), false, false);
    }
    Document.Builder d = Document.builder().source(Launches.uri(launch));
    mediaLanguage.ifPresent(d::language);
    return new Mapped(d.build(), false, false);
  }

  /**
   * The media file of a Framsteg player SCO: the player script is among its files or those of
   * the resources it depends on, and exactly one of its own files is a video or audio file (a
   * packed medium; a medium left outside the package is named only inside the launch page).
   */
  private Optional<String> playerMedia(Resource resource, String path) {
    if (!usesPlayer(resource, new HashSet<>())) {
      return Optional.empty();
    }
    List<String> media = resource.files().stream().map(ResourceFile::href).filter(h -> {
      Launches.Kind k = Launches.kind(h);
      return k == Launches.Kind.VIDEO || k == Launches.Kind.AUDIO;
    }).toList();
    if (media.size() == 1) {
      return Optional.of(media.get(0));
    }
    notMapped(path, "a Framsteg player SCO whose medium is " + (media.isEmpty()
        ? "not in the package" : "one of " + media.size() + " files") + ": imported as a "
        + "document of its launch page, since the manifest does not say which medium it plays");
    return Optional.empty();
  }

  private boolean usesPlayer(Resource resource, Set<String> seen) {
    if (!seen.add(resource.identifier())) {
      return false;
    }
    if (resource.files().stream().map(ResourceFile::href)
        .anyMatch(h -> h.equals(PLAYER_SCRIPT) || h.endsWith("/" + PLAYER_SCRIPT))) {
      return true;
    }
    for (String d : resource.dependencies()) {
      Optional<Resource> dep = manifest.resource(d);
      if (dep.isPresent() && usesPlayer(dep.get(), seen)) {
        return true;
      }
    }
    return false;
  }

  private Optional<Duration> usableDuration(Duration d, String path) {
    Duration ms = Duration.ofMillis(d.toMillis());
    if (ms.isZero() || ms.isNegative()) {
      notMapped(path, "LOM duration " + d + " not mapped: Framsteg needs a positive duration");
      return Optional.empty();
    }
    if (ms.toMillis() > Segment.MAX_MILLIS) {
      notMapped(path, "LOM duration " + d + " not mapped: longer than Framsteg's limit of "
          + Duration.ofMillis(Segment.MAX_MILLIS));
      return Optional.empty();
    }
    return Optional.of(ms);
  }

  private Optional<CompletionRule> completionThreshold(Item item, String path, String id,
      Media media) {
    Optional<CompletionThreshold> t = item.completionThreshold();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    CompletionThreshold threshold = t.get();
    if (threshold.progressWeight() != 1.0) {
      notMapped(path, "adlcp:completionThreshold progressWeight " + number(threshold
          .progressWeight()) + " not mapped: Framsteg weighs activities by their rules");
    }
    if (!threshold.completedByMeasure()) {
      return Optional.empty();
    }
    if (media instanceof TimedMedia) {
      return Optional.of(CompletionRule.watched(id, threshold.minProgressMeasure()));
    }
    notMapped(path, "adlcp:completionThreshold " + number(threshold.minProgressMeasure())
        + " (completed by measure) not mapped: the activity is not timed media; the completion "
        + "the SCO reports counts");
    return Optional.empty();
  }

  // ---------------------------------------------------------------- what items say besides

  /** Reports what an item says that the course does not keep; mapped parts are left out. */
  private void reportItem(Item item, String path, Mapped mapped) {
    if (!item.visible()) {
      notMapped(path, "isvisible=\"false\" not mapped: Framsteg shows every activity");
    }
    item.prerequisites().map(String::strip).filter(p -> !p.isEmpty()).ifPresent(p ->
        notMapped(path, "adlcp:prerequisites " + quote(p) + " not mapped: Framsteg does not "
            + "lock activities"));
    item.maxTimeAllowed().ifPresent(d -> notMapped(path, "adlcp:maxtimeallowed " + d
        + " not mapped: Framsteg limits no attempt's time"));
    item.timeLimitAction().ifPresent(a -> notMapped(path, "adlcp:timelimitaction "
        + quote(a.token()) + " not mapped"));
    item.dataFromLms().ifPresent(d -> notMapped(path, "adlcp:dataFromLMS " + quote(shorten(d))
        + " not mapped: a Framsteg course keeps no launch data"));
    if (mapped == null) {
      item.masteryScore().ifPresent(m -> notMapped(path, "adlcp:masteryscore " + number(m)
          + " not mapped: the item is not an activity"));
      item.completionThreshold().filter(t -> !t.equals(CompletionThreshold.DEFAULT)).ifPresent(t ->
          notMapped(path, "adlcp:completionThreshold not mapped: the item is not an activity"));
      lomOf(item.metadata()).flatMap(Lom::duration).filter(d -> !item.isLeaf()).ifPresent(d -> info(path,
          "LOM duration " + d + " of an item with children is not kept: a module's effort is "
              + "the sum of its activities'"));
    }
    if (!item.sharedData().isEmpty()) {
      notMapped(path, "adlcp:data with " + item.sharedData().size() + " shared data map"
          + (item.sharedData().size() == 1 ? "" : "s") + " ("
          + item.sharedData().stream().map(m -> quote(m.targetId()))
              .collect(Collectors.joining(", ")) + ") not mapped: Framsteg keeps no shared data");
    }
    item.presentation().map(Presentation::hideLmsUi).filter(h -> !h.isEmpty()).ifPresent(h ->
        notMapped(path, "adlnav:presentation hiding " + h.stream().map(Presentation.Control::token)
            .collect(Collectors.joining(", ")) + " not mapped: it concerns an LMS's controls"));
    EffectiveSequencing.of(item.sequencing(), manifest).ifPresent(s -> sequencing(s, path,
        item.isLeaf() ? "the activity" : "the cluster",
        mapped != null && mapped.usedPrimaryObjective(),
        mapped != null && mapped.usedAttemptLimit()));
  }

  private void sequencing(EffectiveSequencing s, String path, String what,
      boolean primaryUsed, boolean attemptLimitUsed) {
    s.sharedId().ifPresent(referencedCollection::add);
    String from = s.sharedId().map(id -> " (with sequencing collection entry " + quote(id) + ")")
        .orElse("");
    s.controlMode().filter(c -> !c.equals(ControlMode.DEFAULT)).ifPresent(c ->
        notMapped(path, "imsss:controlMode " + controlMode(c) + from + " not mapped: learners "
            + "take Framsteg activities in any order"));
    for (SequencingRule r : s.preConditionRules()) {
      notMapped(path, "preCondition rule " + quote(EffectiveSequencing.describe(r)) + from
          + " not mapped: Framsteg does not sequence activities");
    }
    for (SequencingRule r : s.exitConditionRules()) {
      notMapped(path, "exitCondition rule " + quote(EffectiveSequencing.describe(r)) + from
          + " not mapped: Framsteg does not sequence activities");
    }
    for (SequencingRule r : s.postConditionRules()) {
      notMapped(path, "postCondition rule " + quote(EffectiveSequencing.describe(r)) + from
          + " not mapped: Framsteg does not sequence activities");
    }
    s.limitConditions().ifPresent(l -> {
      l.attemptLimit().filter(n -> n > 0 && !attemptLimitUsed).ifPresent(n -> notMapped(path,
          "imsss:limitConditions attemptLimit " + n + from + " not mapped: " + what
              + " is not an assessment"));
      l.attemptAbsoluteDurationLimit().ifPresent(d -> notMapped(path,
          "imsss:limitConditions attemptAbsoluteDurationLimit " + d + from + " not mapped"));
    });
    s.rollupRules().ifPresent(r -> rollup(r, path, from));
    s.primaryObjective().ifPresent(o -> objective(o, true, primaryUsed, path, from));
    for (Objective o : s.objectives()) {
      objective(o, false, false, path, from);
    }
    s.randomizationControls().ifPresent(r -> notMapped(path, "imsss:randomizationControls"
        + from + " not mapped: Framsteg keeps the order of the manifest"));
    s.deliveryControls().filter(d -> !d.equals(DeliveryControls.DEFAULT)).ifPresent(d ->
        notMapped(path, "imsss:deliveryControls (tracked=" + d.tracked()
            + ", completionSetByContent=" + d.completionSetByContent()
            + ", objectiveSetByContent=" + d.objectiveSetByContent() + ")" + from
            + " not mapped"));
    s.constrainedChoiceConsiderations().ifPresent(c -> notMapped(path,
        "adlseq:constrainedChoiceConsiderations" + from + " not mapped"));
    s.rollupConsiderations().ifPresent(c -> notMapped(path, "adlseq:rollupConsiderations"
        + from + " not mapped"));
    s.adlObjectives().forEach(o -> notMapped(path, "adlseq:objective " + quote(o.objectiveId())
        + " mapping to " + o.mapInfo().stream().map(m -> quote(m.targetObjectiveId()))
            .collect(Collectors.joining(", ")) + from + " not mapped: Framsteg keeps no global "
        + "objectives"));
    s.auxiliaryResources().forEach(a -> notMapped(path, "imsss:auxiliaryResource "
        + quote(a.auxiliaryResourceId()) + from + " not mapped"));
  }

  private void rollup(RollupRules r, String path, String from) {
    if (!r.rollupObjectiveSatisfied() || !r.rollupProgressCompletion()
        || r.objectiveMeasureWeight() != 1.0) {
      notMapped(path, "imsss:rollupRules controls (rollupObjectiveSatisfied="
          + r.rollupObjectiveSatisfied() + ", rollupProgressCompletion="
          + r.rollupProgressCompletion() + ", objectiveMeasureWeight="
          + number(r.objectiveMeasureWeight()) + ")" + from + " not mapped");
    }
    for (RollupRules.Rule rule : r.rules()) {
      notMapped(path, "rollup rule " + quote(EffectiveSequencing.describe(rule)) + from
          + " not mapped: a Framsteg module is completed when its required activities are");
    }
  }

  private void objective(Objective o, boolean primary, boolean used, String path, String from) {
    String name = (primary ? "primary objective" : "objective")
        + o.objectiveId().map(id -> " " + quote(id)).orElse("");
    if (!used && (o.satisfiedByMeasure() || !primary)) {
      notMapped(path, name + (o.satisfiedByMeasure() ? " (satisfied by measure "
          + number(o.minNormalizedMeasure()) + ")" : "") + from + " not mapped"
          + (primary ? ": the activity is not an assessment" : ""));
    }
    for (Objective.MapInfo m : o.mapInfo()) {
      notMapped(path, name + " maps to global objective " + quote(m.targetObjectiveId()) + from
          + ": not mapped, Framsteg keeps no global objectives");
    }
  }

  private static String controlMode(ControlMode c) {
    List<String> parts = new ArrayList<>();
    if (c.choice() != ControlMode.DEFAULT.choice()) {
      parts.add("choice=" + c.choice());
    }
    if (c.choiceExit() != ControlMode.DEFAULT.choiceExit()) {
      parts.add("choiceExit=" + c.choiceExit());
    }
    if (c.flow() != ControlMode.DEFAULT.flow()) {
      parts.add("flow=" + c.flow());
    }
    if (c.forwardOnly() != ControlMode.DEFAULT.forwardOnly()) {
      parts.add("forwardOnly=" + c.forwardOnly());
    }
    if (c.useCurrentAttemptObjectiveInfo() != ControlMode.DEFAULT.useCurrentAttemptObjectiveInfo()) {
      parts.add("useCurrentAttemptObjectiveInfo=" + c.useCurrentAttemptObjectiveInfo());
    }
    if (c.useCurrentAttemptProgressInfo() != ControlMode.DEFAULT.useCurrentAttemptProgressInfo()) {
      parts.add("useCurrentAttemptProgressInfo=" + c.useCurrentAttemptProgressInfo());
    }
    return "(" + String.join(", ", parts) + ")";
  }

  private void collectionEntries() {
    for (int i = 0; i < manifest.sequencingCollection().size(); i++) {
      manifest.sequencingCollection().get(i).id().filter(id -> !referencedCollection.contains(id))
          .ifPresent(id -> info("/manifest/imsss:sequencingCollection", "sequencing collection "
              + "entry " + quote(id) + " is referred to by no imported activity"));
    }
  }

  // ---------------------------------------------------------------- resource packages

  /** A manifest without items: every resource with an href becomes an activity of one module. */
  private Optional<CourseModule> resources(String courseTitle) {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < manifest.resources().size(); i++) {
      Resource r = manifest.resources().get(i);
      String path = "/manifest/resources/resource[" + (i + 1) + "]";
      if (r.href().isEmpty()) {
        continue;
      }
      Item asItem = Item.builder().identifier(r.identifier())
          .title(lomOf(r.metadata()).flatMap(Lom::title).or(() -> Optional.of(r.identifier())))
          .identifierRef(r.identifier()).build();
      String id = unique(courseId + "/" + encode(r.identifier().isBlank() ? "resource-" + (i + 1)
          : r.identifier()), path, true);
      activities.add(build(asItem, path, id, r));
    }
    if (activities.isEmpty()) {
      return Optional.empty();
    }
    info("/manifest/resources", "no organization with items: each of the " + activities.size()
        + " resources with an href becomes an activity of one module");
    String moduleId = unique(courseId + "/resources", "/manifest/resources", false);
    return Optional.of(CourseModule.builder().id(moduleId)
        .title(LocalizedText.of(language, courseTitle)).activities(activities).build());
  }

  // ---------------------------------------------------------------- small things

  private String itemTitle(Item item, String path, boolean quiet) {
    Optional<String> t = item.title().map(String::strip).filter(s -> !s.isEmpty());
    if (t.isEmpty()) {
      t = lomOf(item.metadata()).flatMap(Lom::title).map(String::strip).filter(s -> !s.isEmpty());
    }
    if (t.isPresent()) {
      return t.get();
    }
    String fallback = item.identifier().isBlank() ? "Untitled" : item.identifier();
    if (!quiet) {
      warn(path, "no title: the identifier " + quote(fallback) + " is the title");
    }
    return fallback;
  }

  private Optional<String> description(Item item) {
    return lomOf(item.metadata()).flatMap(Lom::description).map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  private String idFor(Item item, String path) {
    String identifier = item.identifier().strip();
    if (identifier.isEmpty()) {
      String made = "item" + path.substring(path.indexOf("/item")).replace("/item[", "-")
          .replace("]", "");
      warn(path, "no identifier: the id is made from the item's place, " + quote(made));
      identifier = made;
    }
    return courseId + "/" + encode(identifier);
  }

  /** The id, or a numbered variant when already used (reported when the manifest is to blame). */
  private String unique(String candidate, String path, boolean fromIdentifier) {
    String id = candidate;
    if (id.length() > MAX_ID) {
      id = courseId + "/" + digest(candidate);
      warn(path, "identifier too long for an id: shortened to " + quote(id));
    }
    if (usedIds.add(id)) {
      return id;
    }
    int n = 2;
    while (!usedIds.add(id + "/" + n)) {
      n++;
    }
    String made = id + "/" + n;
    if (fromIdentifier) {
      warn(path, "identifier used twice: the id " + quote(made) + " is made unique");
    }
    return made;
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters, so ids stay IRIs. */
  static String encode(String identifier) {
    StringBuilder sb = new StringBuilder();
    for (byte b : identifier.strip().getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static int count(List<Item> items) {
    int n = 0;
    for (Item i : items) {
      n += 1 + count(i.children());
    }
    return n;
  }

  private static String shorten(String text) {
    String s = text.strip();
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  static String number(double d) {
    return EffectiveSequencing.number(d);
  }

  private static String quote(String s) {
    return "'" + s + "'";
  }

  private void notMapped(String path, String message) {
    entries.add(new ImportReport.Entry(Severity.NOT_MAPPED, ENTRY + ": " + path, message));
  }

  private void warn(String path, String message) {
    entries.add(new ImportReport.Entry(Severity.WARNING, ENTRY + ": " + path, message));
  }

  private void info(String path, String message) {
    entries.add(new ImportReport.Entry(Severity.INFO, ENTRY + ": " + path, message));
  }
}
