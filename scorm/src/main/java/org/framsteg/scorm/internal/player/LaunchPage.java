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
 * byte[] html = LaunchPage.render(config);                     // write as e.g. "sco-3.html"
 * for (String f : LaunchPage.PLAYER_FILES) write(config.playerBase() + f, LaunchPage.playerFile(f));
 * }</pre>
 *
 * <p>The page is plain HTML5: a native {@code <video>} or {@code <audio>} element with its controls,
 * one {@code <track kind="captions">} per caption language, a transcript link, a status region and
 * the JSON configuration block that {@code framsteg-sco.js} reads to talk to the LMS through the
 * SCORM run-time API (SCORM 1.2 RTE §3.3, SCORM 2004 4th edition RTE §3.1). Rendering is
 * deterministic: the same configuration gives the same bytes. Every configured text is escaped for
 * the place it goes (HTML text, attribute or JSON inside {@code <script>}).
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
    String element = c.mediaKind().element();
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html>\n")
        .append("<html lang=\"").append(lang).append("\">\n")
        .append("<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(title).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(base).append("framsteg-player.css\">\n")
        .append("<script type=\"application/json\" id=\"").append(CONFIG_ELEMENT_ID).append("\">\n")
        .append(configJson(c)).append('\n')
        .append("</script>\n")
        .append("<script src=\"").append(base).append("framsteg-sco.js\" defer></script>\n")
        .append("</head>\n")
        .append("<body>\n")
        .append("<main class=\"framsteg-player framsteg-").append(element).append("\">\n")
        .append("<h1 id=\"framsteg-title\">").append(title).append("</h1>\n")
        .append("<div class=\"framsteg-stage\">\n")
        .append('<').append(element)
        .append(" id=\"framsteg-media\" controls preload=\"metadata\"")
        .append(c.mediaKind() == LaunchConfig.MediaKind.VIDEO ? " playsinline" : "")
        .append(" aria-labelledby=\"framsteg-title\" aria-describedby=\"framsteg-keys\">\n")
        .append("<source src=\"").append(Markup.html(c.src())).append('"');
    c.mediaType().ifPresent(t -> h.append(" type=\"").append(Markup.html(t)).append('"'));
    h.append(">\n");
    for (CaptionTrack t : c.captions()) {
      h.append("<track kind=\"captions\" src=\"").append(Markup.html(t.src()))
          .append("\" srclang=\"").append(Markup.html(t.language().toLanguageTag()))
          .append("\" label=\"").append(Markup.html(t.label())).append('"')
          .append(t.isDefault() ? " default" : "")
          .append(">\n");
    }
    h.append("<p lang=\"en\">This browser cannot play the ").append(element)
        .append(" here. <a href=\"").append(Markup.html(c.src()))
        .append("\">Open the media file</a>.</p>\n")
        .append("</").append(element).append(">\n")
        .append("</div>\n")
        .append("<p id=\"framsteg-keys\" class=\"framsteg-help\" lang=\"en\">Keyboard: Tab moves to")
        .append(" the player controls, Space or Enter activates the focused control")
        .append(c.captions().isEmpty() ? "" : "; captions are chosen in the controls' menu")
        .append(".</p>\n");
    c.transcript()
        .ifPresent(
            t ->
                h.append("<p class=\"framsteg-transcript\"><a id=\"framsteg-transcript\" href=\"")
                    .append(Markup.html(t.href())).append("\">")
                    .append(Markup.html(t.label())).append("</a></p>\n"));
    h.append("<p class=\"framsteg-progress\" lang=\"en\"><label for=\"framsteg-progress\">Played")
        .append("</label> <progress id=\"framsteg-progress\" max=\"100\" value=\"0\"></progress>")
        .append(" <span id=\"framsteg-watched\">0%</span></p>\n")
        .append("<div id=\"framsteg-status\" class=\"framsteg-status\" role=\"status\"")
        .append(" aria-live=\"polite\" lang=\"en\"></div>\n")
        .append("<div id=\"framsteg-errors\" class=\"framsteg-errors\" role=\"alert\" lang=\"en\">")
        .append("</div>\n")
        .append("<noscript><p lang=\"en\">The media plays, but progress is recorded only with")
        .append(" JavaScript enabled.</p></noscript>\n")
        .append("</main>\n")
        .append("</body>\n")
        .append("</html>\n");
    return h.toString();
  }
}
