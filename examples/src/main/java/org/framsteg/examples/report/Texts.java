package org.framsteg.examples.report;

import java.util.Locale;
import org.framsteg.core.completion.CompletionStatus;

/** The words of the reports, in Swedish and English. */
abstract class Texts {
  static final Texts SV = new Swedish();
  static final Texts EN = new English();

  /** Swedish for Swedish, English for everything else. */
  static Texts of(Locale locale) {
    return "sv".equals(locale.getLanguage()) ? SV : EN;
  }

  abstract String lang();

  abstract String report();

  abstract String lead(int learners, String from, String to, long events);

  abstract String status(CompletionStatus status);

  abstract String completionOverTime();

  abstract String completionChartDesc(int completed, int enrolled, int weeks);

  abstract String weekShort(int week);

  abstract String week(int week);

  abstract String weekHeader();

  abstract String completedBy(int week, int completed, int enrolled);

  abstract String completedLegend();

  abstract String enrolledLegend();

  abstract String whereLearnersStop();

  abstract String stopsIntro();

  abstract String stopsChartDesc(int learners);

  abstract String notStarted();

  abstract String stoppedAt(String activity, int learners);

  abstract String watchedShare();

  abstract String watchedIntro();

  abstract String watchedChartDesc();

  abstract String watchedBar(String video, int percent, int enough, int learners);

  abstract String learners();

  abstract String learnersCaption();

  abstract String learner();

  abstract String statusHeader();

  abstract String percentHeader();

  abstract String remainingHeader();

  abstract String data();

  abstract String activity();

  abstract String count();

  abstract String meanWatched();

  abstract String watchedEnoughHeader();

  abstract String footer(long seed, int weeks);

  abstract String percent(long value);

  private static final class Swedish extends Texts {
    @Override
    String lang() {
      return "sv";
    }

    @Override
    String report() {
      return "Rapport för kursägaren";
    }

    @Override
    String lead(int learners, String from, String to, long events) {
      return learners + " deltagare under säsongen " + from + " – " + to + ", " + events + " händelser.";
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
    String completionOverTime() {
      return "Slutförda över tid";
    }

    @Override
    String completionChartDesc(int completed, int enrolled, int weeks) {
      return "Stapeldiagram: antal deltagare som slutfört kursen vid slutet av varje vecka, "
          + "med en linje för antalet inskrivna. Efter " + weeks + " veckor har " + completed + " av "
          + enrolled + " slutfört.";
    }

    @Override
    String weekShort(int week) {
      return "v" + week;
    }

    @Override
    String week(int week) {
      return "Vecka " + week;
    }

    @Override
    String weekHeader() {
      return "Vecka";
    }

    @Override
    String completedBy(int week, int completed, int enrolled) {
      return "Vecka " + week + ": " + completed + " slutförda av " + enrolled + " inskrivna";
    }

    @Override
    String completedLegend() {
      return "Slutförda";
    }

    @Override
    String enrolledLegend() {
      return "Inskrivna";
    }

    @Override
    String whereLearnersStop() {
      return "Var deltagarna slutar";
    }

    @Override
    String stopsIntro() {
      return "För deltagare som inte slutfört kursen: den aktivitet de senast var i.";
    }

    @Override
    String stopsChartDesc(int learners) {
      return "Liggande staplar: antal deltagare som inte slutfört kursen, efter den aktivitet de senast "
          + "var i, i kursens ordning. " + learners + " deltagare i alla.";
    }

    @Override
    String notStarted() {
      return "Aldrig påbörjad";
    }

    @Override
    String stoppedAt(String activity, int learners) {
      return activity + ": " + learners + " deltagare";
    }

    @Override
    String watchedShare() {
      return "Sedd andel per video";
    }

    @Override
    String watchedIntro() {
      return "Genomsnittlig sedd andel av varje video, över alla deltagare. Linjen visar kravet, 90 %.";
    }

    @Override
    String watchedChartDesc() {
      return "Liggande staplar: genomsnittlig sedd andel av varje video i procent, i kursens ordning, "
          + "med en lodrät linje vid 90 procent.";
    }

    @Override
    String watchedBar(String video, int percent, int enough, int learners) {
      return video + ": i snitt " + percent + " % sett; " + enough + " av " + learners + " har sett minst 90 %";
    }

    @Override
    String learners() {
      return "Deltagare";
    }

    @Override
    String learnersCaption() {
      return "Varje deltagares status, hur långt de kommit och vad som återstår vid säsongens slut.";
    }

    @Override
    String learner() {
      return "Deltagare";
    }

    @Override
    String statusHeader() {
      return "Status";
    }

    @Override
    String percentHeader() {
      return "Procent";
    }

    @Override
    String remainingHeader() {
      return "Återstår";
    }

    @Override
    String data() {
      return "Visa siffrorna";
    }

    @Override
    String activity() {
      return "Aktivitet";
    }

    @Override
    String count() {
      return "Antal";
    }

    @Override
    String meanWatched() {
      return "Sedd andel i snitt";
    }

    @Override
    String watchedEnoughHeader() {
      return "Minst 90 % sett";
    }

    @Override
    String footer(long seed, int weeks) {
      return "Simulerad säsong om " + weeks + " veckor, frö " + seed + ". Framställd med Framsteg.";
    }

    @Override
    String percent(long value) {
      return value + "\u00a0%";
    }
  }

