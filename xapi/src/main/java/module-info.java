/**
 * xAPI statements for Framsteg: the statement model of xAPI 1.0.3 and xAPI 2.0 (IEEE 9274.1.1),
 * strict validation against the xAPI data specification, a streaming JSON reader and writer,
 * progress as statements and back, and cmi5 course structures.
 *
 * <p>{@code org.framsteg.xapi}, {@code org.framsteg.xapi.progress} and {@code org.framsteg.xapi.cmi5}
 * are API; the reader, writer and
 * rule machinery live in {@code org.framsteg.xapi.internal...}, which this module does not export.
 */
module org.framsteg.xapi {
  requires transitive org.framsteg.core;
  requires static org.immutables.value.annotations;
  requires tools.jackson.core;
  requires java.xml;

  exports org.framsteg.xapi;
  exports org.framsteg.xapi.cmi5;
  exports org.framsteg.xapi.progress;
}
