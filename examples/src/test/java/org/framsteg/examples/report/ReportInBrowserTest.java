package org.framsteg.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.framsteg.examples.SeedCourse;
import org.framsteg.examples.demo.Demo;
import org.framsteg.examples.demo.Season;
import org.framsteg.examples.demo.SeasonResult;
import org.framsteg.examples.demo.Simulation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The report as a course owner sees it: opened from disk in headless Chromium, its charts and table
 * found and drawn, a screenshot saved as {@code target/report.png}.
 *
 * <p>Uses the system's Chromium and ChromeDriver (Debian: {@code apt-get install -y chromium
 * chromium-driver}; other places with {@code -Dframsteg.chromium=} and
 * {@code -Dframsteg.chromedriver=}); nothing is downloaded. Without them the test is skipped, or fails when the
 * system property {@code framsteg.requireBrowser} is {@code true}.
 */
class ReportInBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("framsteg.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("framsteg.chromedriver", "/usr/bin/chromedriver"));
  private static final int LEARNERS = 60;

  @Test
  void chromiumShowsTheChartsAndOneTableRowPerLearner(@TempDir Path dir) throws IOException {
    requireBrowser();
    SeasonResult result = SeasonResult.of(Simulation.of(SeedCourse.create(), Season.of(LEARNERS, 2026L)),
        SeasonResult.Progress.NONE);
    Path html = Demo.write(result, Locale.forLanguageTag("sv"), dir.resolve("demo"), List.of(new HtmlReport()))
        .get(0);

    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + dir.resolve("profile").toAbsolutePath(), "--window-size=1280,1000");
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.get(html.toUri().toString());

      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
      List<WebElement> charts = driver.findElements(By.cssSelector("svg[role='img']"));
      assertThat(charts).hasSize(3);
      for (WebElement chart : charts) {
        WebElement title = chart.findElement(By.cssSelector(":scope > title"));
        assertThat(title.getDomProperty("textContent")).isNotBlank();
        assertThat(chart.getRect().getWidth()).isGreaterThan(300);
        assertThat(chart.getRect().getHeight()).isGreaterThan(100);
        List<WebElement> bars = chart.findElements(By.cssSelector("rect.bar"));
        assertThat(bars).isNotEmpty();
        assertThat(bars).anySatisfy(b -> assertThat(b.getRect().getWidth()).isPositive());
      }
      assertThat(charts.get(0).findElement(By.cssSelector(":scope > title")).getDomProperty("textContent"))
          .isEqualTo("Slutförda över tid");

      List<WebElement> rows = driver.findElements(By.cssSelector("#learners-table tbody tr"));
      assertThat(rows).hasSize(LEARNERS);
      assertThat(rows.get(0).findElement(By.tagName("th")).getText()).isEqualTo("learner-0001");
      assertThat(driver.findElements(By.cssSelector("#learners-table thead th[scope='col']"))).hasSize(4);

      // The whole page in one picture.
      Number height = (Number) ((JavascriptExecutor) driver)
          .executeScript("return document.documentElement.scrollHeight");
      driver.manage().window().setSize(new Dimension(1280, Math.min(16_000, height.intValue() + 40)));
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      Path shot = Path.of("target", "report.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, png);
    } finally {
      driver.quit();
      service.stop();
    }
  }

  private static void requireBrowser() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String message = "Chromium and ChromeDriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
        + "; install them with: apt-get install -y chromium chromium-driver";
    if (Boolean.getBoolean("framsteg.requireBrowser")) {
      fail(message + " (framsteg.requireBrowser=true)");
    }
    Assumptions.abort(message);
  }
}
