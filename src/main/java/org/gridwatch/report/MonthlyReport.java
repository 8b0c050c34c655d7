package org.gridwatch.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.gridwatch.area.AreaSummary;

/**
 * A report: the area, the period (days {@code from}..{@code to} inclusive, in Asia/Shanghai), its figures, the
 * same for each child area (stations of a branch, communities of a station…), and when it was made.
 */
public record MonthlyReport(AreaSummary area, String areaLabel, LocalDate from, LocalDate to, ReportFigures figures,
        List<AreaRow> children, Instant madeAt) {

    /** One child area's line of the per-area table. */
    public record AreaRow(AreaSummary area, ReportFigures figures) {
    }

    public MonthlyReport {
        children = List.copyOf(children);
    }

    /** The month, when the period is exactly one calendar month; else null (a custom period). */
    public YearMonth month() {
        YearMonth month = YearMonth.from(from);
        return from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth()) ? month : null;
    }

    /** A file name such as {@code 月报-经开分局-2026-09} or {@code 月报-经开分局-2026-06-01至2026-09-30}. */
    public String fileName() {
        String period = month() != null ? month().toString() : from + "至" + to;
        return "月报-" + area.name().replaceAll("[\\\\/:*?\"<>|\\s]+", "") + "-" + period;
    }
}
