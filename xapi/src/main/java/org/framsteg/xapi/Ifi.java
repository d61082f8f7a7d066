package org.framsteg.xapi;

import java.util.Objects;

/**
 * An Inverse Functional Identifier: the one property that identifies an Agent or Identified Group.
 *
 * <pre>{@code
 * Agent a = Agent.of(Ifi.mbox("mailto:anna@example.com"));
 * Agent b = Agent.of(Ifi.account("https://lms.example.com", "1625378"));
 * }</pre>
 *
 * <p>Exactly one of {@code mbox}, {@code mbox_sha1sum}, {@code openid} or {@code account} (<a
 * href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2423-inverse-functional-identifier">xAPI-Data
 * 2.4.2.3</a>). The formats ({@code mailto:} IRI, 40 hex digits, URI, account home page IRL) are
 * checked by {@link StatementValidator}.
 */
public sealed interface Ifi permits Ifi.Mbox, Ifi.MboxSha1Sum, Ifi.OpenId, Account {

  /** An {@code mbox}: {@code mailto:} followed by an email address. */
  static Mbox mbox(String mailtoIri) {
    return new Mbox(mailtoIri);
  }

  /** An {@code mbox_sha1sum}: the hex SHA-1 of an {@code mbox} IRI. */
  static MboxSha1Sum mboxSha1Sum(String hex) {
    return new MboxSha1Sum(hex);
  }

  /** An {@code openid}: an OpenID URI. */
  static OpenId openId(String uri) {
    return new OpenId(uri);
  }

  /** An {@code account} on a system with the given home page. */
  static Account account(String homePage, String name) {
    return new Account(homePage, name);
  }

  /**
   * The {@code mbox} identifier.
   *
   * @param iri {@code mailto:} and an email address, e.g. {@code mailto:anna@example.com}
   */
  record Mbox(String iri) implements Ifi {
    /** Checks that {@code iri} is not null. */
    public Mbox {
      Objects.requireNonNull(iri, "mbox");
    }
  }

  /**
   * The {@code mbox_sha1sum} identifier.
   *
   * @param hex hex-encoded SHA-1 of the {@code mailto:} IRI
   */
  record MboxSha1Sum(String hex) implements Ifi {
    /** Checks that {@code hex} is not null. */
    public MboxSha1Sum {
      Objects.requireNonNull(hex, "mbox_sha1sum");
    }
  }

  /**
   * The {@code openid} identifier.
   *
   * @param uri the OpenID
   */
  record OpenId(String uri) implements Ifi {
    /** Checks that {@code uri} is not null. */
    public OpenId {
      Objects.requireNonNull(uri, "openid");
    }
  }
}
