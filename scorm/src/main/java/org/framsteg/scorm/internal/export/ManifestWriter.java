package org.framsteg.scorm.internal.export;

import static org.framsteg.scorm.internal.export.Xml.attr;

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
 * Writes {@code imsmanifest.xml} from a {@link Manifest}: IMS CP 1.1.2 with the ADL 1.2 extensions
 * and IMS MD 1.2.1 metadata for SCORM 1.2 (SCORM 1.2 CAM §2.3); IMS CP 1.1.4 with {@code adlcp},
 * {@code adlseq} and {@code imsss} and IEEE LOM metadata for SCORM 2004 4th edition (CAM §3.4, §4,
 * §5). Elements come in the order the CAM lists them.
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
          attr("identifier", m.identifier()),
          attr("version", m.manifestVersion()),
          attr("xmlns", CP_2004),
          attr("xmlns:adlcp", ADLCP_2004),
          attr("xmlns:adlseq", ADLSEQ),
          attr("xmlns:imsss", IMSSS));
    } else {
      x.open(
          "manifest",
          attr("identifier", m.identifier()),
          attr("version", m.manifestVersion()),
          attr("xmlns", CP_12),
          attr("xmlns:adlcp", ADLCP_12));
    }
    x.open("metadata");
    x.leaf("schema", "ADL SCORM");
    x.leaf("schemaversion", m.version().schemaVersion());
    lom(m.lom());
    x.close();
    x.open("organizations", attr("default", m.organization()));
    x.open(
        "organization",
        attr("identifier", m.organization()),
        attr("adlseq:objectivesGlobalToSystem", v2004 && m.modulesInOrder() ? "false" : null));
    x.leaf("title", m.title());
    for (Module module : m.modules()) {
      module(module);
    }
    if (v2004) {
      x.open("imsss:sequencing");
      x.empty("imsss:controlMode", attr("choice", "true"), attr("flow", "true"));
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
    x.open("item", attr("identifier", module.identifier()));
    x.leaf("title", module.title());
    for (Leaf leaf : module.leaves()) {
      leaf(leaf);
    }
    metadata(module.lom());
    if (v2004) {
      x.open("imsss:sequencing");
      x.empty("imsss:controlMode", attr("choice", "true"), attr("flow", "true"));
      if (module.previous().isPresent()) {
        // CAM §5.1 precondition rule: disabled until the previous module's completion, which it
        // writes to a global objective (4th ed. adlseq:objectives, CAM §5.1).
        x.open("imsss:sequencingRules");
        x.open("imsss:preConditionRule");
        x.open("imsss:ruleConditions", attr("conditionCombination", "any"));
        x.empty(
            "imsss:ruleCondition",
            attr("referencedObjective", PREVIOUS_MODULE),
            attr("operator", "not"),
            attr("condition", "completed"));
        x.empty(
            "imsss:ruleCondition",
            attr("referencedObjective", PREVIOUS_MODULE),
            attr("operator", "not"),
            attr("condition", "activityProgressKnown"));
        x.close();
        x.empty("imsss:ruleAction", attr("action", "disabled"));
        x.close();
        x.close();
      }
      rollupRules(module.rollup(), module.contributes(), module.contributes() ? 1 : 0);
      if (m.modulesInOrder()) {
        x.open("imsss:objectives");
        x.empty("imsss:primaryObjective", attr("objectiveID", module.identifier()));
        if (module.previous().isPresent()) {
          x.empty("imsss:objective", attr("objectiveID", PREVIOUS_MODULE));
        }
        x.close();
        x.open("adlseq:objectives");
        x.open("adlseq:objective", attr("objectiveID", module.identifier()));
        x.empty(
            "adlseq:mapInfo",
            attr("targetObjectiveID", globalObjective(module.identifier())),
            attr("readCompletionStatus", "false"),
            attr("writeCompletionStatus", "true"));
        x.close();
        if (module.previous().isPresent()) {
          x.open("adlseq:objective", attr("objectiveID", PREVIOUS_MODULE));
          x.empty(
              "adlseq:mapInfo",
              attr("targetObjectiveID", globalObjective(module.previous().get())),
              attr("readCompletionStatus", "true"),
              attr("writeCompletionStatus", "false"));
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
    x.open("item", attr("identifier", leaf.identifier()), attr("identifierref", leaf.resource()));
    x.leaf("title", leaf.title());
    metadata(leaf.lom());
    if (!v2004) {
      leaf.prerequisites()
          .ifPresent(p -> x.leaf("adlcp:prerequisites", p, attr("type", "aicc_script")));
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
          attr("completedByMeasure", "true"),
          attr("minProgressMeasure", RulePlanner.decimal(leaf.playedThreshold())));
    }
    x.open("imsss:sequencing");
    if (leaf.kind() == LeafKind.ASSESSMENT && leaf.attempts().isPresent()) {
      x.empty(
          "imsss:limitConditions",
          attr("attemptLimit", Integer.toString(leaf.attempts().getAsInt())));
    }
    boolean assessment = leaf.kind() == LeafKind.ASSESSMENT;
    // Only assessments say anything about satisfaction and measure; media and assets would
    // otherwise count as satisfied (SN UP.4) and dilute the measure of their module.
    if (!(assessment && leaf.contributes())) {
      x.empty(
          "imsss:rollupRules",
          attr("rollupObjectiveSatisfied", assessment && leaf.contributes() ? null : "false"),
          attr("rollupProgressCompletion", leaf.contributes() ? null : "false"),
          attr("objectiveMeasureWeight", assessment && leaf.contributes() ? null : "0"));
    }
    if (assessment) {
      x.open("imsss:objectives");
      x.open(
          "imsss:primaryObjective",
          attr("objectiveID", leaf.identifier()),
          attr("satisfiedByMeasure", "true"));
      x.leaf("imsss:minNormalizedMeasure", RulePlanner.decimal(leaf.passingScaled()));
      x.close();
      x.close();
    }
    if (leaf.kind() != LeafKind.ASSET) {
      // The SCO decides; an LMS must not take a SCO that never reported for completed (SN UP.4).
      x.empty(
          "imsss:deliveryControls",
          attr("completionSetByContent", "true"),
          attr("objectiveSetByContent", "true"));
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
    Xml.Attr[] attributes = {
      attr("rollupObjectiveSatisfied", contributes ? null : "false"),
      attr("rollupProgressCompletion", contributes ? null : "false"),
      attr("objectiveMeasureWeight", weight == 1 ? null : RulePlanner.decimal(weight))
    };
    if (!rules) {
      if (!contributes) {
        x.empty("imsss:rollupRules", attributes);
      }
      return;
    }
    x.open("imsss:rollupRules", attributes);
    if (rollup.kind() == SetKind.ANY) {
      x.open("imsss:rollupRule", attr("childActivitySet", "any"));
    } else {
      x.open(
          "imsss:rollupRule",
          attr("childActivitySet", "atLeastCount"),
          attr("minimumCount", Integer.toString(rollup.count())));
    }
    x.open("imsss:rollupConditions");
    x.empty("imsss:rollupCondition", attr("condition", "completed"));
    x.close();
    x.empty("imsss:rollupAction", attr("action", "completed"));
    x.close();
    x.close();
  }

  private void resource(Resource r) {
    x.open(
        "resource",
        attr("identifier", r.identifier()),
        attr("type", "webcontent"),
        attr(v2004 ? "adlcp:scormType" : "adlcp:scormtype", r.sco() ? "sco" : "asset"),
        attr("href", r.href().orElse(null)));
    for (String file : r.files()) {
      x.empty("file", attr("href", file));
    }
    for (String d : r.dependencies()) {
      x.empty("dependency", attr("identifierref", d));
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
      x.open("lom", attr("xmlns", LOM));
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
      x.open("lom", attr("xmlns", IMSMD_12));
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
            x.leaf("string", text, attr("language", tag));
          } else {
            x.leaf("langstring", text, attr("xml:lang", tag));
          }
        });
    x.close();
  }

  /** An ISO 8601 duration in hours, minutes and seconds, as both LOM bindings want it. */
  static String duration(Duration d) {
    return d.toString();
  }
}
