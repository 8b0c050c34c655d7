package org.gridwatch.report;

import java.util.List;
import java.util.function.Function;
import org.springframework.modulith.NamedInterface;

/**
 * A line of the report's figure table, in the order the page, the workbook and the PDF show them; the message key
 * is {@code report.item.<NAME>}. Hours are numbers with one decimal, everything else counts.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum ReportItem {
    UNIT_VISITS(ReportFigures::unitVisits),
    ENTERPRISE_VISITS(ReportFigures::enterpriseVisits),
    VENUE_VISITS(ReportFigures::venueVisits),
    SCHOOL_VISITS(ReportFigures::schoolVisits),
    HOUSEHOLD_VISITS(ReportFigures::householdVisits),
    PUBLICITY_EVENTS(ReportFigures::publicityEvents),
    PUBLICITY_AUDIENCE(ReportFigures::publicityAudience),
    DISPUTES_REPORTED(ReportFigures::disputesReported),
    DISPUTES_RESOLVED(ReportFigures::disputesResolved),
    CONSULTATIONS(ReportFigures::consultations),
    CONSULTATIONS_ANSWERED(ReportFigures::consultationsAnswered),
    HAZARDS_FOUND(ReportFigures::hazardsFound),
    HAZARDS_RECTIFIED(ReportFigures::hazardsRectified),
    JOINT_PATROLS(ReportFigures::jointPatrols),
    JOINT_PATROL_HOURS(ReportFigures::jointPatrolHours),
    PATROLS(ReportFigures::patrols),
    PATROL_HOURS(ReportFigures::patrolHours),
    DRILLS(ReportFigures::drills),
    TIPS(ReportFigures::tips);

    /** The columns of the per-area table (the article's figures first). */
    public static final List<ReportItem> AREA_COLUMNS = List.of(UNIT_VISITS, HOUSEHOLD_VISITS, PUBLICITY_EVENTS,
            DISPUTES_RESOLVED, CONSULTATIONS_ANSWERED, HAZARDS_RECTIFIED, JOINT_PATROLS, TIPS);

    /** The article's five figures, highlighted on the page. */
    public static final List<ReportItem> HEADLINE = List.of(UNIT_VISITS, PUBLICITY_EVENTS, DISPUTES_RESOLVED,
            CONSULTATIONS_ANSWERED, HAZARDS_RECTIFIED);

    private final Function<ReportFigures, Number> value;

    ReportItem(Function<ReportFigures, Number> value) {
        this.value = value;
    }

    public Number of(ReportFigures figures) {
        return value.apply(figures);
    }

    /** The value as shown: a count, or hours with one decimal. */
    public String text(ReportFigures figures) {
        Number n = of(figures);
        return n instanceof Double d ? String.format(java.util.Locale.ROOT, "%.1f", d) : String.valueOf(n);
    }

    public String labelKey() {
        return "report.item." + name();
    }

    /** A short label for the per-area table's column head ({@code report.column.<NAME>}). */
    public String columnKey() {
        return "report.column." + name();
    }

    /** Whether the item is one of the five the article quotes (shown first and bold). */
    public boolean headline() {
        return HEADLINE.contains(this);
    }
}
