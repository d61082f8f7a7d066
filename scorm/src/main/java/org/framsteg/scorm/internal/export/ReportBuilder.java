package org.framsteg.scorm.internal.export;

import java.util.ArrayList;
import java.util.List;
import org.framsteg.scorm.ExportReport;
import org.framsteg.scorm.ExportReport.Entry;
import org.framsteg.scorm.ExportReport.Kind;
import org.framsteg.scorm.ExportReport.Severity;

/** Collects the entries of an {@link ExportReport} in the order they are found. */
final class ReportBuilder {
  private final List<Entry> entries = new ArrayList<>();

  void info(Kind kind, String path, String message) {
    entries.add(new Entry(Severity.INFO, kind, path, message));
  }

  void warn(Kind kind, String path, String message) {
    entries.add(new Entry(Severity.WARNING, kind, path, message));
  }

  ExportReport build() {
    return new ExportReport(entries);
  }
}
