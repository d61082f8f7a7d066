package org.framsteg.xapi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of xAPI statements and their parts, for property tests of this module and of modules
 * that build on it.
 *
 * <pre>{@code
 * @Provide Arbitrary<Statement> statements() { return StatementArbitraries.valid(XapiVersion.V2_0).statements(); }
 * }</pre>
 *
 * <p>{@link #valid(XapiVersion)} generates statements that follow every rule of the version;
 * {@link #faulty(XapiVersion)} breaks rules now and then (bad formats, ranges, combinations), so
 * that the rule checks themselves can be compared. Lists and nesting are kept small so that
 * generation is cheap.
 */
public final class StatementArbitraries {

  private static final String[] LANGUAGE_TAGS = {
    "en", "en-US", "en-GB", "sv", "sv-SE", "de-DE", "zh-Hant", "zh-Hans-CN", "sr-Latn-RS", "es-419", "tlh", "cmn",
    "i-klingon", "x-private", "de-CH-1996", "en-US-x-twain", "ja"
  };
  private static final String[] NUMBERS = {
    "0", "-0", "1", "-1", "0.5", "1.000000000000000000001", "12345678901234567890123", "1E+400", "-2.5e-10",
    "3.14159265358979323846264338327950288", "1.0", "1.00", "100"
  };
  private static final String[] INVALID_IRIS = {"", "completed", "#fragment", "http://exa mple.com", "/relative"};

  private final XapiVersion version;
  private final boolean faults;

  private StatementArbitraries(XapiVersion version, boolean faults) {
    this.version = version;
    this.faults = faults;
  }

  /** Generators of statements valid in {@code version}. */
  public static StatementArbitraries valid(XapiVersion version) {
    return new StatementArbitraries(version, false);
  }

  /** Generators of statements of {@code version} that sometimes break rules of the specification. */
  public static StatementArbitraries faulty(XapiVersion version) {
    return new StatementArbitraries(version, true);
  }

  // ---------------------------------------------------------------- statements

  /** Statements, with {@link Statement#xapiVersion()} set to this generator's version. */
  public Arbitrary<Statement> statements() {
    Arbitrary<Statement> ordinary = objects(true).flatMap(o -> statementAbout(o, verbs()));
    Arbitrary<Statement> voiding = statementRefs().flatMap(r -> statementAbout(r, Arbitraries.just(Verb.of(Verb.VOIDED))));
    if (faults) {
      Arbitrary<Statement> badVoiding = activities().flatMap(a -> statementAbout(a, Arbitraries.just(Verb.of(Verb.VOIDED))));
      return Arbitraries.frequencyOf(
          Tuple.of(8, ordinary), Tuple.of(1, voiding), Tuple.of(1, badVoiding));
    }
    return Arbitraries.frequencyOf(Tuple.of(9, ordinary), Tuple.of(1, voiding));
  }

  private Arbitrary<Statement> statementAbout(StatementObject object, Arbitrary<Verb> verb) {
    boolean activity = object instanceof Activity;
    return Builders.withBuilder(Statement::builder)
        .use(actors()).in((b, a) -> b.actor(a))
        .use(verb).in((b, v) -> b.verb(v))
        .use(Arbitraries.just(object)).in((b, o) -> b.object(o))
        .use(uuids()).withProbability(0.7).in((b, id) -> b.id(id))
        .use(results()).withProbability(0.7).in((b, r) -> b.result(r))
        .use(contexts(activity)).withProbability(0.7).in((b, c) -> b.context(c))
        .use(timestamps()).withProbability(0.6).in((b, t) -> b.timestamp(t))
        .use(timestamps()).withProbability(0.3).in((b, t) -> b.stored(t))
        .use(authorities()).withProbability(0.3).in((b, a) -> b.authority(a))
        .use(versionProperties()).withProbability(0.3).in((b, v) -> b.version(v))
        .use(attachments().list().ofMaxSize(2)).withProbability(0.2).in((b, l) -> b.attachments(l))
        .build(b -> b.xapiVersion(version).build());
  }

  /** Statement objects; SubStatements only when {@code subStatements}. */
  public Arbitrary<StatementObject> objects(boolean subStatements) {
    Arbitrary<StatementObject> activity = activities().map(a -> a);
    Arbitrary<StatementObject> agent = agents().map(a -> a);
    Arbitrary<StatementObject> group = groups().map(g -> g);
    Arbitrary<StatementObject> ref = statementRefs().map(r -> r);
    if (!subStatements) {
      return Arbitraries.frequencyOf(Tuple.of(6, activity), Tuple.of(1, agent), Tuple.of(1, group), Tuple.of(1, ref));
    }
    Arbitrary<StatementObject> sub = subStatements().map(x -> x);
    return Arbitraries.frequencyOf(
        Tuple.of(6, activity), Tuple.of(1, agent), Tuple.of(1, group), Tuple.of(1, ref), Tuple.of(2, sub));
  }

  /** SubStatements; when generating faults, now and then one that nests a (valid) SubStatement. */
  public Arbitrary<SubStatement> subStatements() {
    Arbitrary<StatementObject> inner =
        faults
            ? Arbitraries.frequencyOf(
                Tuple.of(9, objects(false)),
                Tuple.of(1, valid(version).subStatements().map(s -> (StatementObject) s)))
            : objects(false);
    return inner.flatMap(
        o -> Builders.withBuilder(SubStatement::builder)
            .use(actors()).in((b, a) -> b.actor(a))
            .use(verbs()).in((b, v) -> b.verb(v))
            .use(Arbitraries.just(o)).in((b, x) -> b.object(x))
            .use(results()).withProbability(0.3).in((b, r) -> b.result(r))
            .use(contexts(o instanceof Activity)).withProbability(0.3).in((b, c) -> b.context(c))
            .use(timestamps()).withProbability(0.3).in((b, t) -> b.timestamp(t))
            .build(SubStatement.Builder::build));
  }

  /** Statement references. */
  public Arbitrary<StatementRef> statementRefs() {
    return uuids().map(StatementRef::new);
  }

  // ---------------------------------------------------------------- actors

  /** Agents and Groups. */
  public Arbitrary<Actor> actors() {
    return Arbitraries.frequencyOf(Tuple.of(4, agents()), Tuple.of(1, groups()));
  }

  /** Agents. */
  public Arbitrary<Agent> agents() {
    return Combinators.combine(text().optional(), ifis())
        .as((name, ifi) -> Agent.builder().name(name).ifi(ifi).build());
  }

  /** Identified and Anonymous Groups of Agents. */
  public Arbitrary<Group> groups() {
    int minMembers = faults ? 0 : 1;
    Arbitrary<Group> anonymous = Combinators.combine(text().optional(), agents().list().ofMinSize(minMembers).ofMaxSize(3))
        .as((name, members) -> Group.builder().name(name).members(members).build());
    Arbitrary<Group> identified = Combinators.combine(text().optional(), ifis(), agents().list().ofMaxSize(2))
        .as((name, ifi, members) -> Group.builder().name(name).ifi(ifi).members(members).build());
    return Arbitraries.oneOf(anonymous, identified);
  }

  /** Authorities: an Agent, or an Anonymous Group of two Agents (and, with faults, of three). */
  public Arbitrary<Actor> authorities() {
    int maxMembers = faults ? 3 : 2;
    Arbitrary<Actor> pair = agents().list().ofMinSize(2).ofMaxSize(maxMembers)
        .map(members -> Group.builder().members(members).build());
    return Arbitraries.oneOf(agents().map(a -> a), pair);
  }

  /** Inverse functional identifiers of each kind. */
  public Arbitrary<Ifi> ifis() {
    Arbitrary<String> mbox = maybeBad(mboxes(), Arbitraries.of("anna@example.com", "mailto:", "mailto:a b@example.com"));
    Arbitrary<String> sha1 = maybeBad(hex(40), Arbitraries.of("abc", "z".repeat(40)));
    Arbitrary<String> openid = maybeBad(irls().map(s -> s.replaceAll("[^\\x21-\\x7e]", "x")), Arbitraries.of("toby", "http://tøby.example/"));
    Arbitrary<String> homePage = maybeBad(irls(), Arbitraries.of("lms", "urn:example:lms"));
    return Arbitraries.oneOf(
        mbox.map(Ifi::mbox),
        sha1.map(Ifi::mboxSha1Sum),
        openid.map(Ifi::openId),
        Combinators.combine(homePage, text()).as(Account::new));
  }

  // ---------------------------------------------------------------- verbs and activities

  /** Verbs other than the voiding one. */
  public Arbitrary<Verb> verbs() {
    return Combinators.combine(iris(), languageMaps()).as(Verb::new).filter(v -> !v.isVoiding());
  }

  /** Activities with and without definitions. */
  public Arbitrary<Activity> activities() {
    return Combinators.combine(iris(), definitions().optional(0.5))
        .as((id, d) -> Activity.builder().id(id).definition(d).build());
  }

  /** Activity definitions, interactions included. */
  public Arbitrary<ActivityDefinition> definitions() {
    Arbitrary<Optional<InteractionType>> type = Arbitraries.of(InteractionType.class).optional(0.6);
    return type.flatMap(t -> Builders.withBuilder(ActivityDefinition::builder)
        .use(languageMaps()).withProbability(0.6).in((b, m) -> b.name(m))
        .use(languageMaps()).withProbability(0.4).in((b, m) -> b.description(m))
        .use(iris()).withProbability(0.5).in((b, i) -> b.type(i))
        .use(irlsMaybeBad()).withProbability(0.3).in((b, i) -> b.moreInfo(i))
        .use(Arbitraries.just(t)).in((b, x) -> b.interactionType(x))
        .use(text().list().ofMaxSize(3)).withProbability(t.isPresent() || faults ? 0.6 : 0).in((b, l) -> b.correctResponsesPattern(l))
        .use(components()).withProbability(allows(t, "choices")).in((b, l) -> b.choices(l))
        .use(components()).withProbability(allows(t, "scale")).in((b, l) -> b.scale(l))
        .use(components()).withProbability(allows(t, "source")).in((b, l) -> b.source(l))
        .use(components()).withProbability(allows(t, "target")).in((b, l) -> b.target(l))
        .use(components()).withProbability(allows(t, "steps")).in((b, l) -> b.steps(l))
        .use(extensions()).withProbability(0.3).in((b, e) -> b.extensions(e))
        .build(ActivityDefinition.Builder::build));
  }

  private double allows(Optional<InteractionType> t, String list) {
    if (faults) {
      return 0.15;
    }
    if (t.isEmpty()) {
      return 0;
    }
    InteractionType type = t.get();
    boolean ok = switch (list) {
      case "choices" -> type.allowsChoices();
      case "scale" -> type.allowsScale();
      case "source", "target" -> type.allowsSourceAndTarget();
      default -> type.allowsSteps();
    };
    return ok ? 0.7 : 0;
  }

  /** Interaction component lists, ids distinct unless generating faults. */
  public Arbitrary<List<InteractionComponent>> components() {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(2);
    Arbitrary<InteractionComponent> component = Combinators.combine(ids, languageMaps()).as(InteractionComponent::new);
    var list = component.list().ofMinSize(1).ofMaxSize(4);
    return faults ? list : list.uniqueElements(InteractionComponent::id);
  }

  // ---------------------------------------------------------------- result and context

  /** Results. */
  public Arbitrary<Result> results() {
    return Builders.withBuilder(Result::builder)
        .use(scores()).withProbability(0.5).in((b, s) -> b.score(s))
        .use(Arbitraries.of(true, false)).withProbability(0.5).in((b, v) -> b.success(v))
        .use(Arbitraries.of(true, false)).withProbability(0.5).in((b, v) -> b.completion(v))
        .use(text()).withProbability(0.3).in((b, r) -> b.response(r))
        .use(durations()).withProbability(0.5).in((b, d) -> b.duration(d))
        .use(extensions()).withProbability(0.3).in((b, e) -> b.extensions(e))
        .build(Result.Builder::build);
  }

  /** Scores within the rules, or (with faults) sometimes outside them. */
  public Arbitrary<Score> scores() {
    Arbitrary<BigDecimal> scaled = Arbitraries.bigDecimals().between(BigDecimal.valueOf(faults ? -2 : -1), BigDecimal.valueOf(faults ? 2 : 1))
        .ofScale(4);
    Arbitrary<BigDecimal> min = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000)).ofScale(2);
    Arbitrary<BigDecimal> span = Arbitraries.bigDecimals().between(faults ? BigDecimal.valueOf(-5) : new BigDecimal("0.01"),
        BigDecimal.valueOf(500)).ofScale(2);
    Arbitrary<BigDecimal> fraction = Arbitraries.bigDecimals().between(BigDecimal.valueOf(faults ? -1 : 0), BigDecimal.valueOf(faults ? 2 : 1)).ofScale(3);
    return Combinators.combine(scaled.optional(), min, span, fraction, Arbitraries.integers().between(0, 7))
        .as((s, lo, width, f, present) -> {
          BigDecimal hi = lo.add(width);
          BigDecimal raw = lo.add(width.multiply(f)).setScale(4, RoundingMode.HALF_UP);
          return Score.builder().scaled(s)
              .min((present & 1) != 0 ? Optional.of(lo) : Optional.empty())
              .max((present & 2) != 0 ? Optional.of(hi) : Optional.empty())
              .raw((present & 4) != 0 ? Optional.of(raw) : Optional.empty())
              .build();
        });
  }

  /** Contexts; revision and platform only if {@code activityObject} (or when generating faults). */
  public Arbitrary<Context> contexts(boolean activityObject) {
    double revision = activityObject ? 0.3 : faults ? 0.1 : 0;
    double xapi20 = version == XapiVersion.V2_0 ? 0.3 : faults ? 0.05 : 0;
    return Builders.withBuilder(Context::builder)
        .use(uuids()).withProbability(0.5).in((b, r) -> b.registration(r))
        .use(actors()).withProbability(0.2).in((b, a) -> b.instructor(a))
        .use(groups()).withProbability(0.2).in((b, g) -> b.team(g))
        .use(contextActivities()).withProbability(0.5).in((b, c) -> b.contextActivities(c))
        .use(contextAgents().list().ofMinSize(1).ofMaxSize(2)).withProbability(xapi20).in((b, l) -> b.contextAgents(l))
        .use(contextGroups().list().ofMinSize(1).ofMaxSize(2)).withProbability(xapi20).in((b, l) -> b.contextGroups(l))
        .use(text()).withProbability(revision).in((b, r) -> b.revision(r))
        .use(text()).withProbability(revision).in((b, p) -> b.platform(p))
        .use(languageTags()).withProbability(0.3).in((b, l) -> b.language(l))
        .use(statementRefs()).withProbability(0.2).in((b, r) -> b.statement(r))
        .use(extensions()).withProbability(0.3).in((b, e) -> b.extensions(e))
        .build(Context.Builder::build);
  }

  /** Context activities. */
  public Arbitrary<ContextActivities> contextActivities() {
    Arbitrary<List<Activity>> list = activities().list().ofMaxSize(2);
    return Combinators.combine(list, list, list, list)
        .as((p, g, c, o) -> ContextActivities.builder().parent(p).grouping(g).category(c).other(o).build());
  }

  /** xAPI 2.0 context Agents. */
  public Arbitrary<ContextAgent> contextAgents() {
    return Combinators.combine(agents(), relevantTypes())
        .as((a, t) -> ContextAgent.builder().agent(a).relevantTypes(t).build());
  }

  /** xAPI 2.0 context Groups. */
  public Arbitrary<ContextGroup> contextGroups() {
    return Combinators.combine(groups(), relevantTypes())
        .as((g, t) -> ContextGroup.builder().group(g).relevantTypes(t).build());
  }

  private Arbitrary<Optional<List<String>>> relevantTypes() {
    return iris().list().ofMinSize(faults ? 0 : 1).ofMaxSize(2).optional(0.7);
  }

  /** Attachment headers. */
  public Arbitrary<Attachment> attachments() {
    Arbitrary<String> contentType = maybeBad(Arbitraries.of("application/pdf", "text/plain; charset=utf-8", "image/png",
        "application/octet-stream"), Arbitraries.of("pdf", "text/"));
    Arbitrary<Long> length = Arbitraries.longs().between(faults ? -10 : 0, 10_000_000);
    Arbitrary<String> sha2 = maybeBad(Arbitraries.of(56, 64, 96, 128).flatMap(StatementArbitraries::hex), Arbitraries.of("abc"));
    Arbitrary<String> usage = Arbitraries.frequencyOf(Tuple.of(9, iris()),
        Tuple.of(1, Arbitraries.just(Attachment.SIGNATURE_USAGE_TYPE)));
    return Builders.withBuilder(Attachment::builder)
        .use(usage).in((b, u) -> b.usageType(u))
        .use(languageMaps()).in((b, d) -> b.display(d))
        .use(languageMaps()).withProbability(0.3).in((b, d) -> b.description(d))
        .use(contentType).in((b, c) -> b.contentType(c))
        .use(length).in((b, l) -> b.length(l))
        .use(sha2).in((b, s) -> b.sha2(s))
        .use(irlsMaybeBad()).withProbability(0.3).in((b, f) -> b.fileUrl(f))
        .build(b -> {
          Attachment a = b.build();
          boolean signature = a.usageType().equals(Attachment.SIGNATURE_USAGE_TYPE);
          return signature && !faults
              ? Attachment.builder().from(a).contentType("application/octet-stream").build()
              : a;
        });
  }

  // ---------------------------------------------------------------- values

  /** Timestamps of this version: RFC 3339 for xAPI 2.0, any supported ISO 8601 form for 1.0.3. */
  public Arbitrary<XapiTimestamp> timestamps() {
    Arbitrary<LocalDateTime> local = Arbitraries.longs().between(0, 4_102_444_800L)
        .map(s -> LocalDateTime.ofEpochSecond(s, 0, java.time.ZoneOffset.UTC));
    Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12).optional(0.6)
        .map(f -> f.map(d -> "." + d).orElse(""));
    Arbitrary<Integer> offsetMinutes = Arbitraries.integers().between(-48, 56).map(q -> q * 15);
    Arbitrary<XapiTimestamp> rfc3339 = Combinators.combine(local, fraction, offsetMinutes, Arbitraries.of(true, false))
        .as((l, f, o, upper) -> XapiTimestamp.parse(extended(l) + f + offset(o, true, upper)));
    if (version == XapiVersion.V2_0 && !faults) {
      return rfc3339;
    }
    Arbitrary<XapiTimestamp> iso = Combinators.combine(local, fraction, offsetMinutes, Arbitraries.integers().between(0, 3))
        .as((l, f, o, form) -> XapiTimestamp.parse(switch (form) {
          case 0 -> basic(l) + f.replace('.', ',') + offset(o, false, true);
          case 1 -> extended(l) + f;
          case 2 -> extended(l).substring(0, 16) + offset(o, true, true);
          default -> extended(l) + f.replace('.', ',') + offset(o, false, true);
        }));
    return Arbitraries.frequencyOf(Tuple.of(3, rfc3339), Tuple.of(version == XapiVersion.V2_0 ? 1 : 2, iso));
  }

  private static String extended(LocalDateTime l) {
    return String.format("%04d-%02d-%02dT%02d:%02d:%02d", l.getYear(), l.getMonthValue(), l.getDayOfMonth(),
        l.getHour(), l.getMinute(), l.getSecond());
  }

  private static String basic(LocalDateTime l) {
    return String.format("%04d%02d%02dT%02d%02d%02d", l.getYear(), l.getMonthValue(), l.getDayOfMonth(),
        l.getHour(), l.getMinute(), l.getSecond());
  }

  private static String offset(int minutes, boolean colon, boolean upper) {
    if (minutes == 0) {
      return upper ? "Z" : "z";
    }
    int m = Math.abs(minutes);
    return (minutes < 0 ? "-" : "+") + String.format(colon ? "%02d:%02d" : "%02d%02d", m / 60, m % 60);
  }

  /** Durations of every ISO 8601 designator form xAPI allows. */
  public Arbitrary<XapiDuration> durations() {
    Arbitrary<XapiDuration> exact = Arbitraries.longs().between(0, 10_000_000_000L).map(Duration::ofMillis).map(XapiDuration::of);
    Arbitrary<XapiDuration> designators = Combinators.combine(
            Arbitraries.integers().between(0, 99).optional(), Arbitraries.integers().between(0, 11).optional(),
            Arbitraries.integers().between(0, 30).optional(), Arbitraries.integers().between(0, 23).optional(),
            Arbitraries.integers().between(0, 59).optional(), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).optional())
        .as((y, mo, d, h, mi, s) -> {
          StringBuilder b = new StringBuilder("P");
          y.ifPresent(v -> b.append(v).append('Y'));
          mo.ifPresent(v -> b.append(v).append('M'));
          d.ifPresent(v -> b.append(v).append('D'));
          if (h.isPresent() || mi.isPresent() || s.isPresent()) {
            b.append('T');
            h.ifPresent(v -> b.append(v).append('H'));
            mi.ifPresent(v -> b.append(v).append('M'));
            s.ifPresent(v -> b.append("12.").append(v).append('S'));
          }
          return b.length() == 1 ? "P4W" : b.toString();
        })
        .map(XapiDuration::parse);
    return Arbitraries.oneOf(exact, designators);
  }

  /** Language maps of up to three entries. */
  public Arbitrary<LanguageMap> languageMaps() {
    return Arbitraries.maps(languageTags(), text()).ofMaxSize(3).map(LanguageMap::of);
  }

  /** Well-formed RFC 5646 tags (and, with faults, now and then an ill-formed one). */
  public Arbitrary<String> languageTags() {
    return maybeBad(Arbitraries.of(LANGUAGE_TAGS), Arbitraries.of("en_US", "english language", "zh-z-aaa-z-bbb"));
  }

  /** Extensions with IRI keys and any JSON values. */
  public Arbitrary<Extensions> extensions() {
    return Arbitraries.maps(maybeBad(iris(), Arbitraries.of("altitude", "x y")), jsonValues(3)).ofMinSize(1).ofMaxSize(3)
        .map(Extensions::of);
  }

  /** JSON values nesting at most {@code depth} levels; numbers with all the digits JSON allows. */
  public static Arbitrary<JsonValue> jsonValues(int depth) {
    Arbitrary<JsonValue> numbers = Arbitraries.oneOf(
        Arbitraries.of(NUMBERS).map(JsonValue::number),
        Arbitraries.longs().map(JsonValue::of),
        Arbitraries.bigDecimals().ofScale(25).between(BigDecimal.valueOf(-1e6), BigDecimal.valueOf(1e6)).map(JsonValue::of));
    Arbitrary<JsonValue> leaves = Arbitraries.oneOf(
        numbers, text().map(JsonValue::of), Arbitraries.of(true, false).map(JsonValue::of), Arbitraries.just(JsonValue.nullValue()));
    if (depth == 0) {
      return leaves;
    }
    Arbitrary<JsonValue> inner = Arbitraries.lazy(() -> jsonValues(depth - 1));
    Arbitrary<JsonValue> arrays = inner.list().ofMaxSize(3).map(JsonValue::array);
    Arbitrary<JsonValue> objects = Arbitraries.maps(text(), inner).ofMaxSize(3)
        .map(m -> JsonValue.object(new LinkedHashMap<>(m)));
    return Arbitraries.frequencyOf(Tuple.of(4, leaves), Tuple.of(1, arrays),
        Tuple.of(1, objects));
  }

  /** Free text: ASCII, Latin, CJK, controls, quotes, backslashes and now and then an emoji. */
  public static Arbitrary<String> text() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
        .withCharRange('\u4e00', '\u4e2f').withChars('\n', '\t', '\u0000', '\u2028', '"', '\\', '/').ofMaxLength(12);
    return Arbitraries.oneOf(plain, plain.map(s -> s + "\uD83D\uDE00"));
  }

  /** Absolute IRIs (with faults, now and then a value that is not one). */
  public Arbitrary<String> iris() {
    Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '.', '~', 'å', 'é', '中')
        .ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> urn = segment.map(s -> "urn:example:" + s);
    return maybeBad(Arbitraries.oneOf(irls(), urn), Arbitraries.of(INVALID_IRIS));
  }

  /** IRLs: http and https IRIs with a host. */
  public static Arbitrary<String> irls() {
    Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', 'å', '中').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> host = Arbitraries.of("example.com", "example.org", "lms.example.co.uk", "[2001:db8::1]", "localhost:8080");
    return Combinators.combine(Arbitraries.of("http", "https"), host, segment.list().ofMaxSize(3), Arbitraries.of("", "?q=1", "#top"))
        .as((scheme, h, segments, tail) -> scheme + "://" + h + "/" + String.join("/", segments) + tail);
  }

  private Arbitrary<String> irlsMaybeBad() {
    return maybeBad(irls(), Arbitraries.of("about.html", "urn:example:x"));
  }

  /** mailto: IRIs with one address. */
  public static Arbitrary<String> mboxes() {
    Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withChars('.', '+', '_').ofMinLength(1).ofMaxLength(10)
        .filter(s -> !s.startsWith(".") && !s.endsWith("."));
    return Combinators.combine(local, Arbitraries.of("example.com", "example.org", "sub.example.co.uk"))
        .as((l, d) -> "mailto:" + l + "@" + d);
  }

  /** UUIDs of any variant. */
  public static Arbitrary<UUID> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
  }

  private Arbitrary<String> versionProperties() {
    Arbitrary<String> good = version == XapiVersion.V2_0
        ? Arbitraries.of("1.0", "1.0.0", "1.0.3", "2.0", "2.0.0", "2.0.12")
        : Arbitraries.of("1.0", "1.0.0", "1.0.3", "1.0.9");
    return maybeBad(good, Arbitraries.of("1.1.0", "0.95", "3.0.0"));
  }

  private static Arbitrary<String> hex(int length) {
    return Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofLength(length);
  }

  private Arbitrary<String> maybeBad(Arbitrary<String> good, Arbitrary<String> bad) {
    return faults ? Arbitraries.frequencyOf(Tuple.of(12, good), Tuple.of(1, bad)) : good;
  }
}
