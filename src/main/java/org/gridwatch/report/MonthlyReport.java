package org.gridwatch.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.gridwatch.stats.MeasureValues;
import org.gridwatch.area.AreaSummary;
import org.springframework.modulith.NamedInterface;

/**
 * A report: the area, the period (days {@code from}..{@code to} inclusive, in Asia/Shanghai), its figures, the
 * same for each child area (stations of a branch, communities of a station…), and when it was made.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record MonthlyReport(AreaSummary area, String areaLabel, LocalDate from, LocalDate to, ReportFigures figures,
        List<AreaRow> children, MeasureValues measures, Instant madeAt) {

    /** The three rates (见警率, 管事率, 满意率) as the report lists them: message key and value ("—" when empty). */
    public List<Map.Entry<String, String>> rates() {
        return List.of(Map.entry("stats.measures.visibility", measures.visibility().text()),
                Map.entry("stats.measures.handling", measures.handling().text()),
                Map.entry("stats.measures.satisfaction", measures.satisfaction().text()));
    }

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
