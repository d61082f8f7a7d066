package org.framsteg.scorm.internal.manifest;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.framsteg.scorm.ImportReport;
import org.framsteg.scorm.PackageException;
import org.framsteg.scorm.PackageLimits;
import org.framsteg.scorm.PackageProblem;
import org.framsteg.scorm.PackageRule;
import org.framsteg.scorm.ScormVersion;
import org.framsteg.scorm.internal.xml.SafeXml;
import org.framsteg.scorm.internal.xml.XmlElement;
import org.framsteg.scorm.manifest.AdlObjective;
import org.framsteg.scorm.manifest.AuxiliaryResource;
import org.framsteg.scorm.manifest.CompletionThreshold;
import org.framsteg.scorm.manifest.ConditionCombination;
import org.framsteg.scorm.manifest.ConditionType;
import org.framsteg.scorm.manifest.ConstrainedChoiceConsiderations;
import org.framsteg.scorm.manifest.ControlMode;
import org.framsteg.scorm.manifest.DeliveryControls;
import org.framsteg.scorm.manifest.Item;
import org.framsteg.scorm.manifest.LimitConditions;
import org.framsteg.scorm.manifest.Lom;
import org.framsteg.scorm.manifest.Manifest;
import org.framsteg.scorm.manifest.Metadata;
import org.framsteg.scorm.manifest.Objective;
import org.framsteg.scorm.manifest.Organization;
import org.framsteg.scorm.manifest.Presentation;
import org.framsteg.scorm.manifest.RandomizationControls;
import org.framsteg.scorm.manifest.Resource;
import org.framsteg.scorm.manifest.ResourceFile;
import org.framsteg.scorm.manifest.RollupConsiderations;
import org.framsteg.scorm.manifest.RollupRules;
import org.framsteg.scorm.manifest.ScormType;
import org.framsteg.scorm.manifest.Sequencing;
import org.framsteg.scorm.manifest.SequencingRule;
import org.framsteg.scorm.manifest.SharedDataMap;
import org.framsteg.scorm.manifest.TimeLimitAction;

/**
 * Reads a parsed {@code imsmanifest.xml} into the {@link Manifest} read model. Lenient with the
 * mistakes real packages make (wrong case, wrong version's spelling, missing titles, dangling
 * references): each is recorded in the report and the reader carries on. It throws only when the
 * document is not a manifest or holds nothing usable.
 */
public final class ManifestParser {
  static final String CP_12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
  static final String CP_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
  static final Set<String> CP_NAMESPACES =
      Set.of(CP_12, CP_2004, "http://www.imsglobal.org/xsd/imscp_v1p2", "");
  static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
  static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
  static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
  static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";
  static final String ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3";
  private static final String XML_NS = XMLConstants.XML_NS_URI;

  /** adlcp element names as each version's schema spells them. */
  private static final Set<String> ADLCP_12_ELEMENTS = Set.of("location", "prerequisites",
      "maxtimeallowed", "timelimitaction", "datafromlms", "masteryscore", "schema",
      "schemaversion");
  private static final Set<String> ADLCP_2004_ELEMENTS = Set.of("location", "dataFromLMS",
      "timeLimitAction", "completionThreshold", "data", "map");

  private static final Pattern XS_DURATION = Pattern.compile(
      "P(?:(\\d{1,9})Y)?(?:(\\d{1,9})M)?(?:(\\d{1,9})D)?"
          + "(?:T(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?(?:(\\d{1,12}(?:\\.\\d{1,9})?)S)?)?");
  private static final Pattern CMI_TIMESPAN =
      Pattern.compile("(\\d{1,4}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,2}))?");

  /** The manifest and what was noticed reading it. */
  public record Result(Manifest manifest, ImportReport report) {}

  private final String entry;
  private final PackageLimits limits;
  private final Function<String, Optional<byte[]>> packageFiles;
  private final Optional<Set<String>> fileNames;
  private final List<ImportReport.Entry> report = new ArrayList<>();
  private final Map<String, XmlElement> identifiers = new HashMap<>();
  private final List<Runnable> referenceChecks = new ArrayList<>();
  private final Map<XmlElement, Set<String>> objectiveIdsBySequencing = new HashMap<>();
  private final Set<String> resourceIds = new HashSet<>();
  private String cpNamespace;
  private ScormVersion version;

  private ManifestParser(String entry, PackageLimits limits,
      Function<String, Optional<byte[]>> packageFiles, Optional<Set<String>> fileNames) {
    this.entry = entry;
    this.limits = limits;
    this.packageFiles = packageFiles;
    this.fileNames = fileNames;
  }

  /**
   * Parses and reads a manifest.
   *
   * @param packageFiles the content of other package files (for {@code adlcp:location}); empty
   *     when a file is not available
   * @param fileNames every file in the package, when known, to check hrefs against
   * @throws PackageException when the XML is unsafe or malformed, or not a usable manifest
   */
  public static Result parse(byte[] xml, String entry, PackageLimits limits,
      Function<String, Optional<byte[]>> packageFiles, Optional<Set<String>> fileNames) {
    XmlElement root = SafeXml.parse(xml, entry, limits);
    ManifestParser parser = new ManifestParser(entry, limits, packageFiles, fileNames);
    Manifest manifest = parser.manifest(root);
    return new Result(manifest, new ImportReport(parser.report));
  }

  // ------------------------------------------------------------------ manifest

  private Manifest manifest(XmlElement root) {
    if (!root.localName().equals("manifest")) {
      throw new PackageException(new PackageProblem(entry, root.path(), PackageRule.NOT_A_MANIFEST,
          "the root element is <" + root.qualifiedName() + ">, not an IMS CP <manifest>"));
    }
    cpNamespace = root.namespace();
    if (!CP_NAMESPACES.contains(cpNamespace)) {
      warn(root, "unknown namespace " + quote(cpNamespace) + " for <manifest>; read as IMS CP");
    } else if (cpNamespace.isEmpty()) {
      warn(root, "<manifest> has no namespace; read as IMS CP");
    }
    Optional<XmlElement> metadataElement = child(root, this::isCp, "metadata");
    version = detectVersion(root, metadataElement);

    List<String> bases = new ArrayList<>();
    xmlBase(root).ifPresent(bases::add);

    Manifest.Builder b = Manifest.builder()
        .identifier(requiredId(root, "manifest"))
        .version(attr(root, "version"))
        .scormVersion(version);
    metadataElement.map(m -> metadata(m, bases)).ifPresent(b::metadata);
    if (metadataElement.isEmpty()) {
      warn(root, "<metadata> is missing; SCORM requires <schema> and <schemaversion>");
    }

    List<Organization> organizations = new ArrayList<>();
    Optional<XmlElement> orgs = child(root, this::isCp, "organizations");
    orgs.ifPresent(o -> {
      b.defaultOrganizationId(token(o, "default"));
      for (XmlElement org : children(o, this::isCp, "organization")) {
        organizations.add(organization(org, bases));
      }
    });
    if (orgs.isEmpty()) {
      warn(root, "<organizations> is missing; IMS CP requires it, even empty");
    }
    b.organizations(organizations);

    List<Resource> resources = new ArrayList<>();
    Optional<XmlElement> res = child(root, this::isCp, "resources");
    res.ifPresent(r -> {
      List<String> resourceBases = new ArrayList<>(bases);
      xmlBase(r).ifPresent(resourceBases::add);
      for (XmlElement resource : children(r, this::isCp, "resource")) {
        resource(resource, resourceBases).ifPresent(resources::add);
      }
    });
    if (res.isEmpty()) {
      warn(root, "<resources> is missing; IMS CP requires it");
    }
    b.resources(resources);

    List<Sequencing> collection = new ArrayList<>();
    for (XmlElement c : children(root, IMSSS, "sequencingCollection")) {
      for (XmlElement s : children(c, IMSSS, "sequencing")) {
        Sequencing seq = sequencing(s);
        if (seq.id().isEmpty()) {
          warn(s, "a sequencing collection entry without ID cannot be referred to; ignored");
        } else {
          collection.add(seq);
        }
      }
    }
    b.sequencingCollection(collection);
    for (XmlElement sub : children(root, this::isCp, "manifest")) {
      warn(sub, "sub-manifests are not read (ADL advises against them)");
    }
    unknownChildren(root, Set.of("metadata", "organizations", "resources", "manifest"),
        Set.of("sequencingCollection"));

    if (organizations.isEmpty() && resources.isEmpty()) {
      throw new PackageException(new PackageProblem(entry, root.path(),
          PackageRule.MANIFEST_UNUSABLE, "no <organization> and no <resource>: nothing to launch"));
    }
    Manifest manifest = b.build();
    checkReferences(root, orgs, manifest);
    return manifest;
  }

