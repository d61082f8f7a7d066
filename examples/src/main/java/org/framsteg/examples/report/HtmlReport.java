package org.framsteg.examples.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.MediaKind;
import org.framsteg.examples.demo.DemoOutput;
import org.framsteg.examples.demo.LearnerOutcome;
import org.framsteg.examples.demo.SeasonResult;

/**
 * {@code report.html}: one self-contained page for the course owner, with inline CSS and inline
 * SVG charts, no script and nothing loaded from the network: completion over time, where learners
 * stop, the watched share of each video and a table of every learner with status, percent and
 * what remains.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("report.html"))) {
 *   new HtmlReport().write(result, Locale.forLanguageTag("sv"), out); }
 * }</pre>
 *
 * <p>The markup is also well-formed XML (XHTML-compatible), each chart is an {@code svg} with
 * {@code role="img"}, a {@code title} and a {@code desc}, and its figures are repeated in a table.
 */
public final class HtmlReport implements DemoOutput {

  @Override
  public String fileName() {
    return "report.html";
  }

  @Override
  public void write(SeasonResult result, Locale locale, OutputStream out) throws IOException {
    out.write(render(result, locale).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The page as a string. */
  public String render(SeasonResult result, Locale locale) {
    Texts t = Texts.of(locale);
    String courseTitle = result.course().title().get(locale);
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(t.lang())
        .append("\" xml:lang=\"").append(t.lang()).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
        .append(esc(courseTitle)).append(" \u2013 ").append(esc(t.report())).append("</title>\n<style>")
        .append(CSS).append("</style>\n</head>\n<body>\n<header>\n<p class=\"kicker\">").append(esc(t.report()))
        .append("</p>\n<h1>").append(esc(courseTitle)).append("</h1>\n<p>")
        .append(esc(t.lead(result.outcomes().size(), date(result.season().start()), date(result.season().end()),
            result.events())))
        .append("</p>\n");
    stats(h, result, t);
    h.append("</header>\n<main>\n");
    completion(h, result, t);
    stops(h, result, t, locale);
    watched(h, result, t, locale);
    learners(h, result, t, locale);
    h.append("</main>\n<footer><p>").append(esc(t.footer(result.season().seed(), result.season().weeks())))
        .append("</p></footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void stats(StringBuilder h, SeasonResult result, Texts t) {
    Map<CompletionStatus, Integer> counts = new EnumMap<>(CompletionStatus.class);
    for (CompletionStatus s : CompletionStatus.values()) {
      counts.put(s, result.count(s));
    }
    h.append("<ul class=\"stats\">\n");
    for (Map.Entry<CompletionStatus, Integer> e : counts.entrySet()) {
      if (e.getValue() > 0 || e.getKey() == CompletionStatus.COMPLETED) {
        h.append("<li class=\"s-").append(e.getKey().name()).append("\"><strong>").append(e.getValue())
            .append("</strong> ").append(esc(t.status(e.getKey()))).append("</li>\n");
      }
    }
    h.append("</ul>\n");
  }

  private static void completion(StringBuilder h, SeasonResult result, Texts t) {
    int[] completed = result.completedByWeek();
    int[] enrolled = result.enrolledByWeek();
    List<Svg.Column> columns = new ArrayList<>();
    for (int w = 0; w < completed.length; w++) {
      columns.add(new Svg.Column(t.weekShort(w + 1), completed[w], enrolled[w],
          t.completedBy(w + 1, completed[w], enrolled[w])));
    }
    int last = completed.length - 1;
    section(h, "completion", t.completionOverTime(), null);
    h.append("<figure>\n");
    Svg.columns(h, "chart-completion", t.completionOverTime(),
        t.completionChartDesc(completed[last], enrolled[last], completed.length), columns, t.completedLegend(),
        t.enrolledLegend());
    h.append("\n</figure>\n<details><summary>").append(esc(t.data())).append("</summary>\n<table>\n<thead><tr>")
        .append("<th scope=\"col\">").append(esc(t.weekHeader())).append("</th>")
        .append("<th scope=\"col\">").append(esc(t.completedLegend())).append("</th>")
        .append("<th scope=\"col\">").append(esc(t.enrolledLegend())).append("</th></tr></thead>\n<tbody>\n");
    for (int w = 0; w < completed.length; w++) {
      h.append("<tr><th scope=\"row\">").append(esc(t.week(w + 1))).append("</th><td class=\"num\">")
          .append(completed[w]).append("</td><td class=\"num\">").append(enrolled[w]).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n</section>\n");
  }

  private static void stops(StringBuilder h, SeasonResult result, Texts t, Locale locale) {
    List<Svg.Bar> bars = new ArrayList<>();
    int notCompleted = result.stoppedBeforeStarting();
    bars.add(new Svg.Bar(t.notStarted(), result.stoppedBeforeStarting(),
        Integer.toString(result.stoppedBeforeStarting()),
        t.stoppedAt(t.notStarted(), result.stoppedBeforeStarting())));
    for (Map.Entry<String, Integer> e : result.stops().entrySet()) {
      String label = label(result, e.getKey(), locale);
      bars.add(new Svg.Bar(label, e.getValue(), Integer.toString(e.getValue()), t.stoppedAt(label, e.getValue())));
      notCompleted += e.getValue();
    }
    double max = bars.stream().mapToDouble(Svg.Bar::value).max().orElse(0);
    section(h, "stops", t.whereLearnersStop(), t.stopsIntro());
    h.append("<figure>\n");
    Svg.bars(h, "chart-stops", t.whereLearnersStop(), t.stopsChartDesc(notCompleted), bars, max, -1);
    h.append("\n</figure>\n");
    dataTable(h, t, t.activity(), t.count(), bars, null);
    h.append("</section>\n");
  }

  private static void watched(StringBuilder h, SeasonResult result, Texts t, Locale locale) {
    List<Svg.Bar> bars = new ArrayList<>();
    List<String> enough = new ArrayList<>();
    int learners = result.outcomes().size();
    for (Map.Entry<String, Double> e : result.watchedShare().entrySet()) {
      String label = label(result, e.getKey(), locale);
      int percent = (int) Math.round(e.getValue() * 100);
      int count = result.watchedEnough().get(e.getKey());
      bars.add(new Svg.Bar(label, percent, t.percent(percent), t.watchedBar(label, percent, count, learners)));
      enough.add(count + " / " + learners);
    }
    section(h, "watched", t.watchedShare(), t.watchedIntro());
    h.append("<figure>\n");
    Svg.bars(h, "chart-watched", t.watchedShare(), t.watchedChartDesc(), bars, 100, 90);
    h.append("\n</figure>\n");
    dataTable(h, t, t.meanWatched(), t.watchedEnoughHeader(), bars, enough);
    h.append("</section>\n");
  }

  private static void dataTable(StringBuilder h, Texts t, String valueHeader, String extraHeader,
      List<Svg.Bar> bars, List<String> extra) {
    h.append("<details><summary>").append(esc(t.data())).append("</summary>\n<table>\n<thead><tr>")
        .append("<th scope=\"col\">").append(esc(t.activity())).append("</th><th scope=\"col\">")
        .append(esc(extra == null ? t.count() : valueHeader)).append("</th>");
    if (extra != null) {
      h.append("<th scope=\"col\">").append(esc(extraHeader)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < bars.size(); i++) {
      Svg.Bar b = bars.get(i);
      h.append("<tr><th scope=\"row\">").append(esc(b.label())).append("</th><td class=\"num\">")
          .append(esc(b.shown())).append("</td>");
      if (extra != null) {
        h.append("<td class=\"num\">").append(esc(extra.get(i))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n");
  }

  private static void learners(StringBuilder h, SeasonResult result, Texts t, Locale locale) {
    section(h, "learners", t.learners(), null);
    h.append("<table id=\"learners-table\" class=\"learners\">\n<caption>").append(esc(t.learnersCaption()))
        .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(t.learner()))
        .append("</th><th scope=\"col\">").append(esc(t.statusHeader())).append("</th><th scope=\"col\">")
        .append(esc(t.percentHeader())).append("</th><th scope=\"col\">").append(esc(t.remainingHeader()))
        .append("</th></tr></thead>\n<tbody>\n");
    for (LearnerOutcome o : result.outcomes()) {
      Completion c = o.completion();
      h.append("<tr><th scope=\"row\">").append(esc(o.history().name())).append("</th><td><span class=\"badge s-")
          .append(c.status().name()).append("\">").append(esc(t.status(c.status()))).append("</span></td>")
          .append("<td class=\"num\">").append(esc(t.percent(c.percent()))).append("</td><td>")
          .append(esc(c.summary(locale))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void section(StringBuilder h, String id, String heading, String intro) {
    h.append("<section aria-labelledby=\"h-").append(id).append("\">\n<h2 id=\"h-").append(id).append("\">")
        .append(esc(heading)).append("</h2>\n");
    if (intro != null) {
      h.append("<p>").append(esc(intro)).append("</p>\n");
    }
  }

  /** "V03 Title" for videos, "P02 Title" for episodes, "A07 Title" for other activities. */
  private static String label(SeasonResult result, String activityId, Locale locale) {
    Activity activity = result.activity(activityId);
    MediaKind kind = activity.media().kind();
    long number = result.course().activities().takeWhile(a -> !a.id().equals(activityId))
        .filter(a -> a.media().kind() == kind).count() + 1;
    String prefix = kind == MediaKind.VIDEO ? "V" : kind == MediaKind.PODCAST_EPISODE ? "P" : "A";
    return String.format(Locale.ROOT, "%s%02d %s", prefix, number, activity.title().get(locale));
  }

  private static String date(java.time.Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String esc(String text) {
    return Html.escape(text);
  }

  private static final String CSS = """
      :root{--ink:#1d1d1f;--muted:#555;--line:#d0d4da;--bar:#1f5fa8;--bg:#fff}
      *{box-sizing:border-box}
      body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);\
      background:var(--bg);margin:0 auto;max-width:62rem;padding:1.5rem}
      h1{font-size:1.9rem;margin:.2rem 0 .5rem}h2{font-size:1.35rem;margin:2.2rem 0 .4rem}
      .kicker{text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-size:.85rem;margin:0}
      .stats{display:flex;flex-wrap:wrap;gap:.6rem;list-style:none;padding:0;margin:1rem 0}
      .stats li{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:6px;\
      padding:.4rem .8rem;min-width:8rem}
      .stats strong{display:block;font-size:1.5rem}
      figure{margin:0;overflow-x:auto}svg{max-width:100%;height:auto;font-family:inherit}
      svg .bar{fill:var(--bar)}svg .line{fill:none;stroke:#b35c00;stroke-width:2.5;stroke-dasharray:6 3}
      svg .grid{stroke:var(--line);stroke-width:1}svg .tick,svg .value,svg .legend{font-size:12px;fill:#333}
      svg .label{font-size:12.5px;fill:var(--ink)}svg .marker{stroke:#b00020;stroke-width:2;stroke-dasharray:4 3}
      details{margin:.5rem 0 0}summary{cursor:pointer;color:var(--bar)}
      table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.93rem}
      caption{text-align:left;color:var(--muted);padding:.3rem 0}
      th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
      thead th{border-bottom:2px solid var(--ink)}td.num{text-align:right;white-space:nowrap}
      tbody th{font-weight:600;white-space:nowrap}
      .badge{display:inline-block;border-radius:1rem;padding:0 .6rem;color:#fff;font-size:.85rem;white-space:nowrap}
      .badge.s-COMPLETED{background:#1b7f3b}.badge.s-IN_PROGRESS{background:#1f5fa8}
      .badge.s-NOT_STARTED{background:#5f6368}.badge.s-EXPIRED{background:#8a4b00}
      .badge.s-WITHDRAWN{background:#8a2b2b}.badge.s-FAILED{background:#b00020}
      .stats .s-COMPLETED{border-left-color:#1b7f3b}.stats .s-IN_PROGRESS{border-left-color:#1f5fa8}
      .stats .s-EXPIRED{border-left-color:#8a4b00}.stats .s-WITHDRAWN{border-left-color:#8a2b2b}
      .stats .s-FAILED{border-left-color:#b00020}
      footer{margin-top:2.5rem;color:var(--muted);font-size:.85rem}
      @media print{details{display:none}}
      """;
}
