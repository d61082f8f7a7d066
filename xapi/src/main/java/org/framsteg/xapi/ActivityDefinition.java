package org.framsteg.xapi;

import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * Metadata of an Activity: name, description, type, more-info link, interaction details, extensions.
 *
 * <pre>{@code
 * ActivityDefinition d = ActivityDefinition.builder().name(LanguageMap.of("en", "Quiz 1"))
 *     .type("http://adlnet.gov/expapi/activities/assessment").build();
 * }</pre>
 *
 * <p>For interactions, {@code interactionType} is required whenever a response pattern or component
 * list is given, and the component lists must match the type; {@link StatementValidator} checks
 * both. {@code correctResponsesPattern} is optional as a whole because an empty list means "no
 * answer is correct" while its absence means "any answer is". Empty component lists are not
 * written. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#activity-definition">xAPI-Data
 * 2.4.4.1 Activity Definition</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract class ActivityDefinition {

  /** The human-readable name. */
  @Value.Default
  public LanguageMap name() {
    return LanguageMap.empty();
  }

  /** A description. */
  @Value.Default
  public LanguageMap description() {
    return LanguageMap.empty();
  }

  /** The IRI of the Activity type. */
  public abstract Optional<String> type();

  /** An IRL of a document about the Activity. */
  public abstract Optional<String> moreInfo();

  /** The interaction type, for interaction Activities. */
  public abstract Optional<InteractionType> interactionType();

  /** The correct responses; an empty list means no response is correct. */
  public abstract Optional<List<String>> correctResponsesPattern();

  /** The choices of a choice or sequencing interaction. */
  public abstract List<InteractionComponent> choices();

  /** The scale of a likert interaction. */
  public abstract List<InteractionComponent> scale();

  /** The source items of a matching interaction. */
  public abstract List<InteractionComponent> source();

  /** The target items of a matching interaction. */
  public abstract List<InteractionComponent> target();

  /** The steps of a performance interaction. */
  public abstract List<InteractionComponent> steps();

  /** Extensions of the definition. */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** Keeps the response pattern list immutable whatever list the builder was given. */
  @Value.Check
  protected ActivityDefinition normalize() {
    List<String> given = correctResponsesPattern().orElse(null);
    if (given != null) {
      List<String> copy = List.copyOf(given);
      if (copy != given) {
        return builder().from(this).correctResponsesPattern(copy).build();
      }
    }
    return this;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityDefinition}; every property is optional. */
  public static final class Builder extends ImmutableActivityDefinition.Builder {}
}
