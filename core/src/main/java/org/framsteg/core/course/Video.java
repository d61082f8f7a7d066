package org.framsteg.core.course;

import org.framsteg.core.FramstegStyle;
import org.framsteg.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A video.
 *
 * <pre>{@code
 * Video v = Video.builder().source(URI.create("media/intro.mp4")).duration(Duration.ofMinutes(25))
 *     .language("sv").putCaptions("sv", URI.create("media/intro.sv.vtt")).build();
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract sealed class Video implements TimedMedia permits ImmutableVideo {

  @Override
  public final MediaKind kind() {
    return MediaKind.VIDEO;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Video}; {@code build()} throws {@code CourseValidationException} for bad values. */
  public static final class Builder extends ImmutableVideo.Builder {}

  @Value.Check
  void check() {
    Checks.media(this);
  }
}
