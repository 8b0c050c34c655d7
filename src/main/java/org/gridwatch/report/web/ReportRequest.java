package org.gridwatch.report.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.report.MonthlyReports;

/**
 * What a report request asks for, read leniently: {@code area} (an id; blank for the user's own area),
 * {@code month} (yyyy-MM; blank for last month), or {@code from} and {@code to} (yyyy-MM-dd, both) for a custom
 * period. Anything malformed falls back to the default and leaves a message key in {@link #problems()}; dates out
 * of order are swapped, a custom period longer than a year is cut to one.
 */
record ReportRequest(Long areaId, LocalDate from, LocalDate to, boolean custom, List<String> problems) {

    static ReportRequest of(String area, String month, String from, String to, LocalDate today) {
        List<String> problems = new ArrayList<>();
        Long areaId = null;
        if (area != null && !area.isBlank()) {
            try {
                areaId = Long.valueOf(area.strip());
            } catch (NumberFormatException e) {
                problems.add("report.problem.area");
            }
        }
        YearMonth chosen = YearMonth.from(today).minusMonths(1);
        if (month != null && !month.isBlank()) {
            YearMonth parsed = month(month.strip());
            if (parsed == null) {
                problems.add("report.problem.month");
            } else {
                chosen = parsed;
            }
        }
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        if (hasFrom || hasTo) {
            LocalDate start = hasFrom ? day(from.strip()) : null;
            LocalDate end = hasTo ? day(to.strip()) : null;
            if ((hasFrom && start == null) || (hasTo && end == null)) {
                problems.add("report.problem.date");
            } else if (start == null || end == null) {
                problems.add("report.problem.incomplete");
            } else {
                if (end.isBefore(start)) {
                    LocalDate swap = start;
                    start = end;
                    end = swap;
                    problems.add("report.problem.swapped");
                }
                if (start.plusDays(MonthlyReports.MAX_DAYS).isBefore(end.plusDays(1))) {
                    end = start.plusDays(MonthlyReports.MAX_DAYS - 1);
                    problems.add("report.problem.tooLong");
                }
                return new ReportRequest(areaId, start, end, true, problems);
            }
        }
        return new ReportRequest(areaId, chosen.atDay(1), chosen.atEndOfMonth(), false, problems);
    }

    /** Problems that make a download pointless (as opposed to notes such as swapped dates). */
    boolean malformed() {
        return problems.stream().anyMatch(p -> !p.equals("report.problem.swapped") && !p.equals("report.problem.tooLong"));
    }

    private static YearMonth month(String text) {
        try {
            YearMonth month = YearMonth.parse(text);
            return month.getYear() >= 2000 && month.getYear() <= 2100 ? month : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate day(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            return day.getYear() >= 2000 && day.getYear() <= 2100 ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
