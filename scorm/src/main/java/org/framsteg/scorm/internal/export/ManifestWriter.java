package org.framsteg.scorm.internal.export;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.framsteg.scorm.internal.export.PackageModel.Leaf;
import org.framsteg.scorm.internal.export.PackageModel.LeafKind;
import org.framsteg.scorm.internal.export.PackageModel.Lom;
import org.framsteg.scorm.internal.export.PackageModel.Manifest;
import org.framsteg.scorm.internal.export.PackageModel.Module;
import org.framsteg.scorm.internal.export.PackageModel.Resource;
import org.framsteg.scorm.internal.export.RulePlanner.Rollup;
import org.framsteg.scorm.internal.export.RulePlanner.SetKind;

/**
 * Writes {@code imsmanifest.xml} from a {@link Manifest}: IMS CP 1.1.2 with the ADL 1.2
 * extensions and IMS MD 1.2.1 metadata for SCORM 1.2 (SCORM 1.2 CAM §2.3); IMS CP 1.1.4 with
 * {@code adlcp}, {@code adlseq} and {@code imsss} and IEEE LOM metadata for SCORM 2004 4th edition
 * (CAM §3.4, §4, §5). Elements come in the order the CAM lists them.
 */
final class ManifestWriter {
  static final String CP_12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
  static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
  static final String IMSMD_12 = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
  static final String CP_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
  static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
  static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";
  static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
  static final String LOM = "http://ltsc.ieee.org/xsd/LOM";

  /** The {@code objectiveID} of the previous module's completion, in a module's objectives. */
  static final String PREVIOUS_MODULE = "previous-module-completed";

  private final Manifest m;
  private final boolean v2004;
  private final Xml x = new Xml();

  private ManifestWriter(Manifest m) {
    this.m = m;
    this.v2004 = m.version().isScorm2004();
  }

  /** The manifest document, UTF-8. */
  static byte[] write(Manifest m) {
    return new ManifestWriter(m).document().getBytes(StandardCharsets.UTF_8);
  }

  private String document() {
    if (v2004) {
      x.open(
          "manifest",
          "identifier", m.identifier(),
          "version", m.manifestVersion(),
          "xmlns", CP_2004,
          "xmlns:adlcp", ADLCP_2004,
          "xmlns:adlseq", ADLSEQ,
          "xmlns:imsss", IMSSS);
    } else {
      x.open(
          "manifest",
          "identifier", m.identifier(),
          "version", m.manifestVersion(),
          "xmlns", CP_12,
          "xmlns:adlcp", ADLCP_12);
    }
    x.open("metadata");
    x.leaf("schema", "ADL SCORM");
    x.leaf("schemaversion", m.version().schemaVersion());
    lom(m.lom());
    x.close();
    x.open("organizations", "default", m.organization());
    x.open(
        "organization",
        "identifier", m.organization(),
        "adlseq:objectivesGlobalToSystem", v2004 && m.modulesInOrder() ? "false" : null);
    x.leaf("title", m.title());
    for (Module module : m.modules()) {
      module(module);
    }
    if (v2004) {
      x.open("imsss:sequencing");
      x.empty("imsss:controlMode", "choice", "true", "flow", "true");
      rollupRules(m.rollup(), true, 1);
      x.close();
    }
    x.close();
    x.close();
    x.open("resources");
    for (Resource r : m.resources()) {
      resource(r);
    }
    x.close();
    x.close();
    return x.toString();
  }

