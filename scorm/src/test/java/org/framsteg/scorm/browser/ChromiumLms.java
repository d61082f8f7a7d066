package org.framsteg.scorm.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser and a real LMS run-time for SCO tests: headless Chromium driven by chromedriver,
 * a loopback HTTP server, and the LMS host page that runs scorm-again and launches a SCO in an
 * iframe.
 *
 * <pre>{@code
 * @RegisterExtension static final ChromiumLms LMS = new ChromiumLms();
 * LmsSession s = LMS.launch(LmsLaunch.firstAttempt(ScormVersion.SCORM_12, LMS.serve(dir).resolve("sco.html")));
 * }</pre>
 *
 * <p>Everything starts once per test class ({@code beforeAll}) and stops after it. When Chromium,
 * chromedriver or node_modules are missing the tests are skipped, or fail with {@code
 * -Dframsteg.requireBrowser=true} (see {@link BrowserEnvironment}). Screenshots go to {@code
 * target/browser/}.
 */
public final class ChromiumLms implements BeforeAllCallback, AfterAllCallback {
  /** The longest any wait for the browser lasts; generous for a loaded two-core machine. */
  static final Duration WAIT = Duration.ofSeconds(20);

  private final AtomicInteger mounts = new AtomicInteger();
  private BrowserEnvironment environment;
  private StaticFileServer server;
  private ChromeDriverService service;
  private ChromeDriver driver;
  private Path profile;
  private URI hostPage;
  private Path screenshots;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    environment = BrowserEnvironment.detect();
    environment.requireOrSkip();
    screenshots = Files.createDirectories(environment.moduleDir().resolve("target/browser"));
    server = StaticFileServer.start();
    hostPage = server.mount("lms", environment.jsRoot()).resolve("lms-host/lms-host.html");
    profile = Files.createTempDirectory("framsteg-chromium-");
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(environment.chromedriver().toFile())
            .usingAnyFreePort()
            .withLogFile(screenshots.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(environment.chromium().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--autoplay-policy=no-user-gesture-required",
        "--window-size=1024,900",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (service != null) {
        service.stop();
      }
      if (server != null) {
        server.close();
      }
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
      }
    }
  }

  /** Serves a folder of package files on the same origin as the LMS; returns its base URL. */
  public URI serve(Path folder) {
    return server.mount("pkg-" + mounts.incrementAndGet(), folder);
  }

  /** Loads a fresh LMS host page and launches the SCO in it; returns once the SCO has started. */
  public LmsSession launch(LmsLaunch launch) {
    driver.get(hostPage.toString());
    script("return lmsHost.launch(arguments[0]);", launch.toHostOptions());
    LmsSession session = new LmsSession(this, launch);
    session.awaitScoStarted();
    return session;
  }

  /** Opens a page on its own, outside the LMS: a SCO launched by no LMS. */
  public void open(URI page) {
    driver.get(page.toString());
    await(
        "the page at " + page + " to load its player",
        d -> Boolean.TRUE.equals(script("return document.readyState === 'complete' && !!window.framsteg;")));
  }

  /** Runs a script in the current top-level page (WebDriver's executeScript). */
  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Waits up to {@link #WAIT} for a condition, naming it in the timeout message. */
  public <T> T await(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT, Duration.ofMillis(50))
        .withMessage("waiting for " + what)
        .until(condition);
  }

  /** Saves a screenshot of the browser window as {@code target/browser/<name>.png}. */
  public Path screenshot(String name) {
    Path file = screenshots.resolve(name + ".png");
    try {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The browser console messages since the last call. */
  public List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }

  /** The WebDriver, for what the helpers here do not cover. */
  public WebDriver driver() {
    return driver;
  }
}
