package org.framsteg.scorm.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.Violation;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.course.Video;
import org.framsteg.core.course.WebLink;
import org.framsteg.scorm.ExportReport;
import org.framsteg.scorm.ExportReport.Kind;
import org.framsteg.scorm.ScormExportException;
import org.framsteg.scorm.ScormVersion;
import org.framsteg.scorm.internal.export.PackageModel.Leaf;
import org.framsteg.scorm.internal.export.PackageModel.LeafKind;
import org.framsteg.scorm.internal.export.PackageModel.Lom;
import org.framsteg.scorm.internal.export.PackageModel.Manifest;
import org.framsteg.scorm.internal.export.PackageModel.Module;
import org.framsteg.scorm.internal.export.PackageModel.Resource;
import org.framsteg.scorm.internal.export.RulePlanner.Rollup;
import org.framsteg.scorm.internal.export.RulePlanner.SetKind;
import org.framsteg.scorm.internal.player.CaptionTrack;
import org.framsteg.scorm.internal.player.InvalidLaunchConfigException;
import org.framsteg.scorm.internal.player.LaunchConfig;
import org.framsteg.scorm.internal.player.LaunchPage;
import org.framsteg.scorm.internal.player.Transcript;

/**
 * Writes one course as one SCORM package. The layout:
 *
 * <pre>
 * imsmanifest.xml
 * sco/framsteg-player.css, sco/framsteg-sco.js, sco/framsteg-assessment.js   shared, once
 * sco/&lt;activity&gt;.html                one launch page per timed medium and per assessment
 * &lt;the course's own relative paths&gt;  packed media, captions, transcripts, documents
 * </pre>
 *
 * <p>Everything is decided before anything is written: a course that cannot become a valid
 * package throws {@link ScormExportException} with nothing written.
 *
 * <pre>{@code
 * ExportOptions o = new ExportOptions(ScormVersion.SCORM_12, Map.of(), Optional.empty(), false, 1);
 * ExportReport report = Exporter.write(course, o, out);
 * }</pre>
 */
public final class Exporter {
  /** The SCORM 1.2 limit on titles (imscp_rootv1p1p2.xsd, titleType) and on the version. */
  static final int TITLE_MAX_12 = 200;

  static final int VERSION_MAX_12 = 20;

  static final String SHARED = "shared-framsteg";

  private final Course course;
  private final ExportOptions options;
  private final boolean v2004;
  private final ReportBuilder report = new ReportBuilder();
  private final Identifiers ids;
  private final RulePlanner planner;
  private final String mainTag;
  private final Locale mainLocale;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, byte[]> generated = new LinkedHashMap<>();
  private final Map<String, MediaSource> packed = new LinkedHashMap<>();
  private final Set<String> referenced = new LinkedHashSet<>();
  private final List<Resource> resources = new ArrayList<>();
  private boolean anyMedia;
  private boolean anyAssessment;

  private Exporter(Course course, ExportOptions options) {
    this.course = course;
    this.options = options;
    this.v2004 = options.version().isScorm2004();
    this.ids = new Identifiers(course.id(), report);
    this.planner = new RulePlanner(course);
    this.mainTag =
        course.languages().isEmpty()
            ? course.title().primaryLanguage()
            : LocalizedText.canonicalTag(course.languages().get(0));
    this.mainLocale = Locale.forLanguageTag(mainTag);
  }

  /**
   * Writes the package to {@code out} (not closed).
   *
   * @throws ScormExportException when no valid package can be written; nothing is written then
   * @throws IOException when a media file cannot be read or {@code out} fails
   */
  public static ExportReport write(Course course, ExportOptions options, OutputStream out)
      throws IOException {
    Exporter e = new Exporter(course, options);
    Manifest manifest = e.plan();
    byte[] xml = ManifestWriter.write(manifest);
    try (DeterministicZip zip = new DeterministicZip(out)) {
      zip.add(PackagePath.MANIFEST, xml);
      for (Map.Entry<String, byte[]> g : e.generated.entrySet()) {
        zip.add(g.getKey(), g.getValue());
      }
      for (Map.Entry<String, MediaSource> p : e.packed.entrySet()) {
        zip.add(p.getKey(), p.getValue());
      }
    }
    return e.report.build();
  }

