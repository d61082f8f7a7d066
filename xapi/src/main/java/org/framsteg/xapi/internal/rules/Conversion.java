package org.framsteg.xapi.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framsteg.xapi.Context;
import org.framsteg.xapi.Statement;
import org.framsteg.xapi.SubStatement;
import org.framsteg.xapi.Violation;
import org.framsteg.xapi.VersionConversionException;
import org.framsteg.xapi.XapiTimestamp;
import org.framsteg.xapi.XapiVersion;

/**
 * Turns a statement of one xAPI version into the other, or says why it cannot.
 *
 * <p>2.0 to 1.0.3: nothing is converted, because xAPI-Communication 3.3 forbids converting newer
 * statements into a prior version's format; a statement that uses anything of xAPI 2.0 only
 * ({@code contextAgents}, {@code contextGroups}, a {@code version} of {@code 2.0.x}) is refused.
 * 1.0.3 to 2.0: timestamps that are ISO 8601 but not RFC 3339 are rewritten in RFC 3339 form with
 * the same offset and every fraction digit (the serialization of timestamps is not part of a
 * statement's immutable content, xAPI-Data 2.3.1); a timestamp without offset is refused.
 */
public final class Conversion {

  private Conversion() {}

  /**
   * {@code statement} in the form of {@code to}.
   *
   * @throws VersionConversionException listing what cannot be expressed in {@code to}
   */
  public static Statement convert(Statement statement, XapiVersion to) {
    XapiVersion from = statement.xapiVersion();
    if (from == to) {
      return statement;
    }
    List<Violation> problems = new ArrayList<>(0);
    Statement result;
    if (to == XapiVersion.V1_0_3) {
      checkContext(statement.context(), "$.context", problems);
      if (statement.object() instanceof SubStatement sub) {
        checkContext(sub.context(), "$.object.context", problems);
      }
      String version = statement.version().orElse(null);
      if (version != null && !to.acceptsVersionProperty(version)) {
        problems.add(
            new Violation(
                "$.version",
                "version " + version + " cannot be written as xAPI 1.0.3; newer statements must not be converted to an older version",
                Sections.VERSIONING));
      }
      result = problems.isEmpty() ? Statement.builder().from(statement).xapiVersion(to).build() : null;
    } else {
      Optional<XapiTimestamp> timestamp = rfc3339(statement.timestamp(), "$.timestamp", problems);
      Optional<XapiTimestamp> stored = rfc3339(statement.stored(), "$.stored", problems);
      Statement.Builder b =
          Statement.builder().from(statement).timestamp(timestamp).stored(stored).xapiVersion(to);
      if (statement.object() instanceof SubStatement sub && sub.timestamp().isPresent()) {
        Optional<XapiTimestamp> subTimestamp = rfc3339(sub.timestamp(), "$.object.timestamp", problems);
        b.object(SubStatement.builder().from(sub).timestamp(subTimestamp).build());
      }
      result = problems.isEmpty() ? b.build() : null;
    }
    if (!problems.isEmpty()) {
      throw new VersionConversionException(from, to, problems);
    }
    return result;
  }

  private static void checkContext(Optional<Context> context, String path, List<Violation> problems) {
    if (context.isEmpty()) {
      return;
    }
    if (!context.get().contextAgents().isEmpty()) {
      problems.add(
          new Violation(
              path + ".contextAgents",
              "is defined by xAPI 2.0 only and cannot be written as xAPI 1.0.3",
              Sections.CONTEXT_AGENTS));
    }
    if (!context.get().contextGroups().isEmpty()) {
      problems.add(
          new Violation(
              path + ".contextGroups",
              "is defined by xAPI 2.0 only and cannot be written as xAPI 1.0.3",
              Sections.CONTEXT_GROUPS));
    }
  }

  private static Optional<XapiTimestamp> rfc3339(
      Optional<XapiTimestamp> t, String path, List<Violation> problems) {
    if (t.isEmpty() || t.get().isRfc3339()) {
      return t;
    }
    if (t.get().offset().isEmpty()) {
      problems.add(
          new Violation(
              path,
              "timestamp " + t.get().text() + " has no time zone offset, which xAPI 2.0 (RFC 3339) requires",
              Sections.TIMESTAMPS));
      return t;
    }
    return Optional.of(t.get().toRfc3339());
  }
}
