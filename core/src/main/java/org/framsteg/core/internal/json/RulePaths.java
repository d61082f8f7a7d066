package org.framsteg.core.internal.json;

import java.util.List;
import java.util.Map;
import org.framsteg.core.completion.CompletionRule;

/**
 * Turns the paths the model's checks give inside a completion rule ({@code completion.atLeast[1].activity})
 * into paths of the course file ({@code completion.atLeast.rules[1].completed}).
 */
final class RulePaths {
  private RulePaths() {}

  /**
   * The file path for a checked path, given the rules read from the file by the path of their
   * {@code completion} key. Paths outside a known rule come back unchanged.
   */
  static String translate(String path, Map<String, CompletionRule> rulesByPath) {
    int from = 0;
    while (true) {
      int at = path.indexOf("completion", from);
      if (at < 0) {
        return path;
      }
      int end = at + "completion".length();
      boolean startsSegment = at == 0 || path.charAt(at - 1) == '.';
      boolean endsSegment = end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[';
      if (startsSegment && endsSegment) {
        CompletionRule rule = rulesByPath.get(path.substring(0, end));
        if (rule != null) {
          return path.substring(0, end) + inside(rule, path.substring(end));
        }
      }
      from = end;
    }
  }

  private static String inside(CompletionRule rule, String rest) {
    if (rest.isEmpty()) {
      return rest;
    }
    if (rule instanceof CompletionRule.AllOf r && rest.startsWith(".allOf[")) {
      return element(".allOf", r.rules(), rest.substring(".allOf".length()));
    } else if (rule instanceof CompletionRule.AnyOf r && rest.startsWith(".anyOf[")) {
      return element(".anyOf", r.rules(), rest.substring(".anyOf".length()));
    } else if (rule instanceof CompletionRule.AtLeast r && rest.startsWith(".atLeast[")) {
      return element(".atLeast.rules", r.rules(), rest.substring(".atLeast".length()));
    } else if (rule instanceof CompletionRule.Weighted r && rest.startsWith(".weighted[")) {
      int close = rest.indexOf(']');
      Integer i = index(rest.substring(".weighted[".length(), close));
      String after = rest.substring(close + 1);
      if (i != null && i < r.parts().size() && after.startsWith(".rule")) {
        return ".weighted.parts[" + i + "].rule"
            + inside(r.parts().get(i).rule(), after.substring(".rule".length()));
      }
    } else if (rule instanceof CompletionRule.Before r && rest.startsWith(".before.rule")) {
      return ".before.rule" + inside(r.rule(), rest.substring(".before.rule".length()));
    } else if (rest.equals(".activity")) {
      if (rule instanceof CompletionRule.ActivityCompleted) {
        return ".completed";
      } else if (rule instanceof CompletionRule.MarkedDone) {
        return ".markedDone";
      } else if (rule instanceof CompletionRule.Passed) {
        return ".passed";
      } else if (rule instanceof CompletionRule.MediaPlayed) {
        return ".played.activity";
      } else if (rule instanceof CompletionRule.ScoreAtLeast) {
        return ".scoreAtLeast.activity";
      }
    } else if (rest.equals(".module") && rule instanceof CompletionRule.ModuleCompleted) {
      return ".moduleCompleted";
    }
    return rest;
  }

  private static String element(String prefix, List<CompletionRule> rules, String rest) {
    int close = rest.indexOf(']');
    Integer i = close < 0 ? null : index(rest.substring(1, close));
    if (i == null || i >= rules.size()) {
      return prefix + rest;
    }
    return prefix + "[" + i + "]" + inside(rules.get(i), rest.substring(close + 1));
  }

  private static Integer index(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
