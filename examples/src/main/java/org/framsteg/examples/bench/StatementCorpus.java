package org.framsteg.examples.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Statements as a video player following the xAPI Video Profile sends them, as UTF-8 bytes: the
 * input of {@link XapiBenchmark}.
 *
 * <pre>{@code
 * List<byte[]> small = StatementCorpus.generate(2000, StatementCorpus.Size.SMALL, 2026L);
 * Statement s = Xapi.reader(XapiVersion.V2_0).read(small.get(0));
 * }</pre>
 *
 * <p>Small statements (about 0.8 to 1.2 KB) carry actor, verb, a video activity with its type, a
 * result with the profile's time and progress extensions, and a context with registration,
 * category and session extensions. Large ones (about 2 to 4 KB) add names and descriptions in
 * three languages, parent and grouping activities with definitions, a team, long played-segments
 * strings and the player's screen and quality extensions. See the <a
 * href="https://liveaspankaj.gitbooks.io/xapi-video-profile/content/statement_data_model.html">xAPI
 * Video Profile statement data model</a>.
 */
public final class StatementCorpus {
  private StatementCorpus() {}

  /** How much a statement says. */
  public enum Size {
    /** The statements of a plain player: about 1 KB. */
    SMALL,
    /** Richly described statements: 2 to 4 KB. */
    LARGE
  }

  private static final String VIDEO = "https://w3id.org/xapi/video/";
  private static final String EXT = VIDEO + "extensions/";
  private static final String[] VERBS = {"initialized", "played", "paused", "seeked", "completed", "terminated"};
  private static final String[] NAMES = {"Anna Lindqvist", "Björn Ek", "Chen Wei", "Dalia Haddad", "Erik Nyström",
      "Fatima Öberg", "Göran Åslund", "Hanna Kowalski"};