  private void module(Module module) {
    x.open("item", "identifier", module.identifier());
    x.leaf("title", module.title());
    for (Leaf leaf : module.leaves()) {
      leaf(leaf);
    }
    metadata(module.lom());
    if (v2004) {
      x.open("imsss:sequencing");
      x.empty("imsss:controlMode", "choice", "true", "flow", "true");
      if (module.previous().isPresent()) {
        // CAM §5.1 precondition rule: disabled until the previous module's completion, which it
        // writes to a global objective (4th ed. adlseq:objectives, CAM §5.1).
        x.open("imsss:sequencingRules");
        x.open("imsss:preConditionRule");
        x.open("imsss:ruleConditions", "conditionCombination", "any");
        x.empty(
            "imsss:ruleCondition",
            "referencedObjective", PREVIOUS_MODULE,
            "operator", "not",
            "condition", "completed");
        x.empty(
            "imsss:ruleCondition",
            "referencedObjective", PREVIOUS_MODULE,
            "operator", "not",
            "condition", "activityProgressKnown");
        x.close();
        x.empty("imsss:ruleAction", "action", "disabled");
        x.close();
        x.close();
      }
      rollupRules(module.rollup(), module.contributes(), module.contributes() ? 1 : 0);
      if (m.modulesInOrder()) {
        x.open("imsss:objectives");
        x.empty("imsss:primaryObjective", "objectiveID", module.identifier());
        if (module.previous().isPresent()) {
          x.empty("imsss:objective", "objectiveID", PREVIOUS_MODULE);
        }
        x.close();
        x.open("adlseq:objectives");
        x.open("adlseq:objective", "objectiveID", module.identifier());
        x.empty(
            "adlseq:mapInfo",
            "targetObjectiveID", globalObjective(module.identifier()),
            "readCompletionStatus", "false",
            "writeCompletionStatus", "true");
        x.close();
        if (module.previous().isPresent()) {
          x.open("adlseq:objective", "objectiveID", PREVIOUS_MODULE);
          x.empty(
              "adlseq:mapInfo",
              "targetObjectiveID", globalObjective(module.previous().get()),
              "readCompletionStatus", "true",
              "writeCompletionStatus", "false");
          x.close();
        }
        x.close();
      }
      x.close();
    }
    x.close();
  }

  /** The global objective that holds a module's completion; scoped to the organization. */
  private String globalObjective(String moduleItem) {
    return "framsteg." + m.identifier() + "." + moduleItem + ".completed";
  }

  private void leaf(Leaf leaf) {
    x.open("item", "identifier", leaf.identifier(), "identifierref", leaf.resource());
    x.leaf("title", leaf.title());
    metadata(leaf.lom());
    if (!v2004) {
      leaf.prerequisites()
          .ifPresent(p -> x.leaf("adlcp:prerequisites", p, "type", "aicc_script"));
      if (leaf.kind() == LeafKind.ASSESSMENT) {
        // SCORM 1.2 CAM: masteryscore is compared with cmi.core.score.raw, a percentage here.
        x.leaf("adlcp:masteryscore", RulePlanner.decimal(leaf.passingScaled() * 100));
      }
      x.close();
      return;
    }
    if (leaf.kind() == LeafKind.MEDIA) {
      x.empty(
          "adlcp:completionThreshold",
          "completedByMeasure", "true",
          "minProgressMeasure", RulePlanner.decimal(leaf.playedThreshold()));
    }
    x.open("imsss:sequencing");
    if (leaf.kind() == LeafKind.ASSESSMENT && leaf.attempts().isPresent()) {
      x.empty("imsss:limitConditions", "attemptLimit", Integer.toString(leaf.attempts().getAsInt()));
    }
    boolean assessment = leaf.kind() == LeafKind.ASSESSMENT;
    // Only assessments say anything about satisfaction and measure; media and assets would
    // otherwise count as satisfied (SN UP.4) and dilute the measure of their module.
    if (!(assessment && leaf.contributes())) {
      x.empty(
          "imsss:rollupRules",
          "rollupObjectiveSatisfied", assessment && leaf.contributes() ? null : "false",
          "rollupProgressCompletion", leaf.contributes() ? null : "false",
          "objectiveMeasureWeight", assessment && leaf.contributes() ? null : "0");
    }
    if (assessment) {
      x.open("imsss:objectives");
      x.open(
          "imsss:primaryObjective", "objectiveID", leaf.identifier(), "satisfiedByMeasure", "true");
      x.leaf("imsss:minNormalizedMeasure", RulePlanner.decimal(leaf.passingScaled()));
      x.close();
      x.close();
    }
    if (leaf.kind() != LeafKind.ASSET) {
      // The SCO decides; an LMS must not take a SCO that never reported for completed (SN UP.4).
      x.empty(
          "imsss:deliveryControls",
          "completionSetByContent", "true",
          "objectiveSetByContent", "true");
    }
    x.close();
    x.close();
  }

