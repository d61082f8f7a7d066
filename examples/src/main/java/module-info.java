/**
 * Framsteg examples: the seed course, the {@code framsteg} command-line tool, the simulated
 * season with its reports, and the benchmarks. Uses only what the other modules export.
 */
module org.framsteg.examples {
  requires org.framsteg.core;
  requires org.framsteg.xapi;
  requires org.framsteg.scorm;
  requires info.picocli;
  requires java.logging;
  requires java.management;
  requires jmh.core;
  requires jol.core;
  requires tools.jackson.databind;

  exports org.framsteg.examples;
  exports org.framsteg.examples.cli;
  exports org.framsteg.examples.demo;
  exports org.framsteg.examples.report;

  opens org.framsteg.examples.cli to info.picocli;
}
