package org.framsteg.xapi.internal.json;

import org.framsteg.xapi.internal.rules.Paths;
import tools.jackson.core.TokenStreamContext;

/** JSON paths ({@code $.a.b[0]}) of a Jackson parser's position. */
final class JsonPaths {

  private JsonPaths() {}

  /**
   * The path of the value the parser is at: a scalar just read, a container just opened, or (after
   * its end token) a container just closed.
   */
  static String of(TokenStreamContext context) {
    int depth = 0;
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      depth++;
    }
    String[] segments = new String[depth];
    int n = 0;
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inObject() && c.hasCurrentName()) {
        segments[n++] = Paths.member(c.currentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments[n++] = Paths.index(c.getCurrentIndex());
      }
    }
    StringBuilder b = new StringBuilder("$");
    for (int i = n - 1; i >= 0; i--) {
      b.append(segments[i]);
    }
    return b.toString();
  }
}
