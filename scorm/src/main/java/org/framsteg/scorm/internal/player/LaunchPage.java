package org.framsteg.scorm.internal.player;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders the launch page of a timed-media SCO and hands out the player files it loads.
 *
 * <pre>{@code
 * byte[] html = LaunchPage.render(config);      // write as e.g. "sco-3.html"
 * for (String f : LaunchPage.PLAYER_FILES) {    // once per package folder
 *   write(config.playerBase() + f, LaunchPage.playerFile(f));
 * }
 * }</pre>
 *
 * <p>The page is plain HTML5: a native {@code <video>} or {@code <audio>} element with its
 * controls, one {@code <track kind="captions">} per caption language, a transcript link, a status
 * region and the JSON configuration block that {@code framsteg-sco.js} reads to talk to the LMS
 * through the SCORM run-time API (SCORM 1.2 RTE §3.3, SCORM 2004 4th edition RTE §3.1). Rendering
 * is deterministic: the same configuration gives the same bytes. Every configured text is escaped
 * for the place it goes (HTML text, attribute or JSON inside {@code <script>}).
 */
public final class LaunchPage {
  /** The files every package needs at {@link LaunchConfig#playerBase()}, once per folder. */
  public static final List<String> PLAYER_FILES = List.of("framsteg-sco.js", "framsteg-player.css");

  /** The {@code id} of the JSON configuration block. */
  public static final String CONFIG_ELEMENT_ID = "framsteg-config";

  /** The version of the configuration contract, the {@code configVersion} field. */
  public static final int CONFIG_VERSION = 1;

  private static final String RESOURCE_FOLDER = "/org/framsteg/scorm/player/";

  private LaunchPage() {}

  /** The launch page for one SCO, UTF-8 encoded. */
  public static byte[] render(LaunchConfig config) {
    return html(config).getBytes(StandardCharsets.UTF_8);
  }

  /** The bytes of one of the {@link #PLAYER_FILES}. */
  public static byte[] playerFile(String name) {
    if (!PLAYER_FILES.contains(name)) {
      throw new IllegalArgumentException(
          "name: must be one of " + PLAYER_FILES + ", was '" + name + "'");
    }
    try (InputStream in = LaunchPage.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("player file missing from the class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading player file " + name, e);
    }
  }

  /** The JSON configuration block's content, as embedded in the page. */
  static String configJson(LaunchConfig c) {
    StringBuilder j = new StringBuilder(512).append("{\n");
    field(j, "configVersion", Integer.toString(CONFIG_VERSION));
    field(j, "activityId", Markup.jsonString(c.activityId()));
    field(j, "title", Markup.jsonString(c.title()));
    field(j, "language", Markup.jsonString(c.language().toLanguageTag()));
    field(j, "mediaKind", Markup.jsonString(c.mediaKind().element()));
    field(j, "src", Markup.jsonString(c.src()));
    c.mediaType().ifPresent(t -> field(j, "mediaType", Markup.jsonString(t)));
    field(j, "durationSeconds", Markup.jsonSeconds(c.duration()));
    StringBuilder captions = new StringBuilder("[");
    for (int i = 0; i < c.captions().size(); i++) {
      CaptionTrack t = c.captions().get(i);
      captions
          .append(i == 0 ? "\n" : ",\n")
          .append("    {\"src\": ")
          .append(Markup.jsonString(t.src()))
          .append(", \"srclang\": ")
          .append(Markup.jsonString(t.language().toLanguageTag()))
          .append(", \"label\": ")
          .append(Markup.jsonString(t.label()))
          .append(", \"default\": ")
          .append(t.isDefault())
          .append('}');
    }
    field(j, "captions", captions.append(c.captions().isEmpty() ? "]" : "\n  ]").toString());
    c.transcript()
        .ifPresent(
            t ->
                field(
                    j,
                    "transcript",
                    "{\"href\": "
                        + Markup.jsonString(t.href())
                        + ", \"label\": "
                        + Markup.jsonString(t.label())
                        + "}"));
    field(j, "completionThreshold", Markup.jsonNumber(c.completionThreshold()));
    field(j, "scormVersion", Markup.jsonString(c.runtimeVersion()));
    field(j, "commitIntervalSeconds", Markup.jsonSeconds(c.commitInterval()));
    j.setLength(j.length() - 2); // the last field's ",\n"
    return j.append("\n}").toString();
  }

