package org.framsteg.scorm.internal.player;

/**
 * The link to the full text alternative of the media (WCAG 2.2 success criteria 1.2.1 and 1.2.8).
 *
 * <pre>{@code
 * Transcript t = new Transcript("transcripts/intro.html", "Transkription");
 * }</pre>
 *
 * @param href URL or relative path of the transcript
 * @param label the link text, in the language of the launch page
 */
public record Transcript(String href, String label) {
  /** Refuses absent fields; see {@link LaunchConfig} for the other rules. */
  public Transcript {
    LaunchConfig.requirePresent(href, "transcript.href");
    LaunchConfig.requirePresent(label, "transcript.label");
  }
}