  // ------------------------------------------------------------------ planning

  private Manifest plan() {
    String courseSlug = ids.make("course-", course.id(), "course.id");
    String organization = ids.fixed("org-" + courseSlug.substring("course-".length()));
    ids.fixed(SHARED);
    Texts title = titles(course.title(), "course.title", course.id());
    String manifestTitle = fit(title.main(), "course.title");
    Map<String, String> description = descriptions(course.description(), "course.description");
    String version = CleanText.line(course.version(), "course.version", report);
    if (version.isEmpty()) {
      version = "1";
    }
    if (!v2004 && version.length() > VERSION_MAX_12) {
      report.warn(
          Kind.TEXT_TRUNCATED,
          "course.version",
          "SCORM 1.2 allows " + VERSION_MAX_12 + " characters in manifest/@version; '" + version
              + "' was cut");
      version = cut(version, VERSION_MAX_12);
    }
    course.publisher().ifPresent(p -> notWritten("course.publisher", "the publisher"));
    course.audience().ifPresent(p -> notWritten("course.audience", "the audience"));
    course.licence().ifPresent(p -> notWritten("course.licence", "the licence"));
    List<String> languages = new ArrayList<>(new LinkedHashSet<>(canonical(course.languages())));
    if (languages.isEmpty()) {
      languages.add(mainTag);
    }
    Lom lom =
        new Lom(
            lomId(course.id(), "course.id"),
            title.all(),
            description,
            languages,
            Optional.empty(),
            positive(course.totalEffort()));
    Rollup courseRollup =
        v2004 ? planner.courseRollup("course", report) : rollup12(course);
    List<Module> modules = new ArrayList<>();
    List<String> previousLeaves = List.of();
    for (int i = 0; i < course.modules().size(); i++) {
      CourseModule m = course.modules().get(i);
      Module module =
          module(
              m,
              "modules[" + i + "]",
              courseRollup.contributing().contains(m.id()),
              modules.isEmpty() ? Optional.empty() : Optional.of(modules.get(i - 1).identifier()),
              previousLeaves);
      modules.add(module);
      // SCORM 1.2 prerequisites wait for SCOs: an LMS tracks no asset, so none is named.
      List<String> scos = new ArrayList<>();
      List<String> required = new ArrayList<>();
      for (int j = 0; j < module.leaves().size(); j++) {
        Leaf leaf = module.leaves().get(j);
        if (leaf.kind() != LeafKind.ASSET) {
          scos.add(leaf.identifier());
          if (m.activities().get(j).required()) {
            required.add(leaf.identifier());
          }
        }
      }
      previousLeaves = required.isEmpty() ? scos : required;
    }
    unusedMedia();
    if (!violations.isEmpty()) {
      throw new ScormExportException(violations);
    }
    addShared();
    return new Manifest(
        options.version(),
        courseSlug,
        version,
        organization,
        manifestTitle,
        lom,
        modules,
        courseRollup,
        options.modulesInOrder(),
        resources);
  }

  /** SCORM 1.2 has no rollup: what the course's and modules' rules and flags lose. */
  private Rollup rollup12(Course c) {
    c.completion()
        .ifPresent(
            r ->
                report.warn(
                    Kind.RULE_NOT_EXPRESSED,
                    "course.completion",
                    "the course's rule ("
                        + RulePlanner.describe(r)
                        + ") cannot be stated: SCORM 1.2 has no sequencing or rollup, the LMS"
                        + " decides the course's status from its SCOs'"));
    Set<String> all = new LinkedHashSet<>();
    c.modules().forEach(m -> all.add(m.id()));
    return new Rollup(SetKind.ALL, all.size(), all, false);
  }

