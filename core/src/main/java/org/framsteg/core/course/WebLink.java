package org.framsteg.core.course;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.framsteg.core.FramstegStyle;
import org.framsteg.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A link to a resource elsewhere on the web.
 *
 * <pre>{@code
 * WebLink l = WebLink.of(URI.create("https://www.kb.se/"));
 * URI where = l.url();
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract sealed class WebLink implements Media permits ImmutableWebLink {

  /** The absolute URL. */
  @NotNull
  @Value.Parameter
  public abstract URI url();

  @Override
  public final MediaKind kind() {
    return MediaKind.WEB_LINK;
  }

  /** A link to a URL. */
  public static WebLink of(URI url) {
    return ImmutableWebLink.of(url);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WebLink}. */
  public static final class Builder extends ImmutableWebLink.Builder {}

  @Value.Check
  void check() {
    Checks.media(this);
  }
}
