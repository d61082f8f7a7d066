package org.framsteg.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framsteg.core.completion.Completion;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.completion.CompletionStatus;
import org.framsteg.core.completion.Explanation;
import org.framsteg.core.completion.Remaining;
import org.framsteg.core.course.MediaKind;

/** Explanations in words, in Swedish or English. */
public abstract class Messages {
  private static final Messages EN = new English();
  private static final Messages SV = new Swedish();

  /** Swedish for Swedish (and Norwegian/Danish readers are better served by it than English). */
  public static Messages forLocale(Locale locale) {
    return "sv".equals(locale.getLanguage()) ? SV : EN;
  }

  final Locale locale;

  Messages(Locale locale) {
    this.locale = locale;
  }

  abstract String kind(MediaKind kind, int count);

  abstract String status(CompletionStatus status);

  abstract String duration(Duration d);

  abstract String quote(String text);

  abstract String and();

  abstract String left(String list, String material);

  abstract String deadline(long days);

  abstract String nothingLeft();

  abstract String sentence(CompletionRule rule, String title, MediaKind kind, Explanation e);

  /** A fraction as a percentage: "90%" in English, "90 %" in Swedish. */
  abstract String percent(double fraction);

  public String sentence(Explanation e) {
    String title = e.subject().map(t -> t.get(locale)).orElse("");
    return sentence(e.rule(), title, e.subjectKind().orElse(null), e);
  }

  public String statusLine(Completion c) {
    return status(c.status()) + ", " + c.percent() + (this == SV ? " %" : "%") + ": " + summary(c);
  }

  public String summary(Completion c) {
    if (c.status() == CompletionStatus.COMPLETED) {
      return status(CompletionStatus.COMPLETED) + ".";
    }
    if (c.status() == CompletionStatus.FAILED) {
      // What is left no longer matters: say what can no longer be met.
      List<Explanation> causes = new ArrayList<>();
      failures(c.explanation(), causes);
      return String.join("; ", causes.stream().limit(2).map(this::sentence).toList());
    }
    Remaining r = c.remaining();
    StringBuilder sb = new StringBuilder();
    if (r.left() > 0) {
      List<String> items = new ArrayList<>();
      for (MediaKind k : MediaKind.values()) {
        if (r.needed(k) > 0 && r.left(k) > 0) {
          items.add(r.left(k) + " " + of() + " " + r.needed(k) + " " + kind(k, r.needed(k)));
        }
      }
      String list = items.size() == 1 ? items.get(0)
          : String.join(", ", items.subList(0, items.size() - 1)) + " " + and() + " " + items.get(items.size() - 1);
      sb.append(left(list, r.material().isZero() ? "" : duration(r.material())));
    } else {
      List<Explanation> unmet = c.explanation().unmetLeaves();
      sb.append(unmet.isEmpty() ? nothingLeft()
          : String.join("; ", unmet.stream().limit(2).map(this::sentence).toList()));
    }
    c.deadline().ifPresent(d -> {
      long hours = Duration.between(c.at(), d).toHours();
      long days = hours >= 0 ? (hours + 23) / 24 : -((-hours + 23) / 24);
      sb.append("; ").append(deadline(days));
    });
    return sb.toString();
  }

  abstract String of();

  /** The failed nodes none of whose parts failed: the reasons a rule can no longer be met. */
  private static void failures(Explanation e, List<Explanation> out) {
    if (!e.failed()) {
      return;
    }
    int before = out.size();
    for (Explanation p : e.parts()) {
      failures(p, out);
    }
    if (out.size() == before) {
      out.add(e);
    }
  }

  String date(double epochSeconds) {
    return Instant.ofEpochMilli((long) (epochSeconds * 1000)).atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }

  static String hm(Duration d, String hour, String min, String lessThanMinute) {
    long minutes = (d.toSeconds() + 30) / 60;
    if (minutes == 0) {
      return lessThanMinute;
    }
    long h = minutes / 60;
    long m = minutes % 60;
    if (h == 0) {
      return m + " " + min;
    }
    return m == 0 ? h + " " + hour : h + " " + hour + " " + m + " " + min;
  }

