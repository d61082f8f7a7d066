package org.framsteg.scorm.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.framsteg.core.completion.CompletionRule.passed;
import static org.framsteg.core.testing.TestCourses.assessment;
import static org.framsteg.core.testing.TestCourses.course;
import static org.framsteg.core.testing.TestCourses.module;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Course;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.scorm.ExportReport;
import org.framsteg.scorm.PackageReader;
import org.framsteg.scorm.ScormExport;
import org.framsteg.scorm.ScormPackage;
import org.framsteg.scorm.ScormVersion;
import org.framsteg.scorm.manifest.Item;
import org.framsteg.scorm.manifest.Manifest;
import org.framsteg.scorm.manifest.Objective;
import org.framsteg.scorm.manifest.Sequencing;
import org.framsteg.scorm.testing.ExportCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exported packages end to end: the seed-sized course with real WAV media, written by {@link
 * ScormExport}, extracted by {@link PackageReader}, served, and every SCO launched in headless
 * Chromium with scorm-again as the LMS, which is given what an LMS takes from the manifest
 * (the completion threshold, the mastery score, the scaled passing score).
 */
class ExportedPackageInChromiumTest {
  @RegisterExtension static final ChromiumLms LMS = new ChromiumLms();

  private static final Pattern SCORM12_TIMESPAN =
      Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2}(?:\\.\\d{1,2})?)");
  private static final Pattern ISO_DURATION =
      Pattern.compile("PT(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d{1,2})?S)?");

  /** Media of 2, 3 and 4 seconds, so that each SCO's played fraction is its own. */
  private static final Course SEED =
      ExportCourses.seed(n -> Duration.ofSeconds(2 + n % 3), "wav", "wav");

  @TempDir static Path dir;

  static Stream<ScormVersion> versions() {
    return Stream.of(ScormVersion.SCORM_12, ScormVersion.SCORM_2004_4TH);
  }

  private static ScormExport export(ScormVersion version) {
    return version.isScorm2004() ? ScormExport.scorm2004() : ScormExport.scorm12();
  }

  /** The seed course's files: tones as long as each medium, captions and transcripts. */
  private static ScormExport packingTones(ScormExport export) {
    for (Activity a : SEED.activities().toList()) {
      TimedMedia t = (TimedMedia) a.media();
      int seconds = (int) t.duration().toSeconds();
      export = export.packMedia(t.source().toString(), TonePackage.toneWav(seconds));
      for (URI c : t.captions().values()) {
        export =
            export.packMedia(
                c.toString(),
                ("WEBVTT\n\n00:00.000 --> 00:01.000\n" + a.title().primary() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
      }
      for (URI tr : t.transcripts().values()) {
        export =
            export.packMedia(
                tr.toString(),
                ("<!DOCTYPE html><title>" + a.title().primary() + "</title><p>En ton.</p>")
                    .getBytes(StandardCharsets.UTF_8));
      }
    }
    return export;
  }

  /** Writes, extracts and serves a package; returns its manifest and base URL. */
  private static Served serve(ScormExport export, Course course, String name) throws IOException {
    Path zip = dir.resolve(name + ".zip");
    ExportReport report = export.write(course, zip);
    ScormPackage pkg = PackageReader.defaults().extract(zip, dir.resolve(name));
    assertThat(pkg.report().warnings()).isEmpty();
    return new Served(pkg.manifest(), LMS.serve(dir.resolve(name)), report);
  }

  private record Served(Manifest manifest, URI base, ExportReport report) {
    URI launch(Item item) {
      return base.resolve(manifest.resourceOf(item).orElseThrow().href().orElseThrow());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void everyScoOfTheSeedCourseRecordsItsPlaybackInTheLms(ScormVersion version)
      throws IOException {
    Served served =
        serve(packingTones(export(version)), SEED, "seed-" + version.name().toLowerCase(Locale.ROOT));
    boolean v2004 = version.isScorm2004();
    String location = v2004 ? "cmi.location" : "cmi.core.lesson_location";
    String status = v2004 ? "cmi.completion_status" : "cmi.core.lesson_status";
    String exit = v2004 ? "cmi.exit" : "cmi.core.exit";
    List<Item> leaves =
        served.manifest().allItems().stream().filter(Item::isLeaf).toList();
    List<Activity> activities = SEED.activities().toList();
    assertThat(leaves).hasSize(23);

    for (int i = 0; i < leaves.size(); i++) {
      Item leaf = leaves.get(i);
      double seconds = ((TimedMedia) activities.get(i).media()).duration().toSeconds();
      Map<String, String> cmi = new LinkedHashMap<>();
      if (v2004) {
        // What an LMS takes from adlcp:completionThreshold (RTE, cmi.completion_threshold).
        double threshold = leaf.completionThreshold().orElseThrow().minProgressMeasure();
        assertThat(threshold).isCloseTo(0.9, within(1e-12));
        cmi.put("cmi.entry", "ab-initio");
        cmi.put("cmi.completion_threshold", decimal(threshold));
      } else {
        cmi.put("cmi.core.entry", "ab-initio");
        cmi.put("cmi.core.lesson_status", "not attempted");
      }
      LmsSession session =
          LMS.launch(LmsLaunch.firstAttempt(version, served.launch(leaf)).withInitialCmi(cmi));
      String what = leaf.identifier() + " (" + version + ")";
      LMS.await(
          "the media file of " + what + " to load",
          d ->
              Boolean.TRUE.equals(
                  session.scoScript(
                      "var m = document.getElementById('framsteg-media');"
                          + " return m.readyState >= 1 && m.duration === arguments[0];",
                      seconds)));
      LmsState started = session.lms();
      assertThat(started.initialized()).as(what).isTrue();
      assertThat(started.value(status)).as(what).isEqualTo("incomplete");
      assertThat(session.sco().threshold()).as(what).isCloseTo(0.9, within(1e-12));

      ScoState half = session.simulatePlay(0, seconds / 2);
      assertThat(half.completed()).as(what).isFalse();
      assertThat(half.mediaTime()).as(what).isCloseTo(seconds / 2, within(1e-6));
      LmsState atHalf = session.lms();
      assertThat(atHalf.value(location)).as(what).isEqualTo(tenths(seconds / 2));
      assertThat(atHalf.value(status)).as(what).isEqualTo("incomplete");
      assertThat(atHalf.value(exit)).as(what).isEqualTo("suspend");
      if (v2004) {
        assertThat(atHalf.value("cmi.progress_measure")).as(what).isEqualTo("0.5");
      }

      ScoState done = session.simulatePlay(seconds / 2, seconds * 0.9);
      assertThat(done.completed()).as(what).isTrue();
      LmsState completed = session.lms();
      assertThat(completed.value(location)).as(what).isEqualTo(tenths(seconds * 0.9));
      assertThat(completed.value(status)).as(what).isEqualTo("completed");
      assertThat(completed.value(exit)).as(what).isEqualTo(v2004 ? "normal" : "");
      if (v2004) {
        assertThat(completed.value("cmi.progress_measure")).as(what).isEqualTo("0.9");
      }
      assertThat(session.sco().errors()).as(what).isEmpty();
      if (i == 0) {
        session.screenshot("exported-seed-first-sco-" + (v2004 ? "scorm2004" : "scorm12"));
      }

      LmsState ended = session.leave();
      assertThat(ended.callsOf(v2004 ? "Terminate" : "LMSFinish")).as(what).hasSize(1);
      assertThat(ended.value(status)).as(what).isEqualTo("completed");
      assertSessionTime(version, ended.lastSet(v2004 ? "cmi.session_time" : "cmi.core.session_time")
          .orElseThrow());
      assertNoApiErrors(ended);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void anAssessmentScoRecordsTheReportedScoreAgainstTheManifestsPassMark(ScormVersion version)
      throws IOException {
    Course course = course(module("m", passed(org.framsteg.core.testing.TestCourses.id("q")),
        assessment("q", 20, 14, 3)));
    Served served =
        serve(export(version), course, "quiz-" + version.name().toLowerCase(Locale.ROOT));
    Item quiz = served.manifest().allItems().get(1);
    boolean v2004 = version.isScorm2004();
    Map<String, String> cmi = new LinkedHashMap<>();
    if (v2004) {
      Objective primary =
          quiz.sequencing().flatMap(Sequencing::primaryObjective).orElseThrow();
      assertThat(primary.satisfiedByMeasure()).isTrue();
      cmi.put("cmi.entry", "ab-initio");
      // RTE, cmi.scaled_passing_score: the LMS initialises it from the primary objective's minNormalizedMeasure.
      cmi.put("cmi.scaled_passing_score", decimal(primary.minNormalizedMeasure()));
    } else {
      cmi.put("cmi.core.entry", "ab-initio");
      cmi.put("cmi.core.lesson_status", "not attempted");
      // SCORM 1.2 RTE: cmi.student_data.mastery_score comes from adlcp:masteryscore.
      cmi.put("cmi.student_data.mastery_score", decimal(quiz.masteryScore().orElseThrow()));
    }
    LmsSession session =
        LMS.launch(LmsLaunch.firstAttempt(version, served.launch(quiz)).withInitialCmi(cmi));
    assertThat(session.lms().initialized()).isTrue();
    assertThat(hook("state()")).containsEntry("passingScaled", 0.7);

    Map<String, Object> failed = hook("submitScore(10)");
    // 2004 completes at the pass mark the rule asks for; 1.2 has passed/failed only.
    assertThat(failed).containsEntry("passed", false).containsEntry("completed", !v2004);
    LmsState afterFail = session.lms();
    Map<String, Object> passedState = hook("submitScore(16)");
    assertThat(passedState).containsEntry("passed", true).containsEntry("completed", true);
    LmsState afterPass = session.lms();
    Map<String, Object> lower = hook("submitScore(12)");
    assertThat(lower).containsEntry("bestScaled", 0.8).containsEntry("submissions", 3L);

    if (v2004) {
      assertThat(afterFail.value("cmi.success_status")).isEqualTo("failed");
      assertThat(afterFail.value("cmi.completion_status")).isEqualTo("incomplete");
      assertThat(afterFail.value("cmi.exit")).isEqualTo("suspend");
      assertThat(afterPass.value("cmi.score.raw")).isEqualTo("16");
      assertThat(afterPass.value("cmi.score.max")).isEqualTo("20");
      assertThat(afterPass.value("cmi.score.scaled")).isEqualTo("0.8");
      assertThat(afterPass.value("cmi.success_status")).isEqualTo("passed");
      assertThat(afterPass.value("cmi.completion_status")).isEqualTo("completed");
      assertThat(afterPass.value("cmi.exit")).isEqualTo("normal");
    } else {
      assertThat(afterFail.value("cmi.core.score.raw")).isEqualTo("50");
      assertThat(afterFail.value("cmi.core.lesson_status")).isEqualTo("failed");
      assertThat(afterPass.value("cmi.core.score.raw")).isEqualTo("80");
      assertThat(afterPass.value("cmi.core.score.max")).isEqualTo("100");
      assertThat(afterPass.value("cmi.core.lesson_status")).isEqualTo("passed");
    }
    session.screenshot("exported-assessment-" + (v2004 ? "scorm2004" : "scorm12"));
    LmsState ended = session.leave();
    assertThat(ended.value(v2004 ? "cmi.score.raw" : "cmi.core.score.raw"))
        .isEqualTo(v2004 ? "16" : "80");
    assertThat(ended.callsOf(v2004 ? "Terminate" : "LMSFinish")).hasSize(1);
    assertSessionTime(version, ended.lastSet(v2004 ? "cmi.session_time" : "cmi.core.session_time")
        .orElseThrow());
    assertNoApiErrors(ended);
  }

  @Test
  void theAssessmentScriptIsPlainEs2017AndRefusesScoresOutOfRange() throws IOException {
    Course course = course(module("m", assessment("q", 10, 5)));
    Served served = serve(ScormExport.scorm2004(), course, "quiz-script");
    LMS.launch(
        LmsLaunch.firstAttempt(
            ScormVersion.SCORM_2004_4TH, served.launch(served.manifest().allItems().get(1))));

    Object parsed =
        LMS.script(
            "var url = arguments[0]; var loaded = window.acorn ? Promise.resolve() : new"
                + " Promise(function (ok, fail) { var s = document.createElement('script');"
                + " s.src = '../node_modules/acorn/dist/acorn.js'; s.onload = ok;"
                + " s.onerror = fail; document.head.appendChild(s); });"
                + " return loaded.then(function () { return fetch(url); })"
                + ".then(function (r) { return r.text(); }).then(function (source) {"
                + " try { acorn.parse(source, {ecmaVersion: 2017, sourceType: 'script'});"
                + " return 'ok'; } catch (e) { return e.message; } });",
            served.base().resolve("sco/framsteg-assessment.js").toString());
    assertThat(parsed).isEqualTo("ok");
    assertThat(
            LMS.script(
                "try { lmsHost.sco().framsteg.submitScore(11); return 'accepted'; }"
                    + " catch (e) { return e.name + ': ' + e.message; }"))
        .isEqualTo("RangeError: submitScore needs a raw score from 0 to 10, was 11");
    assertThat(hook("state()")).containsEntry("submissions", 0L);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> hook(String call) {
    return (Map<String, Object>) LMS.script("return lmsHost.sco().framsteg." + call + ";");
  }

  /** A position as the player writes it: seconds rounded to tenths, no trailing zeros. */
  private static String tenths(double seconds) {
    return BigDecimal.valueOf(Math.round(seconds * 10) / 10.0).stripTrailingZeros().toPlainString();
  }

  private static void assertSessionTime(ScormVersion version, String value) {
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

  /** A decimal of the manifest as an LMS passes it on to the run-time. */
  private static String decimal(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
