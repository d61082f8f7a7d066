package org.framsteg.scorm.internal.runtime;

import static org.framsteg.scorm.internal.runtime.Texts.quote;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.framsteg.scorm.runtime.CmiResult;
import org.framsteg.scorm.runtime.CmiTimestamp;

/** The data types of both run-time data models, as {@link Codec}s. */
public final class Codecs {

  /** Longest accepted number text: far beyond real(10,7) and any sensible CMIDecimal. */
  public static final int NUMBER_LIMIT = 64;

  public static final String S12 = "(SCORM 1.2 RTE 3.4.5)";
  public static final String S2004 = "(SCORM 2004 4th ed. RTE 4.2)";

  private Codecs() {}

  // ---------------------------------------------------------------- strings

  /**
   * A character string of at most {@code max} characters; the empty string is a value.
   *
   * @param what the data type, e.g. {@code CMIString255} or {@code characterstring (SPM 1000)}
   */
  public static Codec<String> string(int max, String what, String cite) {
    return new Codec<>(
        false,
        Function.identity(),
        s ->
            Texts.atMostCharacters(s, max)
                ? null
                : "must be a "
                    + what
                    + " of at most "
                    + max
                    + " characters "
                    + cite
                    + ", not "
                    + s.codePointCount(0, s.length())
                    + " characters",
        Function.identity());
  }

  /** SCORM 1.2 CMIIdentifier: 1 to 255 printable ASCII characters, no white space. */
  public static Codec<String> identifier12() {
    return new Codec<>(
        true,
        Function.identity(),
        s -> {
          boolean ok = !s.isEmpty() && s.length() <= 255;
          for (int i = 0; ok && i < s.length(); i++) {
            char c = s.charAt(i);
            ok = c > 0x20 && c < 0x7f;
          }
          return ok
              ? null
              : "must be a CMIIdentifier: 1 to 255 printable ASCII characters without white space "
                  + S12
                  + ", not "
                  + quote(s);
        },
        Function.identity());
  }

  /**
   * SCORM 2004 long_identifier_type (SPM 4000) or short_identifier_type (SPM 250): a URI (RFC
   * 3986), as the ADL sample run-time checks it.
   */
  public static Codec<String> identifier2004(int max) {
    String what = max > 250 ? "long_identifier_type" : "short_identifier_type";
    return new Codec<>(true, Function.identity(), s -> identifierProblem(s, max, what), Function.identity());
  }

  static String identifierProblem(String s, int max, String what) {
    String rule = "must be a " + what + ": a URI of 1 to " + max + " characters " + S2004;
    if (s.isEmpty() || s.isBlank()) {
      return rule + ", not blank";
    }
    if (!Texts.atMostCharacters(s, max)) {
      return rule + ", not " + s.codePointCount(0, s.length()) + " characters";
    }
    try {
      new URI(s);
      return null;
    } catch (URISyntaxException e) {
      return rule + ", not " + quote(s);
    }
  }

  /**
   * SCORM 2004 localized_string_type: an optional {@code {lang=tag}} delimiter and at most {@code
   * max} characters of text.
   */
  public static Codec<String> localized(int max) {
    return new Codec<>(false, Function.identity(), s -> localizedProblem(s, max), Function.identity());
  }

  static String localizedProblem(String s, int max) {
    String text = s;
    if (s.startsWith("{lang=")) {
      int close = s.indexOf('}');
      if (close > 0) {
        String tag = s.substring(6, close);
        if (!isLanguage(tag)) {
          return "the {lang=...} delimiter must hold a language_type (RFC 3066 tag) "
              + S2004
              + ", not "
              + quote(tag);
        }
        text = s.substring(close + 1);
      }
    }
    if (!Texts.atMostCharacters(text, max)) {
      return "must be a localized_string_type of at most "
          + max
          + " characters after the {lang=...} delimiter "
          + S2004
          + ", not "
          + text.codePointCount(0, text.length())
          + " characters";
    }
    return null;
  }