  private static final class English extends Messages {
    English() {
      super(Locale.ENGLISH);
    }

    @Override
    String kind(MediaKind kind, int count) {
      String one = switch (kind) {
        case VIDEO -> "video";
        case AUDIO -> "audio recording";
        case PODCAST_EPISODE -> "podcast episode";
        case DOCUMENT -> "document";
        case WEB_LINK -> "link";
        case ASSESSMENT -> "assessment";
      };
      return count == 1 ? one : one + "s";
    }

    @Override
    String status(CompletionStatus status) {
      return switch (status) {
        case NOT_STARTED -> "Not started";
        case IN_PROGRESS -> "In progress";
        case COMPLETED -> "Completed";
        case FAILED -> "Failed";
        case EXPIRED -> "Expired";
        case WITHDRAWN -> "Withdrawn";
      };
    }

    @Override
    String duration(Duration d) {
      return hm(d, "h", "min", "less than a minute");
    }

    @Override
    String quote(String text) {
      return "\u201c" + text + "\u201d";
    }

    @Override
    String and() {
      return "and";
    }

    @Override
    String of() {
      return "of";
    }

    @Override
    String left(String list, String material) {
      return list + " left" + (material.isEmpty() ? "" : ", about " + material + " of material");
    }

    @Override
    String deadline(long days) {
      if (days == 0) {
        return "deadline today";
      }
      if (days > 0) {
        return "deadline in " + days + (days == 1 ? " day" : " days");
      }
      return "deadline passed " + -days + (days == -1 ? " day" : " days") + " ago";
    }

    @Override
    String nothingLeft() {
      return "nothing left to do";
    }

    @Override
    String percent(double fraction) {
      return number(Math.round(fraction * 1000) / 10.0) + "%";
    }

    @Override
    String sentence(CompletionRule rule, String title, MediaKind kind, Explanation e) {
      if (rule instanceof CompletionRule.AllOf) {
        return "all of these";
      } else if (rule instanceof CompletionRule.AnyOf) {
        return "one of these";
      } else if (rule instanceof CompletionRule.AtLeast r) {
        return "at least " + r.count() + " of these (" + number(e.measured().orElse(0)) + " done)";
      } else if (rule instanceof CompletionRule.Weighted r) {
        return "parts weighing at least " + percent(r.threshold()) + " of the whole ("
            + percent(e.measured().orElse(0)) + " so far)";
      } else if (rule instanceof CompletionRule.ActivityCompleted) {
        return "complete " + quote(title);
      } else if (rule instanceof CompletionRule.ModuleCompleted) {
        return "complete the module " + quote(title);
      } else if (rule instanceof CompletionRule.MediaPlayed r) {
        boolean video = kind == MediaKind.VIDEO;
        return (video ? "watch " : "listen to ") + percent(r.fraction()) + " of " + quote(title) + " ("
            + percent(e.measured().orElse(0)) + (video ? " watched)" : " listened to)");
      } else if (rule instanceof CompletionRule.ScoreAtLeast r) {
        return "score at least " + percent(r.minimum()) + " on " + quote(title)
            + (e.measured().isPresent() ? " (best so far: " + percent(e.measured().getAsDouble()) + ")"
                : " (no score yet)");
      } else if (rule instanceof CompletionRule.Passed) {
        return "pass " + quote(title) + (e.failed() ? " (no attempts left)" : "");
      } else if (rule instanceof CompletionRule.TimeSpentAtLeast r) {
        return "spend at least " + duration(r.minimum()) + " in the course ("
            + duration(Duration.ofMillis((long) (e.measured().orElse(0) * 1000))) + " so far)";
      } else if (rule instanceof CompletionRule.MarkedDone) {
        return "be marked done on " + quote(title);
      } else if (rule instanceof CompletionRule.Before) {
        return "by " + date(e.measured().orElse(0)) + (e.failed() ? " (deadline passed)" : "");
      }
      return rule.toString();
    }
  }

  private static final class Swedish extends Messages {
    Swedish() {
      super(Locale.forLanguageTag("sv"));
    }