  private void checkReferences(XmlElement root, Optional<XmlElement> orgs, Manifest manifest) {
    referenceChecks.forEach(Runnable::run);
    if (manifest.organizations().isEmpty()) {
      warn(orgs.orElse(root), "no <organization>: a resource package, with no structure to "
          + "import as a course");
    }
    manifest.defaultOrganizationId().ifPresent(id -> {
      if (manifest.organizations().stream().noneMatch(o -> o.identifier().equals(id))) {
        warnAttr(orgs.orElse(root), "default", "names no organization (" + quote(id)
            + "); the first organization is used");
      }
    });
    if (manifest.defaultOrganizationId().isEmpty() && !manifest.organizations().isEmpty()
        && version.isScorm2004()) {
      warnAttr(orgs.orElse(root), "default", "is missing; the first organization is used");
    }
  }

  // ------------------------------------------------------------------ version

  private ScormVersion detectVersion(XmlElement root, Optional<XmlElement> metadata) {
    Set<String> used = new HashSet<>();
    collectNamespaces(root, used);
    boolean adlcp12 = used.contains(ADLCP_12);
    boolean adlcp2004 = used.contains(ADLCP_2004);
    boolean has2004Extensions =
        adlcp2004 || used.contains(IMSSS) || used.contains(ADLSEQ) || used.contains(ADLNAV);
    Optional<Boolean> family2004 = Optional.empty(); // from namespaces
    if (has2004Extensions && !adlcp12) {
      family2004 = Optional.of(true);
    } else if (adlcp12 && !has2004Extensions) {
      family2004 = Optional.of(false);
    } else if (adlcp12) {
      warn(root, "both SCORM 1.2 and SCORM 2004 adlcp namespaces are used");
      family2004 = Optional.of(true);
    } else if (cpNamespace.equals(CP_12)) {
      family2004 = Optional.of(false);
    } else if (cpNamespace.equals(CP_2004)) {
      family2004 = Optional.of(true);
    }

    Optional<XmlElement> schemaVersionElement = metadata.flatMap(m -> child(m, this::isCp,
        "schemaversion").or(() -> child(m, ADLCP_12, "schemaversion")));
    Optional<String> declared = schemaVersionElement.map(XmlElement::trimmedText);
    Optional<ScormVersion> fromSchemaVersion = declared.flatMap(ManifestParser::versionOf);
    if (fromSchemaVersion.isPresent()) {
      ScormVersion v = fromSchemaVersion.get();
      if (family2004.isPresent() && family2004.get() != v.isScorm2004()) {
        ScormVersion byNamespace = family2004.get() ? editionFromFeatures(used) : ScormVersion.SCORM_12;
        warn(schemaVersionElement.get(), "schemaversion " + quote(declared.get())
            + " contradicts the namespaces used; read as " + byNamespace);
        return byNamespace;
      }
      return v;
    }
    ScormVersion guess = family2004.orElse(false) ? editionFromFeatures(used) : ScormVersion.SCORM_12;
    String why = family2004.isPresent() ? "from the namespaces used" : "for want of any sign";
    if (declared.isPresent()) {
      warn(schemaVersionElement.get(), "unknown schemaversion " + quote(declared.get())
          + "; read as " + guess + " " + why);
    } else {
      warn(metadata.orElse(root), "<schemaversion> is missing; read as " + guess + " " + why);
    }
    return guess;
  }

  /**
   * The edition of a 2004 manifest whose schemaversion does not say: the current one, 4th. The
   * namespaces are the same in the 2nd, 3rd and 4th editions, so they cannot tell.
   */
  private static ScormVersion editionFromFeatures(Set<String> used) {
    return ScormVersion.SCORM_2004_4TH;
  }

  static Optional<ScormVersion> versionOf(String schemaVersion) {
    String v = schemaVersion.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (v.equals("1.2")) {
      return Optional.of(ScormVersion.SCORM_12);
    }
    if (v.equals("cam 1.3") || v.equals("1.3") || v.equals("cam1.3") || v.contains("2nd")) {
      return Optional.of(ScormVersion.SCORM_2004_2ND);
    }
    if (v.contains("2004") && v.contains("3rd")) {
      return Optional.of(ScormVersion.SCORM_2004_3RD);
    }
    if (v.contains("2004") && v.contains("4th")) {
      return Optional.of(ScormVersion.SCORM_2004_4TH);
    }
    return Optional.empty();
  }

  private static void collectNamespaces(XmlElement e, Set<String> used) {
    used.add(e.namespace());
    for (QName a : e.attributes().keySet()) {
      used.add(a.getNamespaceURI());
    }
    for (XmlElement c : e.children()) {
      collectNamespaces(c, used);
    }
  }

  // ------------------------------------------------------------------ metadata and LOM

  private Metadata metadata(XmlElement m, List<String> bases) {
    Metadata.Builder b = Metadata.builder();
    child(m, this::isCp, "schema").or(() -> child(m, ADLCP_12, "schema"))
        .map(XmlElement::trimmedText).filter(s -> !s.isEmpty()).ifPresent(b::schema);
    child(m, this::isCp, "schemaversion").or(() -> child(m, ADLCP_12, "schemaversion"))
        .map(XmlElement::trimmedText).filter(s -> !s.isEmpty()).ifPresent(b::schemaVersion);
    for (XmlElement c : m.children()) {
      if (isLom(c)) {
        b.lom(lom(c));
      } else if (isAdlcp(c, "location")) {
        String location = c.trimmedText();
        if (location.isEmpty()) {
          warn(c, "adlcp:location is empty");
          continue;
        }
        String resolved = Hrefs.resolve(bases, location);
        b.location(resolved);
        locationLom(c, resolved).ifPresent(b::locationLom);
      }
    }
    return b.build();
  }

