package org.framsteg.xapi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.framsteg.xapi.internal.syntax.DurationSyntax;

/**
 * An ISO 8601 duration as xAPI uses it, e.g. the time a learner spent: text kept, length when exact.
 *
 * <pre>{@code
 * XapiDuration d = XapiDuration.of(Duration.ofMinutes(90));         // PT1H30M
 * Duration spent = XapiDuration.parse("PT16559.14S").toDuration().orElseThrow();
 * }</pre>
 *
 * <p>xAPI durations may have years and months ({@code P3Y}), which have no fixed length, so the text
 * is always kept and {@link #toDuration()} is present only when the length is exact. The text is
 * also what xAPI compares (<a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#231-statement-immutability">xAPI-Data
 * 2.3.1</a>), so two durations are equal when their texts are. Format: <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#46-iso-8601-durations">xAPI-Data
 * 4.6</a>.
 */
public final class XapiDuration {

  private final String text;
  private final Duration duration;

  private XapiDuration(String text, Duration duration) {
    this.text = text;
    this.duration = duration;
  }

  /**
   * Reads an ISO 8601:2004 duration in the format with designators, e.g. {@code PT4H35M59.14S},
   * {@code P3Y1M29DT4H35M59.14S} or {@code P4W}.
   *
   * @throws IllegalArgumentException if {@code text} is not one, naming what is wrong
   */
  public static XapiDuration parse(String text) {
    Objects.requireNonNull(text, "text");
    return new XapiDuration(text, DurationSyntax.parse(text));
  }

  /**
   * The duration of {@code duration}, written like {@link Duration#toString()}, e.g. {@code
   * PT8H6M12.345S}.
   *
   * @throws IllegalArgumentException if {@code duration} is negative, which ISO 8601 cannot express
   */
  public static XapiDuration of(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a duration must not be negative: " + duration);
    }
    return new XapiDuration(duration.toString(), duration);
  }

  /** The text as given. */
  public String text() {
    return text;
  }

  /**
   * The exact length of time: absent when the text has years or months, or more precision or size
   * than {@link Duration} holds. Days count as 24 hours and weeks as 7 days.
   */
  public Optional<Duration> toDuration() {
    return Optional.ofNullable(duration);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XapiDuration other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