  private Module module(
      CourseModule m,
      String path,
      boolean contributes,
      Optional<String> previous,
      List<String> previousLeaves) {
    String identifier = ids.make("item-", m.id(), path + ".id");
    Texts title = titles(m.title(), path + ".title", m.id());
    String itemTitle = fit(title.main(), path + ".title");
    Map<String, String> description = descriptions(m.description(), path + ".description");
    Rollup rollup;
    if (v2004) {
      rollup = planner.moduleRollup(m, path, report);
    } else {
      m.completion()
          .ifPresent(
              r ->
                  report.warn(
                      Kind.RULE_NOT_EXPRESSED,
                      path + ".completion",
                      "the rule of module '"
                          + m.id()
                          + "' ("
                          + RulePlanner.describe(r)
                          + ") cannot be stated: SCORM 1.2 has no rollup"));
      if (!m.required()) {
        report.warn(
            Kind.RULE_NOT_EXPRESSED,
            path + ".required",
            "module '"
                + m.id()
                + "' is optional, which SCORM 1.2 cannot state: LMSs count every SCO");
      }
      Set<String> all = new LinkedHashSet<>();
      m.activities().forEach(a -> all.add(a.id()));
      rollup = new Rollup(SetKind.ALL, all.size(), all, false);
    }
    Optional<String> prerequisites = Optional.empty();
    if (options.modulesInOrder() && !v2004 && previous.isPresent()) {
      String script = String.join("&", previousLeaves);
      if (previousLeaves.isEmpty()) {
        report.warn(
            Kind.RULE_NOT_EXPRESSED,
            path,
            "module order cannot be stated for module '"
                + m.id()
                + "': the module before it has no SCO for SCORM 1.2 prerequisites to wait for");
      } else if (script.length() <= TITLE_MAX_12) {
        prerequisites = Optional.of(script);
      } else {
        report.warn(
            Kind.RULE_NOT_EXPRESSED,
            path,
            "module order cannot be stated for module '"
                + m.id()
                + "': the SCORM 1.2 prerequisites naming the activities before it would be longer"
                + " than "
                + TITLE_MAX_12
                + " characters");
      }
    }
    List<Leaf> leaves = new ArrayList<>();
    for (int j = 0; j < m.activities().size(); j++) {
      Activity a = m.activities().get(j);
      boolean counts = v2004 ? rollup.contributing().contains(a.id()) : a.required();
      leaves.add(leaf(a, path + ".activities[" + j + "]", counts, prerequisites));
    }
    Lom lom =
        new Lom(
            lomId(m.id(), path + ".id"),
            title.all(),
            description,
            List.of(),
            Optional.empty(),
            positive(
                m.activities().stream().map(Activity::effort).reduce(Duration.ZERO, Duration::plus)));
    return new Module(
        identifier,
        itemTitle,
        lom,
        leaves,
        contributes,
        rollup,
        options.modulesInOrder() && v2004 ? previous : Optional.empty());
  }

