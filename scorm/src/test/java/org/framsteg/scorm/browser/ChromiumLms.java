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
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
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
 * A real browser and a real LMS run-time for SCO tests: headless Chromium driven by chromedriver, a
 * loopback HTTP server, and the LMS host page that runs scorm-again and launches a SCO in an
 * iframe.
 *
 * <pre>{@code
 * @RegisterExtension static final ChromiumLms LMS = new ChromiumLms();
 * URI sco = LMS.serve(packageDir).resolve("sco.html");
 * LmsSession s = LMS.launch(LmsLaunch.firstAttempt(ScormVersion.SCORM_12, sco));
 * }</pre>
 *
 * <p>The browser and the server start with the first test class that uses them and stop when the
 * test run ends, so several classes share one Chromium. When Chromium, chromedriver or node_modules
 * are missing the tests are skipped, or fail with {@code -Dframsteg.requireBrowser=true} (see
 * {@link BrowserEnvironment}). Screenshots go to {@code target/browser/}.
 */
public final class ChromiumLms implements ExecutionCondition, BeforeAllCallback {
  /** The longest any wait for the browser lasts; generous for a loaded two-core machine. */
  static final Duration WAIT = Duration.ofSeconds(20);

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ChromiumLms.class);

  private Browser browser;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return BrowserEnvironment.detect()
        .whySkipped()
        .map(
            why -> {
              System.err.println(context.getDisplayName() + ": " + why);
              return ConditionEvaluationResult.disabled(why);
            })
        .orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and the npm tools are here"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    BrowserEnvironment environment = BrowserEnvironment.detect();
    browser =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Browser.class, k -> Browser.start(environment), Browser.class);
  }

  /** The running browser, its server and the LMS host page; closed by JUnit at the end. */
  private static final class Browser implements AutoCloseable {
    private final AtomicInteger mounts = new AtomicInteger();
    private final StaticFileServer server;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final URI hostPage;
    private final Path screenshots;

    private Browser(
        StaticFileServer server,
        ChromeDriverService service,
        ChromeDriver driver,
        Path profile,
        URI hostPage,
        Path screenshots) {
      this.server = server;
      this.service = service;
      this.driver = driver;
      this.profile = profile;
      this.hostPage = hostPage;
      this.screenshots = screenshots;
    }

    static Browser start(BrowserEnvironment environment) {
      try {
        Path screenshots =
            Files.createDirectories(environment.moduleDir().resolve("target/browser"));
        StaticFileServer server = StaticFileServer.start();
        URI hostPage =
            server.mountStatic("lms", environment.jsRoot()).resolve("lms-host/lms-host.html");
        Path profile = Files.createTempDirectory("framsteg-chromium-");
        ChromeDriverService service =
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
            "--window-size=1024,800",
            "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        return new Browser(server, service, driver, profile, hostPage, screenshots);
      } catch (IOException e) {
        throw new UncheckedIOException("starting the browser test environment", e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        driver.quit();
      } finally {
        service.stop();
        server.close();
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
      }
    }
  }

  private Browser browser() {
    if (browser == null) {
      throw new IllegalStateException("ChromiumLms is used before its beforeAll ran");
    }
    return browser;
  }

  /** Serves a folder of package files on the same origin as the LMS; returns its base URL. */
  public URI serve(Path folder) {
    return browser().server.mount("pkg-" + browser().mounts.incrementAndGet(), folder);
  }

  /** Loads a fresh LMS host page and launches the SCO in it; returns once the SCO has started. */
  public LmsSession launch(LmsLaunch launch) {
    driver().get(browser().hostPage.toString());
    script("return lmsHost.launch(arguments[0]);", launch.toHostOptions());
    LmsSession session = new LmsSession(this, launch);
    session.awaitScoStarted();
    return session;
  }

  /** Opens a page on its own, outside the LMS: a SCO launched by no LMS. */
  public void open(URI page) {
    driver().get(page.toString());
    await(
        "the page at " + page + " to load its player",
        d ->
            Boolean.TRUE.equals(
                script("return document.readyState === 'complete' && !!window.framsteg;")));
  }

  /** Runs a script in the current top-level page (WebDriver's executeScript). */
  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver()).executeScript(js, args);
  }

  /** Waits up to {@link #WAIT} for a condition, naming it in the timeout message. */
  public <T> T await(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver(), WAIT, Duration.ofMillis(50))
        .withMessage("waiting for " + what)
        .until(condition);
  }

  /** Saves a screenshot of the browser window as {@code target/browser/<name>.png}. */
  public Path screenshot(String name) {
    Path file = browser().screenshots.resolve(name + ".png");
    try {
      Files.write(file, browser().driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The browser console messages since the last call. */
  public List<String> consoleMessages() {
    return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }

  /** The WebDriver, for what the helpers here do not cover. */
  public WebDriver driver() {
    return browser().driver;
  }
}