  private Optional<Lom> locationLom(XmlElement at, String location) {
    if (Hrefs.isExternal(location)) {
      warn(at, "adlcp:location " + quote(location) + " is outside the package; not read");
      return Optional.empty();
    }
    String path = Hrefs.packagePath(location);
    Optional<byte[]> bytes = packageFiles.apply(path);
    if (bytes.isEmpty()) {
      if (fileNames.isPresent()) {
        warn(at, "adlcp:location " + quote(location) + (fileNames.get().contains(path)
            ? " could not be read (larger than the metadata budget)" : " is not in the package"));
      }
      return Optional.empty();
    }
    try {
      XmlElement root = SafeXml.parse(bytes.get(), path, limits);
      if (!isLom(root)) {
        warn(at, "adlcp:location " + quote(location) + " holds <" + root.qualifiedName()
            + ">, not LOM");
        return Optional.empty();
      }
      return Optional.of(lom(root));
    } catch (PackageException e) {
      warn(at, "adlcp:location " + quote(location) + " could not be read: "
          + e.problems().get(0));
      return Optional.empty();
    }
  }

  private static boolean isLom(XmlElement e) {
    return e.localName().equalsIgnoreCase("lom");
  }

  /** LOM by local names, so both IEEE LOM and IMS MD 1.2.1 read. */
  private Lom lom(XmlElement lom) {
    Optional<XmlElement> general = childIgnoreCase(lom, "general");
    Optional<String> title = general.flatMap(g -> childIgnoreCase(g, "title")).flatMap(this::langString);
    Optional<String> description =
        general.flatMap(g -> childIgnoreCase(g, "description")).flatMap(this::langString);
    Optional<Locale> language = general.flatMap(g -> childIgnoreCase(g, "language"))
        .flatMap(l -> {
          String tag = l.trimmedText();
          if (tag.isEmpty()) {
            return Optional.empty();
          }
          Locale locale = Locale.forLanguageTag(tag);
          if (locale.getLanguage().isEmpty()) {
            warn(l, "language " + quote(tag) + " is not a BCP 47 tag; ignored");
            return Optional.empty();
          }
          return Optional.of(locale);
        });
    Optional<Duration> duration = childIgnoreCase(lom, "technical")
        .flatMap(t -> childIgnoreCase(t, "duration"))
        .or(() -> childIgnoreCase(lom, "educational")
            .flatMap(ed -> childIgnoreCase(ed, "typicalLearningTime")))
        .flatMap(this::lomDuration);
    return new Lom(title, description, language, duration);
  }

  /** First non-blank {@code string} (IEEE LOM) or {@code langstring} (IMS MD), else own text. */
  private Optional<String> langString(XmlElement e) {
    for (XmlElement c : e.children()) {
      if (c.localName().equalsIgnoreCase("string") || c.localName().equalsIgnoreCase("langstring")) {
        String s = c.trimmedText();
        if (!s.isEmpty()) {
          return Optional.of(s);
        }
      }
    }
    String own = e.trimmedText();
    return own.isEmpty() ? Optional.empty() : Optional.of(own);
  }

  /** {@code <duration><duration>} (IEEE) or {@code <duration><datetime>} (IMS MD) or text. */
  private Optional<Duration> lomDuration(XmlElement d) {
    XmlElement holder = d.children().stream()
        .filter(c -> c.localName().equalsIgnoreCase("duration")
            || c.localName().equalsIgnoreCase("datetime"))
        .findFirst().orElse(d);
    String text = holder.trimmedText();
    return text.isEmpty() ? Optional.empty() : duration(holder, text);
  }

  // ------------------------------------------------------------------ organizations and items

  private Organization organization(XmlElement o, List<String> bases) {
    Organization.Builder b = Organization.builder()
        .identifier(requiredId(o, "organization"))
        .title(title(o));
    attr(o, "structure").ifPresent(b::structure);
    child(o, this::isCp, "metadata").map(m -> metadata(m, bases)).ifPresent(b::metadata);
    attr(o, ADLSEQ, "objectivesGlobalToSystem")
        .ifPresent(v -> b.objectivesGlobalToSystem(bool(o, "adlseq:objectivesGlobalToSystem", v, true)));
    adlcpAttr(o, "sharedDataGlobalToSystem")
        .ifPresent(v -> b.sharedDataGlobalToSystem(bool(o, "adlcp:sharedDataGlobalToSystem", v, true)));
    List<XmlElement> items = children(o, this::isCp, "item");
    if (items.isEmpty()) {
      warn(o, "the organization has no <item>");
    }
    for (XmlElement i : items) {
      b.addItems(item(i, bases));
    }
    sequencingOf(o).ifPresent(b::sequencing);
    unknownChildren(o, Set.of("title", "item", "metadata"), Set.of("sequencing"));
    return b.build();
  }

  private Item item(XmlElement i, List<String> bases) {
    Item.Builder b = Item.builder()
        .identifier(requiredId(i, "item"))
        .title(title(i));
    Optional<String> ref = attr(i, "identifierref").map(String::strip).filter(s -> !s.isEmpty());
    ref.ifPresent(b::identifierRef);
    attr(i, "isvisible").ifPresent(v -> b.visible(bool(i, "isvisible", v, true)));
    attr(i, "parameters").ifPresent(b::parameters);
    child(i, this::isCp, "metadata").map(m -> metadata(m, bases)).ifPresent(b::metadata);

    List<XmlElement> children = children(i, this::isCp, "item");
    for (XmlElement c : children) {
      b.addChildren(item(c, bases));
    }
    for (XmlElement c : i.children()) {
      if (isAdlcp(c)) {
        adlcpItemElement(c, b);
      }
    }
    child(i, ADLNAV, "presentation").map(this::presentation).ifPresent(b::presentation);
    sequencingOf(i).ifPresent(b::sequencing);
    unknownChildren(i, Set.of("title", "item", "metadata"), Set.of("sequencing", "presentation"));

    if (ref.isPresent() && !children.isEmpty() && version.isScorm2004()) {
      warnAttr(i, "identifierref", "an item with children must not launch a resource in SCORM "
          + "2004; the reference is kept");
    }
    if (ref.isEmpty() && children.isEmpty()) {
      warn(i, "a leaf item without identifierref launches nothing");
    }
    ref.ifPresent(r -> referenceChecks.add(() -> {
      if (!resourceIds.contains(r)) {
        warnAttr(i, "identifierref", quote(r) + " names no resource");
      }
    }));
    return b.build();
  }