  private Leaf leaf(Activity a, String path, boolean contributes, Optional<String> prerequisites) {
    String identifier = ids.make("item-", a.id(), path + ".id");
    String slug = identifier.substring("item-".length());
    String resource = ids.fixed("res-" + slug);
    Texts title = titles(a.title(), path + ".title", a.id());
    String itemTitle = fit(title.main(), path + ".title");
    Map<String, String> description = descriptions(a.description(), path + ".description");
    Media media = a.media();
    Optional<String> language = Optional.empty();
    Optional<Duration> playing = Optional.empty();
    LeafKind kind;
    double threshold = 1;
    double passing = 0;
    OptionalInt attempts = OptionalInt.empty();
    if (media instanceof TimedMedia t) {
      kind = LeafKind.MEDIA;
      language = t.language().map(LocalizedText::canonicalTag);
      playing = Optional.of(t.duration());
      threshold = planner.playedThreshold(a, options.defaultThreshold(), path, report);
      mediaSco(a, t, path, resource, slug, title, threshold);
      if (t instanceof PodcastEpisode p && (p.series().isPresent() || p.episode().isPresent())) {
        notWritten(path + ".media", "the podcast's series and episode number");
      }
    } else if (media instanceof Assessment s) {
      kind = LeafKind.ASSESSMENT;
      passing = s.passingScaled();
      attempts = s.attempts();
      assessmentSco(a, s, path, resource, slug, title, description);
    } else if (media instanceof Document d) {
      kind = LeafKind.ASSET;
      language = d.language().map(LocalizedText::canonicalTag);
      Ref ref = ref(d.source(), path + ".media.source");
      List<String> files = ref.packed().map(p -> List.of(p.href())).orElse(List.of());
      resources.add(new Resource(resource, Optional.of(ref.fromRoot()), false, files, List.of()));
      if (d.pages().isPresent()) {
        notWritten(path + ".media.pages", "the number of pages");
      }
    } else {
      kind = LeafKind.ASSET;
      URI url = ((WebLink) media).url();
      if (!isHttp(url)) {
        violations.add(
            new Violation(
                path + ".media.url",
                "must be an http(s) URL to be launched from a package, was '" + url + "'"));
      }
      resources.add(
          new Resource(resource, Optional.of(url.toString()), false, List.of(), List.of()));
    }
    planner.activityRule(a, path, report, v2004);
    if (!v2004) {
      if (!a.required()) {
        report.warn(
            Kind.RULE_NOT_EXPRESSED,
            path + ".required",
            "activity '"
                + a.id()
                + "' is optional, which SCORM 1.2 cannot state: LMSs count every SCO");
      }
      if (kind == LeafKind.ASSET && a.required()) {
        report.info(
            Kind.RULE_NOT_EXPRESSED,
            path,
            "activity '"
                + a.id()
                + "' is an asset; SCORM 1.2 has no run-time for assets, so whether opening it"
                + " counts towards completion is up to the LMS");
      }
    }
    Lom lom =
        new Lom(
            lomId(a.id(), path + ".id"),
            title.all(),
            description,
            language.map(List::of).orElse(List.of()),
            playing,
            positive(a.effort()));
    return new Leaf(
        identifier,
        itemTitle,
        lom,
        resource,
        kind,
        contributes,
        threshold,
        passing,
        attempts,
        prerequisites);
  }

  private void mediaSco(
      Activity a,
      TimedMedia t,
      String path,
      String resource,
      String slug,
      Texts title,
      double threshold) {
    anyMedia = true;
    String page = PackagePath.GENERATED + slug + ".html";
    Set<String> files = new LinkedHashSet<>();
    files.add(page);
    Ref src = ref(t.source(), path + ".media.source");
    src.packed().ifPresent(p -> files.add(p.href()));
    List<CaptionTrack> captions = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (Map.Entry<String, URI> c : t.captions().entrySet()) {
      Locale lang = Locale.forLanguageTag(c.getKey());
      Ref ref = ref(c.getValue(), path + ".media.captions[" + c.getKey() + "]");
      if (lang.getLanguage().isEmpty()) {
        dropped.add("captions in '" + c.getKey() + "' (no language subtag for srclang)");
        continue;
      }
      if (ref.fromPage() == null) {
        continue; // a violation is recorded
      }
      ref.packed().ifPresent(p -> files.add(p.href()));
      captions.add(new CaptionTrack(ref.fromPage(), lang, label(lang), false));
    }
    Locale mediaLocale = pageLocale(t.language().orElse(mainTag));
    Optional<Transcript> transcript = Optional.empty();
    Optional<String> chosen = chooseTranscript(t.transcripts().keySet(), mediaLocale);
    for (Map.Entry<String, URI> tr : t.transcripts().entrySet()) {
      if (chosen.isPresent() && chosen.get().equals(tr.getKey())) {
        Ref ref = ref(tr.getValue(), path + ".media.transcripts[" + tr.getKey() + "]");
        if (ref.fromPage() != null) {
          ref.packed().ifPresent(p -> files.add(p.href()));
          transcript = Optional.of(new Transcript(ref.fromPage(), transcriptLabel(mediaLocale)));
        }
      } else {
        referenced.add(tr.getValue().toString());
        dropped.add("the transcript in '" + tr.getKey() + "'");
      }
    }
    if (!dropped.isEmpty()) {
      report.info(
          Kind.MEDIA_TEXT_TRACK_DROPPED,
          path + ".media",
          "the launch page links one transcript and captions with a language; left out: "
              + String.join(", ", dropped));
    }
    if (src.fromPage() == null) {
      return; // a violation is recorded; nothing is written
    }
    LaunchConfig config;
    try {
      config =
          LaunchConfig.builder()
              .activityId(CleanText.line(a.id(), path + ".id", new ReportBuilder()))
              .title(title.page())
              .language(mediaLocale)
              .mediaKind(
                  t instanceof Video ? LaunchConfig.MediaKind.VIDEO : LaunchConfig.MediaKind.AUDIO)
              .src(src.fromPage())
              .mediaType(mediaType(t.source()))
              .duration(t.duration())
              .captions(captions)
              .transcript(transcript)
              .completionThreshold(threshold)
              .scormVersion(v2004 ? ScormVersion.SCORM_2004_4TH : ScormVersion.SCORM_12)
              .build();
    } catch (InvalidLaunchConfigException e) {
      violations.add(new Violation(path + ".media", e.field() + ": " + e.rule()));
      return;
    }
    generated.put(page, LaunchPage.render(config));
    resources.add(
        new Resource(resource, Optional.of(page), true, List.copyOf(files), List.of(SHARED)));
  }

