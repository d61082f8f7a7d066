package org.framsteg.core.course;

/**
 * What an activity presents: a closed set of media kinds, so a {@code switch} over them is checked
 * by the compiler.
 *
 * <pre>{@code
 * Media m = Video.builder().source(URI.create("https://example.org/v1.mp4"))
 *     .duration(Duration.ofMinutes(12)).language("sv").build();
 * String kind = switch (m) { case TimedMedia t -> "timed"; case Document d -> "document";
 *     case WebLink l -> "link"; case Assessment a -> "assessment"; };
 * }</pre>
 */
public sealed interface Media permits TimedMedia, Document, WebLink, Assessment {

  /** The kind, for formats and explanations that name it. */
  MediaKind kind();
}
