package org.framsteg.scorm.internal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.framsteg.scorm.ScormVersion;
import org.framsteg.scorm.internal.player.Markup;

/**
 * The launch page of an assessment SCO: title, description, pass mark, a result region, and the
 * JSON configuration that {@value #SCRIPT} reads. The page holds no questions (a Framsteg course
 * has none); it records the score reported to it through {@code window.framsteg.submitScore(raw)}
 * (documented at the top of the script). Rendering is deterministic and escapes every text for
 * where it goes.
 *
 * <pre>{@code
 * byte[] html = AssessmentPage.render(new AssessmentPage.Config("urn:q", "Quiz", Optional.empty(),
 *     Locale.ENGLISH, 20, 0.7, Optional.empty(), OptionalInt.of(3), ScormVersion.SCORM_12, ""));
 * }</pre>
 */
final class AssessmentPage {
  /** The run-time script, written once per package beside the player files. */
  static final String SCRIPT = "framsteg-assessment.js";

  private AssessmentPage() {}

  /**
   * What one assessment page shows and how it reports.
   *
   * @param activityId the Framsteg activity id
   * @param title the heading, clean one-line text
   * @param description a paragraph under the heading, clean text
   * @param language the page's language
   * @param maxScore the highest raw score, positive
   * @param passingScaled the pass mark as a fraction of {@code maxScore}
   * @param completionScaled the scaled score that completes the SCO; empty: any recorded score
   * @param attemptsAllowed how many attempts the learner has, when limited
   * @param version the run-time API the page talks to
   * @param scriptBase the folder of the script and stylesheet relative to the page
   */
  record Config(
      String activityId,
      String title,
      Optional<String> description,
      Locale language,
      double maxScore,
      double passingScaled,
      Optional<Double> completionScaled,
      OptionalInt attemptsAllowed,
      ScormVersion version,
      String scriptBase) {
    Config {
      Objects.requireNonNull(activityId, "activityId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(completionScaled, "completionScaled");
      Objects.requireNonNull(attemptsAllowed, "attemptsAllowed");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(scriptBase, "scriptBase");
      if (!(maxScore > 0) || Double.isInfinite(maxScore)) {
        throw new IllegalArgumentException("maxScore: must be positive, was " + maxScore);
      }
      if (!(passingScaled >= 0 && passingScaled <= 1)) {
        throw new IllegalArgumentException(
            "passingScaled: must be in [0, 1], was " + passingScaled);
      }
    }
  }

  /** The bytes of {@value #SCRIPT}. */
  static byte[] script() {
    try (InputStream in =
        AssessmentPage.class.getResourceAsStream("/org/framsteg/scorm/export/" + SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("missing from the class path: " + SCRIPT);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page, UTF-8. */
  static byte[] render(Config c) {
    String base = Markup.html(c.scriptBase());
    String title = Markup.html(c.title());
    StringBuilder h = new StringBuilder(2048);
    h.append("<!DOCTYPE html>\n")
        .append("<html lang=\"")
        .append(Markup.html(c.language().toLanguageTag()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(title)
        .append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"")
        .append(base)
        .append("framsteg-player.css\">\n")
        .append("<script type=\"application/json\" id=\"framsteg-config\">\n")
        .append(configJson(c))
        .append("\n</script>\n")
        .append("<script src=\"")
        .append(base)
        .append(SCRIPT)
        .append("\" defer></script>\n</head>\n<body>\n")
        .append("<main class=\"framsteg-player framsteg-assessment\">\n")
        .append("<h1 id=\"framsteg-title\">")
        .append(title)
        .append("</h1>\n");
    c.description().ifPresent(d -> h.append("<p>").append(Markup.html(d)).append("</p>\n"));
    h.append("<p id=\"framsteg-pass-mark\" class=\"framsteg-help\" lang=\"en\">Pass mark: ")
        .append(Markup.jsonNumber(Math.round(c.passingScaled() * c.maxScore() * 10_000) / 10_000.0))
        .append(" of ")
        .append(Markup.jsonNumber(c.maxScore()))
        .append(".")
        .append(
            c.attemptsAllowed().isPresent()
                ? " Attempts allowed: " + c.attemptsAllowed().getAsInt() + "."
                : "")
        .append("</p>\n")
        .append("<p class=\"framsteg-help\" lang=\"en\">The questions of this assessment are not")
        .append(" part of this page; the score is recorded here when the assessment reports")
        .append(" it.</p>\n")
        .append("<p id=\"framsteg-result\" class=\"framsteg-progress\" lang=\"en\"")
        .append(" aria-live=\"polite\"></p>\n")
        .append("<div id=\"framsteg-status\" class=\"framsteg-status\" role=\"status\"")
        .append(" aria-live=\"polite\" lang=\"en\"></div>\n")
        .append("<div id=\"framsteg-errors\" class=\"framsteg-errors\" role=\"alert\" lang=\"en\">")
        .append("</div>\n")
        .append("<noscript><p lang=\"en\">Scores are recorded only with JavaScript enabled.</p>")
        .append("</noscript>\n</main>\n</body>\n</html>\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String configJson(Config c) {
    return "{\n"
        + "  \"configVersion\": 1,\n"
        + "  \"kind\": \"assessment\",\n"
        + "  \"activityId\": "
        + Markup.jsonString(c.activityId())
        + ",\n"
        + "  \"title\": "
        + Markup.jsonString(c.title())
        + ",\n"
        + "  \"language\": "
        + Markup.jsonString(c.language().toLanguageTag())
        + ",\n"
        + "  \"maxScore\": "
        + Markup.jsonNumber(c.maxScore())
        + ",\n"
        + "  \"passingScaled\": "
        + Markup.jsonNumber(c.passingScaled())
        + ",\n"
        + "  \"completionScaled\": "
        + c.completionScaled().map(Markup::jsonNumber).orElse("null")
        + ",\n"
        + "  \"attemptsAllowed\": "
        + (c.attemptsAllowed().isPresent()
            ? Integer.toString(c.attemptsAllowed().getAsInt())
            : "null")
        + ",\n"
        + "  \"scormVersion\": "
        + Markup.jsonString(c.version().isScorm2004() ? "2004" : "1.2")
        + "\n}";
  }
}