  private void assessmentSco(
      Activity a,
      Assessment s,
      String path,
      String resource,
      String slug,
      Texts title,
      Map<String, String> description) {
    anyAssessment = true;
    Optional<Double> completion = planner.completionScore(a, path, report);
    if (!v2004) {
      completion
          .filter(c -> Math.abs(c - s.passingScaled()) > 1e-9)
          .ifPresent(
              c ->
                  report.warn(
                      Kind.RULE_NOT_EXPRESSED,
                      path,
                      "rules ask for a score of "
                          + RulePlanner.percent(c)
                          + " in '"
                          + a.id()
                          + "'; SCORM 1.2 reports only passed or failed against the mastery"
                          + " score ("
                          + RulePlanner.percent(s.passingScaled())
                          + "), which the LMS applies"));
      if (s.attemptsAllowed().isPresent()) {
        report.warn(
            Kind.FIELD_NOT_EXPRESSED,
            path + ".media.attemptsAllowed",
            s.attemptsAllowed().get()
                + " attempts allowed cannot be stated: SCORM 1.2 has no attempt limit");
      }
    }
    String page = PackagePath.GENERATED + slug + ".html";
    Optional<String> text = Optional.ofNullable(description.get(keyFor(description)));
    generated.put(
        page,
        AssessmentPage.render(
            new AssessmentPage.Config(
                CleanText.line(a.id(), path + ".id", new ReportBuilder()),
                title.page(),
                text,
                pageLocale(mainTag),
                s.maxScore(),
                s.passingScaled(),
                v2004 ? completion : Optional.empty(),
                s.attempts(),
                options.version(),
                "")));
    resources.add(new Resource(resource, Optional.of(page), true, List.of(page), List.of(SHARED)));
  }

  /** The shared resource: the player files and the assessment script, once. */
  private void addShared() {
    List<String> files = new ArrayList<>();
    if (anyMedia || anyAssessment) {
      String css = PackagePath.GENERATED + "framsteg-player.css";
      generated.put(css, LaunchPage.playerFile("framsteg-player.css"));
      files.add(css);
    }
    if (anyMedia) {
      String js = PackagePath.GENERATED + "framsteg-sco.js";
      generated.put(js, LaunchPage.playerFile("framsteg-sco.js"));
      files.add(js);
    }
    if (anyAssessment) {
      String js = PackagePath.GENERATED + AssessmentPage.SCRIPT;
      generated.put(js, AssessmentPage.script());
      files.add(js);
    }
    if (!files.isEmpty()) {
      // Shared files first in the zip, pages after them, in course order.
      Map<String, byte[]> ordered = new LinkedHashMap<>();
      files.forEach(f -> ordered.put(f, generated.remove(f)));
      ordered.putAll(generated);
      generated.clear();
      generated.putAll(ordered);
      resources.add(new Resource(SHARED, Optional.empty(), false, files, List.of()));
    }
  }

