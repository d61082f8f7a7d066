package org.framsteg.scorm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framsteg.scorm.ScormVersion;
import org.framsteg.scorm.internal.player.LaunchConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pure parts of {@code framsteg-sco.js}, run in Chromium through the player's test hook: the
 * session time formats (checked against scorm-again's own validation) and the suspend data codec.
 */
class PlayerScriptInChromiumTest {
  @RegisterExtension static final ChromiumLms LMS = new ChromiumLms();

  @TempDir static Path packageDir;
  private static URI base;

  @BeforeAll
  static void launchAPlayer() throws IOException {
    TonePackage tone = TonePackage.write(packageDir, 2);
    String page =
        tone.addSco("audio.html", LaunchConfig.MediaKind.AUDIO, ScormVersion.SCORM_2004_4TH, 1);
    base = LMS.serve(packageDir);
    LMS.launch(LmsLaunch.firstAttempt(ScormVersion.SCORM_2004_4TH, base.resolve(page)));
  }

  /** What acorn says of a script (its text, or its URL) at an ECMAScript version. */
  private static String parsedAs(int ecmaVersion, String text, boolean isUrl) {
    return (String)
        LMS.script(
            "var version = arguments[0], text = arguments[1], isUrl = arguments[2]; var loaded ="
                + " window.acorn ? Promise.resolve() : new Promise(function (ok, fail) {   var s ="
                + " document.createElement('script');   s.src ="
                + " '../node_modules/acorn/dist/acorn.js'; s.onload = ok; s.onerror = fail;  "
                + " document.head.appendChild(s); }); return loaded   .then(function () { return"
                + " isUrl ? fetch(text).then(function (r) { return r.text(); }) : text; })  "
                + " .then(function (source) {     try { acorn.parse(source, {ecmaVersion: version,"
                + " sourceType: 'script'}); return 'ok'; }     catch (e) { return e.message; } });",
            ecmaVersion,
            text,
            isUrl);
  }

  @Test
  void theRunTimeScriptIsPlainEs2017() {
    assertThat(parsedAs(2017, base.resolve("framsteg-sco.js").toString(), true)).isEqualTo("ok");
    // The check has teeth: syntax of later editions is refused.
    assertThat(parsedAs(2017, "var a = b?.c;", false)).isNotEqualTo("ok");
    assertThat(parsedAs(2017, "var a = {...b};", false)).isNotEqualTo("ok");
    assertThat(parsedAs(2017, "try { a(); } catch { }", false)).isNotEqualTo("ok");
  }

  private static Object hook(String expression, Object... args) {
    return LMS.script("var framsteg = lmsHost.sco().framsteg; return " + expression + ";", args);
  }

  /** What scorm-again answers to a SetValue of {@code value}: "true/0" when it accepts it. */
  private static String scormAgainAccepts(String api, String element, String value) {
    return (String)
        LMS.script(
            "var api = new window[arguments[0]]({logLevel: 5});"
                + " var v12 = arguments[0] === 'Scorm12API';"
                + " v12 ? api.LMSInitialize('') : api.Initialize('');"
                + " var r = v12 ? api.LMSSetValue(arguments[1], arguments[2])"
                + " : api.SetValue(arguments[1], arguments[2]);"
                + " return r + '/' + (v12 ? api.LMSGetLastError() : api.GetLastError());",
            api,
            element,
            value);
  }

  @ParameterizedTest(name = "{0} s is {1} in SCORM 1.2 and {2} in SCORM 2004")
  @CsvSource({
    "0,         00:00:00.00,   PT0S",
    "59.99,     00:00:59.99,   PT59.99S",
    "59.999,    00:01:00.00,   PT1M",
    "3600,      01:00:00.00,   PT1H",
    "3723.4,    01:02:03.40,   PT1H2M3.4S",
    "360000,    100:00:00.00,  PT100H",
    "36000000,  9999:59:59.99, PT10000H",
    "-5,        00:00:00.00,   PT0S"
  })
  void sessionTimeIsWrittenInEachVersionsFormat(double seconds, String scorm12, String iso8601) {
    String asScorm12 = (String) hook("framsteg.format.scorm12Timespan(arguments[0])", seconds);
    String asIso8601 = (String) hook("framsteg.format.iso8601Duration(arguments[0])", seconds);

    assertThat(asScorm12).isEqualTo(scorm12);
    assertThat(asIso8601).isEqualTo(iso8601);
    assertThat(scormAgainAccepts("Scorm12API", "cmi.core.session_time", asScorm12))
        .isEqualTo("true/0");
    assertThat(scormAgainAccepts("Scorm2004API", "cmi.session_time", asIso8601))
        .isEqualTo("true/0");
  }

  @Test
  void suspendDataHoldsPlayedSegmentsInTenthsOfASecond() {
    List<List<Double>> segments =
        List.of(List.of(0.0, 3.0), List.of(5.0, 10.0), List.of(61.2, 3600.0));

    String encoded = (String) hook("framsteg.suspendData.encode(arguments[0])", segments);

    assertThat(encoded).isEqualTo("F1:0-u,1e-2s,h0-rs0");
    assertThat(hook("framsteg.suspendData.decode(arguments[0])", encoded))
        .isEqualTo(asLongsWhereWhole(segments));
  }

  @Test
  void decodingMergesOverlappingSegments() {
    assertThat(hook("framsteg.suspendData.decode('F1:0-u,k-1e,1e-1f')"))
        .isEqualTo(List.of(List.of(0L, 5.1)));
    assertThat(hook("framsteg.suspendData.decode('F1:')")).isEqualTo(List.of());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "F2:0-u", "F1:u-0", "F1:0-u,", "F1:0-U", "F1:0-u;alert(1)", "0-u", "F1:-u"})
  void suspendDataInAnotherFormatIsNotRead(String text) {
    assertThat(hook("framsteg.suspendData.decode(arguments[0])", text)).isNull();
  }

  @Test
  void suspendDataOverTheLimitDropsTheShortestSegmentsFirst() {
    List<List<Double>> segments = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      segments.add(List.of(i * 1.0, i * 1.0 + 0.5));
    }
    segments.add(List.of(2000.0, 3000.0));

    String encoded = (String) hook("framsteg.suspendData.encode(arguments[0], 4096)", segments);

    assertThat(encoded.length()).isLessThanOrEqualTo(4096).isGreaterThan(4000);
    @SuppressWarnings("unchecked")
    List<List<Number>> kept =
        (List<List<Number>>) hook("framsteg.suspendData.decode(arguments[0])", encoded);
    assertThat(kept.get(kept.size() - 1)).containsExactly(2000L, 3000L);
    assertThat(kept.size()).isLessThan(1001);
  }

  /** WebDriver returns whole numbers as Long. */
  private static List<List<Number>> asLongsWhereWhole(List<List<Double>> segments) {
    return segments.stream()
        .map(
            s ->
                s.stream()
                    .map(d -> d == Math.rint(d) ? (Number) d.longValue() : (Number) d)
                    .toList())
        .toList();
  }
}
