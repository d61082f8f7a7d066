package org.framsteg.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.examples.SeedCourse;
import org.framsteg.examples.demo.Season;
import org.framsteg.examples.demo.SeasonResult;
import org.framsteg.examples.demo.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static SeasonResult result;

  @BeforeAll
  static void season() {
    result = SeasonResult.of(Simulation.of(SeedCourse.create(), Season.of(60, 5L)), SeasonResult.Progress.NONE);
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document d, String ns, String name) {
    NodeList list = d.getElementsByTagNameNS(ns, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  @Test
  void isWellFormedXhtmlInTheChosenLanguage() throws Exception {
    Document sv = parse(new HtmlReport().render(result, Locale.forLanguageTag("sv")));
    assertThat(sv.getDocumentElement().getAttribute("lang")).isEqualTo("sv");
    Document en = parse(new HtmlReport().render(result, Locale.ENGLISH));
    assertThat(en.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    assertThat(elements(en, XHTML, "h1").get(0).getTextContent()).isEqualTo("Leading digital transformation");
    assertThat(elements(sv, XHTML, "h1").get(0).getTextContent()).isEqualTo("Att leda digital transformation");
  }

  @Test
  void hasThreeChartsEachWithATitleADescriptionAndBars() throws Exception {
    Document d = parse(new HtmlReport().render(result, Locale.ENGLISH));
    List<Element> charts = elements(d, SVG, "svg");
    assertThat(charts).extracting(e -> e.getAttribute("id"))
        .containsExactly("chart-completion", "chart-stops", "chart-watched");
    for (Element chart : charts) {
      assertThat(chart.getAttribute("role")).isEqualTo("img");
      Element title = (Element) chart.getElementsByTagNameNS(SVG, "title").item(0);
      assertThat(title.getParentNode()).isSameAs(chart);
      assertThat(title.getTextContent()).isNotBlank();
      assertThat(chart.getAttribute("aria-labelledby")).contains(title.getAttribute("id"));
      assertThat(chart.getElementsByTagNameNS(SVG, "desc").getLength()).isEqualTo(1);
      assertThat(chart.getElementsByTagNameNS(SVG, "rect").getLength()).isGreaterThanOrEqualTo(15);
    }
    // One column per week, one bar per activity (plus "never started"), one bar per video.
    assertThat(count(charts.get(0), "rect", "bar")).isEqualTo(20 + 1);
    assertThat(count(charts.get(1), "rect", "bar")).isEqualTo(1 + 23);
    assertThat(count(charts.get(2), "rect", "bar")).isEqualTo(15);
    assertThat(charts.get(2).getTextContent()).contains("V01 What is digital transformation?");
  }

  private static int count(Element chart, String tag, String cssClass) {
    NodeList list = chart.getElementsByTagNameNS(SVG, tag);
    int n = 0;
    for (int i = 0; i < list.getLength(); i++) {
      if (((Element) list.item(i)).getAttribute("class").equals(cssClass)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void theLearnerTableHasHeadersAndOneRowPerLearnerWithWhatRemains() throws Exception {
    Document d = parse(new HtmlReport().render(result, Locale.ENGLISH));
    Element table = elements(d, XHTML, "table").stream()
        .filter(t -> t.getAttribute("id").equals("learners-table")).findFirst().orElseThrow();
    Element head = (Element) table.getElementsByTagNameNS(XHTML, "thead").item(0);
    List<String> headers = new ArrayList<>();
    NodeList ths = head.getElementsByTagNameNS(XHTML, "th");
    for (int i = 0; i < ths.getLength(); i++) {
      assertThat(((Element) ths.item(i)).getAttribute("scope")).isEqualTo("col");
      headers.add(ths.item(i).getTextContent());
    }
    assertThat(headers).containsExactly("Learner", "Status", "Percent", "What remains");
    Element body = (Element) table.getElementsByTagNameNS(XHTML, "tbody").item(0);
    NodeList rows = body.getElementsByTagNameNS(XHTML, "tr");
    assertThat(rows.getLength()).isEqualTo(60);
    for (int i = 0; i < rows.getLength(); i++) {
      Element row = (Element) rows.item(i);
      var o = result.outcomes().get(i);
      assertThat(row.getElementsByTagNameNS(XHTML, "th").item(0).getTextContent()).isEqualTo(o.history().name());
      assertThat(row.getTextContent()).contains(o.completion().summary(Locale.ENGLISH));
    }
  }

  @Test
  void theHeadlineFiguresMatchTheSeason() throws Exception {
    String html = new HtmlReport().render(result, Locale.ENGLISH);
    int completed = result.count(CompletionStatus.COMPLETED);
    assertThat(html).contains("<strong>" + completed + "</strong> Completed");
    assertThat(html).contains("60 learners in the season 2026-01-12 to 2026-06-01");
  }

  @Test
  void needsNothingFromTheNetworkAndNoScript() {
    String html = new HtmlReport().render(result, Locale.forLanguageTag("sv"));
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
        .doesNotContain("src=").doesNotContain("url(").doesNotContain("@import");
    assertThat(html.replace("http://www.w3.org/1999/xhtml", "").replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http:").doesNotContain("https:");
  }

  @Test
  void escapesTextSoThatTitlesCannotBreakThePage() {
    assertThat(Html.escape("<b>\"R&D\" 'x'</b>\u0001")).isEqualTo("&lt;b&gt;&quot;R&amp;D&quot; &#39;x&#39;&lt;/b&gt;");
  }
}