  private void adlcpItemElement(XmlElement c, Item.Builder b) {
    String name = c.localName().toLowerCase(Locale.ROOT);
    String text = c.trimmedText();
    switch (name) {
      case "prerequisites" -> {
        c.attribute("type").filter(t -> !t.equals("aicc_script"))
            .ifPresent(t -> warnAttr(c, "type", quote(t) + " is not aicc_script; kept as written"));
        if (!text.isEmpty()) {
          b.prerequisites(text);
        }
      }
      case "maxtimeallowed" -> {
        if (!text.isEmpty()) {
          cmiTimespan(c, text).ifPresent(b::maxTimeAllowed);
        }
      }
      case "timelimitaction" -> {
        Optional<TimeLimitAction> a = TimeLimitAction.fromToken(text);
        if (a.isPresent()) {
          b.timeLimitAction(a.get());
        } else if (!text.isEmpty()) {
          warn(c, quote(text) + " is not a time limit action; ignored");
        }
      }
      case "datafromlms" -> b.dataFromLms(c.text());
      case "masteryscore" -> decimal(c, "masteryscore", text, 0, 100).ifPresent(b::masteryScore);
      case "completionthreshold" -> b.completionThreshold(completionThreshold(c));
      case "data" -> {
        for (XmlElement map : c.children()) {
          if (isAdlcp(map, "map")) {
            Optional<String> target = attr(map, "targetID");
            if (target.isEmpty()) {
              warn(map, "adlcp:map without targetID; ignored");
              continue;
            }
            b.addSharedData(new SharedDataMap(target.get(),
                boolAttr(map, "readSharedData", true), boolAttr(map, "writeSharedData", false)));
          }
        }
      }
      case "location", "schema", "schemaversion" -> warn(c, "<" + c.qualifiedName()
          + "> belongs in <metadata>, not in <item>; ignored");
      default -> { }
    }
  }

  private CompletionThreshold completionThreshold(XmlElement c) {
    String text = c.trimmedText();
    boolean byMeasure = boolAttr(c, "completedByMeasure", false);
    double min = unitAttr(c, "minProgressMeasure", 1.0, 0);
    double weight = unitAttr(c, "progressWeight", 1.0, 0);
    if (!text.isEmpty()) {
      // SCORM 2004 3rd edition: the threshold is the element's value and decides completion.
      Optional<Double> value = decimal(c, "completionThreshold", text, 0, 1);
      if (value.isPresent()) {
        if (c.attribute("minProgressMeasure").isPresent()) {
          warn(c, "both a value and minProgressMeasure; the value (3rd edition form) is used");
        }
        return new CompletionThreshold(true, value.get(), weight);
      }
    }
    return new CompletionThreshold(byMeasure, min, weight);
  }

  private Presentation presentation(XmlElement p) {
    Set<Presentation.Control> hidden = EnumSet.noneOf(Presentation.Control.class);
    for (XmlElement ni : children(p, ADLNAV, "navigationInterface")) {
      for (XmlElement h : children(ni, ADLNAV, "hideLMSUI")) {
        Optional<Presentation.Control> control = Presentation.Control.fromToken(h.trimmedText());
        if (control.isPresent()) {
          hidden.add(control.get());
        } else {
          warn(h, quote(h.trimmedText()) + " is not an LMS navigation control; ignored");
        }
      }
    }
    return new Presentation(hidden);
  }

  // ------------------------------------------------------------------ resources

  private Optional<Resource> resource(XmlElement r, List<String> outerBases) {
    Optional<String> id = attr(r, "identifier").map(String::strip).filter(s -> !s.isEmpty());
    if (id.isEmpty()) {
      warnAttr(r, "identifier", "is missing; nothing can refer to this resource, so it is ignored");
      return Optional.empty();
    }
    register(id.get(), r);
    resourceIds.add(id.get());
    List<String> bases = new ArrayList<>(outerBases);
    Optional<String> ownBase = xmlBase(r);
    ownBase.ifPresent(bases::add);
    Resource.Builder b = Resource.builder().identifier(id.get());
    String type = attr(r, "type").orElse("");
    if (type.isEmpty()) {
      warnAttr(r, "type", "is missing; \"webcontent\" assumed");
      type = "webcontent";
    } else if (!type.equals("webcontent")) {
      warnAttr(r, "type", quote(type) + " is not \"webcontent\", the only type SCORM uses");
    }
    b.type(type);
    if (!bases.isEmpty()) {
      b.base(Hrefs.resolve(bases, ""));
    }
    Optional<String> href = attr(r, "href").map(String::strip).filter(s -> !s.isEmpty())
        .map(h -> Hrefs.resolve(bases, h));
    href.ifPresent(h -> {
      b.href(h);
      checkInPackage(r, "href", h);
    });
    Optional<String> scormType = adlcpAttr(r, "scormType");
    if (scormType.isPresent()) {
      Optional<ScormType> t = ScormType.fromToken(scormType.get());
      if (t.isPresent()) {
        b.scormType(t.get());
      } else {
        warnAttr(r, "adlcp:scormType", quote(scormType.get()) + " is neither sco nor asset; ignored");
      }
      if (t.isPresent() && t.get() == ScormType.SCO && href.isEmpty()) {
        warnAttr(r, "href", "is missing on a SCO; it cannot be launched");
      }
    } else {
      warnAttr(r, "adlcp:scormType", "is missing; the resource is neither a SCO nor an asset");
    }
    for (XmlElement f : children(r, this::isCp, "file")) {
      Optional<String> fileHref = attr(f, "href").map(String::strip).filter(s -> !s.isEmpty());
      if (fileHref.isEmpty()) {
        warnAttr(f, "href", "is missing; the file is ignored");
        continue;
      }
      String resolved = Hrefs.resolve(bases, fileHref.get());
      checkInPackage(f, "href", resolved);
      b.addFiles(new ResourceFile(resolved,
          child(f, this::isCp, "metadata").map(m -> metadata(m, bases))));
    }
    for (XmlElement d : children(r, this::isCp, "dependency")) {
      Optional<String> ref = attr(d, "identifierref").map(String::strip).filter(s -> !s.isEmpty());
      if (ref.isEmpty()) {
        warnAttr(d, "identifierref", "is missing; the dependency is ignored");
        continue;
      }
      b.addDependencies(ref.get());
      referenceChecks.add(() -> {
        if (!resourceIds.contains(ref.get())) {
          warnAttr(d, "identifierref", quote(ref.get()) + " names no resource");
        }
      });
    }
    child(r, this::isCp, "metadata").map(m -> metadata(m, bases)).ifPresent(b::metadata);
    unknownChildren(r, Set.of("file", "dependency", "metadata"), Set.of());
    return Optional.of(b.build());
  }

  private void checkInPackage(XmlElement e, String attribute, String href) {
    if (fileNames.isEmpty() || Hrefs.isExternal(href)) {
      return;
    }
    String path = Hrefs.packagePath(href);
    Set<String> names = fileNames.get();
    if (path.startsWith("../") || path.startsWith("/")) {
      warnAttr(e, attribute, quote(href) + " points outside the package");
    } else if (!names.contains(path)) {
      Optional<String> otherCase = names.stream().filter(n -> n.equalsIgnoreCase(path)).findFirst();
      if (otherCase.isPresent()) {
        warnAttr(e, attribute, quote(href) + " differs in case from the package file "
            + quote(otherCase.get()) + "; it will fail on case-sensitive servers");
      } else {
        warnAttr(e, attribute, quote(href) + " is not in the package");
      }
    }
  }

  // ------------------------------------------------------------------ sequencing

  private Optional<Sequencing> sequencingOf(XmlElement parent) {
    List<XmlElement> all = children(parent, IMSSS, "sequencing");
    if (all.size() > 1) {
      warn(all.get(1), "more than one imsss:sequencing; only the first is read");
    }
    return all.stream().findFirst().map(this::sequencing);
  }

