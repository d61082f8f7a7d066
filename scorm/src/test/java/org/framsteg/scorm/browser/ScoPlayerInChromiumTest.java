package org.framsteg.scorm.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.framsteg.scorm.internal.player.LaunchConfig.MediaKind.AUDIO;
import static org.framsteg.scorm.internal.player.LaunchConfig.MediaKind.VIDEO;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.framsteg.scorm.ScormVersion;
import org.framsteg.scorm.internal.player.LaunchConfig.MediaKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The launch page in headless Chromium against scorm-again, SCORM 1.2 and 2004, video and audio.
 */
class ScoPlayerInChromiumTest {
  @RegisterExtension static final ChromiumLms LMS = new ChromiumLms();

  private static final Pattern SCORM12_TIMESPAN =
      Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2}(?:\\.\\d{1,2})?)");
  private static final String MEDIA = "var media = document.getElementById('framsteg-media');";
  private static final Pattern ISO_DURATION =
      Pattern.compile("PT(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d{1,2})?S)?");

  @TempDir static Path packageDir;
  private static TonePackage tone;
  private static URI base;

  @BeforeAll
  static void writePackage() throws IOException {
    tone = TonePackage.write(packageDir, 10);
    base = LMS.serve(packageDir);
  }

  /** The data model element names of one SCORM version. */
  private record Cmi(
      String initialize,
      String terminate,
      String commit,
      String location,
      String status,
      String exit,
      String exitWhenDone,
      String sessionTime) {
    static Cmi of(ScormVersion version) {
      return version.isScorm2004()
          ? new Cmi(
              "Initialize",
              "Terminate",
              "Commit",
              "cmi.location",
              "cmi.completion_status",
              "cmi.exit",
              "normal",
              "cmi.session_time")
          : new Cmi(
              "LMSInitialize",
              "LMSFinish",
              "LMSCommit",
              "cmi.core.lesson_location",
              "cmi.core.lesson_status",
              "cmi.core.exit",
              "",
              "cmi.core.session_time");
    }
  }

  static Stream<Arguments> scos() {
    return Stream.of(
        arguments(VIDEO, ScormVersion.SCORM_12),
        arguments(VIDEO, ScormVersion.SCORM_2004_4TH),
        arguments(AUDIO, ScormVersion.SCORM_12),
        arguments(AUDIO, ScormVersion.SCORM_2004_4TH));
  }

  private static String name(MediaKind kind, ScormVersion version) {
    return kind.element() + "-scorm" + (version.isScorm2004() ? "2004" : "12");
  }

  @ParameterizedTest(name = "{0} SCO, {1}")
  @MethodSource("scos")
  void tracksPlayedSegmentsCompletesAtTheThresholdAndResumes(MediaKind kind, ScormVersion version)
      throws IOException {
    Cmi cmi = Cmi.of(version);
    String page = tone.addSco(name(kind, version) + ".html", kind, version, 0.8);

    LmsSession first = LMS.launch(LmsLaunch.firstAttempt(version, base.resolve(page)));
    LmsState started = first.lms();
    assertThat(started.initialized()).isTrue();
    assertThat(started.callsOf(cmi.initialize())).hasSize(1);
    assertThat(started.value(cmi.status())).isEqualTo("incomplete");
    assertThat(first.sco().duration()).isEqualTo(10.0);

    ScoState opening = first.simulatePlay(0, 3);
    assertThat(opening.watchedFraction()).isCloseTo(0.3, within(1e-9));
    LmsState at3 = first.lms();
    assertThat(at3.value(cmi.location())).isEqualTo("3");
    assertThat(at3.value("cmi.suspend_data")).isEqualTo("F1:0-u");
    assertThat(at3.value(cmi.status())).isEqualTo("incomplete");
    assertThat(at3.value(cmi.exit())).isEqualTo("suspend");
    assertThat(at3.callsOf(cmi.commit())).isNotEmpty().allMatch(c -> c.result().equals("true"));
    if (version.isScorm2004()) {
      assertThat(at3.value("cmi.progress_measure")).isEqualTo("0.3");
    }

    // Skipping 3-5 s: the position (9 s) is past the threshold, the played part (7 s) is not.
    ScoState skipped = first.simulatePlay(5, 9);
    assertThat(skipped.watchedFraction()).isCloseTo(0.7, within(1e-9));
    assertThat(skipped.completed()).isFalse();
    LmsState at9 = first.lms();
    assertThat(at9.value(cmi.location())).isEqualTo("9");
    assertThat(at9.value("cmi.suspend_data")).isEqualTo("F1:0-u,1e-2i");
    assertThat(at9.value(cmi.status())).isEqualTo("incomplete");
    if (version.isScorm2004()) {
      assertThat(at9.value("cmi.progress_measure")).isEqualTo("0.7");
    }
    assertThat(first.sco().errors()).isEmpty();
    first.screenshot(name(kind, version) + "-first-session");
    Map<String, String> saved;

    LmsState suspended = first.leave();
    assertThat(suspended.callsOf(cmi.terminate())).hasSize(1);
    assertThat(suspended.value(cmi.exit())).isEqualTo("suspend");
    assertWellFormedSessionTime(version, suspended.lastSet(cmi.sessionTime()).orElseThrow());
    assertNoApiErrors(suspended);
    saved = first.carryOver();

    LmsSession second = LMS.launch(first.launch().withInitialCmi(saved));
    ScoState resumed =
        second.awaitSco(
            "the player to seek to the saved position",
            s -> !s.resumePending() && Math.abs(s.mediaTime() - 9) < 0.01);
    LMS.await(
        "the media element to finish seeking to 9 s",
        d ->
            Boolean.TRUE.equals(
                second.scoScript(
                    "var m = document.getElementById('framsteg-media'); return !m.seeking &&"
                        + " m.readyState >= 1 && Math.abs(m.currentTime - 9) < 0.01;")));
    assertThat(resumed.position()).isEqualTo(9.0);
    assertThat(resumed.segments()).containsExactly(List.of(0.0, 3.0), List.of(5.0, 9.0));
    assertThat(resumed.watchedFraction()).isCloseTo(0.7, within(1e-9));
    assertThat(resumed.status()).contains("Resuming at 0:09");

    ScoState done = second.simulatePlay(9, 10);
    assertThat(done.watchedFraction()).isCloseTo(0.8, within(1e-9));
    assertThat(done.completed()).isTrue();
    assertThat(done.status()).contains("Completed: 80% played");
    LmsState completed = second.lms();
    assertThat(completed.value(cmi.status())).isEqualTo("completed");
    assertThat(completed.value(cmi.exit())).isEqualTo(cmi.exitWhenDone());
    assertThat(completed.value("cmi.suspend_data")).isEqualTo("F1:0-u,1e-2s");
    if (version.isScorm2004()) {
      assertThat(completed.value("cmi.progress_measure")).isEqualTo("0.8");
    }
    assertThat(second.sco().errors()).isEmpty();
    second.screenshot(name(kind, version) + "-completed");

    LmsState ended = second.leave();
    assertThat(ended.callsOf(cmi.terminate())).hasSize(1);
    assertThat(ended.value(cmi.status())).isEqualTo("completed");
    assertWellFormedSessionTime(version, ended.lastSet(cmi.sessionTime()).orElseThrow());
    assertNoApiErrors(ended);
  }

  private static void assertWellFormedSessionTime(ScormVersion version, String value) {
    double seconds;
    if (version.isScorm2004()) {
      assertThat(value).matches(ISO_DURATION).isNotEqualTo("PT");
      seconds = Duration.parse(value).toMillis() / 1000.0;
    } else {
      Matcher m = SCORM12_TIMESPAN.matcher(value);
      assertThat(m.matches()).as("SCORM 1.2 CMITimespan: %s", value).isTrue();
      seconds =
          Integer.parseInt(m.group(1)) * 3600
              + Integer.parseInt(m.group(2)) * 60
              + Double.parseDouble(m.group(3));
    }
    assertThat(seconds).as("session time %s", value).isBetween(0.0, 60.0);
  }

  /** No call failed; 2004 reads of values not set yet (403) are the only errors allowed. */
  private static void assertNoApiErrors(LmsState lms) {
    assertThat(lms.calls())
        .filteredOn(ApiCall::failed)
        .allSatisfy(
            c -> {
              assertThat(c.name()).isEqualTo("GetValue");
              assertThat(c.error()).isEqualTo("403");
            });
  }

  @Test
  void realPlaybackIsTrackedFromTheMediaElementAndCommittedPeriodically() throws IOException {
    String page =
        tone.addSco(
            "audio-scorm2004-real.html",
            tone.config(AUDIO, ScormVersion.SCORM_2004_4TH, 0.8)
                .commitInterval(Duration.ofSeconds(1))
                .build());
    LmsSession session =
        LMS.launch(LmsLaunch.firstAttempt(ScormVersion.SCORM_2004_4TH, base.resolve(page)));

    assertThat(session.scoScript(MEDIA + " return media.play().then(() => true);")).isEqualTo(true);
    ScoState playing =
        session.awaitSco(
            "a second of real playback and a periodic commit",
            s -> s.watchedFraction() >= 0.1 && "interval".equals(s.lastCommit()));
    assertThat(playing.segments()).hasSize(1);
    assertThat(playing.segments().get(0).get(0)).isCloseTo(0.0, within(0.3));
    // Reported while playing; it lags the live fraction by at most one report step, and the
    // player rounds the value to 4 decimals, so it may exceed the live fraction by half a step.
    assertThat(Double.parseDouble(session.lms().value("cmi.progress_measure")))
        .isGreaterThan(0.0)
        .isLessThanOrEqualTo(session.sco().watchedFraction() + 0.00005);

    session.scoScript(MEDIA + " media.pause();");
    ScoState paused =
        session.awaitSco("the pause to be committed", s -> "pause".equals(s.lastCommit()));
    assertThat(paused.segments()).hasSize(1);
    assertThat(paused.segments().get(0).get(1)).isCloseTo(paused.mediaTime(), within(0.3));
    LmsState lms = session.lms();
    assertThat(Double.parseDouble(lms.value("cmi.location")))
        .isCloseTo(paused.mediaTime(), within(0.06));
    assertThat(Double.parseDouble(lms.value("cmi.progress_measure")))
        .isCloseTo(paused.watchedFraction(), within(0.0001));
    assertThat(lms.value("cmi.completion_status")).isEqualTo("incomplete");
    assertNoApiErrors(session.leave());
  }

  @Test
  void playingToTheEndCommitsAndCompletesThroughTheRealEndedEvent() throws IOException {
    String page = tone.addSco("video-scorm12-ended.html", VIDEO, ScormVersion.SCORM_12, 0.05);
    LmsSession session =
        LMS.launch(LmsLaunch.firstAttempt(ScormVersion.SCORM_12, base.resolve(page)));

    assertThat(
            session.scoScript(
                MEDIA
                    + " return new Promise(function (done) {   media.addEventListener('seeked',"
                    + " function () { done(media.play().then(() => true)); }, {once: true});  "
                    + " media.currentTime = 9.2; });"))
        .isEqualTo(true);
    ScoState ended = session.awaitSco("the media to end", s -> "ended".equals(s.lastCommit()));

    assertThat(ended.completed()).isTrue();
    assertThat(ended.segments()).hasSize(1);
    assertThat(ended.segments().get(0).get(0)).isCloseTo(9.2, within(0.3));
    assertThat(ended.segments().get(0).get(1)).isEqualTo(10.0);
    LmsState lms = session.lms();
    assertThat(lms.value("cmi.core.lesson_status")).isEqualTo("completed");
    assertThat(lms.value("cmi.core.lesson_location")).isEqualTo("10");
    assertNoApiErrors(session.leave());
  }

  @Test
  void aCompletedScoStaysCompletedAndStartsOverWhenSavedAtTheEnd() throws IOException {
    String page = tone.addSco("audio-scorm12-passed.html", AUDIO, ScormVersion.SCORM_12, 0.8);
    LmsSession session =
        LMS.launch(
            LmsLaunch.firstAttempt(ScormVersion.SCORM_12, base.resolve(page))
                .withInitialCmi(
                    Map.of(
                        "cmi.core.entry", "resume",
                        "cmi.core.lesson_location", "10",
                        "cmi.suspend_data", "F1:0-2s",
                        "cmi.core.lesson_status", "passed")));

    ScoState resumed =
        session.awaitSco("the saved position to be applied", s -> !s.resumePending());
    assertThat(resumed.position()).isZero();
    assertThat(resumed.mediaTime()).isZero();
    assertThat(resumed.completed()).isTrue();
    assertThat(resumed.watchedFraction()).isEqualTo(1.0);
    assertThat(resumed.status())
        .contains("Already completed")
        .contains("starts from the beginning");

    session.simulatePlay(0, 2);
    LmsState lms = session.leave();
    assertThat(lms.value("cmi.core.lesson_status")).isEqualTo("passed");
    assertThat(lms.lastSet("cmi.core.lesson_status")).isEmpty();
    assertThat(lms.value("cmi.core.lesson_location")).isEqualTo("2");
    assertThat(lms.value("cmi.core.exit")).isEmpty();
    assertNoApiErrors(lms);
  }

  @Test
  void theLmsCompletionThresholdTakesPrecedenceOverTheConfiguredOne() throws IOException {
    String page =
        tone.addSco("video-scorm2004-threshold.html", VIDEO, ScormVersion.SCORM_2004_4TH, 0.8);
    LmsSession session =
        LMS.launch(
            LmsLaunch.firstAttempt(ScormVersion.SCORM_2004_4TH, base.resolve(page))
                .withInitialCmi(
                    Map.of("cmi.entry", "ab-initio", "cmi.completion_threshold", "0.5")));
    assertThat(session.sco().threshold()).isEqualTo(0.5);

    ScoState half = session.simulatePlay(0, 5);

    assertThat(half.completed()).isTrue();
    LmsState lms = session.leave();
    assertThat(lms.value("cmi.completion_status")).isEqualTo("completed");
    assertThat(lms.value("cmi.progress_measure")).isEqualTo("0.5");
    assertThat(lms.value("cmi.exit")).isEqualTo("normal");
    assertNoApiErrors(lms);
  }

  @Test
  void playsWithoutAnLmsAndSaysThatProgressIsNotSaved() throws IOException {
    String page = tone.addSco("video-without-lms.html", VIDEO, ScormVersion.SCORM_12, 0.8);
    LMS.open(base.resolve(page));

    ScoState alone = ScoState.from(LMS.script("return window.framsteg.state();"));
    assertThat(alone.apiFound()).isFalse();
    assertThat(alone.initialized()).isFalse();
    assertThat(alone.errors()).isEmpty();
    WebDriver driver = LMS.driver();
    assertThat(driver.findElement(By.id("framsteg-status")).getText())
        .startsWith("No LMS connection (no SCORM 1.2 API found)");

    ScoState played = ScoState.from(LMS.script("return window.framsteg.simulatePlay(0, 5);"));
    assertThat(played.watchedFraction()).isCloseTo(0.5, within(1e-9));
    assertThat(driver.findElement(By.id("framsteg-watched")).getText()).isEqualTo("50%");
    assertThat(driver.findElement(By.id("framsteg-progress")).getDomProperty("value"))
        .isEqualTo("50");
    assertThat(LMS.script(MEDIA + " return media.play().then(() => true);")).isEqualTo(true);
    LMS.screenshot("video-scorm12-without-lms");
  }

  @Test
  void lmsErrorsAreShownToTheLearnerAndLogged() throws IOException {
    String page = tone.addSco("audio-scorm12-failing.html", AUDIO, ScormVersion.SCORM_12, 0.8);
    LMS.consoleMessages(); // drop earlier messages
    LmsSession session =
        LMS.launch(
            LmsLaunch.firstAttempt(ScormVersion.SCORM_12, base.resolve(page))
                .failingSetValueOf("cmi.suspend_data"));

    ScoState state = session.simulatePlay(0, 2);
    assertThat(state.errors())
        .isNotEmpty()
        .allSatisfy(
            e -> assertThat(e).startsWith("LMS error 101 on LMSSetValue(\"cmi.suspend_data\""));
    Object alert =
        session.scoScript(
            "var r = document.getElementById('framsteg-errors');"
                + " return [r.getAttribute('role'), r.innerText, r.querySelectorAll('p').length];");
    assertThat((List<?>) alert).element(0).isEqualTo("alert");
    assertThat(String.valueOf(((List<?>) alert).get(1)))
        .contains(
            "LMS error 101 on LMSSetValue(\"cmi.suspend_data\", \"F1:\") (returned \"false\")")
        .contains("General Exception");
    assertThat((List<?>) alert).element(2).as("repeats shown once").isEqualTo(1L);
    assertThat(LMS.consoleMessages()).anyMatch(m -> m.contains("[framsteg] LMS error 101"));
    // The rest of the data still reaches the LMS.
    assertThat(session.lms().value("cmi.core.lesson_location")).isEqualTo("2");
    session.screenshot("audio-scorm12-lms-error");
    session.leave();
  }

  @Test
  void captionsFollowTheLearnersPreferenceAndTheControlsAreLabelled() throws IOException {
    String page =
        tone.addSco("video-scorm2004-captions.html", VIDEO, ScormVersion.SCORM_2004_4TH, 0.8);
    LmsSession session =
        LMS.launch(
            LmsLaunch.firstAttempt(ScormVersion.SCORM_2004_4TH, base.resolve(page))
                .withInitialCmi(
                    Map.of(
                        "cmi.entry", "ab-initio",
                        "cmi.learner_preference.audio_captioning", "1",
                        "cmi.learner_preference.language", "sv")));

    assertThat(
            session.scoScript(
                "return Array.from(document.getElementById('framsteg-media').textTracks)"
                    + ".map(t => t.language + ':' + t.mode);"))
        .isEqualTo(List.of("en:disabled", "sv:showing"));
    // Chromium updates the active cues when the position changes, not when a track turns on.
    session.scoScript(MEDIA + " media.currentTime = 1;");
    LMS.await(
        "the Swedish caption cue to show",
        d ->
            "En jämn ton."
                .equals(
                    session.scoScript(
                        "var cues = document.getElementById('framsteg-media').textTracks[1]"
                            + ".activeCues; return cues && cues.length ? cues[0].text : null;")));

    WebDriver driver = LMS.driver();
    driver.switchTo().frame(driver.findElement(By.id("sco-frame")));
    try {
      WebElement media = driver.findElement(By.id("framsteg-media"));
      assertThat(media.getAccessibleName()).isEqualTo("Tone video – SCORM 2004");
      assertThat(driver.findElement(By.id("framsteg-transcript")).getAccessibleName())
          .isEqualTo("Transcript");
      assertThat(driver.findElement(By.id("framsteg-progress")).getAccessibleName())
          .isEqualTo("Played");
      assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    } finally {
      driver.switchTo().defaultContent();
    }
    session.screenshot("video-scorm2004-captions-sv");
    assertNoApiErrors(session.leave());
  }

  @Test
  void theKeyboardAloneStartsAndPausesPlaybackAndReachesTheTranscript() throws IOException {
    String page = tone.addSco("video-scorm12-keyboard.html", VIDEO, ScormVersion.SCORM_12, 0.8);
    LmsSession session =
        LMS.launch(LmsLaunch.firstAttempt(ScormVersion.SCORM_12, base.resolve(page)));
    String focused =
        "var f = document.getElementById('sco-frame');"
            + " return document.activeElement === f ? f.contentDocument.activeElement.id : null;";

    press(Keys.TAB);
    assertThat(LMS.script(focused)).as("first Tab stop").isEqualTo("framsteg-media");
    press(Keys.SPACE);
    session.awaitSco("playback started with Space", s -> s.mediaTime() >= 0.3);
    long commitsBefore = session.sco().commits();
    press(Keys.SPACE);
    ScoState paused =
        session.awaitSco("the pause by Space to be committed", s -> s.commits() > commitsBefore);
    assertThat(paused.watchedFraction()).isGreaterThan(0.0);
    assertThat(Double.parseDouble(session.lms().value("cmi.core.lesson_location")))
        .isCloseTo(paused.mediaTime(), within(0.06));

    for (int presses = 0;
        presses < 12 && !"framsteg-transcript".equals(LMS.script(focused));
        presses++) {
      press(Keys.TAB);
    }
    assertThat(LMS.script(focused)).isEqualTo("framsteg-transcript");
    assertNoApiErrors(session.leave());
  }

  private static void press(Keys key) {
    new Actions(LMS.driver()).sendKeys(key).perform();
  }
}
