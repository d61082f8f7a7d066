package org.framsteg.core.completion;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.framsteg.core.LocalizedText;
import org.framsteg.core.course.MediaKind;
import org.framsteg.core.internal.Messages;

/**
 * Why a rule is or is not met: one node per rule in the tree of rules, with its parts.
 *
 * <pre>{@code
 * Explanation why = state.completion(now).explanation();
 * System.out.println(why.describe(Locale.forLanguageTag("sv")));
 * }</pre>
 *
 * @param rule the rule this node explains
 * @param subject the title of the activity or module the rule is about, if any
 * @param subjectKind the media kind of the activity the rule is about, if any
 * @param met whether the rule is met
 * @param failed whether the rule can no longer be met
 * @param progress how far along, in [0, 1]
 * @param measured what was measured, where it helps: the played share, the best score, the time
 *     spent in seconds, the number of parts met
 * @param parts the explanations of the rule's parts, in order
 * @param remaining what is left to do for this rule
 */
public record Explanation(CompletionRule rule, Optional<LocalizedText> subject,
    Optional<MediaKind> subjectKind, boolean met, boolean failed, double progress,
    OptionalDouble measured, List<Explanation> parts, Remaining remaining) {

  public Explanation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(subjectKind, "subjectKind");
    Objects.requireNonNull(measured, "measured");
    parts = List.copyOf(parts);
    Objects.requireNonNull(remaining, "remaining");
  }

  /** The parts that are not met, recursively flattened to the leaves. */
  public List<Explanation> unmetLeaves() {
    if (met) {
      return List.of();
    }
    if (parts.isEmpty()) {
      return List.of(this);
    }
    return parts.stream().flatMap(p -> p.unmetLeaves().stream()).toList();
  }

  /** This node in a sentence ("watch 90 % of “Intro” (45 % watched)"), in the locale's language. */
  public String sentence(Locale locale) {
    return Messages.forLocale(locale).sentence(this);
  }

  /** The whole tree, one line per node, indented, with [x] for met, [ ] for unmet, [!] for failed. */
  public String describe(Locale locale) {
    StringBuilder sb = new StringBuilder();
    describe(sb, locale, 0);
    return sb.toString();
  }

  private void describe(StringBuilder sb, Locale locale, int depth) {
    sb.append("  ".repeat(depth)).append(met ? "[x] " : failed ? "[!] " : "[ ] ")
        .append(sentence(locale)).append('\n');
    for (Explanation p : parts) {
      p.describe(sb, locale, depth + 1);
    }
  }
}