  private static final class English extends Texts {
    @Override
    String lang() {
      return "en";
    }

    @Override
    String report() {
      return "Report for the course owner";
    }

    @Override
    String lead(int learners, String from, String to, long events) {
      return learners + " learners in the season " + from + " to " + to + ", " + events + " events.";
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
    String completionOverTime() {
      return "Completion over time";
    }

    @Override
    String completionChartDesc(int completed, int enrolled, int weeks) {
      return "Column chart: learners who had completed the course by the end of each week, with a line "
          + "for learners enrolled. After " + weeks + " weeks " + completed + " of " + enrolled
          + " have completed.";
    }

    @Override
    String weekShort(int week) {
      return "W" + week;
    }

    @Override
    String week(int week) {
      return "Week " + week;
    }

    @Override
    String weekHeader() {
      return "Week";
    }

    @Override
    String completedBy(int week, int completed, int enrolled) {
      return "Week " + week + ": " + completed + " completed of " + enrolled + " enrolled";
    }

    @Override
    String completedLegend() {
      return "Completed";
    }

    @Override
    String enrolledLegend() {
      return "Enrolled";
    }

    @Override
    String whereLearnersStop() {
      return "Where learners stop";
    }

    @Override
    String stopsIntro() {
      return "For learners who have not completed the course: the activity they were in last.";
    }

    @Override
    String stopsChartDesc(int learners) {
      return "Bar chart: learners who have not completed the course, by the activity they were in last, "
          + "in course order. " + learners + " learners in all.";
    }

    @Override
    String notStarted() {
      return "Never started";
    }

    @Override
    String stoppedAt(String activity, int learners) {
      return activity + ": " + learners + (learners == 1 ? " learner" : " learners");
    }

    @Override
    String watchedShare() {
      return "Watched share per video";
    }

    @Override
    String watchedIntro() {
      return "The mean watched share of each video over all learners. The line marks the requirement, 90%.";
    }

    @Override
    String watchedChartDesc() {
      return "Bar chart: mean watched share of each video in percent, in course order, with a vertical "
          + "line at 90 percent.";
    }

    @Override
    String watchedBar(String video, int percent, int enough, int learners) {
      return video + ": " + percent + "% watched on average; " + enough + " of " + learners
          + " watched at least 90%";
    }

    @Override
    String learners() {
      return "Learners";
    }

    @Override
    String learnersCaption() {
      return "Each learner's status, how far along they are and what remains at the end of the season.";
    }

    @Override
    String learner() {
      return "Learner";
    }

    @Override
    String statusHeader() {
      return "Status";
    }

    @Override
    String percentHeader() {
      return "Percent";
    }

    @Override
    String remainingHeader() {
      return "What remains";
    }

    @Override
    String data() {
      return "Show the figures";
    }

    @Override
    String activity() {
      return "Activity";
    }

    @Override
    String count() {
      return "Learners";
    }

    @Override
    String meanWatched() {
      return "Mean watched share";
    }

    @Override
    String watchedEnoughHeader() {
      return "Watched at least 90%";
    }

    @Override
    String footer(long seed, int weeks) {
      return "Simulated season of " + weeks + " weeks, seed " + seed + ". Made with Framsteg.";
    }

    @Override
    String percent(long value) {
      return value + "%";
    }
  }
}
