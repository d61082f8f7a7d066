package org.framsteg.core.course;

/**
 * The media kinds, as named in the course file format ({@link #key()}).
 *
 * <pre>{@code
 * MediaKind k = MediaKind.fromKey("podcast");   // PODCAST_EPISODE
 * boolean timed = k.isTimed();                   // true
 * }</pre>
 */
public enum MediaKind {
  VIDEO("video", true),
  AUDIO("audio", true),
  PODCAST_EPISODE("podcast", true),
  DOCUMENT("document", false),
  WEB_LINK("link", false),
  ASSESSMENT("assessment", false);

  private final String key;
  private final boolean timed;

  MediaKind(String key, boolean timed) {
    this.key = key;
    this.timed = timed;
  }

  /** The name used in the course file format. */
  public String key() {
    return key;
  }

  /** Whether media of this kind play for a duration (video, audio, podcast episode). */
  public boolean isTimed() {
    return timed;
  }

  /**
   * The kind for a format name.
   *
   * @throws IllegalArgumentException naming the known kinds when the key is unknown
   */
  public static MediaKind fromKey(String key) {
    for (MediaKind k : values()) {
      if (k.key.equals(key)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown media kind '" + key + "', expected one of video, audio, podcast, document, link, assessment");
  }
}
