package org.framsteg.xapi;

/**
 * The xAPI versions Framsteg reads, validates and writes.
 *
 * <pre>{@code
 * Statement s = Xapi.reader(XapiVersion.V1_0_3).read(json);
 * byte[] out = Xapi.writer().write(s, XapiVersion.V2_0);
 * }</pre>
 *
 * <p>The statement data model of both versions is the same except for what xAPI 2.0 (IEEE
 * 9274.1.1) added: {@code context.contextAgents}, {@code context.contextGroups}, statement
 * {@code version} values starting with {@code 2.0.}, and timestamps that must follow RFC 3339
 * (xAPI 1.0.3 accepts any ISO 8601 date and time). See
 * <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2410-version">xAPI-Data
 * 2.4.10 Version</a>.
 */
public enum XapiVersion {
  /** xAPI 1.0.3, the ADL specification; statement {@code version} values start with {@code 1.0}. */
  V1_0_3("1.0.3"),
  /**
   * xAPI 2.0, published as IEEE 9274.1.1; statement {@code version} values start with {@code 1.0}
   * or {@code 2.0}.
   */
  V2_0("2.0.0");

  private final String text;

  XapiVersion(String text) {
    this.text = text;
  }

  /** The full version number, {@code "1.0.3"} or {@code "2.0.0"}. */
  public String text() {
    return text;
  }

  /**
   * Whether a statement's {@code version} property may hold {@code value} under this version:
   * {@code 1.0} or {@code 1.0.x}, and for xAPI 2.0 also {@code 2.0} or {@code 2.0.x}, where
   * {@code x} is a patch number (xAPI-Data 2.4.10, xAPI-Communication 3.3).
   */
  public boolean acceptsVersionProperty(String value) {
    if (value.length() < 3 || value.charAt(1) != '.' || value.charAt(2) != '0') {
      return false;
    }
    char major = value.charAt(0);
    if (major != '1' && !(major == '2' && this == V2_0)) {
      return false;
    }
    if (value.length() == 3) {
      return true;
    }
    if (value.charAt(3) != '.' || value.length() == 4) {
      return false;
    }
    for (int i = 4; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    // Semantic Versioning: no leading zeros in the patch number.
    return value.length() == 5 || value.charAt(4) != '0';
  }

  @Override
  public String toString() {
    return this == V1_0_3 ? "xAPI 1.0.3" : "xAPI 2.0";
  }
}
