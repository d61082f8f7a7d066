package org.framsteg.examples.report;

import java.util.List;
import java.util.Locale;

/** Inline SVG charts: plain shapes with a title for every chart and every bar, no script. */
final class Svg {
  static final int WIDTH = 760;

  private Svg() {}

  /** One bar: its label, its value, the text shown beside it and the tooltip (its title). */
  record Bar(String label, double value, String shown, String title) {}

  /** One week's column of the completion chart. */
  record Column(String label, int value, int line, String title) {}

  /**
   * Columns with a line over them (completed and enrolled by week).
   */
  static void columns(StringBuilder out, String id, String title, String desc, List<Column> columns,
      String barLegend, String lineLegend) {
    int height = 320;
    int left = 48;
    int right = 16;
    int top = 36;
    int bottom = 40;
    double plotW = WIDTH - left - right;
    double plotH = height - top - bottom;
    int max = 1;
    for (Column c : columns) {
      max = Math.max(max, Math.max(c.value(), c.line()));
    }
    int step = niceStep(max);
    int ceiling = ((max + step - 1) / step) * step;
    open(out, id, title, desc, height);
    // Axis and grid lines.
    for (int v = 0; v <= ceiling; v += step) {
      double y = top + plotH - plotH * v / ceiling;
      out.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(WIDTH - right)
          .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>");
      out.append("<text class=\"tick\" x=\"").append(left - 6).append("\" y=\"").append(num(y + 4))
          .append("\" text-anchor=\"end\">").append(v).append("</text>");
    }
    double slot = plotW / Math.max(1, columns.size());
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      double x = left + slot * i;
      double h = plotH * c.value() / ceiling;
      out.append("<rect class=\"bar\" x=\"").append(num(x + slot * 0.15)).append("\" y=\"")
          .append(num(top + plotH - h)).append("\" width=\"").append(num(slot * 0.7)).append("\" height=\"")
          .append(num(h)).append("\"><title>").append(Html.escape(c.title())).append("</title></rect>");
      out.append("<text class=\"tick\" x=\"").append(num(x + slot / 2)).append("\" y=\"")
          .append(height - bottom + 16).append("\" text-anchor=\"middle\">").append(Html.escape(c.label()))
          .append("</text>");
      line.append(i == 0 ? "" : " ").append(num(x + slot / 2)).append(',')
          .append(num(top + plotH - plotH * c.line() / ceiling));
    }
    out.append("<polyline class=\"line\" points=\"").append(line).append("\"/>");
    // Legend.
    double lx = left + 8;
    out.append("<rect class=\"bar\" x=\"").append(num(lx)).append("\" y=\"10\" width=\"12\" height=\"12\"/>")
        .append("<text class=\"legend\" x=\"").append(num(lx + 18)).append("\" y=\"20\">")
        .append(Html.escape(barLegend)).append("</text>");
    lx += 30 + 8 * barLegend.length();
    out.append("<line class=\"line\" x1=\"").append(num(lx)).append("\" x2=\"").append(num(lx + 16))
        .append("\" y1=\"16\" y2=\"16\"/>")
        .append("<text class=\"legend\" x=\"").append(num(lx + 22)).append("\" y=\"20\">")
        .append(Html.escape(lineLegend)).append("</text>");
    out.append("</svg>");
  }

  /**
   * Horizontal bars, one row per item, scaled to {@code max}; a vertical marker line at
   * {@code marker} when it is not negative.
   */
  static void bars(StringBuilder out, String id, String title, String desc, List<Bar> bars, double max,
      double marker) {
    int row = 22;
    int top = 8;
    int labelW = 330;
    int right = 90;
    int height = top + row * bars.size() + 8;
    double plotW = WIDTH - labelW - right;
    double scale = max <= 0 ? 0 : plotW / max;
    open(out, id, title, desc, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = top + row * i;
      double w = Math.max(0, b.value() * scale);
      out.append("<g><title>").append(Html.escape(b.title())).append("</title>")
          .append("<text class=\"label\" x=\"").append(labelW - 8).append("\" y=\"").append(num(y + 15))
          .append("\" text-anchor=\"end\">").append(Html.escape(shorten(b.label(), 46))).append("</text>")
          .append("<rect class=\"bar\" x=\"").append(labelW).append("\" y=\"").append(num(y + 3))
          .append("\" width=\"").append(num(w)).append("\" height=\"").append(row - 6).append("\"/>")
          .append("<text class=\"value\" x=\"").append(num(labelW + w + 6)).append("\" y=\"")
          .append(num(y + 15)).append("\">").append(Html.escape(b.shown())).append("</text></g>");
    }
    if (marker >= 0) {
      double x = labelW + marker * scale;
      out.append("<line class=\"marker\" x1=\"").append(num(x)).append("\" x2=\"").append(num(x))
          .append("\" y1=\"").append(top - 4).append("\" y2=\"").append(height - 4).append("\"/>");
    }
    out.append("</svg>");
  }

  private static void open(StringBuilder out, String id, String title, String desc, int height) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" role=\"img\" ")
        .append("aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\">")
        .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>")
        .append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(desc)).append("</desc>");
  }

  /** A step for about five grid lines: 1, 2 or 5 times a power of ten. */
  static int niceStep(int max) {
    int step = 1;
    while (true) {
      for (int m : new int[] {1, 2, 5}) {
        if (max / (step * m) <= 5) {
          return step * m;
        }
      }
      step *= 10;
    }
  }

  static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
