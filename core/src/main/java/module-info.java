/**
 * Framsteg core: courses, learners and enrolments, progress events, completion rules and the
 * engine that folds events into progress and explains completion.
 */
module org.framsteg.core {
  requires static org.immutables.value.annotations;
  requires transitive tools.jackson.databind;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports org.framsteg.core;
  exports org.framsteg.core.course;
  exports org.framsteg.core.completion;
  exports org.framsteg.core.progress;
  exports org.framsteg.core.learner;
  exports org.framsteg.core.json;

  opens org.framsteg.core.course to org.hibernate.validator;
  opens org.framsteg.core.learner to org.hibernate.validator;
}