  // ------------------------------------------------------------------ references

  /**
   * Where a media reference leads.
   *
   * @param fromPage the reference from a launch page in {@code sco/}; null after a violation
   * @param fromRootHref the reference from the package root
   * @param packed the packed file, when it is one
   */
  private record Ref(String fromPage, String fromRootHref, Optional<PackagePath> packed) {
    String fromRoot() {
      return fromRootHref;
    }
  }

  private Ref ref(URI uri, String path) {
    referenced.add(uri.toString());
    if (uri.getScheme() != null || uri.getRawAuthority() != null) {
      if (!isHttp(uri)) {
        violations.add(
            new Violation(
                path,
                "must be an http(s) URL or a path relative to the course to be played from a"
                    + " package, was '"
                    + uri
                    + "'"));
        return new Ref(null, uri.toString(), Optional.empty());
      }
      return new Ref(uri.toString(), uri.toString(), Optional.empty());
    }
    PackagePath.Result result = PackagePath.of(uri);
    Optional<ExportOptions.Packed> file =
        result.path().map(p -> options.media().get(p.name()));
    if (file.isPresent()) {
      PackagePath p = result.path().get();
      packed.putIfAbsent(p.name(), file.get().source());
      String tail =
          (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
              + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
      return new Ref(p.hrefFromPage() + tail, p.href() + tail, result.path());
    }
    if (options.mediaBaseUrl().isPresent()) {
      String url = options.mediaBaseUrl().get().resolve(uri).toString();
      return new Ref(url, url, Optional.empty());
    }
    report.warn(
        Kind.MEDIA_MISSING,
        path,
        "'"
            + uri
            + "' is not packed and no media base URL is set: the package refers to a file it"
            + " does not hold");
    return new Ref("../" + uri, uri.toString(), Optional.empty());
  }

  private void unusedMedia() {
    Set<String> names = new LinkedHashSet<>();
    for (String r : referenced) {
      PackagePath.of(URI.create(r)).path().ifPresent(p -> names.add(p.name()));
    }
    options.media().entrySet().stream()
        .filter(e -> !names.contains(e.getKey()))
        .map(e -> e.getValue().key())
        .sorted()
        .forEach(
            key ->
                report.warn(
                    Kind.MEDIA_UNUSED,
                    "packMedia[\"" + key + "\"]",
                    "no activity refers to '" + key + "'; it is not packed"));
  }

  private static boolean isHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }

  // ------------------------------------------------------------------ texts

  /**
   * A title in every language, clean, main language first.
   *
   * @param all cleaned texts by language tag
   * @param main the text in the main language (with {@link LocalizedText#get} fallback)
   */
  private record Texts(Map<String, String> all, String main) {
    /** The title for a launch page, which must not be blank. */
    String page() {
      return main;
    }
  }

  private Texts titles(LocalizedText text, String path, String id) {
    Map<String, String> all = new LinkedHashMap<>();
    String mainKey = keyFor(text.asMap());
    for (String tag : order(text.asMap(), mainKey)) {
      String clean = CleanText.line(text.asMap().get(tag), path + "[" + tag + "]", report);
      if (!clean.isEmpty()) {
        all.put(tag, clean);
      }
    }
    String main = all.getOrDefault(mainKey, all.values().stream().findFirst().orElse(""));
    if (main.isEmpty()) {
      main = Identifiers.slug(id);
    }
    return new Texts(all, main);
  }

