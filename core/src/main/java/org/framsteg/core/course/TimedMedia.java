package org.framsteg.core.course;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Media that play for a duration: {@link Video}, {@link Audio} and {@link PodcastEpisode}.
 *
 * <pre>{@code
 * TimedMedia t = (TimedMedia) activity.media();
 * Duration left = t.duration().minus(progress.played().covered());
 * }</pre>
 */
public sealed interface TimedMedia extends Media permits Video, Audio, PodcastEpisode {

  /** Where the media file is: an absolute URL or a path relative to the course. */
  @NotNull
  URI source();

  /** How long the media play; positive, millisecond precision. */
  @NotNull
  @DurationMin(millis = 1, message = "must be positive")
  Duration duration();

  /** The spoken language as a BCP 47 tag, if any. */
  Optional<String> language();

  /** Caption files (WebVTT) by BCP 47 language tag. */
  Map<String, URI> captions();

  /** Transcripts by BCP 47 language tag. */
  Map<String, URI> transcripts();
}