  /** SCORM 2004 language_type (SPM 250); empty is allowed where the element allows it. */
  public static Codec<String> language() {
    return new Codec<>(
        false,
        Function.identity(),
        s ->
            s.isEmpty() || isLanguage(s)
                ? null
                : "must be a language_type: an RFC 3066 language tag such as en-US "
                    + S2004
                    + ", not "
                    + quote(s),
        Function.identity());
  }

  /** RFC 3066 syntax: a 1 to 8 letter primary tag, then subtags of 1 to 8 letters or digits. */
  static boolean isLanguage(String tag) {
    if (tag.isEmpty() || tag.length() > 250) {
      return false;
    }
    String[] parts = tag.split("-", -1);
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      if (part.isEmpty() || part.length() > 8) {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && (p == 0 || !Texts.isDigit(c))) {
          return false;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- numbers

  /**
   * A decimal number: an optional minus, digits and at most one decimal point. No plus sign,
   * exponent, {@code NaN}, infinity, hexadecimal or white space, and at most {@value NUMBER_LIMIT}
   * characters.
   *
   * @param what the rule text, e.g. {@code a CMIDecimal between 0 and 100}
   * @param min inclusive lower bound, or null
   * @param max inclusive upper bound, or null
   */
  public static Codec<BigDecimal> decimal(String what, String min, String max, String cite) {
    BigDecimal lo = min == null ? null : new BigDecimal(min);
    BigDecimal hi = max == null ? null : new BigDecimal(max);
    String rule = "must be " + what + " " + cite;
    return new Codec<>(
        true,
        s -> parseDecimal(s, rule),
        d -> {
          if (!plainLengthWithin(d)) {
            return rule + ", not a number of more than " + NUMBER_LIMIT + " characters";
          }
          if ((lo != null && d.compareTo(lo) < 0) || (hi != null && d.compareTo(hi) > 0)) {
            return rule + ", not " + d.toPlainString();
          }
          return null;
        },
        BigDecimal::toPlainString);
  }

  static BigDecimal parseDecimal(String s, String rule) {
    if (!isDecimal(s)) {
      throw new RuleBroken(rule + ", not " + quote(s));
    }
    return new BigDecimal(s);
  }

  static boolean isDecimal(String s) {
    int n = s.length();
    if (n == 0 || n > NUMBER_LIMIT) {
      return false;
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (Texts.isDigit(c)) {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  /** Whether {@code toPlainString()} stays within the limit, decided without rendering it. */
  static boolean plainLengthWithin(BigDecimal d) {
    long precision = d.precision();
    long scale = d.scale();
    long length;
    if (scale <= 0) {
      length = precision - scale;
    } else {
      length = Math.max(precision, scale + 1) + 1;
    }
    return length + (d.signum() < 0 ? 1 : 0) <= NUMBER_LIMIT;
  }

  /** A SCORM 1.2 CMISInteger in a range. */
  public static Codec<Integer> integer(int min, int max, String cite) {
    String rule = "must be a CMISInteger between " + min + " and " + max + " " + cite;
    return new Codec<>(
        true,
        s -> {
          int n = s.length();
          int start = n > 0 && s.charAt(0) == '-' ? 1 : 0;
          if (n - start < 1 || n - start > 6 || !Texts.allDigits(s, start, n)) {
            throw new RuleBroken(rule + ", not " + quote(s));
          }
          return Integer.parseInt(s);
        },
        i -> i < min || i > max ? rule + ", not " + i : null,
        String::valueOf);
  }

  // ---------------------------------------------------------------- vocabularies

  /**
   * One token of a vocabulary.
   *
   * @param allowed the values this data model admits (a SCORM 1.2 vocabulary lacks 2004-only ones)
   */
  public static <E extends Enum<E>> Codec<E> vocabulary(
      Function<E, String> token, String cite, E[] allowed) {
    List<E> values = Arrays.asList(allowed);
    boolean hasEmpty = values.stream().anyMatch(e -> token.apply(e).isEmpty());
    String list =
        values.stream()
            .map(e -> token.apply(e).isEmpty() ? "\"\"" : token.apply(e))
            .collect(Collectors.joining(", "));
    return new Codec<>(
        !hasEmpty,
        s ->
            values.stream()
                .filter(e -> token.apply(e).equals(s))
                .findFirst()
                .orElseThrow(
                    () ->
                        new RuleBroken(
                            "unknown vocabulary value " + quote(s) + "; one of " + list + " " + cite)),
        e -> values.contains(e) ? null : e + " is not in this vocabulary: " + list + " " + cite,
        token);
  }

  /** {@code cmi.interactions.n.result}: a judgement token or a number. */
  public static Codec<CmiResult> result(boolean scorm12) {
    String incorrect = scorm12 ? "wrong" : "incorrect";
    String number = scorm12 ? "a CMIDecimal" : "a real(10,7) number";
    String cite = scorm12 ? S12 : S2004;
    String list = "correct, " + incorrect + ", unanticipated, neutral or " + number;
    return new Codec<>(
        true,
        s -> {
          for (CmiResult.Judgement j : CmiResult.Judgement.values()) {
            if (judgementToken(j, incorrect).equals(s)) {
              return new CmiResult.Judged(j);
            }
          }
          if (isDecimal(s)) {
            return new CmiResult.Numeric(new BigDecimal(s));
          }
          throw new RuleBroken("unknown vocabulary value " + quote(s) + "; one of " + list + " " + cite);
        },
        r ->
            r instanceof CmiResult.Numeric && !plainLengthWithin(((CmiResult.Numeric) r).value())
                ? "must be " + list + " " + cite + ", not a number of more than " + NUMBER_LIMIT + " characters"
                : null,
        r ->
            r instanceof CmiResult.Judged
                ? judgementToken(((CmiResult.Judged) r).judgement(), incorrect)
                : ((CmiResult.Numeric) r).value().toPlainString());
  }

  private static String judgementToken(CmiResult.Judgement j, String incorrect) {
    switch (j) {
      case CORRECT:
        return "correct";
      case INCORRECT:
        return incorrect;
      case UNANTICIPATED:
        return "unanticipated";
      default:
        return "neutral";
    }
  }

  // ---------------------------------------------------------------- times

  public static Codec<Duration> timespan12() {
    return new Codec<>(
        true,
        TimeFormats::parseTimespan12,
        d -> problem(() -> TimeFormats.formatTimespan12(d), d, "CMITimespan"),
        TimeFormats::formatTimespan12);
  }

  public static Codec<LocalTime> time12() {
    return new Codec<>(
        true,
        TimeFormats::parseTime12,
        t -> t.getNano() % TimeFormats.NANOS_PER_CENTI == 0 ? null : centis("CMITime", t),
        TimeFormats::formatTime12);
  }

  public static Codec<Duration> interval() {
    return new Codec<>(
        true,
        TimeFormats::parseInterval,
        d -> problem(() -> TimeFormats.formatInterval(d), d, "timeinterval (second,10,2)"),
        TimeFormats::formatInterval);
  }

  public static Codec<CmiTimestamp> timestamp() {
    return new Codec<>(true, TimeFormats::parseTimestamp, t -> null, CmiTimestamp::toString);
  }

  private static String problem(Runnable format, Duration d, String type) {
    try {
      format.run();
    } catch (RuleBroken e) {
      return e.rule();
    }
    return d.getNano() % TimeFormats.NANOS_PER_CENTI == 0 ? null : centis(type, d);
  }

  private static String centis(String type, Object value) {
    return "a " + type + " has a precision of 0.01 s; " + value + " is finer: cut it down first";
  }

  /** Writes an optional value, or nothing. */
  public static <T> Optional<String> write(Codec<T> codec, Optional<T> value) {
    return value.map(codec::write);
  }
}
