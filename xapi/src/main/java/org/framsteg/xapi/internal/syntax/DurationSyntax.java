package org.framsteg.xapi.internal.syntax;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * ISO 8601:2004 section 4.4.3.2 durations ("format with designators"), as xAPI requires.
 *
 * <p>{@code PnYnMnDTnHnMnS} with any components left out (at least one present, and at least one
 * after {@code T}), or {@code PnW} alone: weeks cannot be combined with other components. Only the
 * last component may have a decimal fraction, separated by {@code .} or {@code ,}. The alternative
 * format ({@code P0003-01-29T04:35:59}) and negative durations are not ISO 8601:2004 durations.
 */
public final class DurationSyntax {

  /** Digits beyond this many in one component make the duration too large for java.time. */
  private static final int MAX_DIGITS = 19;

  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE);

  private DurationSyntax() {}

  /**
   * Checks {@code s} and returns its exact length of time: present when it has no year or month
   * component (days count as 24 hours and weeks as 7 days, as in java.time) and fits a {@link
   * Duration} without rounding; null otherwise.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Duration parse(String s) {
    int n = s.length();
    if (n < 3 || s.charAt(0) != 'P') {
      throw fail(s, "a duration starts with 'P' and has at least one component, e.g. PT1H30M");
    }
    int i = 1;
    boolean inTime = false;
    boolean timeComponent = false;
    boolean fractionSeen = false;
    boolean exact = true;
    BigDecimal seconds = BigDecimal.ZERO;
    long wholeSeconds = 0;
    String order = "YMWD";
    int orderPos = 0;
    int components = 0;
    boolean weeks = false;
    while (i < n) {
      char c = s.charAt(i);
      if (c == 'T') {
        if (inTime) {
          throw fail(s, "'T' appears twice");
        }
        inTime = true;
        order = "HMS";
        orderPos = 0;
        i++;
        continue;
      }
      if (fractionSeen) {
        throw fail(s, "only the last component may have a decimal fraction");
      }
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw fail(s, "expected digits at character " + (i + 1));
      }
      int intEnd = i;
      int fracStart = -1;
      if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
        fractionSeen = true;
        i++;
        fracStart = i;
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
        if (i == fracStart) {
          throw fail(s, "expected digits after the decimal separator");
        }
      }
      if (i >= n) {
        throw fail(s, "a number must be followed by a designator (Y, M, W, D, H, M or S)");
      }
      char designator = s.charAt(i++);
      int at = order.indexOf(designator, orderPos);
      if (at < 0) {
        throw fail(s, "unexpected or out-of-order designator '" + designator + "'");
      }
      orderPos = at + 1;
      components++;
      if (inTime) {
        timeComponent = true;
      }
      if (designator == 'W') {
        weeks = true;
      }
      if (!inTime && (designator == 'Y' || designator == 'M')) {
        exact = false;
        continue;
      }
      if (!exact || intEnd - start > MAX_DIGITS) {
        exact = false;
        continue;
      }
      long factor =
          switch (inTime ? Character.toLowerCase(designator) : designator) {
            case 'W' -> 7 * 86_400L;
            case 'D' -> 86_400L;
            case 'h' -> 3_600L;
            case 'm' -> 60L;
            default -> 1L;
          };
      if (fracStart < 0 && intEnd - start <= 12) {
        // The common case, whole numbers of modest size: exact in long arithmetic.
        wholeSeconds += Long.parseLong(s, start, intEnd, 10) * factor;
        continue;
      }
      if (fracStart >= 0 && i - 1 - fracStart > MAX_DIGITS) {
        exact = false;
        continue;
      }
      String number =
          fracStart < 0
              ? s.substring(start, intEnd)
              : s.substring(start, intEnd) + "." + s.substring(fracStart, i - 1);
      seconds = seconds.add(new BigDecimal(number).multiply(BigDecimal.valueOf(factor)));
    }
    if (components == 0) {
      throw fail(s, "a duration needs at least one component");
    }
    if (inTime && !timeComponent) {
      throw fail(s, "'T' must be followed by hours, minutes or seconds");
    }
    if (weeks && components > 1) {
      throw fail(s, "weeks cannot be combined with other components, e.g. P4W1D is not valid");
    }
    if (!exact) {
      return null;
    }
    if (seconds.signum() == 0) {
      return Duration.ofSeconds(wholeSeconds);
    }
    seconds = seconds.add(BigDecimal.valueOf(wholeSeconds));
    BigDecimal nanos = seconds.multiply(NANOS_PER_SECOND);
    if (nanos.stripTrailingZeros().scale() > 0 || seconds.compareTo(MAX_SECONDS) > 0) {
      return null;
    }
    BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.DOWN);
    return Duration.ofSeconds(
        whole.longValueExact(), seconds.subtract(whole).multiply(NANOS_PER_SECOND).longValueExact());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException fail(String s, String why) {
    return new IllegalArgumentException(
        "not an ISO 8601 duration (\"" + abbreviate(s) + "\"): " + why);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
