package org.framsteg.scorm.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;

/**
 * What the browser tests need from the machine: Debian's Chromium and chromedriver, and the npm
 * test tools (scorm-again, the LMS run-time; acorn, a JavaScript parser) installed by {@code npm
 * ci} into {@code scorm/src/test/js/node_modules}.
 *
 * <pre>{@code
 * BrowserEnvironment env = BrowserEnvironment.detect();
 * Optional<String> why = env.whySkipped();   // fails instead when -Dframsteg.requireBrowser=true
 * }</pre>
 *
 * <p>Paths can be overridden with the system properties {@code framsteg.chromium} and {@code
 * framsteg.chromedriver}; the module directory is surefire's {@code basedir} (its working directory
 * otherwise).
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

  List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(chromium)) {
      missing.add("Chromium (" + chromium + ")");
    }
    if (!Files.isExecutable(chromedriver)) {
      missing.add("chromedriver (" + chromedriver + ")");
    }
    for (String file :
        List.of(
            "scorm-again/dist/scorm12.min.js",
            "scorm-again/dist/scorm2004.min.js",
            "acorn/dist/acorn.js")) {
      Path path = jsRoot().resolve("node_modules").resolve(file);
      if (!Files.isRegularFile(path)) {
        missing.add("the npm test tools (" + path + ")");
        break;
      }
    }
    if (!Files.isRegularFile(jsRoot().resolve("lms-host/lms-host.html"))) {
      missing.add("the LMS host page (" + jsRoot().resolve("lms-host/lms-host.html") + ")");
    }
    return missing;
  }

  /**
   * Why the browser tests cannot run here, or empty when they can. When something is missing and
   * {@code framsteg.requireBrowser=true}, this fails instead.
   */
  Optional<String> whySkipped() {
    List<String> missing = missing();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    String message = "Browser tests need " + String.join(", ", missing) + ": " + INSTALL_HINT + ".";
    if (required) {
      Assertions.fail(message + " (framsteg.requireBrowser=true, so this is a failure)");
    }
    return Optional.of(message + " Skipped; set -Dframsteg.requireBrowser=true to fail instead.");
  }
}
