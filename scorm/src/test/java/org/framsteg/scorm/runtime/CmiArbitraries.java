package org.framsteg.scorm.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generators of run-time data values, shared by the property tests of this module. */
public final class CmiArbitraries {

  private CmiArbitraries() {}

  /** Any duration a SCORM 1.2 CMITimespan can hold, with nanosecond detail to be cut away. */
  static Arbitrary<Duration> timespanDurations() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 9999L * 3600 + 3599), Arbitraries.integers().between(0, 999_999_999))
        .as(Duration::ofSeconds);
  }

  /** Durations up to the limit of java.time, biased towards everyday lengths. */
  static Arbitrary<Duration> intervalDurations() {
    Arbitrary<Long> seconds =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(0, 100_000)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE)));
    return Combinators.combine(seconds, Arbitraries.integers().between(0, 999_999_999))
        .as(Duration::ofSeconds);
  }

  static Arbitrary<LocalTime> timesOfDay() {
    return Arbitraries.longs()
        .between(0, LocalTime.MAX.toNanoOfDay())
        .map(LocalTime::ofNanoOfDay);
  }

  /** Valid SCORM 2004 timestamps of every precision, with and without a time zone. */
  static Arbitrary<CmiTimestamp> timestamps() {
    Arbitrary<LocalDateTime> instants =
        Arbitraries.longs()
            .between(
                LocalDateTime.of(1970, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                LocalDateTime.of(2038, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC))
            .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
    Arbitrary<ChronoUnit> precisions =
        Arbitraries.of(
            ChronoUnit.YEARS,
            ChronoUnit.MONTHS,
            ChronoUnit.DAYS,
            ChronoUnit.HOURS,
            ChronoUnit.MINUTES,
            ChronoUnit.SECONDS);
    Arbitrary<Integer> centis = Arbitraries.integers().between(0, 99);
    Arbitrary<Optional<ZoneOffset>> offsets =
        Arbitraries.integers()
            .between(-18 * 60, 18 * 60)
            .map(m -> ZoneOffset.ofTotalSeconds(m * 60))
            .optional();
    return Combinators.combine(instants, precisions, centis, offsets)
        .as(
            (t, p, c, o) -> {
              LocalDateTime cut;
              switch (p) {
                case YEARS:
                  cut = t.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS);
                  break;
                case MONTHS:
                  cut = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
                  break;
                case SECONDS:
                  cut = t.withNano(c * 10_000_000);
                  break;
                default:
                  cut = t.truncatedTo(p);
              }
              return new CmiTimestamp(cut, p, p == ChronoUnit.SECONDS ? o : Optional.empty());
            });
  }

  /** Strings over the alphabet of a format, to shake its parser. */
  static Arbitrary<String> textOver(String alphabet, int maxLength) {
    return Arbitraries.strings().withChars(alphabet.toCharArray()).ofMaxLength(maxLength);
  }

  // ---------------------------------------------------------------- values of the data models

  /** Any text, including non-ASCII and surrogate pairs, of at most {@code max} characters. */
  static Arbitrary<String> text(int max) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.strings().all().ofMaxLength(Math.min(max, 40))),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(max - 2).ofMaxLength(max)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("", "\ud83d\ude00 \u00e9t\u00e9", "{json:[1,2]}")));
  }

  static Arbitrary<String> identifiers12() {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(20);
  }

  /** URIs as SCORM 2004 identifiers are written. */
  static Arbitrary<String> identifiers2004() {
    Arbitrary<String> word =
        Arbitraries.strings().alpha().numeric().withChars('-', '_', '.').ofMinLength(1).ofMaxLength(12)
            .filter(w -> Character.isLetterOrDigit(w.charAt(0)));
    return Arbitraries.oneOf(word, word.map(w -> "urn:example:" + w), word.map(w -> "http://example.com/" + w));
  }

  /** Decimals with 0 to 4 decimal digits between the bounds. */
  static Arbitrary<BigDecimal> decimals(String min, String max) {
    return Arbitraries.integers()
        .between(0, 4)
        .flatMap(
            scale ->
                Arbitraries.bigDecimals()
                    .between(new BigDecimal(min), new BigDecimal(max))
                    .ofScale(scale));
  }

  static Arbitrary<Duration> centisecondDurations(long maxSeconds) {
    return Combinators.combine(
            Arbitraries.longs().between(0, maxSeconds), Arbitraries.integers().between(0, 99))
        .as((s, c) -> Duration.ofSeconds(s, c * 10_000_000L));
  }

  static Arbitrary<LocalTime> centisecondTimes() {
    return Arbitraries.longs()
        .between(0, 24L * 3600 * 100 - 1)
        .map(c -> LocalTime.ofNanoOfDay(c * 10_000_000L));
  }

  static Arbitrary<CmiResult> results() {
    return Arbitraries.oneOf(
        Arbitraries.of(CmiResult.Judgement.class).map(CmiResult.Judged::new),
        decimals("-1000", "1000").map(CmiResult.Numeric::new));
  }

  static Arbitrary<java.util.Map<String, String>> extensions() {
    return Arbitraries.maps(
            Arbitraries.of("adl.nav.request", "adl.data.0.id", "vendor.state", "nav.event"), text(30))
        .ofMaxSize(2);
  }

  static <T> Arbitrary<List<T>> lists(Arbitrary<T> element, int max) {
    return element.list().ofMaxSize(max);
  }

  // ---------------------------------------------------------------- SCORM 1.2

  static Arbitrary<Scorm12Score> scores12() {
    Arbitrary<BigDecimal> score = decimals("0", "100");
    return Builders.withBuilder(Scorm12Score::builder)
        .use(score).withProbability(0.5).in((b, v) -> b.raw(v))
        .use(score).withProbability(0.3).in((b, v) -> b.min(v))
        .use(score).withProbability(0.3).in((b, v) -> b.max(v))
        .build(Scorm12Score.Builder::build);
  }

  static Arbitrary<Scorm12Objective> objectives12() {
    return Builders.withBuilder(Scorm12Objective::builder)
        .use(identifiers12()).in((b, v) -> b.id(v))
        .use(scores12()).withProbability(0.5).in((b, v) -> b.score(v))
        .use(Arbitraries.of(Scorm12LessonStatus.class)).withProbability(0.5).in((b, v) -> b.status(v))
        .build(Scorm12Objective.Builder::build);
  }

  /** Interactions whose responses fit their type. */
  static Arbitrary<Scorm12Interaction> interactions12() {
    Arbitrary<CmiInteractionType> types =
        Arbitraries.of(CmiInteractionType.class).filter(CmiInteractionType::inScorm12);
    return types.optional().flatMap(type -> {
      Arbitrary<String> responses =
          type.map(t -> responses12(t)).orElse(text(255));
      return Builders.withBuilder(Scorm12Interaction::builder)
          .use(identifiers12()).in((b, v) -> b.id(v))
          .use(lists(identifiers12(), 3)).in((b, v) -> b.objectiveIds(v))
          .use(centisecondTimes()).withProbability(0.3).in((b, v) -> b.time(v))
          .use(lists(responses, 3)).in((b, v) -> b.correctResponses(v))
          .use(decimals("-100", "100")).withProbability(0.3).in((b, v) -> b.weighting(v))
          .use(responses).withProbability(0.5).in((b, v) -> b.studentResponse(v))
          .use(results()).withProbability(0.5).in((b, v) -> b.result(v))
          .use(centisecondDurations(9999L * 3600)).withProbability(0.3).in((b, v) -> b.latency(v))
          .build(b -> b.type(type).build());
    });
  }

  private static Arbitrary<String> responses12(CmiInteractionType type) {
    switch (type) {
      case TRUE_FALSE:
        return Arbitraries.of("0", "1", "t", "f");
      case NUMERIC:
        return decimals("-100", "100").map(BigDecimal::toPlainString);
      default:
        return text(255);
    }
  }

  /** Valid SCORM 1.2 run-time data of every element. */
  public static Arbitrary<Scorm12Cmi> scorm12() {
    Arbitrary<Duration> timespans = centisecondDurations(9999L * 3600);
    return Builders.withBuilder(Scorm12Cmi::builder)
        .use(identifiers12()).withProbability(0.5).in((b, v) -> b.studentId(v))
        .use(text(255)).withProbability(0.5).in((b, v) -> b.studentName(v))
        .use(text(255)).withProbability(0.5).in((b, v) -> b.lessonLocation(v))
        .use(Arbitraries.of(CmiCredit.class)).withProbability(0.5).in((b, v) -> b.credit(v))
        .use(Arbitraries.of(Scorm12LessonStatus.class)).withProbability(0.7).in((b, v) -> b.lessonStatus(v))
        .use(Arbitraries.of(CmiEntry.class)).withProbability(0.5).in((b, v) -> b.entry(v))
        .use(scores12()).withProbability(0.6).in((b, v) -> b.score(v))
        .use(timespans).withProbability(0.5).in((b, v) -> b.totalTime(v))
        .use(Arbitraries.of(CmiMode.class)).withProbability(0.5).in((b, v) -> b.lessonMode(v))
        .use(Arbitraries.of(CmiExit.class).filter(e -> e != CmiExit.NORMAL)).withProbability(0.5)
            .in((b, v) -> b.exit(v))
        .use(timespans).withProbability(0.5).in((b, v) -> b.sessionTime(v))
        .use(text(4096)).withProbability(0.5).in((b, v) -> b.suspendData(v))
        .use(text(4096)).withProbability(0.3).in((b, v) -> b.launchData(v))
        .use(text(4096)).withProbability(0.2).in((b, v) -> b.comments(v))
        .use(text(4096)).withProbability(0.2).in((b, v) -> b.commentsFromLms(v))
        .use(lists(objectives12(), 3)).in((b, v) -> b.objectives(v))
        .use(decimals("0", "100")).withProbability(0.3).in((b, v) -> b.masteryScore(v))
        .use(timespans).withProbability(0.3).in((b, v) -> b.maxTimeAllowed(v))
        .use(Arbitraries.of(CmiTimeLimitAction.class)).withProbability(0.3).in((b, v) -> b.timeLimitAction(v))
        .use(Arbitraries.integers().between(-1, 100)).withProbability(0.3).in((b, v) -> b.preferenceAudio(v))
        .use(text(255)).withProbability(0.3).in((b, v) -> b.preferenceLanguage(v))
        .use(Arbitraries.integers().between(-100, 100)).withProbability(0.3).in((b, v) -> b.preferenceSpeed(v))
        .use(Arbitraries.integers().between(-1, 1)).withProbability(0.3).in((b, v) -> b.preferenceText(v))
        .use(lists(interactions12(), 3)).in((b, v) -> b.interactions(v))
        .use(extensions()).in((b, v) -> b.extensions(v))
        .build(Scorm12Cmi.Builder::build);
  }

  // ---------------------------------------------------------------- SCORM 2004

  static Arbitrary<String> localized(int max) {
    Arbitrary<String> body =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                8,
                Arbitraries.strings().all().ofMaxLength(Math.min(max, 30))
                    .filter(s -> !s.startsWith("{lang="))),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(max - 2).ofMaxLength(max)));
    return Combinators.combine(Arbitraries.of("", "{lang=en}", "{lang=sv-SE}", "{lang=zh-Hant}"), body)
        .as(String::concat);
  }

  static Arbitrary<Scorm2004Score> scores2004() {
    Arbitrary<BigDecimal> real = decimals("-100000", "100000");
    return Builders.withBuilder(Scorm2004Score::builder)
        .use(decimals("-1", "1")).withProbability(0.5).in((b, v) -> b.scaled(v))
        .use(real).withProbability(0.5).in((b, v) -> b.raw(v))
        .use(real).withProbability(0.3).in((b, v) -> b.min(v))
        .use(real).withProbability(0.3).in((b, v) -> b.max(v))
        .build(Scorm2004Score.Builder::build);
  }

  static Arbitrary<Scorm2004Objective> objectives2004() {
    return Builders.withBuilder(Scorm2004Objective::builder)
        .use(identifiers2004()).in((b, v) -> b.id(v))
        .use(scores2004()).withProbability(0.5).in((b, v) -> b.score(v))
        .use(Arbitraries.of(Scorm2004SuccessStatus.class)).withProbability(0.5).in((b, v) -> b.successStatus(v))
        .use(Arbitraries.of(Scorm2004CompletionStatus.class)).withProbability(0.5)
            .in((b, v) -> b.completionStatus(v))
        .use(decimals("0", "1")).withProbability(0.3).in((b, v) -> b.progressMeasure(v))
        .use(localized(250)).withProbability(0.3).in((b, v) -> b.description(v))
        .build(Scorm2004Objective.Builder::build);
  }

  /** Objectives with distinct ids, as the RTE requires. */
  static Arbitrary<List<Scorm2004Objective>> distinctObjectives2004() {
    return lists(objectives2004(), 3)
        .map(
            os -> {
              List<Scorm2004Objective> out = new ArrayList<>();
              for (int n = 0; n < os.size(); n++) {
                out.add(Scorm2004Objective.builder().from(os.get(n)).id(os.get(n).id() + "-" + n).build());
              }
              return out;
            });
  }

  static Arbitrary<Scorm2004Interaction> interactions2004() {
    Arbitrary<CmiInteractionType> types =
        Arbitraries.of(
            CmiInteractionType.TRUE_FALSE,
            CmiInteractionType.CHOICE,
            CmiInteractionType.SEQUENCING,
            CmiInteractionType.LIKERT,
            CmiInteractionType.NUMERIC,
            CmiInteractionType.LONG_FILL_IN,
            CmiInteractionType.OTHER,
            CmiInteractionType.MATCHING);
    return types.optional().flatMap(type -> {
      int maxPatterns =
          type.map(t -> java.util.Set.of(CmiInteractionType.TRUE_FALSE, CmiInteractionType.LIKERT,
              CmiInteractionType.NUMERIC, CmiInteractionType.OTHER).contains(t) ? 1 : 3).orElse(0);
      return Builders.withBuilder(Scorm2004Interaction::builder)
          .use(identifiers2004()).in((b, v) -> b.id(v))
          .use(identifiers2004().set().ofMaxSize(3)).in((b, v) -> b.objectiveIds(new ArrayList<>(v)))
          .use(timestamps()).withProbability(0.3).in((b, v) -> b.timestamp(v))
          .use(lists(type.map(t -> responses2004(t, true)).orElse(Arbitraries.just("")), maxPatterns))
              .in((b, v) -> b.correctResponses(v))
          .use(decimals("-100", "100")).withProbability(0.3).in((b, v) -> b.weighting(v))
          .use(type.map(t -> responses2004(t, false)).orElse(Arbitraries.just(""))).withProbability(type.isPresent() ? 0.5 : 0)
              .in((b, v) -> b.learnerResponse(v))
          .use(results()).withProbability(0.5).in((b, v) -> b.result(v))
          .use(centisecondDurations(10_000_000L)).withProbability(0.3).in((b, v) -> b.latency(v))
          .use(localized(250)).withProbability(0.3).in((b, v) -> b.description(v))
          .build(b -> b.type(type).build());
    });
  }

  private static Arbitrary<String> responses2004(CmiInteractionType type, boolean pattern) {
    Arbitrary<String> shortId = identifiers2004().filter(s -> s.length() <= 250);
    switch (type) {
      case TRUE_FALSE:
        return Arbitraries.of("true", "false");
      case CHOICE:
        return shortId.set().ofMaxSize(3).map(s -> String.join("[,]", new LinkedHashSet<>(s)));
      case SEQUENCING:
        return shortId.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("[,]", l));
      case LIKERT:
        return shortId;
      case MATCHING:
        return Combinators.combine(shortId, shortId).as((a, b) -> a + "[.]" + b)
            .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("[,]", l));
      case NUMERIC:
        return pattern
            ? decimals("-10", "0").map(BigDecimal::toPlainString)
                .flatMap(lo -> decimals("0", "10").map(hi -> lo + "[:]" + hi.toPlainString()))
            : decimals("-100", "100").map(BigDecimal::toPlainString);
      case LONG_FILL_IN:
        return localized(4000).filter(s -> !s.startsWith("{case_matters="));
      default:
        return text(4000);
    }
  }

  static Arbitrary<Scorm2004Comment> comments2004() {
    return Builders.withBuilder(Scorm2004Comment::builder)
        .use(localized(4000)).withProbability(0.7).in((b, v) -> b.comment(v))
        .use(text(250)).withProbability(0.5).in((b, v) -> b.location(v))
        .use(timestamps()).withProbability(0.5).in((b, v) -> b.timestamp(v))
        .build(b -> b.build())
        .ignoreException(CmiDataException.class);
  }

  /** Valid SCORM 2004 run-time data of every element. */
  public static Arbitrary<Scorm2004Cmi> scorm2004() {
    Arbitrary<Duration> intervals = centisecondDurations(100_000_000L);
    return Builders.withBuilder(Scorm2004Cmi::builder)
        .use(lists(comments2004(), 2)).in((b, v) -> b.commentsFromLearner(v))
        .use(lists(comments2004(), 2)).in((b, v) -> b.commentsFromLms(v))
        .use(Arbitraries.of(Scorm2004CompletionStatus.class)).withProbability(0.6).in((b, v) -> b.completionStatus(v))
        .use(decimals("0", "1")).withProbability(0.4).in((b, v) -> b.completionThreshold(v))
        .use(Arbitraries.of(CmiCredit.class)).withProbability(0.4).in((b, v) -> b.credit(v))
        .use(Arbitraries.of(CmiEntry.class)).withProbability(0.4).in((b, v) -> b.entry(v))
        .use(Arbitraries.of(CmiExit.class)).withProbability(0.4).in((b, v) -> b.exit(v))
        .use(lists(interactions2004(), 3)).in((b, v) -> b.interactions(v))
        .use(text(4000)).withProbability(0.3).in((b, v) -> b.launchData(v))
        .use(identifiers2004()).withProbability(0.5).in((b, v) -> b.learnerId(v))
        .use(localized(250)).withProbability(0.5).in((b, v) -> b.learnerName(v))
        .use(decimals("0", "100")).withProbability(0.2).in((b, v) -> b.preferenceAudioLevel(v))
        .use(Arbitraries.of("", "en", "en-US", "sv", "zh-Hant", "i-klingon")).withProbability(0.2)
            .in((b, v) -> b.preferenceLanguage(v))
        .use(decimals("0", "10")).withProbability(0.2).in((b, v) -> b.preferenceDeliverySpeed(v))
        .use(Arbitraries.integers().between(-1, 1)).withProbability(0.2).in((b, v) -> b.preferenceAudioCaptioning(v))
        .use(text(1000)).withProbability(0.5).in((b, v) -> b.location(v))
        .use(intervals).withProbability(0.3).in((b, v) -> b.maxTimeAllowed(v))
        .use(Arbitraries.of(CmiMode.class)).withProbability(0.4).in((b, v) -> b.mode(v))
        .use(distinctObjectives2004()).in((b, v) -> b.objectives(v))
        .use(decimals("0", "1")).withProbability(0.5).in((b, v) -> b.progressMeasure(v))
        .use(decimals("-1", "1")).withProbability(0.4).in((b, v) -> b.scaledPassingScore(v))
        .use(scores2004()).withProbability(0.6).in((b, v) -> b.score(v))
        .use(intervals).withProbability(0.5).in((b, v) -> b.sessionTime(v))
        .use(Arbitraries.of(Scorm2004SuccessStatus.class)).withProbability(0.5).in((b, v) -> b.successStatus(v))
        .use(text(64000)).withProbability(0.5).in((b, v) -> b.suspendData(v))
        .use(Arbitraries.of(CmiTimeLimitAction.class)).withProbability(0.3).in((b, v) -> b.timeLimitAction(v))
        .use(intervals).withProbability(0.5).in((b, v) -> b.totalTime(v))
        .use(extensions()).in((b, v) -> b.extensions(v))
        .build(Scorm2004Cmi.Builder::build);
  }

  /** The element names of a map, for picking one to mutate. */
  static List<String> keys(java.util.Map<String, String> map) {
    return map.keySet().stream().collect(Collectors.toList());
  }
}