  private Map<String, String> descriptions(Optional<LocalizedText> text, String path) {
    Map<String, String> all = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return all;
    }
    Map<String, String> texts = text.get().asMap();
    for (String tag : order(texts, keyFor(texts))) {
      String clean = CleanText.block(texts.get(tag), path + "[" + tag + "]", report);
      if (!clean.isEmpty()) {
        all.put(tag, clean);
      }
    }
    return all;
  }

  /** The key {@link LocalizedText#get(Locale)} would use for the main language. */
  private String keyFor(Map<String, String> texts) {
    if (texts.isEmpty()) {
      return mainTag;
    }
    if (texts.containsKey(mainLocale.toLanguageTag())) {
      return mainLocale.toLanguageTag();
    }
    for (String tag : texts.keySet()) {
      if (Locale.forLanguageTag(tag).getLanguage().equals(mainLocale.getLanguage())) {
        return tag;
      }
    }
    return texts.keySet().iterator().next();
  }

  private static List<String> order(Map<String, String> texts, String first) {
    List<String> tags = new ArrayList<>();
    if (texts.containsKey(first)) {
      tags.add(first);
    }
    texts.keySet().stream().filter(t -> !t.equals(first)).forEach(tags::add);
    return tags;
  }

  /** A title as the manifest may hold it: SCORM 1.2 cuts at 200 characters. */
  private String fit(String title, String path) {
    if (v2004 || title.codePointCount(0, title.length()) <= TITLE_MAX_12) {
      return title;
    }
    report.warn(
        Kind.TEXT_TRUNCATED,
        path,
        "SCORM 1.2 allows " + TITLE_MAX_12 + " characters in a title; the rest was cut (the"
            + " metadata keeps it whole)");
    return cut(title, TITLE_MAX_12);
  }

  private static String cut(String s, int codePoints) {
    return s.substring(0, s.offsetByCodePoints(0, codePoints)).strip();
  }

  private String lomId(String id, String path) {
    return CleanText.line(id, path, report);
  }

  private void notWritten(String path, String what) {
    report.info(Kind.FIELD_NOT_EXPRESSED, path, what + " has no place in the package");
  }

  private static List<String> canonical(List<String> tags) {
    return tags.stream().map(LocalizedText::canonicalTag).toList();
  }

  private static Optional<Duration> positive(Duration d) {
    return d.isZero() || d.isNegative() ? Optional.empty() : Optional.of(d);
  }

  /** A locale with a language subtag, as a launch page's {@code lang} must have. */
  private static Locale pageLocale(String tag) {
    Locale l = Locale.forLanguageTag(tag);
    return l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
  }

  /** The name of a language in that language, capitalised: "Svenska", "English (UK)". */
  private static String label(Locale l) {
    String name = l.getDisplayName(l);
    if (name.isBlank()) {
      return l.toLanguageTag();
    }
    return name.substring(0, 1).toUpperCase(l) + name.substring(1);
  }

  private static String transcriptLabel(Locale l) {
    switch (l.getLanguage()) {
      case "sv":
        return "Transkription";
      case "nb":
      case "no":
      case "nn":
      case "da":
        return "Transskription";
      case "de":
        return "Transkript";
      case "fi":
        return "Tekstivastine";
      default:
        return "Transcript";
    }
  }

  /** The transcript in the media's language, else its language without region, else the first. */
  private static Optional<String> chooseTranscript(Set<String> tags, Locale media) {
    if (tags.contains(media.toLanguageTag())) {
      return Optional.of(media.toLanguageTag());
    }
    for (String tag : tags) {
      if (Locale.forLanguageTag(tag).getLanguage().equals(media.getLanguage())) {
        return Optional.of(tag);
      }
    }
    return tags.stream().findFirst();
  }

  /** The MIME type of a media file by its extension, for the page's {@code <source type>}. */
  static Optional<String> mediaType(URI source) {
    String path = source.getPath() == null ? "" : source.getPath();
    int dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/')) {
      return Optional.empty();
    }
    switch (path.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "mp4":
      case "m4v":
        return Optional.of("video/mp4");
      case "webm":
        return Optional.of("video/webm");
      case "ogv":
        return Optional.of("video/ogg");
      case "mov":
        return Optional.of("video/quicktime");
      case "mp3":
        return Optional.of("audio/mpeg");
      case "m4a":
      case "aac":
        return Optional.of("audio/mp4");
      case "oga":
      case "ogg":
      case "opus":
        return Optional.of("audio/ogg");
      case "wav":
        return Optional.of("audio/wav");
      case "flac":
        return Optional.of("audio/flac");
      default:
        return Optional.empty();
    }
  }
}