  private Sequencing sequencing(XmlElement s) {
    Sequencing.Builder b = Sequencing.builder();
    Optional<String> ownId = token(s, "ID");
    ownId.ifPresent(b::id);
    Optional<String> idRef = token(s, "IDRef");
    idRef.ifPresent(ref -> {
      b.idRef(ref);
      referenceChecks.add(() -> {
        XmlElement target = identifiers.get("#seq:" + ref);
        if (target == null) {
          warnAttr(s, "IDRef", quote(ref) + " names no entry of the sequencing collection");
        }
      });
    });
    ownId.ifPresent(id -> register("#seq:" + id, s));
    Set<String> objectiveIds = new HashSet<>();
    objectiveIdsBySequencing.put(s, objectiveIds);
    for (XmlElement c : s.children()) {
      String ns = c.namespace();
      String name = c.localName();
      if (ns.equals(IMSSS)) {
        switch (name) {
          case "controlMode" -> b.controlMode(new ControlMode(
              boolAttr(c, "choice", true), boolAttr(c, "choiceExit", true),
              boolAttr(c, "flow", false), boolAttr(c, "forwardOnly", false),
              boolAttr(c, "useCurrentAttemptObjectiveInfo", true),
              boolAttr(c, "useCurrentAttemptProgressInfo", true)));
          case "sequencingRules" -> sequencingRules(c, b);
          case "limitConditions" -> b.limitConditions(limitConditions(c));
          case "auxiliaryResources" -> {
            for (XmlElement a : children(c, IMSSS, "auxiliaryResource")) {
              Optional<String> id = attr(a, "auxiliaryResourceID");
              Optional<String> purpose = attr(a, "purpose");
              if (id.isPresent() && purpose.isPresent()) {
                b.addAuxiliaryResources(new AuxiliaryResource(id.get(), purpose.get()));
              } else {
                warn(a, "auxiliaryResource needs auxiliaryResourceID and purpose; ignored");
              }
            }
          }
          case "rollupRules" -> b.rollupRules(rollupRules(c));
          case "objectives" -> objectives(c, b, objectiveIds);
          case "randomizationControls" -> b.randomizationControls(new RandomizationControls(
              timing(c, "randomizationTiming"), nonNegative(c, "selectCount"),
              boolAttr(c, "reorderChildren", false), timing(c, "selectionTiming")));
          case "deliveryControls" -> b.deliveryControls(new DeliveryControls(
              boolAttr(c, "tracked", true), boolAttr(c, "completionSetByContent", false),
              boolAttr(c, "objectiveSetByContent", false)));
          default -> warn(c, "<" + c.qualifiedName() + "> is not an IMS SS sequencing element; ignored");
        }
      } else if (ns.equals(ADLSEQ)) {
        switch (name) {
          case "constrainedChoiceConsiderations" -> b.constrainedChoiceConsiderations(
              new ConstrainedChoiceConsiderations(boolAttr(c, "preventActivation", false),
                  boolAttr(c, "constrainChoice", false)));
          case "rollupConsiderations" -> b.rollupConsiderations(new RollupConsiderations(
              requirement(c, "requiredForSatisfied"), requirement(c, "requiredForNotSatisfied"),
              requirement(c, "requiredForCompleted"), requirement(c, "requiredForIncomplete"),
              boolAttr(c, "measureSatisfactionIfActive", true)));
          case "objectives" -> {
            for (XmlElement o : children(c, ADLSEQ, "objective")) {
              adlObjective(o, s, idRef).ifPresent(b::addAdlObjectives);
            }
          }
          default -> warn(c, "<" + c.qualifiedName() + "> is not an ADL sequencing element; ignored");
        }
      }
    }
    return b.build();
  }

  private void sequencingRules(XmlElement rules, Sequencing.Builder b) {
    for (XmlElement r : rules.children()) {
      if (!r.namespace().equals(IMSSS)) {
        continue;
      }
      SequencingRule.Kind kind = switch (r.localName()) {
        case "preConditionRule" -> SequencingRule.Kind.PRE;
        case "exitConditionRule" -> SequencingRule.Kind.EXIT;
        case "postConditionRule" -> SequencingRule.Kind.POST;
        default -> null;
      };
      if (kind == null) {
        warn(r, "<" + r.qualifiedName() + "> is not a sequencing rule; ignored");
        continue;
      }
      sequencingRule(r, kind).ifPresent(rule -> {
        switch (kind) {
          case PRE -> b.addPreConditionRules(rule);
          case EXIT -> b.addExitConditionRules(rule);
          case POST -> b.addPostConditionRules(rule);
          default -> throw new IllegalStateException(kind.toString());
        }
      });
    }
  }

  private Optional<SequencingRule> sequencingRule(XmlElement r, SequencingRule.Kind kind) {
    Optional<XmlElement> conditions = child(r, IMSSS, "ruleConditions");
    Optional<XmlElement> actionElement = child(r, IMSSS, "ruleAction");
    if (conditions.isEmpty() || actionElement.isEmpty()) {
      warn(r, "a rule needs ruleConditions and ruleAction; the rule is ignored");
      return Optional.empty();
    }
    Optional<String> actionToken = attr(actionElement.get(), "action");
    Optional<SequencingRule.Action> action = actionToken.flatMap(SequencingRule.Action::fromToken);
    if (action.isEmpty() || action.get().kind() != kind) {
      warnAttr(actionElement.get(), "action", actionToken.map(ManifestParser::quote).orElse("missing")
          + " is not an action of a " + kind.name().toLowerCase(Locale.ROOT)
          + "-condition rule; the rule is ignored");
      return Optional.empty();
    }
    ConditionCombination combination = combination(conditions.get(), ConditionCombination.ALL);
    List<SequencingRule.Condition> list = new ArrayList<>();
    for (XmlElement c : children(conditions.get(), IMSSS, "ruleCondition")) {
      Optional<String> token = attr(c, "condition");
      Optional<ConditionType> type = token.flatMap(ConditionType::fromToken);
      if (type.isEmpty()) {
        warnAttr(c, "condition", token.map(ManifestParser::quote).orElse("missing")
            + " is not a rule condition; the rule is ignored");
        return Optional.empty();
      }
      Optional<Double> threshold = attr(c, "measureThreshold")
          .flatMap(v -> decimal(c, "measureThreshold", v, -1, 1));
      if (type.get().usesMeasureThreshold() && threshold.isEmpty()) {
        warnAttr(c, "measureThreshold", "is missing for " + type.get().token() + "; 0 assumed");
        threshold = Optional.of(0.0);
      }
      list.add(new SequencingRule.Condition(type.get(), negated(c),
          attr(c, "referencedObjective").map(String::strip).filter(s -> !s.isEmpty()), threshold));
    }
    if (list.isEmpty()) {
      warn(conditions.get(), "ruleConditions without ruleCondition; the rule is ignored");
      return Optional.empty();
    }
    return Optional.of(new SequencingRule(combination, list, action.get()));
  }

  private LimitConditions limitConditions(XmlElement c) {
    for (String unused : List.of("attemptExperiencedDurationLimit", "activityAbsoluteDurationLimit",
        "activityExperiencedDurationLimit", "beginTimeLimit", "endTimeLimit")) {
      attr(c, unused).ifPresent(v ->
          warnAttr(c, unused, "is not used by SCORM 2004; ignored"));
    }
    Optional<Duration> duration = attr(c, "attemptAbsoluteDurationLimit")
        .flatMap(v -> duration(c, v.strip()));
    return new LimitConditions(nonNegative(c, "attemptLimit"), duration);
  }

