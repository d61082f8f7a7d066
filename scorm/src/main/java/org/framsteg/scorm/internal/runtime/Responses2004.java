package org.framsteg.scorm.internal.runtime;

import static org.framsteg.scorm.internal.runtime.Texts.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.framsteg.scorm.runtime.CmiInteractionType;

/**
 * The formats of SCORM 2004 learner responses and correct response patterns, which depend on the
 * interaction type (RTE 4.2.9). Follows the structure checks of the ADL sample run-time; counts of
 * items are smallest permitted maxima there and are not limited here.
 */
final class Responses2004 {
  static final String CITE = "(SCORM 2004 4th ed. RTE 4.2.9)";
  /** No response of any type is longer: the largest characterstring of the data model. */
  static final int LIMIT = 64_000;

  private static final Pattern ITEMS = Pattern.compile("\\[,\\]");

  private Responses2004() {}

  /**
   * Checks one response.
   *
   * @param pattern whether it is a correct response pattern rather than a learner response
   */
  static void check(
      String element, CmiInteractionType type, String value, boolean pattern, Violations v) {
    if (!Texts.atMostCharacters(value, LIMIT)) {
      v.add(element, "a response is at most " + LIMIT + " characters " + CITE);
      return;
    }
    String problem = problem(type, value, pattern);
    if (problem != null) {
      v.add(element, "a " + type.token() + " " + (pattern ? "pattern" : "response") + " " + problem + " " + CITE);
    }
  }

  private static String problem(CmiInteractionType type, String value, boolean pattern) {
    switch (type) {
      case TRUE_FALSE:
        return value.equals("true") || value.equals("false") ? null : "is true or false, not " + quote(value);
      case CHOICE:
        return value.isEmpty() ? null : identifiers(value, true);
      case SEQUENCING:
        return identifiers(value, false);
      case LIKERT:
        return shortId(value);
      case MATCHING:
        return pairs(value);
      case NUMERIC:
        return pattern ? range(value) : Codecs.isDecimal(value) ? null : "is a real number, not " + quote(value);
      case FILL_IN:
        return fillIn(pattern ? delimiters(value, List.of("case_matters", "order_matters")) : value);
      case LONG_FILL_IN:
        String text = pattern ? delimiters(value, List.of("case_matters")) : value;
        return text == null ? badDelimiter(value) : Codecs.localizedProblem(text, 4000);
      case PERFORMANCE:
        return steps(pattern ? delimiters(value, List.of("order_matters")) : value, value);
      default:
        return Texts.atMostCharacters(value, 4000)
            ? null
            : "is at most 4000 characters, not " + value.codePointCount(0, value.length());
    }
  }

  private static String[] items(String value) {
    return ITEMS.split(value, -1);
  }

  private static String shortId(String id) {
    return Codecs.identifierProblem(id, 250, "short_identifier_type") == null
        ? null
        : "is a short_identifier_type (a URI of 1 to 250 characters), not " + quote(id);
  }

  /** Short identifiers joined by [,]; for choice they are unique. */
  private static String identifiers(String value, boolean unique) {
    Set<String> seen = new HashSet<>();
    for (String id : items(value)) {
      String problem = shortId(id);
      if (problem != null) {
        return "lists short identifiers joined by [,]: " + problem;
      }
      if (unique && !seen.add(id)) {
        return "lists each choice once, but " + quote(id) + " repeats";
      }
    }
    return null;
  }

  private static String pairs(String value) {
    for (String pair : items(value)) {
      String[] parts = pair.split(Pattern.quote("[.]"), -1);
      if (parts.length != 2) {
        return "lists source[.]target pairs joined by [,], not " + quote(pair);
      }
      for (String id : parts) {
        String problem = shortId(id);
        if (problem != null) {
          return "lists source[.]target pairs of short identifiers: " + problem;
        }
      }
    }
    return null;
  }

  private static String range(String value) {
    String[] parts = value.split(Pattern.quote("[:]"), -1);
    if (parts.length != 2) {
      return "is a range min[:]max, not " + quote(value);
    }
    for (String bound : parts) {
      if (!bound.isEmpty() && !Codecs.isDecimal(bound)) {
        return "is a range min[:]max of real numbers, not " + quote(value);
      }
    }
    if (!parts[0].isEmpty()
        && !parts[1].isEmpty()
        && new java.math.BigDecimal(parts[0]).compareTo(new java.math.BigDecimal(parts[1])) > 0) {
      return "is a range whose minimum does not exceed its maximum, not " + quote(value);
    }
    return null;
  }

  private static String fillIn(String text) {
    if (text == null) {
      return "starts with {case_matters=true|false} and {order_matters=true|false} at most once each";
    }
    for (String item : items(text)) {
      String problem = Codecs.localizedProblem(item, 250);
      if (problem != null) {
        return "lists localized strings of at most 250 characters joined by [,]: " + problem;
      }
    }
    return null;
  }

  private static String steps(String text, String value) {
    if (text == null) {
      return badDelimiter(value);
    }
    for (String step : items(text)) {
      String[] parts = step.split(Pattern.quote("[.]"), -1);
      if (parts.length != 2 || (parts[0].isEmpty() && parts[1].isEmpty())) {
        return "lists name[.]answer steps joined by [,], not " + quote(step);
      }
      if (!parts[0].isEmpty() && shortId(parts[0]) != null) {
        return "names steps with short identifiers: " + shortId(parts[0]);
      }
      if (!Texts.atMostCharacters(parts[1], 250)) {
        return "has step answers of at most 250 characters";
      }
    }
    return null;
  }

  private static String badDelimiter(String value) {
    return "starts with its {name=true|false} delimiters at most once each, not " + quote(value);
  }

  /**
   * The text after leading {@code {name=true}} / {@code {name=false}} delimiters of the allowed
   * names, each at most once; null if a delimiter is malformed or repeated.
   */
  static String delimiters(String value, List<String> names) {
    String rest = value;
    Set<String> used = new HashSet<>();
    while (true) {
      String found = null;
      for (String name : names) {
        if (rest.startsWith("{" + name + "=")) {
          found = name;
        }
      }
      if (found == null) {
        return rest;
      }
      int close = rest.indexOf('}');
      String flag = rest.substring(found.length() + 2, close < 0 ? found.length() + 2 : close);
      if (close < 0 || !(flag.equals("true") || flag.equals("false")) || !used.add(found)) {
        return null;
      }
      rest = rest.substring(close + 1);
    }
  }
}
