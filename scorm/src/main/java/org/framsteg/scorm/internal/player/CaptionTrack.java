package org.framsteg.scorm.internal.player;

import java.util.Locale;

/**
 * One caption file of the media, a WebVTT {@code <track kind="captions">} in the launch page.
 *
 * <pre>{@code
 * Locale swedish = Locale.forLanguageTag("sv");
 * CaptionTrack sv = new CaptionTrack("captions/intro.sv.vtt", swedish, "Svenska", false);
 * }</pre>
 *
 * <p>See the HTML Living Standard, the track element (§4.8.11). The file must be served from the
 * same origin as the launch page (keep it inside the package): browsers load cross-origin tracks
 * only with CORS.
 *
 * @param src URL or relative path of the WebVTT file
 * @param language the language of the captions, written as {@code srclang}
 * @param label the name of the track in the player's captions menu, in the track's language
 * @param isDefault whether the browser shows this track unless the learner chooses otherwise
 */
public record CaptionTrack(String src, Locale language, String label, boolean isDefault) {
  /** Refuses absent fields; see {@link LaunchConfig} for the rules. */
  public CaptionTrack {
    LaunchConfig.requirePresent(src, "caption.src");
    LaunchConfig.requirePresent(language, "caption.language");
    LaunchConfig.requirePresent(label, "caption.label");
  }
}
