package org.framsteg.scorm.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What the browser tests need from the machine: Debian's Chromium and chromedriver, and the LMS
 * run-time (scorm-again) installed by npm into {@code scorm/src/test/js/node_modules}.
 *
 * <pre>{@code
 * BrowserEnvironment env = BrowserEnvironment.detect();
 * env.requireOrSkip();   // skips, or fails when -Dframsteg.requireBrowser=true
 * }</pre>
 *
 * <p>Paths can be overridden with the system properties {@code framsteg.chromium} and {@code
 * framsteg.chromedriver}; the module directory is surefire's {@code basedir} (its working
 * directory otherwise).
 */
record BrowserEnvironment(Path moduleDir, Path chromium, Path chromedriver, boolean required) {
  static final String INSTALL_HINT =
      "install them with `apt-get update && apt-get install -y chromium chromium-driver` and"
          + " `cd scorm/src/test/js && npm ci`";

  static BrowserEnvironment detect() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    return new BrowserEnvironment(
        module,
        Path.of(System.getProperty("framsteg.chromium", "/usr/bin/chromium")),
        Path.of(System.getProperty("framsteg.chromedriver", "/usr/bin/chromedriver")),
        Boolean.getBoolean("framsteg.requireBrowser"));
  }

  /** The npm test tools: package.json, node_modules and the LMS host page. */
  Path jsRoot() {
    return moduleDir.resolve("src/test/js");
  }

  /** The scorm-again browser builds the LMS host page loads. */
  Path scormAgainDist() {
    return jsRoot().resolve("node_modules/scorm-again/dist");
  }

  List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(chromium)) {
      missing.add("Chromium (" + chromium + ")");
    }
    if (!Files.isExecutable(chromedriver)) {
      missing.add("chromedriver (" + chromedriver + ")");
    }
    for (String build : List.of("scorm12.js", "scorm2004.js")) {
      if (!Files.isRegularFile(scormAgainDist().resolve(build))) {
        missing.add("scorm-again (" + scormAgainDist().resolve(build) + ")");
        break;
      }
    }
    if (!Files.isRegularFile(jsRoot().resolve("lms-host/lms-host.html"))) {
      missing.add("the LMS host page (" + jsRoot().resolve("lms-host/lms-host.html") + ")");
    }
    return missing;
  }

  /** Skips the calling tests when something is missing, or fails them when it is required. */
  void requireOrSkip() {
    List<String> missing = missing();
    if (missing.isEmpty()) {
      return;
    }
    String message = "Browser tests need " + String.join(", ", missing) + ": " + INSTALL_HINT + ".";
    if (required) {
      Assertions.fail(message + " (framsteg.requireBrowser=true, so this is a failure)");
    }
    Assumptions.abort(message + " Skipped; set -Dframsteg.requireBrowser=true to fail instead.");
  }
}
