module org.framsteg.core {
  requires static org.immutables.value.annotations;
  requires transitive tools.jackson.databind;
  requires jakarta.validation;
  exports org.framsteg.core;
}
