package org.framsteg.xapi;

import java.util.Objects;

/**
 * One choice, scale point, source, target or step of an interaction Activity.
 *
 * <pre>{@code
 * InteractionComponent golf = new InteractionComponent("golf", LanguageMap.of("en-US", "Golf Example"));
 * ActivityDefinition d = ActivityDefinition.builder().interactionType(InteractionType.CHOICE).addChoices(golf).build();
 * }</pre>
 *
 * <p>Ids must be distinct within one list, which {@link StatementValidator} checks. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#interaction-components">xAPI-Data
 * 2.4.4.1 Interaction Components</a>.
 *
 * @param id identifies the component within its list
 * @param description e.g. the text of a choice, by language tag
 */
public record InteractionComponent(String id, LanguageMap description) {

  /** Checks that no part is null. */
  public InteractionComponent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
  }

  /** A component without a description. */
  public static InteractionComponent of(String id) {
    return new InteractionComponent(id, LanguageMap.empty());
  }
}