  private static void field(StringBuilder j, String name, String jsonValue) {
    j.append("  \"").append(name).append("\": ").append(jsonValue).append(",\n");
  }

  private static String html(LaunchConfig c) {
    String lang = Markup.html(c.language().toLanguageTag());
    String title = Markup.html(c.title());
    String base = Markup.html(c.playerBase());
    String src = Markup.html(c.src());
    String element = c.mediaKind().element();
    boolean video = c.mediaKind() == LaunchConfig.MediaKind.VIDEO;
    StringBuilder h = new StringBuilder(4096);
    line(h, "<!DOCTYPE html>");
    line(h, "<html lang=\"" + lang + "\">");
    line(h, "<head>");
    line(h, "<meta charset=\"utf-8\">");
    line(h, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    line(h, "<title>" + title + "</title>");
    line(h, "<link rel=\"stylesheet\" href=\"" + base + "framsteg-player.css\">");
    line(h, "<script type=\"application/json\" id=\"" + CONFIG_ELEMENT_ID + "\">");
    line(h, configJson(c));
    line(h, "</script>");
    line(h, "<script src=\"" + base + "framsteg-sco.js\" defer></script>");
    line(h, "</head>");
    line(h, "<body>");
    line(h, "<main class=\"framsteg-player framsteg-" + element + "\">");
    line(h, "<h1 id=\"framsteg-title\">" + title + "</h1>");
    line(h, "<div class=\"framsteg-stage\">");
    line(
        h,
        "<"
            + element
            + " id=\"framsteg-media\" controls preload=\"metadata\""
            + (video ? " playsinline" : "")
            + " aria-labelledby=\"framsteg-title\" aria-describedby=\"framsteg-keys\">");
    line(
        h,
        "<source src=\""
            + src
            + "\""
            + c.mediaType().map(t -> " type=\"" + Markup.html(t) + "\"").orElse("")
            + ">");
    for (CaptionTrack t : c.captions()) {
      line(
          h,
          "<track kind=\"captions\" src=\""
              + Markup.html(t.src())
              + "\" srclang=\""
              + Markup.html(t.language().toLanguageTag())
              + "\" label=\""
              + Markup.html(t.label())
              + "\""
              + (t.isDefault() ? " default" : "")
              + ">");
    }
    line(
        h,
        "<p lang=\"en\">This browser cannot play the "
            + element
            + " here."
            + " <a href=\""
            + src
            + "\">Open the media file</a>.</p>");
    line(h, "</" + element + ">");
    line(h, "</div>");
    line(
        h,
        "<p id=\"framsteg-keys\" class=\"framsteg-help\" lang=\"en\">Keyboard: Tab moves to the"
            + " player controls, Space or Enter activates the focused control"
            + (c.captions().isEmpty() ? "" : "; captions are chosen in the controls' menu")
            + ".</p>");
    c.transcript()
        .ifPresent(
            t ->
                line(
                    h,
                    "<p class=\"framsteg-transcript\"><a id=\"framsteg-transcript\" href=\""
                        + Markup.html(t.href())
                        + "\">"
                        + Markup.html(t.label())
                        + "</a></p>"));
    line(
        h,
        "<p class=\"framsteg-progress\" lang=\"en\"><label for=\"framsteg-progress\">Played"
            + "</label> <progress id=\"framsteg-progress\" max=\"100\" value=\"0\"></progress>"
            + " <span id=\"framsteg-watched\">0%</span></p>");
    line(
        h,
        "<div id=\"framsteg-status\" class=\"framsteg-status\" role=\"status\""
            + " aria-live=\"polite\" lang=\"en\"></div>");
    line(
        h,
        "<div id=\"framsteg-errors\" class=\"framsteg-errors\" role=\"alert\" lang=\"en\">"
            + "</div>");
    line(
        h,
        "<noscript><p lang=\"en\">The media plays, but progress is recorded only with"
            + " JavaScript enabled.</p></noscript>");
    line(h, "</main>");
    line(h, "</body>");
    line(h, "</html>");
    return h.toString();
  }

  private static void line(StringBuilder h, String line) {
    h.append(line).append('\n');
  }
}
