package org.framsteg.examples.cli;

import java.io.PrintWriter;
import org.framsteg.examples.demo.SeasonResult;

/**
 * A one-line progress bar on standard error, drawn only when there is a terminal to draw on, so
 * that logs and pipes stay clean.
 */
final class ProgressBar implements SeasonResult.Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private int drawn = -1;

  private ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  /** A bar on {@code err} when the process has a console, else nothing. */
  static SeasonResult.Progress onTerminal(PrintWriter err, String label) {
    return System.console() == null ? SeasonResult.Progress.NONE : new ProgressBar(err, label);
  }

  @Override
  public void advanced(int done, int total) {
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    if (percent == drawn) {
      return;
    }
    drawn = percent;
    int filled = percent * WIDTH / 100;
    err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + " % ("
        + done + "/" + total + ")");
    if (done >= total) {
      err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
    }
    err.flush();
  }
}
