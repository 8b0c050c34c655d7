package org.gridwatch.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report's words: its period and the paragraph in the style of the branch's reports. */
@Component
class ReportText {

    static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final MessageSource messages;

    ReportText(MessageSource messages) {
        this.messages = messages;
    }

    String summary(MonthlyReport report, Locale locale) {
        ReportFigures f = report.figures();
        String headline = messages.getMessage("report.summary", new Object[] {lead(report, locale),
                report.area().name(), n(f.unitVisits()), n(f.publicityEvents()), n(f.disputesResolved()),
                n(f.consultationsAnswered()), n(f.hazardsRectified())}, locale);
        String more = messages.getMessage("report.summary.more", new Object[] {n(f.householdVisits()),
                n(f.jointPatrols()), ReportItem.JOINT_PATROL_HOURS.text(f), n(f.tips())}, locale);
        return headline + (english(locale) ? " " : "") + more;
    }

    String period(MonthlyReport report, Locale locale) {
        YearMonth month = report.month();
        LocalDate from = report.from();
        LocalDate to = report.to();
        if (english(locale)) {
            return month != null ? EN_MONTH.format(month) : start(from, to) + " – " + EN_DAY.format(to);
        }
        if (month != null) {
            return month.getYear() + "年" + month.getMonthValue() + "月";
        }
        String end = (from.getYear() == to.getYear() ? "" : to.getYear() + "年") + to.getMonthValue() + "月"
                + to.getDayOfMonth() + "日";
        return from.getYear() + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日至" + end;
    }

    /** How the paragraph opens: the period in Chinese, "In September 2026" or "From 1 June to 30 September 2026". */
    private String lead(MonthlyReport report, Locale locale) {
        if (!english(locale)) {
            return period(report, locale);
        }
        return report.month() != null ? "In " + EN_MONTH.format(report.month())
                : "From " + start(report.from(), report.to()) + " to " + EN_DAY.format(report.to());
    }

    private static String start(LocalDate from, LocalDate to) {
        return from.getYear() == to.getYear() ? DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(from)
                : EN_DAY.format(from);
    }

    static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Plain digits: the reports write 1200, not 1,200. */
    private static String n(long value) {
        return Long.toString(value);
    }
}
