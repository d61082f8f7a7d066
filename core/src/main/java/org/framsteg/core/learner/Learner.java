package org.framsteg.core.learner;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.FramstegStyle;
import org.framsteg.core.Violation;
import org.framsteg.core.course.CourseValidationException;
import org.immutables.value.Value;

/**
 * A learner, known by one identifier: a mailbox or an account on some system. No other personal
 * data is needed; a display name is optional.
 *
 * <pre>{@code
 * Learner a = Learner.mailbox("anna@example.org");
 * Learner b = Learner.account(URI.create("https://bibliotek.example.org"), "u-4711");
 * }</pre>
 */
@Value.Immutable
@FramstegStyle
public abstract class Learner {

  /** The mailbox as a {@code mailto:} IRI. */
  public abstract Optional<String> mbox();

  /** The home page of the system the account is on. */
  public abstract Optional<URI> accountHomePage();

  /** The account name on that system. */
  public abstract Optional<String> accountName();

  /** A display name. */
  public abstract Optional<String> name();

  /** A learner known by e-mail address (with or without {@code mailto:}). */
  public static Learner mailbox(String address) {
    String mbox = address.startsWith("mailto:") ? address : "mailto:" + address;
    return builder().mbox(mbox).build();
  }

  /** A learner known by an account on a system. */
  public static Learner account(URI homePage, String name) {
    return builder().accountHomePage(homePage).accountName(name).build();
  }

  /** One string that identifies the learner: the mailbox, or the home page, "|" and the account name. */
  public final String key() {
    return mbox().orElseGet(() -> accountHomePage().orElseThrow() + "|" + accountName().orElseThrow());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Learner}. */
  public static final class Builder extends ImmutableLearner.Builder {}

  @Value.Check
  void check() {
    List<Violation> out = new ArrayList<>();
    boolean account = accountHomePage().isPresent() || accountName().isPresent();
    if (mbox().isPresent() == account) {
      out.add(new Violation("", "a learner needs exactly one identifier: a mailbox or an account"));
    }
    mbox().ifPresent(m -> {
      if (!m.matches("mailto:[^@\\s]+@[^@\\s]+")) {
        out.add(new Violation("mbox", "must be a mailto: IRI with an address, was '" + m + "'"));
      }
    });
    if (account) {
      if (accountHomePage().isEmpty() || !accountHomePage().get().isAbsolute()) {
        out.add(new Violation("accountHomePage", "an account needs an absolute home page URL"));
      }
      if (accountName().map(String::isBlank).orElse(true)) {
        out.add(new Violation("accountName", "an account needs a name"));
      }
    }
    if (!out.isEmpty()) {
      throw new CourseValidationException(out);
    }
  }
}
