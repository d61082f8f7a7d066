package org.framsteg.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.framsteg.examples.SeedCourse;
import org.framsteg.examples.demo.Season;
import org.framsteg.examples.demo.SeasonResult;
import org.framsteg.examples.demo.Simulation;
import org.junit.jupiter.api.Test;

class CsvReportTest {

  private static byte[] csv(int learners, long seed, Locale locale) throws IOException {
    SeasonResult r = SeasonResult.of(Simulation.of(SeedCourse.create(), Season.of(learners, seed)),
        SeasonResult.Progress.NONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvReport().write(r, locale, out);
    return out.toByteArray();
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    assertThat(csv(80, 42L, Locale.ENGLISH)).isEqualTo(csv(80, 42L, Locale.ENGLISH));
    assertThat(csv(80, 42L, Locale.ENGLISH)).isNotEqualTo(csv(80, 43L, Locale.ENGLISH));
  }

  @Test
  void hasAHeaderAndOneRowPerLearnerWithStatusPercentAndWhatRemains() throws IOException {
    String text = new String(csv(50, 1L, Locale.ENGLISH), StandardCharsets.UTF_8);
    List<String> lines = List.of(text.split("\r\n"));
    assertThat(lines).hasSize(51);
    assertThat(lines.get(0)).isEqualTo("learner,status,percent,remaining");
    assertThat(lines.subList(1, 51)).allSatisfy(line ->
        assertThat(line).matches("learner-\\d{4},(NOT_STARTED|IN_PROGRESS|COMPLETED|FAILED|EXPIRED|WITHDRAWN),"
            + "\\d{1,3},(\"([^\"]|\"\")*\"|[^\",]*)"));
    assertThat(text).contains("Completed.").contains(" left");
  }

  @Test
  void whatRemainsIsInTheReportsLanguage() throws IOException {
    String sv = new String(csv(30, 1L, Locale.forLanguageTag("sv")), StandardCharsets.UTF_8);
    assertThat(sv).contains("kvar").doesNotContain(" left");
  }

  @Test
  void fieldsWithCommasOrQuotesAreQuotedAsRfc4180Says() {
    assertThat(CsvReport.field("plain")).isEqualTo("plain");
    assertThat(CsvReport.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvReport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvReport.field("two\nlines")).isEqualTo("\"two\nlines\"");
  }
}
