package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.framsteg.xapi.Fixtures.MINIMAL;
import static org.framsteg.xapi.Fixtures.resource;
import static org.framsteg.xapi.Fixtures.set;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken input gets a typed exception naming the path, costs bounded memory and ends:
 * malformed and truncated JSON, wrong types at the root, deep nesting, huge strings, numbers and
 * names, bad encodings.
 */
class StatementReaderBadInputTest {

  private static final StatementReader READER = Xapi.reader(XapiVersion.V2_0);

  @ParameterizedTest
  @ValueSource(strings = {"{\"actor\": }", "{\"actor\" {}}", "{'actor': {}}", "{\"actor\": {\"mbox\": \"x\",}}",
      "{\"actor\": [1 2]}", "{\"a\": NaN}", "{\"a\": 01}", "{/* c */}", "{\"a\": \"\u0001\"}", "{\"a\": tru}"})
  void malformedJsonIsRefusedWithAParseExceptionNamingThePath(String json) {
    StatementParseException e = catchThrowableOfType(() -> READER.read(json), StatementParseException.class);
    assertThat(e).as(json).isNotNull();
    assertThat(e.path()).startsWith("$");
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.section()).isEqualTo("RFC 8259"));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isPositive();
    assertThat(e.getMessage()).doesNotContain("[Source:");
  }

  @Test
  void malformedJsonDeepInsideNamesTheDeepPath() {
    String json = set(MINIMAL, "/context/contextActivities/parent", "[{\"id\": \"http://example.com/p\"}]")
        .replace("\"http://example.com/p\"}", "\"http://example.com/p\" \"x\"}");
    StatementParseException e = catchThrowableOfType(() -> READER.read(json), StatementParseException.class);
    assertThat(e.path()).isEqualTo("$.context.contextActivities.parent[0].id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"statement\"", "42", "null", "true"})
  void aDocumentThatIsNotAnObjectIsNotAStatement(String json) {
    StatementValidationException e = catchThrowableOfType(() -> READER.read(json), StatementValidationException.class);
    assertThat(e.violations()).extracting(Violation::path).containsExactly("$");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t "})
  void emptyInputIsRefused(String json) {
    assertThat(catchThrowableOfType(() -> READER.read(json), StatementParseException.class).path()).isEqualTo("$");
    assertThat(catchThrowable(() -> READER.read(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(StatementParseException.class);
  }

  @Test
  void dataAfterTheStatementIsRefused() {
    assertThat(catchThrowable(() -> READER.read(MINIMAL + MINIMAL))).isInstanceOf(StatementParseException.class);
    assertThat(catchThrowable(() -> READER.read(MINIMAL + " x"))).isInstanceOf(StatementParseException.class);
    assertThat(READER.read(MINIMAL + " \n ")).isNotNull();
  }

  @Test
  void everyTruncationOfAValidStatementIsRefusedWithATypedException() {
    byte[] json = resource("spec-examples/statement-appendix-a-completion-duration-in-seconds.json")
        .strip().getBytes(StandardCharsets.UTF_8);
    for (int length = 0; length < json.length; length++) {
      byte[] prefix = java.util.Arrays.copyOf(json, length);
      Throwable t = catchThrowable(() -> READER.read(prefix));
      assertThat(t).as("prefix of %d bytes", length).isInstanceOf(XapiException.class);
      assertThat(((XapiException) t).violations()).isNotEmpty()
          .allSatisfy(v -> assertThat(v.path()).startsWith("$"));
    }
  }

  @Test
  void tenThousandLevelsOfNestingAreRefusedAtTheDepthLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String json = set(MINIMAL, "/result/extensions/http:~1~1example.com~1deep", "0").replace("0}", deep + "}");
    StatementParseException e = catchThrowableOfType(() -> READER.read(json), StatementParseException.class);
    assertThat(e.violations().get(0).section()).isEqualTo("StatementReader limits");
    assertThat(e.path()).startsWith("$.result.extensions['http://example.com/deep'][0][0]");
    assertThat(catchThrowable(() -> READER.read(deep))).isInstanceOf(StatementParseException.class);
    String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    assertThat(catchThrowable(() -> READER.lenient().read(set(MINIMAL, "/x", "0").replace("\"x\":0", "\"x\":" + objects))))
        .isInstanceOf(StatementParseException.class);
  }

  @Test
  void aHundredMegabyteStringIsRefusedAfterReadingOnlyAFractionOfIt() {
    CountingStream in = new CountingStream(
        "{\"actor\": {\"objectType\": \"Agent\", \"name\": \"", 100L << 20, "\"}}");
    StatementParseException e = catchThrowableOfType(() -> READER.read(in), StatementParseException.class);
    assertThat(e.path()).isEqualTo("$.actor.name");
    assertThat(e.violations().get(0).section()).isEqualTo("StatementReader limits");
    assertThat(in.consumed).isLessThan(StatementReader.MAX_STRING_LENGTH * 2L + 65_536);
  }

  @Test
  void aHundredMegabyteValueOfAnUnknownPropertyStopsAtTheDocumentLimit() {
    CountingStream in = new CountingStream("{\"skipped\": \"", 100L << 20, "\"}");
    StatementParseException e = catchThrowableOfType(() -> READER.lenient().read(in), StatementParseException.class);
    assertThat(e.violations().get(0).section()).isEqualTo("StatementReader limits");
    assertThat(in.consumed).isLessThanOrEqualTo(StatementReader.MAX_DOCUMENT_BYTES + 65_536L);
  }

  @Test
  void stringsJustOverTheLimitAreRefusedAndJustUnderAreRead() {
    String under = "a".repeat(StatementReader.MAX_STRING_LENGTH);
    assertThat(READER.read(set(MINIMAL, "/result/response", "\"" + under + "\"")).result().orElseThrow().response())
        .contains(under);
    String over = under + "a";
    StatementParseException e = catchThrowableOfType(
        () -> READER.read(set(MINIMAL, "/result/response", "\"" + over + "\"").getBytes(StandardCharsets.UTF_8)),
        StatementParseException.class);
    assertThat(e.path()).isEqualTo("$.result.response");
  }

  @Test
  void documentsOverTheLimitAreRefusedBeforeParsing() {
    byte[] big = new byte[StatementReader.MAX_DOCUMENT_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThat(catchThrowableOfType(() -> READER.read(big), StatementParseException.class).violations().get(0).section())
        .isEqualTo("StatementReader limits");
  }

  @Test
  void hugeNumbersAndNamesAreRefusedAtTheirLimits() {
    String longNumber = "1".repeat(StatementReader.MAX_NUMBER_LENGTH + 1);
    StatementParseException n = catchThrowableOfType(
        () -> READER.read(set(MINIMAL, "/result/score/raw", "0").replace("\"raw\":0", "\"raw\":" + longNumber)),
        StatementParseException.class);
    assertThat(n.path()).isEqualTo("$.result.score.raw");
    String longName = "n".repeat(StatementReader.MAX_NAME_LENGTH + 1);
    assertThat(catchThrowable(() -> READER.read("{\"" + longName + "\": 1}"))).isInstanceOf(StatementParseException.class);
  }

  @Test
  void hugeExponentsAreJudgedWithoutExpandingTheNumber() {
    String json = set(MINIMAL, "/result/score", "{\"scaled\": 0}").replace("\"scaled\":0", "\"scaled\":1e999999999");
    assertThat(Fixtures.violations(XapiVersion.V2_0, json)).extracting(Violation::path)
        .containsExactly("$.result.score.scaled");
    String tiny = json.replace("1e999999999", "1e-999999999");
    assertThat(READER.read(tiny).result().orElseThrow().score().orElseThrow().scaled()).isPresent();
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(json, json.length);
    int at = new String(json, StandardCharsets.UTF_8).indexOf("anna");
    broken[at] = (byte) 0xC3;
    broken[at + 1] = (byte) 0x28;
    assertThat(catchThrowable(() -> READER.read(broken))).isInstanceOf(StatementParseException.class);
  }

  @Test
  void bytesThatLookLikeUtf32ButAreNotAreRefusedAsMalformed() {
    // Three zero bytes first: detected as UTF-32BE, but 0x6576221f is no Unicode character.
    byte[] notUtf32 = {0, 0, 0, '{', 0x65, 0x76, 0x22, 0x1f};
    StatementParseException e = catchThrowableOfType(() -> READER.read(notUtf32), StatementParseException.class);
    assertThat(e.violations().get(0).rule()).startsWith("malformed JSON: Invalid UTF-32");
  }

  @Test
  void utf16InputIsDetectedAndRead() {
    byte[] utf16 = ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_16BE);
    assertThat(READER.read(utf16)).isEqualTo(READER.read(MINIMAL));
  }

  @Test
  void readingAStreamLeavesItOpen() {
    CountingStream in = new CountingStream(MINIMAL, 0, "");
    READER.read(in);
    assertThat(in.closed).isFalse();
  }

  @Test
  void jsonLinesYieldOneOutcomePerLineInOrderIncludingBlankAndNonJsonLines() {
    String input = MINIMAL.replace("\n", " ") + "\n"
        + "\n"
        + "not json\r\n"
        + set(MINIMAL, "/actor/mbox", "\"anna\"") + "\r\n"
        + "   \n"
        + MINIMAL.replace("\n", " ");
    List<StatementLine> lines;
    try (var stream = READER.readLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
      lines = stream.toList();
    }
    assertThat(lines).extracting(StatementLine::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(lines).extracting(l -> l instanceof StatementLine.Valid)
        .containsExactly(true, false, false, false, false, true);
    assertThat(report(lines)).containsExactly(
        "valid",
        "invalid\t$: blank line: expected a statement (RFC 8259)",
        "invalid\t$: malformed JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (RFC 8259)",
        "invalid\t$.actor.mbox: must be a mailto: IRI with one email address (xAPI-Data 2.4.2.3)",
        "invalid\t$: blank line: expected a statement (RFC 8259)",
        "valid");
  }

  @Test
  void aJsonLinesLineOverTheLimitIsReportedAndSkippedWithoutKeepingIt() {
    InputStream in = new SequenceInputStream(
        new ByteArrayInputStream((MINIMAL.replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8)),
        new SequenceInputStream(
            new CountingStream("{\"actor\": \"", 100L << 20, "\"}\n"),
            new ByteArrayInputStream(MINIMAL.replace("\n", " ").getBytes(StandardCharsets.UTF_8))));
    List<StatementLine> lines;
    try (var stream = READER.readLines(in)) {
      lines = stream.toList();
    }
    assertThat(report(lines)).containsExactly(
        "valid",
        "invalid\t$: the line is longer than the limit of " + StatementReader.MAX_DOCUMENT_BYTES + " bytes (StatementReader limits)",
        "valid");
  }

  @Test
  void anEmptyJsonLinesInputHasNoLines() {
    try (var stream = READER.readLines(new ByteArrayInputStream(new byte[0]))) {
      assertThat(stream.count()).isZero();
    }
  }

  /** What a command-line tool prints per line. */
  private static List<String> report(List<StatementLine> lines) {
    return lines.stream()
        .map(l -> l instanceof StatementLine.Invalid i ? "invalid\t" + i.violations().get(0) : "valid")
        .toList();
  }

  /** A stream of prefix, {@code count} bytes of 'a', suffix, generated as read; counts bytes read. */
  private static final class CountingStream extends InputStream {
    private final byte[] prefix;
    private final long count;
    private final byte[] suffix;
    private long position;
    long consumed;
    boolean closed;

    CountingStream(String prefix, long count, String suffix) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.count = count;
      this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long total = prefix.length + count + suffix.length;
      if (position >= total) {
        return -1;
      }
      int n = 0;
      while (n < len && position < total) {
        long p = position;
        b[off + n] = p < prefix.length ? prefix[(int) p]
            : p < prefix.length + count ? (byte) 'a'
            : suffix[(int) (p - prefix.length - count)];
        position++;
        n++;
      }
      consumed += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
    }
  }
}
