package org.framsteg.xapi;

import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * A statement inside a statement, e.g. what someone planned to do: "I planned (I visit this site)".
 *
 * <pre>{@code
 * SubStatement plan = SubStatement.builder().actor(me).verb(Verb.of("http://example.com/visited"))
 *     .object(Activity.of("http://example.com/website")).build();
 * }</pre>
 *
 * <p>It has no {@code id}, {@code stored}, {@code version} or {@code authority}, so none can be
 * built; that its object is not itself a SubStatement is checked by {@link StatementValidator}. See
 * <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#substatements">xAPI-Data
 * 2.4.4.3 SubStatements</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract non-sealed class SubStatement implements StatementObject {

  /** Whom the SubStatement is about. */
  public abstract Actor actor();

  /** The action. */
  public abstract Verb verb();

  /** What was acted on; not a SubStatement. */
  public abstract StatementObject object();

  /** The outcome. */
  public abstract Optional<Result> result();

  /** The context. */
  public abstract Optional<Context> context();

  /** When the experience happens or happened; may be in the future. */
  public abstract Optional<XapiTimestamp> timestamp();

  /** Attachment headers. */
  public abstract List<Attachment> attachments();

  /** {@code SubStatement}. */
  @Override
  public final String objectType() {
    return "SubStatement";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubStatement}; {@code actor}, {@code verb} and {@code object} are required. */
  public static final class Builder extends ImmutableSubStatement.Builder {}
}