  /** {@code count} statements of the given size; the same seed gives the same bytes. */
  public static List<byte[]> generate(int count, Size size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(statement(random, i, size).getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String statement(SplittableRandom r, int i, Size size) {
    boolean large = size == Size.LARGE;
    String verb = VERBS[r.nextInt(VERBS.length)];
    int learner = r.nextInt(5000);
    int video = 1 + r.nextInt(12);
    double length = 300 + r.nextInt(1500) + r.nextInt(1000) / 1000.0;
    double from = r.nextInt((int) length);
    double to = Math.min(length, from + r.nextInt(400) + r.nextInt(1000) / 1000.0);
    Instant ts = Instant.parse("2026-02-01T08:00:00Z").plusMillis(r.nextLong(20L * 7 * 24 * 3600 * 1000));
    StringBuilder b = new StringBuilder(large ? 3600 : 1200);
    b.append("{\"id\":\"").append(uuid(r)).append('"');
    b.append(",\"actor\":{\"objectType\":\"Agent\",\"name\":\"").append(NAMES[learner % NAMES.length])
        .append("\",\"account\":{\"homePage\":\"https://lms.example.org\",\"name\":\"learner-").append(learner)
        .append("\"}}");
    b.append(",\"verb\":{\"id\":\"").append(verb.equals("initialized") || verb.equals("completed")
            || verb.equals("terminated") ? "http://adlnet.gov/expapi/verbs/" + verb : VIDEO + "verbs/" + verb)
        .append("\",\"display\":{\"en-US\":\"").append(verb).append('"');
    if (large) {
      b.append(",\"sv-SE\":\"").append(swedish(verb)).append("\",\"de-DE\":\"").append(verb).append('"');
    }
    b.append("}}");
    b.append(",\"object\":{\"objectType\":\"Activity\",\"id\":\"https://framsteg.org/courses/att-leda/videos/v")
        .append(video).append("\",\"definition\":{\"type\":\"").append(VIDEO).append("activity-type/video\"")
        .append(",\"name\":{\"en-US\":\"Leading digital change, part ").append(video).append('"');
    if (large) {
      b.append(",\"sv-SE\":\"Att leda digital förändring, del ").append(video).append('"')
          .append(",\"de-DE\":\"Digitalen Wandel führen, Teil ").append(video).append("\"},\"description\":{")
          .append("\"en-US\":\"").append(lorem(r, 200)).append("\",\"sv-SE\":\"").append(lorem(r, 200))
          .append("\",\"de-DE\":\"").append(lorem(r, 160)).append("\"}");
      b.append(",\"moreInfo\":\"https://framsteg.org/courses/att-leda/videos/v").append(video).append("/about\"");
    } else {
      b.append('}');
    }
    b.append("}}");
    if (!verb.equals("initialized")) {
      b.append(",\"result\":{");
      if (verb.equals("completed")) {
        b.append("\"completion\":true,\"duration\":\"PT").append(r.nextInt(3000)).append(".").append(r.nextInt(10))
            .append("S\",");
      }
      b.append("\"extensions\":{\"").append(EXT).append("time\":").append(fmt(to));
      if (verb.equals("seeked")) {
        b.append(",\"").append(EXT).append("time-from\":").append(fmt(from)).append(",\"").append(EXT)
            .append("time-to\":").append(fmt(to));
      }
      b.append(",\"").append(EXT).append("progress\":").append(fmt(Math.min(1, to / length)));
      b.append(",\"").append(EXT).append("played-segments\":\"").append(segments(r, length, large ? 24 : 4))
          .append("\"}}");
    }
    b.append(",\"context\":{\"registration\":\"").append(uuid(r)).append('"');
    b.append(",\"contextActivities\":{\"category\":[{\"id\":\"https://w3id.org/xapi/video\"")
        .append(",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/profile\"}}]");
    if (large) {
      b.append(",\"parent\":[{\"id\":\"https://framsteg.org/courses/att-leda/modules/m").append(1 + video / 4)
          .append("\",\"objectType\":\"Activity\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/module\",")
          .append("\"name\":{\"en-US\":\"Module ").append(1 + video / 4).append("\",\"sv-SE\":\"Modul ")
          .append(1 + video / 4).append("\"}}}]");
      b.append(",\"grouping\":[{\"id\":\"https://framsteg.org/courses/att-leda\",\"definition\":{\"type\":")
          .append("\"http://adlnet.gov/expapi/activities/course\",\"name\":{\"en-US\":\"Leading digital ")
          .append("transformation\",\"sv-SE\":\"Att leda digital transformation\"}}}]");
    }
    b.append('}');
    if (large) {
      b.append(",\"instructor\":{\"objectType\":\"Agent\",\"name\":\"Ingrid Holm\",\"mbox\":\"mailto:ingrid.holm@")
          .append("example.org\"},\"team\":{\"objectType\":\"Group\",\"name\":\"Cohort ").append(learner % 40)
          .append("\",\"member\":[{\"mbox\":\"mailto:learner").append(learner).append("@example.org\"}]}")
          .append(",\"platform\":\"Framsteg player\",\"language\":\"sv-SE\"");
    }
    b.append(",\"extensions\":{\"").append(EXT).append("session-id\":\"").append(uuid(r)).append('"')
        .append(",\"").append(EXT).append("length\":").append(fmt(length))
        .append(",\"").append(EXT).append("completion-threshold\":0.9");
    if (large) {
      b.append(",\"").append(EXT).append("user-agent\":\"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 ")
          .append("Firefox/128.0\"").append(",\"").append(EXT).append("volume\":").append(fmt(r.nextInt(100) / 100.0))
          .append(",\"").append(EXT).append("cc-enabled\":").append(r.nextBoolean())
          .append(",\"").append(EXT).append("cc-subtitle-lang\":\"sv-SE\"")
          .append(",\"").append(EXT).append("full-screen\":").append(r.nextBoolean())
          .append(",\"").append(EXT).append("screen-size\":\"1920x1080\"")
          .append(",\"").append(EXT).append("video-playback-size\":\"1280x720\"")
          .append(",\"").append(EXT).append("speed\":\"").append(r.nextBoolean() ? "1x" : "1.5x").append('"')
          .append(",\"").append(EXT).append("frame-rate\":25")
          .append(",\"").append(EXT).append("quality\":\"720p\"");
    }
    b.append("}}");
    b.append(",\"timestamp\":\"").append(ts).append("\"}");
    return b.toString();
  }

  private static String uuid(SplittableRandom r) {
    long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  private static String segments(SplittableRandom r, double length, int n) {
    StringBuilder b = new StringBuilder();
    double at = 0;
    for (int i = 0; i < n && at < length; i++) {
      double end = Math.min(length, at + 1 + r.nextInt(60));
      if (b.length() > 0) {
        b.append("[,]");
      }
      b.append(fmt(at)).append("[.]").append(fmt(end));
      at = end + r.nextInt(30);
    }
    return b.toString();
  }

  private static final String[] WORDS = ("leda förändring digital strategy team culture data trust "
      + "ledarskap medarbetare customer value process tjänst platform risk learning lärande").split(" ");

  private static String lorem(SplittableRandom r, int chars) {
    StringBuilder b = new StringBuilder(chars + 16);
    while (b.length() < chars) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.append('.').toString();
  }

  private static String swedish(String verb) {
    switch (verb) {
      case "initialized": return "startade";
      case "played": return "spelade";
      case "paused": return "pausade";
      case "seeked": return "sökte";
      case "completed": return "slutförde";
      default: return "avslutade";
    }
  }
}
