package org.gridwatch.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.hazard.HazardDirectory;
import org.gridwatch.outreach.OutreachStatistics;
import org.gridwatch.stats.Figures;
import org.gridwatch.stats.MeasureSnapshots;
import org.gridwatch.stats.Statistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes monthly reports: the figures of an area and its child areas for a period, the generated paragraph, and
 * the report as an Excel workbook or a PDF. Reads the kept figures (a few rows per area) and, for answered
 * consultations, resolved disputes and verified hazards, the modules' own counts; the area must lie in the scope.
 * The rates are the dashboard's snapshot ({@link MeasureSnapshots}), so the report and the dashboard agree.
 */
@Service
@Transactional(readOnly = true)
public class MonthlyReports {

    /** The longest custom period a report covers (a year, leap day included). */
    public static final int MAX_DAYS = 366;

    private final Statistics statistics;
    private final MeasureSnapshots measures;
    private final OutreachStatistics outreach;
    private final DisputeDirectory disputes;
    private final HazardDirectory hazards;
    private final AreaDirectory areas;
    private final ReportText text;
    private final ReportWorkbook workbook;
    private final ReportPdf pdf;
    private final Clock clock;

    MonthlyReports(Statistics statistics, MeasureSnapshots measures, OutreachStatistics outreach, DisputeDirectory disputes,
            HazardDirectory hazards, AreaDirectory areas, ReportText text, ReportWorkbook workbook, ReportPdf pdf,
            Clock clock) {
        this.measures = measures;
        this.statistics = statistics;
        this.outreach = outreach;
        this.disputes = disputes;
        this.hazards = hazards;
        this.areas = areas;
        this.text = text;
        this.workbook = workbook;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * The report of the area for the days {@code from}..{@code to} (inclusive, at most {@link #MAX_DAYS}), with a
     * line per child area (retired children only when something was counted for them). A 404 for an area outside
     * the scope.
     */
    public MonthlyReport report(long areaId, LocalDate from, LocalDate to, AreaScope scope) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
            throw new IllegalArgumentException("a report covers 1 to " + MAX_DAYS + " days: " + from + ".." + to);
        }
        AreaSummary area = areas.get(areaId, scope);
        List<AreaSummary> children = areas.children(area.id(), scope);
        Instant start = from.atStartOfDay(RecordFilter.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(RecordFilter.ZONE).toInstant();
        // One read per kind of figure for the area and all its children together, not one per child.
        List<Long> ids = new ArrayList<>(children.stream().map(AreaSummary::id).toList());
        ids.add(area.id());
        Map<Long, Figures> kept = statistics.figures(ids, from, to);
        Map<Long, Long> resolved = disputes.resolvedCountByChild(area.path(), start, end);
        Map<Long, Long> rectified = hazards.rectifiedCountByChild(area.path(), start, end);
        Map<Long, Long> answered = outreach.consultationsAnsweredByChild(area.path(), start, end);
        List<MonthlyReport.AreaRow> rows = children.stream()
                .map(child -> new MonthlyReport.AreaRow(child, figures(kept.get(child.id()),
                        resolved.getOrDefault(child.id(), 0L), rectified.getOrDefault(child.id(), 0L),
                        answered.getOrDefault(child.id(), 0L))))
                .filter(row -> !row.area().retired() || !row.figures().isEmpty())
                .toList();
        // Every record of the area lies in exactly one child, unless the area is a grid (no children).
        ReportFigures own = children.isEmpty()
                ? figures(kept.get(area.id()), disputes.resolvedCount(area.path(), start, end),
                        hazards.rectifiedCount(area.path(), start, end),
                        outreach.figures(new AreaScope(area.path()), start, end).consultationsAnswered())
                : figures(kept.get(area.id()), sum(resolved), sum(rectified), sum(answered));
        return new MonthlyReport(area, areas.label(area.id()), from, to, own, rows,
                measures.of(area.id(), from, to).area(), clock.instant());
    }

    /** The generated paragraph (情况综述) in the locale's language; the Chinese one is the official wording. */
    public String summary(MonthlyReport report, Locale locale) {
        return text.summary(report, locale);
    }

    /** The period as the report's title names it: 2026年9月, 2026年6月1日至9月30日, September 2026… */
    public String period(MonthlyReport report, Locale locale) {
        return text.period(report, locale);
    }

    /** The report as an Excel workbook (a summary sheet and a per-area sheet, Chinese headers). */
    public byte[] workbook(MonthlyReport report) {
        return workbook.write(report);
    }

    /** The report as a PDF in Chinese (A4, the font embedded). */
    public byte[] pdf(MonthlyReport report) {
        return pdf.write(report);
    }

    private static ReportFigures figures(Figures kept, long disputesResolved, long hazardsRectified,
            long consultationsAnswered) {
        long jointMinutes = kept.rows().stream()
                .filter(r -> r.kind() == RecordKind.PATROL && r.subkindKey().equals("patrol.kind.JOINT"))
                .mapToLong(Figures.Row::minutes).sum();
        long visits = kept.records(RecordKind.VISIT);
        long enterprise = kept.records(RecordKind.VISIT, "visit.kind.ENTERPRISE");
        long venue = kept.records(RecordKind.VISIT, "visit.kind.VENUE");
        long school = kept.records(RecordKind.VISIT, "visit.kind.SCHOOL");
        long household = kept.records(RecordKind.VISIT, "visit.kind.HOUSEHOLD");
        return new ReportFigures(enterprise, venue, school, household, visits - enterprise - venue - school - household,
                kept.records(RecordKind.PUBLICITY), kept.amount(RecordKind.PUBLICITY),
                kept.records(RecordKind.DISPUTE), disputesResolved,
                kept.records(RecordKind.CONSULTATION), consultationsAnswered,
                kept.records(RecordKind.HAZARD), hazardsRectified,
                kept.records(RecordKind.PATROL), kept.hours(RecordKind.PATROL),
                kept.records(RecordKind.PATROL, "patrol.kind.JOINT"), Math.round(jointMinutes / 6.0) / 10.0,
                kept.records(RecordKind.DRILL), kept.records(RecordKind.TIP), kept.bySubkind(RecordKind.TIP));
    }

    private static long sum(Map<Long, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
