package org.framsteg.xapi.internal.cmi5;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framsteg.core.completion.CompletionRule;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.xapi.cmi5.Cmi5ExportReport.Entry;
import org.framsteg.xapi.cmi5.Cmi5ExportReport.Kind;
import org.framsteg.xapi.cmi5.MoveOn;

/**
 * An activity's own completion rule as the {@code moveOn} and {@code masteryScore} of its AU.
 *
 * <p>cmi5 knows two things an AU can report, Completed and Passed, and {@code moveOn} is a
 * monotone condition over them. A rule is evaluated over that pair as a four-row truth table
 * (bit {@code 2c + p} set when the rule holds for Completed {@code c} and Passed {@code p}), so
 * {@code allOf} is a bitwise and, {@code anyOf} a bitwise or, and the result is exactly one of
 * the {@code moveOn} values: Completed ({@code 1100}), Passed ({@code 1010}), CompletedAndPassed
 * ({@code 1000}) or CompletedOrPassed ({@code 1110}). What the pair cannot hold (the fraction of a
 * medium played, deadlines, time, marking by hand, n-of-m and weights that are neither all nor
 * any) becomes a report entry.
 */
public final class AuRules {
  private AuRules() {}

  private static final int COMPLETED = 0b1100;
  private static final int PASSED = 0b1010;

  /** The AU's {@code moveOn}, its {@code masteryScore} and what the report must say. */
  public record Mapping(MoveOn moveOn, Optional<BigDecimal> masteryScore, List<Entry> entries) {}

  /**
   * A score threshold: as the rule states it ({@code exact}, to 12 places), as written (at most 4
   * decimal places, rounded down) and whether the two differ.
   */
  private record Mastery(BigDecimal exact, BigDecimal written, boolean rounded, String source, String path) {
    static Mastery of(BigDecimal exact, String source, String path) {
      BigDecimal written = exact.setScale(4, RoundingMode.FLOOR).stripTrailingZeros();
      return new Mastery(exact, written, written.compareTo(exact) != 0, source, path);
    }
  }

  private record Req(int table, Mastery mastery) {}

  /**
   * The mapping of an activity's rule; {@code path} is the activity's path in the course
   * ({@code modules[0].activities[2]}).
   */
  public static Mapping map(Activity activity, String path) {
    List<Entry> entries = new ArrayList<>();
    Req req = activity.completion().isPresent()
        ? map(activity.completion().get(), path + ".completion", activity, entries)
        : new Req(COMPLETED, null);
    Mastery mastery = req.mastery();
    if (mastery == null && activity.media() instanceof Assessment a) {
      // The AU judges pass and fail by the masteryScore the LMS hands it (cmi5 §10.2.4); give it
      // the course's passing score so it judges as the course does.
      mastery = passing(a, path + ".media.passingScore", "the passing score");
    }
    if (mastery != null && mastery.rounded()) {
      entries.add(new Entry(mastery.path(), Kind.SUBSTITUTED, "masteryScore " + mastery.written().toPlainString()
          + " is " + mastery.source() + " (" + shortExact(mastery.exact()) + ") rounded down to the 4 decimal"
          + " places cmi5 allows (§13.1.4), so a score exactly at the threshold still passes"));
    }
    return new Mapping(moveOn(req.table()), Optional.ofNullable(mastery).map(Mastery::written), entries);
  }

  private static MoveOn moveOn(int table) {
    switch (table) {
      case 0b1100:
        return MoveOn.COMPLETED;
      case 0b1010:
        return MoveOn.PASSED;
      case 0b1000:
        return MoveOn.COMPLETED_AND_PASSED;
      case 0b1110:
        return MoveOn.COMPLETED_OR_PASSED;
      case 0b1111:
        return MoveOn.NOT_APPLICABLE;
      default:
        // Monotone combinations of Completed and Passed are exactly the five above.
        throw new IllegalStateException("no moveOn for truth table " + Integer.toBinaryString(table));
    }
  }

