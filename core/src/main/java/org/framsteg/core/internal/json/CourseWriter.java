package org.framsteg.core.internal.json;

import java.io.StringWriter;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.CourseModule;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.PodcastEpisode;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.course.WebLink;
import org.framsteg.core.json.CourseJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a course as the canonical text of its file: keys in a fixed order, two-space indents,
 * {@code "\n"} line ends whatever the platform, a final line end, language maps in the text's own
 * order, caption and transcript maps sorted by tag, whole numbers without a fraction. Every
 * UTF-16 surrogate is written as a {@code \}{@code u} escape, so that text that is not valid
 * Unicode on its own still survives any encoding of the file.
 */
public final class CourseWriter {
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("")
          .withRootSeparator(""))
      .withObjectIndenter(INDENT)
      .withArrayIndenter(INDENT);

  private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if ((ch >= 0xD800 && ch <= 0xDFFF) || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  };

  private static final ObjectWriteContext CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRINTER.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }

    @Override
    public CharacterEscapes getCharacterEscapes() {
      return ESCAPES;
    }
  };

  /** The largest magnitude below which every whole double is written without a fraction. */
  private static final double EXACT_WHOLE = 0x1p53;

  private CourseWriter() {}

  /** The course file's text. */
  public static String write(Course course) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonInput.FACTORY.createGenerator(CONTEXT, out)) {
      course(g, course);
    }
    out.write('\n');
    return out.toString();
  }

  private static void course(JsonGenerator g, Course c) {
    g.writeStartObject();
    g.writeStringProperty("format", CourseJson.FORMAT);
    g.writeStringProperty("id", c.id());
    g.writeStringProperty("version", c.version());
    text(g, "title", c.title());
    if (c.description().isPresent()) {
      text(g, "description", c.description().get());
    }
    g.writeName("languages");
    g.writeStartArray();
    for (String language : c.languages()) {
      g.writeString(language);
    }
    g.writeEndArray();
    if (c.publisher().isPresent()) {
      g.writeStringProperty("publisher", c.publisher().get());
    }
    if (c.audience().isPresent()) {
      text(g, "audience", c.audience().get());
    }
    if (c.licence().isPresent()) {
      g.writeStringProperty("licence", c.licence().get());
    }
    g.writeName("modules");
    g.writeStartArray();
    for (CourseModule m : c.modules()) {
      module(g, m);
    }
    g.writeEndArray();
    if (c.completion().isPresent()) {
      g.writeName("completion");
      rule(g, c.completion().get());
    }
    g.writeEndObject();
  }

  private static void module(JsonGenerator g, CourseModule m) {
    g.writeStartObject();
    g.writeStringProperty("id", m.id());
    text(g, "title", m.title());
    if (m.description().isPresent()) {
      text(g, "description", m.description().get());
    }
    g.writeBooleanProperty("required", m.required());
    g.writeName("activities");
    g.writeStartArray();
    for (Activity a : m.activities()) {
      activity(g, a);
    }
    g.writeEndArray();
    if (m.completion().isPresent()) {
      g.writeName("completion");
      rule(g, m.completion().get());
    }
    g.writeEndObject();
  }

  private static void activity(JsonGenerator g, Activity a) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id());
    text(g, "title", a.title());
    if (a.description().isPresent()) {
      text(g, "description", a.description().get());
    }
    g.writeBooleanProperty("required", a.required());
    if (a.estimatedTime().isPresent()) {
      g.writeStringProperty("estimatedTime", a.estimatedTime().get().toString());
    }
    g.writeName("media");
    media(g, a.media());
    if (a.completion().isPresent()) {
      g.writeName("completion");
      rule(g, a.completion().get());
    }
    g.writeEndObject();
  }

  private static void media(JsonGenerator g, Media media) {
    g.writeStartObject();
    g.writeStringProperty("kind", media.kind().key());
    if (media instanceof TimedMedia t) {
      g.writeStringProperty("source", t.source().toString());
      g.writeStringProperty("duration", t.duration().toString());
      if (t.language().isPresent()) {
        g.writeStringProperty("language", t.language().get());
      }
      if (t instanceof PodcastEpisode p) {
        if (p.series().isPresent()) {
          g.writeStringProperty("series", p.series().get());
        }
        if (p.episode().isPresent()) {
          g.writeNumberProperty("episode", p.episode().get());
        }
      }
      uris(g, "captions", t.captions());
      uris(g, "transcripts", t.transcripts());
    } else if (media instanceof Document d) {
      g.writeStringProperty("source", d.source().toString());
      if (d.pages().isPresent()) {
        g.writeNumberProperty("pages", d.pages().get());
      }
      if (d.language().isPresent()) {
        g.writeStringProperty("language", d.language().get());
      }
    } else if (media instanceof WebLink l) {
      g.writeStringProperty("url", l.url().toString());
    } else if (media instanceof Assessment a) {
      number(g, "maxScore", a.maxScore());
      number(g, "passingScore", a.passingScore());
      if (a.attemptsAllowed().isPresent()) {
        g.writeNumberProperty("attemptsAllowed", a.attemptsAllowed().get());
      }
    }
    g.writeEndObject();
  }

  private static void rule(JsonGenerator g, CompletionRule rule) {
    g.writeStartObject();
    if (rule instanceof CompletionRule.AllOf r) {
      g.writeName("allOf");
      rules(g, r.rules());
    } else if (rule instanceof CompletionRule.AnyOf r) {
      g.writeName("anyOf");
      rules(g, r.rules());
    } else if (rule instanceof CompletionRule.AtLeast r) {
      g.writeName("atLeast");
      g.writeStartObject();
      g.writeNumberProperty("count", r.count());
      g.writeName("rules");
      rules(g, r.rules());
      g.writeEndObject();
    } else if (rule instanceof CompletionRule.Weighted r) {
      g.writeName("weighted");
      g.writeStartObject();
      number(g, "threshold", r.threshold());
      g.writeName("parts");
      g.writeStartArray();
      for (CompletionRule.Weight part : r.parts()) {
        g.writeStartObject();
        number(g, "weight", part.weight());
        g.writeName("rule");
        rule(g, part.rule());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } else if (rule instanceof CompletionRule.ActivityCompleted r) {
      g.writeStringProperty("completed", r.activityId());
    } else if (rule instanceof CompletionRule.ModuleCompleted r) {
      g.writeStringProperty("moduleCompleted", r.moduleId());
    } else if (rule instanceof CompletionRule.MediaPlayed r) {
      g.writeName("played");
      g.writeStartObject();
      g.writeStringProperty("activity", r.activityId());
      number(g, "fraction", r.fraction());
      g.writeEndObject();
    } else if (rule instanceof CompletionRule.ScoreAtLeast r) {
      g.writeName("scoreAtLeast");
      g.writeStartObject();
      g.writeStringProperty("activity", r.activityId());
      number(g, "minimum", r.minimum());
      g.writeEndObject();
    } else if (rule instanceof CompletionRule.Passed r) {
      g.writeStringProperty("passed", r.activityId());
    } else if (rule instanceof CompletionRule.TimeSpentAtLeast r) {
      g.writeStringProperty("timeSpent", r.minimum().toString());
    } else if (rule instanceof CompletionRule.MarkedDone r) {
      g.writeStringProperty("markedDone", r.activityId());
    } else if (rule instanceof CompletionRule.Before r) {
      g.writeName("before");
      g.writeStartObject();
      if (r.deadline() instanceof CompletionRule.Deadline.At at) {
        g.writeStringProperty("deadline", at.instant().toString());
      } else if (r.deadline() instanceof CompletionRule.Deadline.DaysAfterEnrolment days) {
        g.writeNumberProperty("daysAfterEnrolment", days.days());
      }
      g.writeName("rule");
      rule(g, r.rule());
      g.writeEndObject();
    } else {
      throw new IllegalStateException("no file form for rule " + rule.getClass().getName());
    }
    g.writeEndObject();
  }

  private static void rules(JsonGenerator g, Iterable<CompletionRule> rules) {
    g.writeStartArray();
    for (CompletionRule r : rules) {
      rule(g, r);
    }
    g.writeEndArray();
  }

  private static void text(JsonGenerator g, String name, LocalizedText text) {
    g.writeName(name);
    g.writeStartObject();
    for (Map.Entry<String, String> e : text.asMap().entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void uris(JsonGenerator g, String name, Map<String, URI> byTag) {
    if (byTag.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartObject();
    for (Map.Entry<String, URI> e : new TreeMap<>(byTag).entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue().toString());
    }
    g.writeEndObject();
  }

  /** Whole numbers without a fraction ({@code 20}, not {@code 20.0}); others as Java prints them. */
  private static void number(JsonGenerator g, String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException(name + ": a course value is not a finite number: " + value);
    }
    g.writeName(name);
    boolean negativeZero = Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
    if (value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE && !negativeZero) {
      g.writeNumber((long) value);
    } else {
      g.writeNumber(value);
    }
  }
}
