package org.framsteg.xapi;

import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.immutables.value.Value;

/**
 * The header of a file attached to a statement (the file itself travels outside the JSON).
 *
 * <pre>{@code
 * Attachment cert = Attachment.builder().usageType("https://example.com/usage/certificate")
 *     .display(LanguageMap.of("en", "Certificate")).contentType("application/pdf").length(48213).sha2(hex).build();
 * }</pre>
 *
 * <p>{@code usageType}, {@code display}, {@code contentType}, {@code length} and {@code sha2} are
 * required; their formats are checked by {@link StatementValidator}. See <a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2411-attachments">xAPI-Data
 * 2.4.11 Attachments</a>.
 */
@Value.Immutable
@FramstegStyle
public abstract class Attachment {

  /** The reserved usage type of a JSON web signature attachment (xAPI-Data 2.6). */
  public static final String SIGNATURE_USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature";

  /** The IRI of what the attachment is used for, e.g. a completion certificate. */
  public abstract String usageType();

  /** The title, by language tag; required, but may be empty. */
  public abstract LanguageMap display();

  /** A description, by language tag. */
  @Value.Default
  public LanguageMap description() {
    return LanguageMap.empty();
  }

  /** The Internet Media Type of the data, e.g. {@code application/pdf}. */
  public abstract String contentType();

  /** The length of the data in octets. */
  public abstract long length();

  /** The hex SHA-2 hash of the data. */
  public abstract String sha2();

  /** An IRL the data can be fetched from. */
  public abstract Optional<String> fileUrl();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attachment}. */
  public static final class Builder extends ImmutableAttachment.Builder {}
}
