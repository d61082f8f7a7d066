package org.framsteg.xapi;

/**
 * The front door of Framsteg's xAPI support: readers, writers and validators of statements.
 *
 * <pre>{@code
 * Statement s = Xapi.reader(XapiVersion.V2_0).read(json);
 * byte[] out = Xapi.writer().write(s, XapiVersion.V1_0_3);
 * }</pre>
 *
 * <p>Implements the statement part of the <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#20-statements">xAPI data
 * specification</a>, versions 1.0.3 and 2.0 (IEEE 9274.1.1). All returned objects are immutable,
 * thread-safe and cheap to keep.
 */
public final class Xapi {

  private Xapi() {}

  /** A strict reader of statements of {@code version}; see {@link StatementReader#lenient()}. */
  public static StatementReader reader(XapiVersion version) {
    return new StatementReader(version, true);
  }

  /** The statement writer. */
  public static StatementWriter writer() {
    return StatementWriter.INSTANCE;
  }

  /** A validator of statements of {@code version}. */
  public static StatementValidator validator(XapiVersion version) {
    return new StatementValidator(version);
  }
}
