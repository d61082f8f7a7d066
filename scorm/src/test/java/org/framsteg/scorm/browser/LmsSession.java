package org.framsteg.scorm.browser;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * One SCO launched in the test LMS: read what the LMS recorded and what the player reports, drive
 * the player through its test hook, and end the session the way a learner does.
 *
 * <pre>{@code
 * LmsSession s = lms.launch(LmsLaunch.firstAttempt(ScormVersion.SCORM_12, scoUrl));
 * s.simulatePlay(0, 3); LmsState after = s.leave();
 * }</pre>
 */
public final class LmsSession {
  private final ChromiumLms browser;
  private final LmsLaunch launch;

  LmsSession(ChromiumLms browser, LmsLaunch launch) {
    this.browser = browser;
    this.launch = launch;
  }

  void awaitScoStarted() {
    browser.await(
        "the SCO at " + launch.sco() + " to start",
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    "var w = lmsHost.sco(); if (!w || !w.framsteg || w.document.readyState !=="
                        + " 'complete') return false; var s = w.framsteg.state(); return"
                        + " s.initialized || !s.apiFound || s.errors.length > 0;")));
  }

  /** How this session was launched. */
  public LmsLaunch launch() {
    return launch;
  }

  /** The player's state, from {@code window.framsteg.state()}. */
  public ScoState sco() {
    return ScoState.from(browser.script("return lmsHost.sco().framsteg.state();"));
  }

  /** The LMS's data model and the calls it received. */
  public LmsState lms() {
    return LmsState.from(browser.script("return lmsHost.state();"));
  }

  /** Plays from {@code from} to {@code to} seconds and pauses, through the player's test hook. */
  public ScoState simulatePlay(double from, double to) {
    return ScoState.from(
        browser.script(
            "return lmsHost.sco().framsteg.simulatePlay(arguments[0], arguments[1]);", from, to));
  }

  /** Runs a script inside the SCO's frame (its {@code document}, its {@code window}). */
  public Object scoScript(String js, Object... args) {
    WebDriver driver = browser.driver();
    driver.switchTo().frame(driver.findElement(By.id("sco-frame")));
    try {
      return browser.script(js, args);
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  /** Waits until the player's state satisfies {@code condition}; returns that state. */
  public ScoState awaitSco(String what, Predicate<ScoState> condition) {
    return browser.await(
        what,
        d -> {
          ScoState s = sco();
          return condition.test(s) ? s : null;
        });
  }

  /** Waits until the LMS's state satisfies {@code condition}; returns that state. */
  public LmsState awaitLms(String what, Predicate<LmsState> condition) {
    return browser.await(
        what,
        d -> {
          LmsState s = lms();
          return condition.test(s) ? s : null;
        });
  }

  /** Navigates the SCO's frame away, as a learner leaving it, and waits for the termination. */
  public LmsState leave() {
    browser.script("lmsHost.unload();");
    return awaitLms("the SCO to terminate the session when its page is left", LmsState::terminated);
  }

  /**
   * The values the LMS gives the next launch of this SCO after a suspended session: entry {@code
   * resume} (SCORM 1.2 RTE §3.4.4, SCORM 2004 RTE §4.2.8), the location, the suspend data and the
   * status.
   */
  public Map<String, String> carryOver() {
    LmsState lms = lms();
    boolean v2004 = launch.version().isScorm2004();
    String exit = lms.value(v2004 ? "cmi.exit" : "cmi.core.exit");
    if (!exit.equals("suspend")) {
      throw new IllegalStateException("the session was not suspended (exit '" + exit + "')");
    }
    Map<String, String> next = new LinkedHashMap<>();
    if (v2004) {
      next.put("cmi.entry", "resume");
      next.put("cmi.location", lms.value("cmi.location"));
      next.put("cmi.suspend_data", lms.value("cmi.suspend_data"));
      next.put("cmi.completion_status", lms.value("cmi.completion_status"));
    } else {
      next.put("cmi.core.entry", "resume");
      next.put("cmi.core.lesson_location", lms.value("cmi.core.lesson_location"));
      next.put("cmi.suspend_data", lms.value("cmi.suspend_data"));
      next.put("cmi.core.lesson_status", lms.value("cmi.core.lesson_status"));
    }
    return next;
  }

  /** Saves a screenshot as {@code target/browser/<name>.png}. */
  public Path screenshot(String name) {
    return browser.screenshot(name);
  }
}
