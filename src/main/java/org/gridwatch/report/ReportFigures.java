package org.gridwatch.report;

import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * One area's figures for the report period.
 *
 * <p>Records count on the day they happened (a visit's, patrol's, tip's day; a dispute's or hazard's day of being
 * reported or found). Two case figures count what was <em>achieved</em> in the period instead, from the case
 * modules' own dates: {@code disputesResolved} are disputes whose agreement was reached in the period (化解; still
 * awaiting the call-back or closed after it, never referred or escalated ones), {@code hazardsRectified} hazards
 * whose rectification was verified on re-inspection in the period (整改; rectified but not yet verified ones wait
 * for the month they are verified in). So a dispute reported in August and resolved in September counts in
 * September's report, and a month's report does not change when an old case is settled later.
 *
 * @param tipsByCategory tips per category message key (e.g. {@code tip.category.GAMBLING}), only categories with tips
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record ReportFigures(long enterpriseVisits, long venueVisits, long schoolVisits, long householdVisits,
        long otherVisits, long publicityEvents, long publicityAudience, long disputesReported,
        long disputesResolved, long consultations, long consultationsAnswered, long hazardsFound,
        long hazardsRectified, long patrols, double patrolHours, long jointPatrols, double jointPatrolHours,
        long drills, long tips, Map<String, Long> tipsByCategory) {

    public ReportFigures {
        tipsByCategory = Map.copyOf(tipsByCategory);
    }

    /** Visits to enterprises, venues and schools (走访企业、场所、院校), the article's first figure. */
    public long unitVisits() {
        return enterpriseVisits + venueVisits + schoolVisits;
    }

    /** Tips per category, most first (then by key), for the figure tables. */
    public java.util.List<Map.Entry<String, Long>> tipCategories() {
        return tipsByCategory.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    /** Whether nothing at all was counted. */
    public boolean isEmpty() {
        return unitVisits() + householdVisits + otherVisits + publicityEvents + disputesReported + disputesResolved
                + consultations + hazardsFound + hazardsRectified + patrols + drills + tips == 0;
    }
}
