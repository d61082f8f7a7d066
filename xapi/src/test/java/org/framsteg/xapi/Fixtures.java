package org.framsteg.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Statements to start tests from, and helpers to change them and to judge them. */
final class Fixtures {

  /** A small valid statement of both versions. */
  static final String MINIMAL =
      """
      {"actor": {"objectType": "Agent", "mbox": "mailto:anna@example.com"},
       "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
       "object": {"objectType": "Activity", "id": "https://example.com/activities/course-1"}}
      """;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Fixtures() {}

  /** A resource of this package's test resources, e.g. {@code spec-examples/x.json}. */
  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code json} with the value at {@code pointer} (RFC 6901, e.g. {@code /actor/mbox}) set to
   * {@code valueJson}, creating missing objects on the way; in arrays a token is an index.
   */
  static String set(String json, String pointer, String valueJson) {
    JsonNode root = MAPPER.readTree(json);
    String[] tokens = pointer.substring(1).split("/", -1);
    JsonNode node = root;
    for (int i = 0; i < tokens.length - 1; i++) {
      String t = unescape(tokens[i]);
      JsonNode next = node instanceof ArrayNode a ? a.get(Integer.parseInt(t)) : node.get(t);
      if (next == null) {
        next = MAPPER.createObjectNode();
        ((ObjectNode) node).set(t, next);
      }
      node = next;
    }
    String last = unescape(tokens[tokens.length - 1]);
    JsonNode value = MAPPER.readTree(valueJson);
    if (node instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) node).set(last, value);
    }
    return MAPPER.writeValueAsString(root);
  }

  /** {@code json} without the value at {@code pointer}. */
  static String remove(String json, String pointer) {
    JsonNode root = MAPPER.readTree(json);
    String[] tokens = pointer.substring(1).split("/", -1);
    JsonNode node = root;
    for (int i = 0; i < tokens.length - 1; i++) {
      String t = unescape(tokens[i]);
      node = node instanceof ArrayNode a ? a.get(Integer.parseInt(t)) : node.get(t);
    }
    String last = unescape(tokens[tokens.length - 1]);
    if (node instanceof ArrayNode a) {
      a.remove(Integer.parseInt(last));
    } else {
      ((ObjectNode) node).remove(last);
    }
    return MAPPER.writeValueAsString(root);
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** Reads {@code json} as {@code version}, failing the test if it is refused. */
  static Statement valid(XapiVersion version, String json) {
    return Xapi.reader(version).read(json);
  }

  /** Asserts {@code json} is valid under both versions. */
  static void validInBoth(String json) {
    valid(XapiVersion.V1_0_3, json);
    valid(XapiVersion.V2_0, json);
  }

  /** The violations reading {@code json} as {@code version} reports; fails if it is accepted. */
  static List<Violation> violations(XapiVersion version, String json) {
    StatementValidationException e =
        catchThrowableOfType(
            () -> Xapi.reader(version).read(json), StatementValidationException.class);
    assertThat(e).as("expected %s to be refused as %s", json, version).isNotNull();
    return e.violations();
  }

  /** Asserts reading {@code json} reports a violation at {@code path} citing {@code section}. */
  static void invalid(XapiVersion version, String json, String path, String section) {
    assertThat(violations(version, json))
        .as("violations of %s", json)
        .anySatisfy(
            v -> {
              assertThat(v.path()).isEqualTo(path);
              assertThat(v.section()).isEqualTo(section);
            });
  }

  /** Asserts {@code json} is refused under both versions with a violation at {@code path}. */
  static void invalidInBoth(String json, String path, String section) {
    invalid(XapiVersion.V1_0_3, json, path, section);
    invalid(XapiVersion.V2_0, json, path, section);
  }
}
