package org.framsteg.xapi;

import java.util.List;

/**
 * A statement holds data that the requested xAPI version cannot express, so it is not written.
 *
 * <pre>{@code
 * try { Xapi.writer().write(statementWithContextAgents, XapiVersion.V1_0_3); }
 * catch (VersionConversionException e) { System.err.println(e.violations().get(0)); }
 * }</pre>
 *
 * <p>xAPI 2.0 data ({@code context.contextAgents}, {@code context.contextGroups}, a {@code version}
 * of {@code 2.0.x}) has no xAPI 1.0.3 form, and <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#33-versioning">xAPI-Communication
 * 3.3</a> forbids converting newer statements into a prior version's format. The other way, an xAPI
 * 1.0.3 timestamp without a time zone has no RFC 3339 form for xAPI 2.0.
 */
public final class VersionConversionException extends XapiException {

  private static final long serialVersionUID = 1L;

  private final XapiVersion from;
  private final XapiVersion to;

  /**
   * Creates the exception.
   *
   * @param from the version the statement follows
   * @param to the version it was to be written as
   * @param violations the parts that cannot be expressed; must not be empty
   */
  public VersionConversionException(XapiVersion from, XapiVersion to, List<Violation> violations) {
    super("Cannot write this " + from + " statement as " + to + ":", violations, null);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations must not be empty");
    }
    this.from = from;
    this.to = to;
  }

  /** The version the statement follows. */
  public XapiVersion from() {
    return from;
  }

  /** The version it was to be written as. */
  public XapiVersion to() {
    return to;
  }
}
