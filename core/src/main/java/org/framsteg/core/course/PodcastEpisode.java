package org.framsteg.core.course;

import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An episode of a podcast series.
 *
 * <pre>{@code
 * PodcastEpisode p = PodcastEpisode.builder().source(URI.create("https://example.org/ep3.mp3"))
 *     .duration(Duration.ofMinutes(38)).series("Biblioteket lyssnar").episode(3).build();
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract sealed class PodcastEpisode implements TimedMedia permits ImmutablePodcastEpisode {

  /** The series the episode belongs to, if named. */
  public abstract Optional<String> series();

  /** The episode number in its series, from 1. */
  public abstract Optional<@Positive(message = "must be 1 or more") Integer> episode();

  @Override
  public final MediaKind kind() {
    return MediaKind.PODCAST_EPISODE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PodcastEpisode}. */
  public static final class Builder extends ImmutablePodcastEpisode.Builder {}

  @Value.Check
  void check() {
    Checks.media(this);
  }
}