  /**
   * {@code imsss:rollupRules}: whether this activity counts for its parent, and the rules by which
   * its own children roll up when they are not SCORM's default (all).
   */
  private void rollupRules(Rollup rollup, boolean contributes, double weight) {
    boolean rules = rollup.kind() != SetKind.ALL;
    String[] attributes = {
      "rollupObjectiveSatisfied", contributes ? null : "false",
      "rollupProgressCompletion", contributes ? null : "false",
      "objectiveMeasureWeight", weight == 1 ? null : RulePlanner.decimal(weight)
    };
    if (!rules) {
      if (!contributes) {
        x.empty("imsss:rollupRules", attributes);
      }
      return;
    }
    x.open("imsss:rollupRules", attributes);
    if (rollup.kind() == SetKind.ANY) {
      x.open("imsss:rollupRule", "childActivitySet", "any");
    } else {
      x.open(
          "imsss:rollupRule",
          "childActivitySet", "atLeastCount",
          "minimumCount", Integer.toString(rollup.count()));
    }
    x.open("imsss:rollupConditions");
    x.empty("imsss:rollupCondition", "condition", "completed");
    x.close();
    x.empty("imsss:rollupAction", "action", "completed");
    x.close();
    x.close();
  }

  private void resource(Resource r) {
    x.open(
        "resource",
        "identifier", r.identifier(),
        "type", "webcontent",
        v2004 ? "adlcp:scormType" : "adlcp:scormtype", r.sco() ? "sco" : "asset",
        "href", r.href().orElse(null));
    for (String file : r.files()) {
      x.empty("file", "href", file);
    }
    for (String d : r.dependencies()) {
      x.empty("dependency", "identifierref", d);
    }
    x.close();
  }

  private void metadata(Lom lom) {
    x.open("metadata");
    lom(lom);
    x.close();
  }

  private void lom(Lom lom) {
    if (v2004) {
      x.open("lom", "xmlns", LOM);
      x.open("general");
      x.open("identifier");
      x.leaf("catalog", "URI");
      x.leaf("entry", lom.identifier());
      x.close();
      strings("title", lom.titles());
      lom.languages().forEach(l -> x.leaf("language", l));
      strings("description", lom.descriptions());
      x.close();
      lom.playingTime()
          .ifPresent(
              d -> {
                x.open("technical");
                x.open("duration");
                x.leaf("duration", duration(d));
                x.close();
                x.close();
              });
      lom.learningTime()
          .ifPresent(
              d -> {
                x.open("educational");
                x.open("typicalLearningTime");
                x.leaf("duration", duration(d));
                x.close();
                x.close();
              });
    } else {
      x.open("lom", "xmlns", IMSMD_12);
      x.open("general");
      x.leaf("identifier", lom.identifier());
      strings("title", lom.titles());
      lom.languages().forEach(l -> x.leaf("language", l));
      strings("description", lom.descriptions());
      x.close();
      lom.playingTime()
          .ifPresent(
              d -> {
                x.open("technical");
                x.open("duration");
                x.leaf("datetime", duration(d));
                x.close();
                x.close();
              });
      lom.learningTime()
          .ifPresent(
              d -> {
                x.open("educational");
                x.open("typicallearningtime");
                x.leaf("datetime", duration(d));
                x.close();
                x.close();
              });
    }
    x.close();
  }

  /** A LOM LangString: IEEE {@code <string language>}, IMS MD {@code <langstring xml:lang>}. */
  private void strings(String element, Map<String, String> texts) {
    if (texts.isEmpty()) {
      return;
    }
    x.open(element);
    texts.forEach(
        (tag, text) -> {
          if (v2004) {
            x.leaf("string", text, "language", tag);
          } else {
            x.leaf("langstring", text, "xml:lang", tag);
          }
        });
    x.close();
  }

  /** An ISO 8601 duration in hours, minutes and seconds, as both LOM bindings want it. */
  static String duration(Duration d) {
    return d.toString();
  }
}
