/** xAPI statements for Framsteg. */
module org.framsteg.xapi {
  requires transitive org.framsteg.core;
  requires static org.immutables.value.annotations;
  requires java.xml;

  exports org.framsteg.xapi.cmi5;
}
