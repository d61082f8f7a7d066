package org.framsteg.scorm.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The jqwik generators of the scorm tests, in one place. */
public final class ScormArbitraries {
  private ScormArbitraries() {}

  /** Zip entry names as attackers and sloppy tools write them. */
  public static Arbitrary<String> entryNames() {
    Arbitrary<String> segment = Arbitraries.oneOf(
        Arbitraries.of("..", ".", "", "...", "C:", "c:", "a", "lesson", "%2e%2e", "~", " ", ".. ",
            "CON", "file.txt:stream", "\u0000", "\n", "..\u2215", "\uff0e\uff0e"),
        Arbitraries.strings().withChars("abc.-_ ~:%\\/\u00e5\u0301").ofMaxLength(6));
    Arbitrary<String> separator = Arbitraries.of("/", "\\", "//", "/./", "\\\\");
    return Combinators.combine(
            Arbitraries.of("", "/", "\\", "C:\\", "//server/share/", "./"),
            segment.list().ofMaxSize(6),
            separator.list().ofMinSize(6).ofMaxSize(6),
            Arbitraries.of("", "/", "\\"))
        .as((prefix, segments, separators, suffix) -> {
          StringBuilder b = new StringBuilder(prefix);
          for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
              b.append(separators.get(i));
            }
            b.append(segments.get(i));
          }
          return b.append(suffix).toString();
        });
  }

  /** Safe, distinct-looking relative file names for round trips. */
  public static Arbitrary<String> safeNames() {
    Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
        .ofMaxLength(8);
    return segment.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join("/", s));
  }

  /** A valid SCORM 2004 manifest with some structure, to mutate. */
  public static byte[] validManifest() {
    return ("<?xml version='1.0' encoding='UTF-8'?>"
        + "<manifest identifier='m' version='1' xmlns='http://www.imsglobal.org/xsd/imscp_v1p1'"
        + " xmlns:adlcp='http://www.adlnet.org/xsd/adlcp_v1p3'"
        + " xmlns:adlseq='http://www.adlnet.org/xsd/adlseq_v1p3'"
        + " xmlns:adlnav='http://www.adlnet.org/xsd/adlnav_v1p3'"
        + " xmlns:imsss='http://www.imsglobal.org/xsd/imsss' xml:base='c/'>"
        + "<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion>"
        + "<adlcp:location>meta.xml</adlcp:location></metadata>"
        + "<organizations default='o'><organization identifier='o'><title>T</title>"
        + "<item identifier='i1' identifierref='r1' isvisible='true' parameters='?a=1'>"
        + "<title>A</title><adlcp:completionThreshold completedByMeasure='true' "
        + "minProgressMeasure='0.5'/><adlcp:data><adlcp:map targetID='t'/></adlcp:data>"
        + "<adlnav:presentation><adlnav:navigationInterface><adlnav:hideLMSUI>exit"
        + "</adlnav:hideLMSUI></adlnav:navigationInterface></adlnav:presentation>"
        + "<imsss:sequencing IDRef='s'><imsss:controlMode flow='true'/><imsss:sequencingRules>"
        + "<imsss:preConditionRule><imsss:ruleConditions><imsss:ruleCondition "
        + "condition='satisfied' operator='not' measureThreshold='0.2'/></imsss:ruleConditions>"
        + "<imsss:ruleAction action='skip'/></imsss:preConditionRule></imsss:sequencingRules>"
        + "<imsss:limitConditions attemptLimit='2' attemptAbsoluteDurationLimit='PT1H'/>"
        + "<imsss:rollupRules><imsss:rollupRule childActivitySet='atLeastCount' minimumCount='1'>"
        + "<imsss:rollupConditions><imsss:rollupCondition condition='completed'/>"
        + "</imsss:rollupConditions><imsss:rollupAction action='completed'/></imsss:rollupRule>"
        + "</imsss:rollupRules><imsss:objectives><imsss:primaryObjective objectiveID='p' "
        + "satisfiedByMeasure='true'><imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>"
        + "<imsss:mapInfo targetObjectiveID='g'/></imsss:primaryObjective></imsss:objectives>"
        + "<imsss:randomizationControls selectCount='1'/><imsss:deliveryControls tracked='false'/>"
        + "<adlseq:objectives><adlseq:objective objectiveID='p'><adlseq:mapInfo "
        + "targetObjectiveID='g'/></adlseq:objective></adlseq:objectives></imsss:sequencing>"
        + "</item><item identifier='i2'><title>B</title><item identifier='i3' identifierref='r1'>"
        + "<title>C</title></item></item></organization></organizations>"
        + "<resources xml:base='r/'><resource identifier='r1' type='webcontent' "
        + "adlcp:scormType='sco' href='index.html'><file href='index.html'/><dependency "
        + "identifierref='r2'/></resource><resource identifier='r2' type='webcontent' "
        + "adlcp:scormType='asset'/></resources><imsss:sequencingCollection><imsss:sequencing "
        + "ID='s'><imsss:deliveryControls/></imsss:sequencing></imsss:sequencingCollection>"
        + "</manifest>").getBytes(UTF_8);
  }

  /** A valid manifest damaged in a few places: bytes replaced, cut, duplicated or inserted. */
  public static Arbitrary<byte[]> mutatedManifests() {
    byte[] base = validManifest();
    Arbitrary<byte[]> snippets = Arbitraries.of("<", ">", "/>", "</item>", "<item>", "'", "\"",
            "&", "&amp;", "<!DOCTYPE m>", "<![CDATA[", "]]>", "<!--", "-->", "<?pi?>",
            "xmlns:x='u'", " x:y='1'", "\u0000", "\u00ff", "\ud800", "&#0;", "&#x110000;",
            "<imsss:sequencing>", "<adlcp:data>", "identifier=''")
        .map(s -> s.getBytes(UTF_8));
    Arbitrary<Mutation> mutation = Combinators.combine(
            Arbitraries.integers().between(0, base.length - 1),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(0, 3),
            snippets)
        .as(Mutation::new);
    return mutation.list().ofMinSize(1).ofMaxSize(4).map(ms -> apply(base, ms));
  }

  private record Mutation(int at, int length, int kind, byte[] snippet) {}

  private static byte[] apply(byte[] base, List<Mutation> mutations) {
    byte[] doc = base;
    for (Mutation m : mutations) {
      int at = Math.min(m.at(), doc.length);
      int end = Math.min(doc.length, at + m.length());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      out.write(doc, 0, at);
      switch (m.kind()) {
        case 0 -> out.writeBytes(m.snippet()); // replace a stretch
        case 1 -> { } // delete a stretch
        case 2 -> {
          out.writeBytes(m.snippet()); // insert
          end = at;
        }
        default -> {
          out.write(doc, at, end - at); // duplicate a stretch
          end = at;
        }
      }
      out.write(doc, end, doc.length - end);
      doc = out.toByteArray();
    }
    return doc;
  }
}