    @Override
    String kind(MediaKind kind, int count) {
      boolean one = count == 1;
      return switch (kind) {
        case VIDEO -> one ? "video" : "videor";
        case AUDIO -> one ? "ljudinspelning" : "ljudinspelningar";
        case PODCAST_EPISODE -> "poddavsnitt";
        case DOCUMENT -> "dokument";
        case WEB_LINK -> one ? "länk" : "länkar";
        case ASSESSMENT -> "test";
      };
    }

    @Override
    String status(CompletionStatus status) {
      return switch (status) {
        case NOT_STARTED -> "Inte påbörjad";
        case IN_PROGRESS -> "Pågår";
        case COMPLETED -> "Slutförd";
        case FAILED -> "Underkänd";
        case EXPIRED -> "Utgången";
        case WITHDRAWN -> "Avbruten";
      };
    }

    @Override
    String duration(Duration d) {
      return hm(d, "tim", "min", "under en minut");
    }

    @Override
    String quote(String text) {
      return "\u201d" + text + "\u201d";
    }

    @Override
    String and() {
      return "och";
    }

    @Override
    String of() {
      return "av";
    }

    @Override
    String left(String list, String material) {
      return list + " kvar" + (material.isEmpty() ? "" : ", cirka " + material + " material");
    }

    @Override
    String deadline(long days) {
      if (days == 0) {
        return "sista dag i dag";
      }
      if (days > 0) {
        return "sista dag om " + days + (days == 1 ? " dag" : " dagar");
      }
      return "sista dag passerades för " + -days + (days == -1 ? " dag" : " dagar") + " sedan";
    }

    @Override
    String nothingLeft() {
      return "inget kvar att göra";
    }

    @Override
    String percent(double fraction) {
      return number(Math.round(fraction * 1000) / 10.0).replace('.', ',') + " %";
    }

    @Override
    String sentence(CompletionRule rule, String title, MediaKind kind, Explanation e) {
      if (rule instanceof CompletionRule.AllOf) {
        return "allt detta";
      } else if (rule instanceof CompletionRule.AnyOf) {
        return "något av detta";
      } else if (rule instanceof CompletionRule.AtLeast r) {
        double done = e.measured().orElse(0);
        return "minst " + r.count() + " av dessa (" + number(done) + (done == 1 ? " klar)" : " klara)");
      } else if (rule instanceof CompletionRule.Weighted r) {
        return "delar som väger minst " + percent(r.threshold()) + " av helheten (hittills "
            + percent(e.measured().orElse(0)) + ")";
      } else if (rule instanceof CompletionRule.ActivityCompleted) {
        return "slutför " + quote(title);
      } else if (rule instanceof CompletionRule.ModuleCompleted) {
        return "slutför modulen " + quote(title);
      } else if (rule instanceof CompletionRule.MediaPlayed r) {
        boolean video = kind == MediaKind.VIDEO;
        return (video ? "se " : "lyssna på ") + percent(r.fraction()) + " av " + quote(title) + " ("
            + percent(e.measured().orElse(0)) + (video ? " sett)" : " lyssnat)");
      } else if (rule instanceof CompletionRule.ScoreAtLeast r) {
        return "få minst " + percent(r.minimum()) + " på " + quote(title)
            + (e.measured().isPresent() ? " (bästa hittills: " + percent(e.measured().getAsDouble()) + ")"
                : " (inget resultat än)");
      } else if (rule instanceof CompletionRule.Passed) {
        return "klara " + quote(title) + (e.failed() ? " (inga försök kvar)" : "");
      } else if (rule instanceof CompletionRule.TimeSpentAtLeast r) {
        return "ägna minst " + duration(r.minimum()) + " åt kursen (hittills "
            + duration(Duration.ofMillis((long) (e.measured().orElse(0) * 1000))) + ")";
      } else if (rule instanceof CompletionRule.MarkedDone) {
        return "bli markerad som klar på " + quote(title);
      } else if (rule instanceof CompletionRule.Before) {
        return "senast " + date(e.measured().orElse(0)) + (e.failed() ? " (sista dagen har passerat)" : "");
      }
      return rule.toString();
    }
  }
}