  private static Req map(CompletionRule rule, String path, Activity self, List<Entry> out) {
    if (rule instanceof CompletionRule.AllOf r) {
      return combine(r.rules(), path + ".allOf", true, self, out, path);
    } else if (rule instanceof CompletionRule.AnyOf r) {
      return combine(r.rules(), path + ".anyOf", false, self, out, path);
    } else if (rule instanceof CompletionRule.AtLeast r) {
      if (r.count() == r.rules().size()) {
        return combine(r.rules(), path + ".atLeast", true, self, out, path);
      }
      if (r.count() == 1) {
        return combine(r.rules(), path + ".atLeast", false, self, out, path);
      }
      Req any = combine(r.rules(), path + ".atLeast", false, self, out, path);
      out.add(new Entry(path, Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + " cannot be expressed in cmi5 (moveOn"
          + " combines only Completed and Passed, all or any); moveOn " + moveOn(any.table()).token()
          + " is written, which one part already satisfies"));
      return any;
    } else if (rule instanceof CompletionRule.Weighted r) {
      double total = r.parts().stream().mapToDouble(CompletionRule.Weight::weight).sum();
      double need = r.threshold() * total;
      double smallest = r.parts().stream().mapToDouble(CompletionRule.Weight::weight).min().orElse(0);
      List<CompletionRule> parts = r.parts().stream().map(CompletionRule.Weight::rule).toList();
      if (smallest >= need - 1e-9) {
        return combine(parts, path + ".weighted", false, self, out, path);   // any part is enough
      }
      if (total - smallest < need - 1e-9) {
        return combine(parts, path + ".weighted", true, self, out, path);    // every part is needed
      }
      Req any = combine(parts, path + ".weighted", false, self, out, path);
      out.add(new Entry(path, Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + " cannot be expressed in cmi5 (moveOn"
          + " has no weights); moveOn " + moveOn(any.table()).token() + " is written, which one part already"
          + " satisfies"));
      return any;
    } else if (rule instanceof CompletionRule.Before r) {
      out.add(new Entry(path, Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + " cannot be expressed in cmi5 (the"
          + " course structure has no deadlines); the rule inside is exported without it"));
      return map(r.rule(), path + ".before.rule", self, out);
    } else if (rule instanceof CompletionRule.ActivityCompleted r) {
      if (!r.activityId().equals(self.id())) {
        out.add(otherActivity(rule, path));
      }
      return new Req(COMPLETED, null);
    } else if (rule instanceof CompletionRule.MediaPlayed r) {
      if (!r.activityId().equals(self.id())) {
        out.add(otherActivity(rule, path));
      } else {
        out.add(new Entry(path, Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + ": the fraction "
            + RuleText.number(r.fraction()) + " cannot be expressed in cmi5.xml; the AU carries it and must"
            + " send Completed once " + RuleText.percent(r.fraction()) + " of the media has been played"
            + " (moveOn Completed)"));
      }
      return new Req(COMPLETED, null);
    } else if (rule instanceof CompletionRule.Passed r) {
      if (!r.activityId().equals(self.id())) {
        out.add(otherActivity(rule, path));
      }
      Mastery m = self.media() instanceof Assessment a ? passing(a, path, "the passing score") : null;
      return new Req(PASSED, m);
    } else if (rule instanceof CompletionRule.ScoreAtLeast r) {
      if (!r.activityId().equals(self.id())) {
        out.add(otherActivity(rule, path));
      }
      return new Req(PASSED, Mastery.of(new BigDecimal(Double.toString(r.minimum())), "the minimum score", path));
    } else if (rule instanceof CompletionRule.MarkedDone r) {
      out.add(new Entry(path, Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + " cannot be expressed in cmi5 (an AU"
          + " reports only Completed and Passed); moveOn Completed is written, and the LMS can waive the AU"
          + " instead (cmi5 §9.3.7)"));
      return new Req(COMPLETED, null);
    } else if (rule instanceof CompletionRule.TimeSpentAtLeast) {
      out.add(new Entry(path, Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + " cannot be expressed in cmi5 (the"
          + " course structure has no time requirements); moveOn Completed is written"));
      return new Req(COMPLETED, null);
    } else if (rule instanceof CompletionRule.ModuleCompleted) {
      out.add(otherActivity(rule, path));
      return new Req(COMPLETED, null);
    }
    throw new IllegalStateException("unknown rule " + rule);
  }

  private static Entry otherActivity(CompletionRule rule, String path) {
    return new Entry(path, Kind.NOT_EXPRESSIBLE, RuleText.of(rule) + " cannot be expressed in cmi5 (an AU's"
        + " moveOn speaks only of the AU itself); it is read as the AU's own completion");
  }

  private static Req combine(List<CompletionRule> rules, String childPath, boolean and, Activity self,
      List<Entry> out, String path) {
    int table = and ? 0b1111 : 0;
    Mastery mastery = null;
    boolean conflict = false;
    for (int i = 0; i < rules.size(); i++) {
      Req part = map(rules.get(i), childPath + "[" + i + "]", self, out);
      table = and ? table & part.table() : table | part.table();
      if (part.mastery() != null) {
        if (mastery == null) {
          mastery = part.mastery();
        } else if (mastery.exact().compareTo(part.mastery().exact()) != 0) {
          conflict = true;
          boolean stricter = part.mastery().exact().compareTo(mastery.exact()) > 0;
          if (and == stricter) {
            mastery = part.mastery();
          }
        }
      }
    }
    if (conflict) {
      out.add(new Entry(path, Kind.NOT_EXPRESSIBLE, "the parts of this rule name different score thresholds;"
          + " cmi5 has one masteryScore per AU, and " + (and ? "the highest" : "the lowest") + " ("
          + mastery.written().toPlainString() + ", " + mastery.source() + ") is written"));
    }
    return new Req(table, mastery);
  }

  private static Mastery passing(Assessment a, String path, String what) {
    BigDecimal passing = new BigDecimal(Double.toString(a.passingScore()));
    BigDecimal max = new BigDecimal(Double.toString(a.maxScore()));
    BigDecimal scaled = passing.movePointRight(4);
    BigDecimal written = scaled.divide(max, 0, RoundingMode.FLOOR).movePointLeft(4).stripTrailingZeros();
    boolean rounded = scaled.remainder(max).signum() != 0;
    BigDecimal exact = passing.divide(max, 12, RoundingMode.FLOOR).stripTrailingZeros();
    String source = what + " " + RuleText.number(a.passingScore()) + " of " + RuleText.number(a.maxScore());
    return new Mastery(exact, written, rounded, source, path);
  }

  private static String shortExact(BigDecimal exact) {
    String s = exact.toPlainString();
    return s.length() > 10 ? s.substring(0, 10) + "…" : s;
  }
}
