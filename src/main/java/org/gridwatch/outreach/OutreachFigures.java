package org.gridwatch.outreach;

/**
 * Outreach totals of an area and period, as the monthly report and dashboards quote them: consultations (and how
 * many were answered), publicity events (and their audience, in total and on anti-fraud), drills.
 */
public record OutreachFigures(long consultations, long consultationsAnswered, long publicityEvents,
        long publicityAudience, long antiFraudEvents, long drills) {
}
