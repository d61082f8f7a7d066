/** SCORM packages for Framsteg. */
module org.framsteg.scorm {
  requires transitive org.framsteg.core;
  requires static org.immutables.value.annotations;
  requires java.xml;

  exports org.framsteg.scorm;
  exports org.framsteg.scorm.importing;
  exports org.framsteg.scorm.manifest;
  exports org.framsteg.scorm.mapping;
  exports org.framsteg.scorm.runtime;
}
