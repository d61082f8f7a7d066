package org.framsteg.core.course;

import org.framsteg.core.FramstegStyle;
import org.framsteg.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An audio recording (a lecture, an interview) that is not a podcast episode.
 *
 * <pre>{@code
 * Audio a = Audio.builder().source(URI.create("media/lecture.mp3")).duration(Duration.ofMinutes(25))
 *     .language("sv").putCaptions("sv", URI.create("media/lecture.sv.vtt")).build();
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract sealed class Audio implements TimedMedia permits ImmutableAudio {

  @Override
  public final MediaKind kind() {
    return MediaKind.AUDIO;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Audio}; {@code build()} throws {@code CourseValidationException} for bad values. */
  public static final class Builder extends ImmutableAudio.Builder {}

  @Value.Check
  void check() {
    Checks.media(this);
  }
}