  private RollupRules rollupRules(XmlElement c) {
    List<RollupRules.Rule> rules = new ArrayList<>();
    for (XmlElement r : children(c, IMSSS, "rollupRule")) {
      rollupRule(r).ifPresent(rules::add);
    }
    return new RollupRules(boolAttr(c, "rollupObjectiveSatisfied", true),
        boolAttr(c, "rollupProgressCompletion", true),
        unitAttr(c, "objectiveMeasureWeight", 1.0, 0), rules);
  }

  private Optional<RollupRules.Rule> rollupRule(XmlElement r) {
    Optional<XmlElement> conditions = child(r, IMSSS, "rollupConditions");
    Optional<XmlElement> actionElement = child(r, IMSSS, "rollupAction");
    if (conditions.isEmpty() || actionElement.isEmpty()) {
      warn(r, "a rollup rule needs rollupConditions and rollupAction; the rule is ignored");
      return Optional.empty();
    }
    Optional<String> token = attr(actionElement.get(), "action");
    Optional<RollupRules.Action> action = token.flatMap(RollupRules.Action::fromToken);
    if (action.isEmpty()) {
      warnAttr(actionElement.get(), "action", token.map(ManifestParser::quote).orElse("missing")
          + " is not a rollup action; the rule is ignored");
      return Optional.empty();
    }
    List<RollupRules.Condition> list = new ArrayList<>();
    for (XmlElement c : children(conditions.get(), IMSSS, "rollupCondition")) {
      Optional<String> t = attr(c, "condition");
      Optional<ConditionType> type = t.flatMap(ConditionType::fromToken)
          .filter(ConditionType::allowedInRollup);
      if (type.isEmpty()) {
        warnAttr(c, "condition", t.map(ManifestParser::quote).orElse("missing")
            + " is not a rollup condition; the rule is ignored");
        return Optional.empty();
      }
      list.add(new RollupRules.Condition(type.get(), negated(c)));
    }
    if (list.isEmpty()) {
      warn(conditions.get(), "rollupConditions without rollupCondition; the rule is ignored");
      return Optional.empty();
    }
    RollupRules.ChildActivitySet set = attr(r, "childActivitySet").flatMap(v -> {
      Optional<RollupRules.ChildActivitySet> s = RollupRules.ChildActivitySet.fromToken(v);
      if (s.isEmpty()) {
        warnAttr(r, "childActivitySet", quote(v) + " is unknown; \"all\" assumed");
      }
      return s;
    }).orElse(RollupRules.ChildActivitySet.ALL);
    int minimumCount = nonNegative(r, "minimumCount").orElse(0);
    double minimumPercent = unitAttr(r, "minimumPercent", 0.0, 0);
    return Optional.of(new RollupRules.Rule(set, minimumCount, minimumPercent,
        combination(conditions.get(), ConditionCombination.ANY), list, action.get()));
  }

  private void objectives(XmlElement c, Sequencing.Builder b, Set<String> ids) {
    List<XmlElement> primaries = children(c, IMSSS, "primaryObjective");
    if (primaries.size() > 1) {
      warn(primaries.get(1), "more than one primaryObjective; only the first is read");
    }
    if (primaries.isEmpty()) {
      warn(c, "objectives without primaryObjective");
    }
    primaries.stream().findFirst().ifPresent(p -> {
      Objective o = objective(p);
      o.objectiveId().ifPresent(ids::add);
      if (o.objectiveId().isEmpty() && !o.mapInfo().isEmpty()) {
        warnAttr(p, "objectiveID", "is missing on a primary objective with mapInfo");
      }
      b.primaryObjective(o);
    });
    for (XmlElement e : children(c, IMSSS, "objective")) {
      Objective o = objective(e);
      if (o.objectiveId().isEmpty()) {
        warnAttr(e, "objectiveID", "is missing; the objective is ignored");
        continue;
      }
      ids.add(o.objectiveId().get());
      b.addObjectives(o);
    }
  }

  private Objective objective(XmlElement o) {
    double min = child(o, IMSSS, "minNormalizedMeasure")
        .flatMap(m -> decimal(m, "minNormalizedMeasure", m.trimmedText(), -1, 1)).orElse(1.0);
    List<Objective.MapInfo> maps = new ArrayList<>();
    for (XmlElement m : children(o, IMSSS, "mapInfo")) {
      Optional<String> target = attr(m, "targetObjectiveID").map(String::strip)
          .filter(s -> !s.isEmpty());
      if (target.isEmpty()) {
        warnAttr(m, "targetObjectiveID", "is missing; the map is ignored");
        continue;
      }
      maps.add(new Objective.MapInfo(target.get(), boolAttr(m, "readSatisfiedStatus", true),
          boolAttr(m, "readNormalizedMeasure", true), boolAttr(m, "writeSatisfiedStatus", false),
          boolAttr(m, "writeNormalizedMeasure", false)));
    }
    return new Objective(attr(o, "objectiveID").map(String::strip).filter(s -> !s.isEmpty()),
        boolAttr(o, "satisfiedByMeasure", false), min, maps);
  }

  /**
   * An adlseq objective; its objectiveID must name an imsss objective of the same activity,
   * which may come from the collection entry the activity refers to. In a collection entry it may
   * name one the referring activity declares, so it is not checked there.
   */
  private Optional<AdlObjective> adlObjective(XmlElement o, XmlElement sequencing,
      Optional<String> idRef) {
    Optional<String> id = attr(o, "objectiveID").map(String::strip).filter(s -> !s.isEmpty());
    if (id.isEmpty()) {
      warnAttr(o, "objectiveID", "is missing; the objective is ignored");
      return Optional.empty();
    }
    boolean inCollection = sequencing.parent()
        .filter(p -> p.localName().equals("sequencingCollection")).isPresent();
    if (!inCollection) {
      referenceChecks.add(() -> {
        Set<String> known = new HashSet<>(objectiveIdsBySequencing.getOrDefault(sequencing, Set.of()));
        idRef.map(r -> identifiers.get("#seq:" + r))
            .map(target -> objectiveIdsBySequencing.getOrDefault(target, Set.of()))
            .ifPresent(known::addAll);
        if (!known.contains(id.get())) {
          warnAttr(o, "objectiveID", quote(id.get()) + " names no imsss objective of this activity");
        }
      });
    }
    List<AdlObjective.MapInfo> maps = new ArrayList<>();
    for (XmlElement m : children(o, ADLSEQ, "mapInfo")) {
      Optional<String> target = attr(m, "targetObjectiveID").map(String::strip)
          .filter(s -> !s.isEmpty());
      if (target.isEmpty()) {
        warnAttr(m, "targetObjectiveID", "is missing; the map is ignored");
        continue;
      }
      maps.add(new AdlObjective.MapInfo(target.get(),
          boolAttr(m, "readRawScore", true), boolAttr(m, "readMinScore", true),
          boolAttr(m, "readMaxScore", true), boolAttr(m, "readCompletionStatus", true),
          boolAttr(m, "readProgressMeasure", true), boolAttr(m, "writeRawScore", false),
          boolAttr(m, "writeMinScore", false), boolAttr(m, "writeMaxScore", false),
          boolAttr(m, "writeCompletionStatus", false), boolAttr(m, "writeProgressMeasure", false)));
    }
    return Optional.of(new AdlObjective(id.get(), maps));
  }

