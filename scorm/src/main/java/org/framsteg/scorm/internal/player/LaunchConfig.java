package org.framsteg.scorm.internal.player;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.framsteg.core.FramstegStyle;
import org.framsteg.scorm.ScormVersion;
import org.immutables.value.Value;

/**
 * What one SCO launch page plays and how it reports: the input of {@link LaunchPage#render}.
 *
 * <pre>{@code
 * LaunchConfig c = LaunchConfig.builder().activityId("urn:x:intro").title("Intro")
 *     .language(Locale.ENGLISH).mediaKind(LaunchConfig.MediaKind.VIDEO).src("media/intro.mp4")
 *     .duration(Duration.ofSeconds(95)).completionThreshold(0.9)
 *     .scormVersion(ScormVersion.SCORM_2004_4TH).build();
 * }</pre>
 *
 * <p>The page embeds these values as the JSON block {@code <script type="application/json"
 * id="framsteg-config">} that {@code framsteg-sco.js} reads; the fields and their meaning are
 * listed in {@link org.framsteg.scorm.internal.player the package documentation}. Rules, each
 * reported as an {@link InvalidLaunchConfigException} naming the field:
 *
 * <ul>
 *   <li>texts are not blank and hold no control characters;
 *   <li>{@code src}, caption {@code src} and transcript {@code href} are http(s) URLs or relative
 *       paths (no {@code javascript:}, {@code data:}, {@code file:});
 *   <li>{@code language} and caption languages are BCP 47 tags with a language subtag;
 *   <li>{@code duration} is positive, {@code completionThreshold} is in (0, 1], {@code
 *       commitInterval} is between 1 second and 1 hour;
 *   <li>at most one caption track is the default, and no two tracks share language and label (HTML
 *       Living Standard §4.8.11, the track element).
 * </ul>
 */
@Value.Immutable
@FramstegStyle
public abstract class LaunchConfig {
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(;[ -~]*)?");

  /** The HTML media element the page plays. */
  public enum MediaKind {
    /** A {@code <video>} element: videos. */
    VIDEO("video"),
    /** An {@code <audio>} element: audio tracks and podcast episodes. */
    AUDIO("audio");

    private final String element;

    MediaKind(String element) {
      this.element = element;
    }

    /** The HTML element name, also the {@code mediaKind} value of the JSON configuration. */
    public String element() {
      return element;
    }
  }

  /** The identifier of the Framsteg activity the SCO delivers. */
  public abstract String activityId();

  /** The title shown as the page heading and used as the media element's accessible name. */
  public abstract String title();

  /** The language of the content: the page's {@code lang}. */
  public abstract Locale language();

  /** Video or audio element. */
  public abstract MediaKind mediaKind();

  /** URL or relative path of the media file. */
  public abstract String src();

  /** The MIME type of the media, e.g. {@code video/mp4}, written as the {@code <source type>}. */
  public abstract Optional<String> mediaType();

  /** The length of the media; the player prefers the length the browser reads from the file. */
  public abstract Duration duration();

  /** Caption tracks, one per language, in the order the player lists them. */
  public abstract List<CaptionTrack> captions();

  /** The link to the transcript. */
  public abstract Optional<Transcript> transcript();

  /** The fraction of the media (0 to 1) that must have been played to complete the SCO. */
  public abstract double completionThreshold();

  /** The run-time API the page talks to: {@code API} (1.2) or {@code API_1484_11} (2004). */
  public abstract ScormVersion scormVersion();

  /** The folder of the player files relative to the page, empty or ending in '/'. */
  @Value.Default
  public String playerBase() {
    return "";
  }

  /** How often the player commits while the media plays. */
  @Value.Default
  public Duration commitInterval() {
    return Duration.ofSeconds(30);
  }

  /** The {@code scormVersion} value of the JSON configuration: {@code "1.2"} or {@code "2004"}. */
  public final String runtimeVersion() {
    return scormVersion().isScorm2004() ? "2004" : "1.2";
  }

  /** Starts a configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LaunchConfig}; {@code build()} checks the rules listed on the type. */
  public static final class Builder extends ImmutableLaunchConfig.Builder {}

  @Value.Check
  void check() {
    PackageReference.requireText("activityId", activityId());
    PackageReference.requireText("title", title());
    requireLanguage("language", language());
    PackageReference.urlOrRelative("src", src());
    mediaType()
        .ifPresent(
            t -> {
              if (!MEDIA_TYPE.matcher(t).matches()) {
                throw new InvalidLaunchConfigException(
                    "mediaType", "must be a MIME type such as video/mp4, was '" + t + "'");
              }
            });
    if (duration().isNegative() || duration().isZero()) {
      throw new InvalidLaunchConfigException("duration", "must be positive, was " + duration());
    }
    double threshold = completionThreshold();
    if (!(threshold > 0 && threshold <= 1)) {
      throw new InvalidLaunchConfigException(
          "completionThreshold", "must be greater than 0 and at most 1, was " + threshold);
    }
    if (commitInterval().compareTo(Duration.ofSeconds(1)) < 0
        || commitInterval().compareTo(Duration.ofHours(1)) > 0) {
      throw new InvalidLaunchConfigException(
          "commitInterval", "must be between 1 second and 1 hour, was " + commitInterval());
    }
    PackageReference.relativeFolder("playerBase", playerBase());
    checkCaptions();
    transcript()
        .ifPresent(
            t -> {
              PackageReference.urlOrRelative("transcript.href", t.href());
              PackageReference.requireText("transcript.label", t.label());
            });
  }

  private void checkCaptions() {
    int defaults = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < captions().size(); i++) {
      CaptionTrack track = captions().get(i);
      String path = "captions[" + i + "]";
      PackageReference.urlOrRelative(path + ".src", track.src());
      requireLanguage(path + ".language", track.language());
      PackageReference.requireText(path + ".label", track.label());
      if (track.isDefault() && ++defaults > 1) {
        throw new InvalidLaunchConfigException(
            path + ".isDefault", "only one caption track may be the default");
      }
      if (!seen.add(track.language().toLanguageTag() + "\u0000" + track.label())) {
        throw new InvalidLaunchConfigException(
            path,
            "another caption track has the same language and label (HTML §4.8.11 forbids it)");
      }
    }
  }

  private static void requireLanguage(String field, Locale language) {
    if (language.getLanguage().isEmpty()) {
      throw new InvalidLaunchConfigException(
          field, "must be a BCP 47 language tag with a language subtag, was '" + language + "'");
    }
  }

  static <T> T requirePresent(T value, String field) {
    if (value == null) {
      throw new InvalidLaunchConfigException(field, "is required");
    }
    return value;
  }
}
