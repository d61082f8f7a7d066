/**
 * xAPI statements for Framsteg: the statement model of xAPI 1.0.3 and xAPI 2.0 (IEEE 9274.1.1),
 * strict validation against the xAPI data specification, and a streaming JSON reader and writer.
 *
 * <p>Only {@code org.framsteg.xapi} is API; the reader, writer and rule machinery live in
 * {@code org.framsteg.xapi.internal...}, which this module does not export.
 */
module org.framsteg.xapi {
  requires transitive org.framsteg.core;
  requires static org.immutables.value.annotations;
  requires tools.jackson.core;

  exports org.framsteg.xapi;
}