  private ConditionCombination combination(XmlElement e, ConditionCombination fallback) {
    return attr(e, "conditionCombination").map(v -> switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "all" -> ConditionCombination.ALL;
      case "any" -> ConditionCombination.ANY;
      default -> {
        warnAttr(e, "conditionCombination", quote(v) + " is neither all nor any; "
            + fallback.name().toLowerCase(Locale.ROOT) + " assumed");
        yield fallback;
      }
    }).orElse(fallback);
  }

  private boolean negated(XmlElement c) {
    return attr(c, "operator").map(v -> {
      String o = v.strip();
      if (o.equalsIgnoreCase("not")) {
        return true;
      }
      if (!o.equalsIgnoreCase("noOp")) {
        warnAttr(c, "operator", quote(v) + " is neither not nor noOp; noOp assumed");
      }
      return false;
    }).orElse(false);
  }

  private RandomizationControls.Timing timing(XmlElement c, String attribute) {
    return attr(c, attribute).flatMap(v -> {
      Optional<RandomizationControls.Timing> t = RandomizationControls.Timing.fromToken(v);
      if (t.isEmpty()) {
        warnAttr(c, attribute, quote(v) + " is unknown; \"never\" assumed");
      }
      return t;
    }).orElse(RandomizationControls.Timing.NEVER);
  }

  private RollupConsiderations.Requirement requirement(XmlElement c, String attribute) {
    return attr(c, attribute).flatMap(v -> {
      Optional<RollupConsiderations.Requirement> r = RollupConsiderations.Requirement.fromToken(v);
      if (r.isEmpty()) {
        warnAttr(c, attribute, quote(v) + " is unknown; \"always\" assumed");
      }
      return r;
    }).orElse(RollupConsiderations.Requirement.ALWAYS);
  }

  // ------------------------------------------------------------------ values

  private boolean boolAttr(XmlElement e, String attribute, boolean fallback) {
    return attr(e, attribute).map(v -> bool(e, attribute, v, fallback)).orElse(fallback);
  }

  private boolean bool(XmlElement e, String attribute, String value, boolean fallback) {
    switch (value.strip()) {
      case "true", "1" -> {
        return true;
      }
      case "false", "0" -> {
        return false;
      }
      default -> {
        if (value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false")) {
          warnAttr(e, attribute, quote(value) + ": xs:boolean is lower case; read as "
              + value.strip().toLowerCase(Locale.ROOT));
          return value.strip().equalsIgnoreCase("true");
        }
        warnAttr(e, attribute, quote(value) + " is not a boolean; " + fallback + " assumed");
        return fallback;
      }
    }
  }

  private double unitAttr(XmlElement e, String attribute, double fallback, double min) {
    return attr(e, attribute).flatMap(v -> decimal(e, attribute, v, min, 1)).orElse(fallback);
  }

  private Optional<Double> decimal(XmlElement e, String what, String value, double min, double max) {
    double d;
    try {
      d = Double.parseDouble(value.strip());
    } catch (NumberFormatException ex) {
      warnValue(e, what, quote(value) + " is not a number; ignored");
      return Optional.empty();
    }
    if (!(d >= min && d <= max)) {
      warnValue(e, what, value.strip() + " is outside " + min + " to " + max + "; ignored");
      return Optional.empty();
    }
    return Optional.of(d);
  }

  private Optional<Integer> nonNegative(XmlElement e, String attribute) {
    return attr(e, attribute).flatMap(v -> {
      try {
        int n = Integer.parseInt(v.strip());
        if (n >= 0) {
          return Optional.of(n);
        }
      } catch (NumberFormatException ex) {
        // reported below
      }
      warnAttr(e, attribute, quote(v) + " is not a non-negative integer; ignored");
      return Optional.empty();
    });
  }

  /**
   * An xs:duration. Years and months have no fixed length; they are taken at their average
   * Gregorian length (365.2425 days, a twelfth of that), as {@link ChronoUnit} estimates them,
   * and a note says so.
   */
  private Optional<Duration> duration(XmlElement e, String value) {
    Matcher m = XS_DURATION.matcher(value.strip());
    if (m.matches() && value.strip().length() > 1 && !value.strip().endsWith("T")) {
      try {
        Duration d = Duration.ZERO;
        if (m.group(1) != null || m.group(2) != null) {
          d = d.plus(ChronoUnit.YEARS.getDuration().multipliedBy(number(m.group(1))))
              .plus(ChronoUnit.MONTHS.getDuration().multipliedBy(number(m.group(2))));
          note(e, quote(value) + ": years and months taken as 365.2425 and 30.436875 days");
        }
        d = d.plusDays(number(m.group(3))).plusHours(number(m.group(4)))
            .plusMinutes(number(m.group(5)));
        if (m.group(6) != null) {
          d = d.plus(Duration.parse("PT" + m.group(6) + "S"));
        }
        return Optional.of(d);
      } catch (ArithmeticException | DateTimeParseException ex) {
        // too large for a Duration: reported below
      }
    }
    Optional<Duration> timespan = parseCmiTimespan(value);
    if (timespan.isPresent()) {
      return timespan;
    }
    warnValue(e, "duration", quote(value) + " is not an xs:duration (PnYnMnDTnHnMnS); ignored");
    return Optional.empty();
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  /** SCORM 1.2 CMITimespan {@code HHHH:MM:SS.SS}; some tools write ISO 8601 instead. */
  private Optional<Duration> cmiTimespan(XmlElement e, String value) {
    Optional<Duration> d = parseCmiTimespan(value);
    if (d.isPresent()) {
      return d;
    }
    if (value.startsWith("P") || value.startsWith("p")) {
      return duration(e, value);
    }
    warnValue(e, "maxtimeallowed", quote(value) + " is not a CMITimespan (HHHH:MM:SS.SS); ignored");
    return Optional.empty();
  }

  private static Optional<Duration> parseCmiTimespan(String value) {
    Matcher m = CMI_TIMESPAN.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int minutes = Integer.parseInt(m.group(2));
    int seconds = Integer.parseInt(m.group(3));
    if (minutes > 59 || seconds > 59) {
      return Optional.empty();
    }
    long centis = m.group(4) == null ? 0
        : Long.parseLong(m.group(4)) * (m.group(4).length() == 1 ? 10 : 1);
    return Optional.of(Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(minutes)
        .plusSeconds(seconds).plusMillis(centis * 10));
  }

  // ------------------------------------------------------------------ names and navigation

  private boolean isCp(XmlElement e, String name) {
    return e.localName().equals(name)
        && (e.namespace().equals(cpNamespace) || CP_NAMESPACES.contains(e.namespace()));
  }

  private static boolean isAdlcp(XmlElement e) {
    return e.namespace().equals(ADLCP_12) || e.namespace().equals(ADLCP_2004);
  }

  /**
   * An adlcp element of this name in either version's namespace, ignoring case; a spelling the
   * namespace's schema does not define is reported (SCORM 1.2 writes {@code datafromlms}, 2004
   * {@code dataFromLMS}).
   */
  private boolean isAdlcp(XmlElement e, String name) {
    return isAdlcp(e) && e.localName().equalsIgnoreCase(name);
  }

  private void checkAdlcpSpelling(XmlElement e) {
    if (!isAdlcp(e)) {
      return;
    }
    boolean v12 = e.namespace().equals(ADLCP_12);
    Set<String> defined = v12 ? ADLCP_12_ELEMENTS : ADLCP_2004_ELEMENTS;
    if (defined.contains(e.localName())) {
      return;
    }
    Optional<String> right = defined.stream()
        .filter(n -> n.equalsIgnoreCase(e.localName())).findFirst();
    String release = v12 ? "SCORM 1.2" : "SCORM 2004";
    if (right.isPresent()) {
      warn(e, "<" + e.qualifiedName() + "> is not a " + release + " element; " + release
          + " spells it adlcp:" + right.get() + "; read as that");
    } else if ((v12 ? ADLCP_2004_ELEMENTS : ADLCP_12_ELEMENTS).stream()
        .anyMatch(n -> n.equalsIgnoreCase(e.localName()))) {
      warn(e, "<" + e.qualifiedName() + "> is not a " + release + " element (it belongs to "
          + (v12 ? "SCORM 2004" : "SCORM 1.2") + "); read all the same");
    } else {
      warn(e, "<" + e.qualifiedName() + "> is not an adlcp element; ignored");
    }
  }

  /** An adlcp attribute in either version's namespace, any case; reports a wrong spelling. */
  private Optional<String> adlcpAttr(XmlElement e, String name) {
    for (Map.Entry<QName, String> a : e.attributes().entrySet()) {
      QName q = a.getKey();
      boolean adlcp = q.getNamespaceURI().equals(ADLCP_12) || q.getNamespaceURI().equals(ADLCP_2004);
      if (adlcp && q.getLocalPart().equalsIgnoreCase(name)) {
        String expected = q.getNamespaceURI().equals(ADLCP_12) ? name.toLowerCase(Locale.ROOT) : name;
        if (!q.getLocalPart().equals(expected)) {
          warnAttr(e, "adlcp:" + q.getLocalPart(), "the "
              + (q.getNamespaceURI().equals(ADLCP_12) ? "SCORM 1.2" : "SCORM 2004")
              + " spelling is adlcp:" + expected + "; read as that");
        }
        return Optional.of(a.getValue());
      }
    }
    Optional<String> bare = e.attribute(name).or(() -> e.attribute(name.toLowerCase(Locale.ROOT)));
    bare.ifPresent(v -> warnAttr(e, name, "has no adlcp namespace prefix; read as adlcp:" + name));
    return bare;
  }

  private interface ElementTest {
    boolean matches(XmlElement e, String name);
  }

  private List<XmlElement> children(XmlElement parent, ElementTest matcher, String name) {
    List<XmlElement> out = new ArrayList<>();
    for (XmlElement c : parent.children()) {
      if (matcher.matches(c, name)) {
        out.add(c);
      }
    }
    return out;
  }

  private List<XmlElement> children(XmlElement parent, String namespace, String name) {
    return children(parent, (e, n) -> e.namespace().equals(namespace) && e.localName().equals(n),
        name);
  }

  private Optional<XmlElement> child(XmlElement parent, ElementTest matcher, String name) {
    List<XmlElement> all = children(parent, matcher, name);
    if (all.size() > 1) {
      warn(all.get(1), "more than one <" + all.get(1).qualifiedName() + ">; only the first is read");
    }
    return all.stream().findFirst();
  }

  private Optional<XmlElement> child(XmlElement parent, String namespace, String name) {
    return child(parent, (e, n) -> e.namespace().equals(namespace) && e.localName().equals(n), name);
  }

  private static Optional<XmlElement> childIgnoreCase(XmlElement parent, String name) {
    return parent.children().stream().filter(c -> c.localName().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * Reports children in the CP namespace or the SCORM namespaces that the element does not
   * define. Other namespaces are extensions IMS CP allows anywhere, and are skipped quietly.
   */
  private void unknownChildren(XmlElement e, Collection<String> cpNames,
      Collection<String> extensionNames) {
    for (XmlElement c : e.children()) {
      String ns = c.namespace();
      if (isCp(c, c.localName()) && !cpNames.contains(c.localName())) {
        warn(c, "<" + c.qualifiedName() + "> is not allowed here; ignored");
      } else if (isAdlcp(c)) {
        checkAdlcpSpelling(c);
      } else if ((ns.equals(IMSSS) || ns.equals(ADLNAV) || ns.equals(ADLSEQ))
          && !extensionNames.contains(c.localName())) {
        warn(c, "<" + c.qualifiedName() + "> is not allowed here; ignored");
      }
    }
  }

  private Optional<String> title(XmlElement e) {
    Optional<XmlElement> t = child(e, this::isCp, "title");
    Optional<String> text = t.map(XmlElement::trimmedText).filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      warn(e, "<title> is missing or empty");
    }
    return text;
  }

  private String requiredId(XmlElement e, String what) {
    Optional<String> id = attr(e, "identifier").map(String::strip).filter(s -> !s.isEmpty());
    if (id.isEmpty()) {
      warnAttr(e, "identifier", "is missing on <" + what + ">; left empty");
      return "";
    }
    register(id.get(), e);
    return id.get();
  }

  private void register(String id, XmlElement e) {
    XmlElement before = identifiers.putIfAbsent(id, e);
    if (before != null) {
      warnAttr(e, id.startsWith("#seq:") ? "ID" : "identifier", quote(id.replace("#seq:", ""))
          + " is used before at " + before.path() + "; identifiers must be unique");
    }
  }

  private static Optional<String> attr(XmlElement e, String name) {
    return e.attribute(name);
  }

  private static Optional<String> attr(XmlElement e, String namespace, String name) {
    return e.attribute(namespace, name);
  }

  /** An xs:ID or xs:IDREF value: whitespace around it is not part of it (XML Schema collapse). */
  private static Optional<String> token(XmlElement e, String name) {
    return e.attribute(name).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<String> xmlBase(XmlElement e) {
    return e.attribute(XML_NS, "base").map(String::strip).filter(s -> !s.isEmpty());
  }

  // ------------------------------------------------------------------ report

  private void warn(XmlElement e, String message) {
    report.add(new ImportReport.Entry(ImportReport.Severity.WARNING, entry + ": " + e.path(),
        message));
  }

  private void warnAttr(XmlElement e, String attribute, String message) {
    report.add(new ImportReport.Entry(ImportReport.Severity.WARNING,
        entry + ": " + e.attributePath(attribute), message));
  }

  private void note(XmlElement e, String message) {
    report.add(new ImportReport.Entry(ImportReport.Severity.INFO, entry + ": " + e.path(), message));
  }

  /** A warning about a value that may be an attribute or the element's text. */
  private void warnValue(XmlElement e, String what, String message) {
    if (e.attributes().containsKey(new QName(what))) {
      warnAttr(e, what, message);
    } else {
      warn(e, message);
    }
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
