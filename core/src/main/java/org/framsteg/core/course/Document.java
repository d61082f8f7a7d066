package org.framsteg.core.course;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A document to read (PDF, web page, article).
 *
 * <pre>{@code
 * Document d = Document.builder().source(URI.create("material/strategi.pdf")).pages(14).build();
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract sealed class Document implements Media permits ImmutableDocument {

  /** Where the document is. */
  @NotNull
  public abstract URI source();

  /** Its length in pages, if known. */
  public abstract Optional<@Positive(message = "must be 1 or more") Integer> pages();

  /** The document's language as a BCP 47 tag, if any. */
  public abstract Optional<String> language();

  @Override
  public final MediaKind kind() {
    return MediaKind.DOCUMENT;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}. */
  public static final class Builder extends ImmutableDocument.Builder {}

  @Value.Check
  void check() {
    Checks.media(this);
  }
}
