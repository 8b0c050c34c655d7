package org.gridwatch.stats.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.shared.web.QueryParams;

/**
 * The period a dashboard shows: this week, this month (the default), this quarter, or custom dates. Custom
 * dates out of order are swapped; a custom period is at most ten years long.
 */
record DashboardPeriod(Kind kind, LocalDate from, LocalDate to) {

    enum Kind { WEEK, MONTH, QUARTER, CUSTOM }

    static DashboardPeriod of(String kindParam, String fromParam, String toParam, LocalDate today) {
        Kind kind = QueryParams.enumOrNull(Kind.class, kindParam == null ? null : kindParam.toUpperCase());
        if (kind == null) {
            kind = Kind.MONTH;
        }
        return switch (kind) {
            case WEEK -> new DashboardPeriod(kind, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
            case MONTH -> new DashboardPeriod(kind, today.withDayOfMonth(1),
                    today.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> {
                LocalDate first = today.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new DashboardPeriod(kind, first, first.plusMonths(3).minusDays(1));
            }
            case CUSTOM -> custom(fromParam, toParam, today);
        };
    }

    private static DashboardPeriod custom(String fromParam, String toParam, LocalDate today) {
        RecordFilter dates = RecordFilter.of(null, fromParam, toParam, null, null);
        LocalDate from = dates.from() == null ? today.withDayOfMonth(1) : dates.from();
        LocalDate to = dates.to() == null ? today : dates.to();
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        if (from.plusYears(10).isBefore(to)) {
            from = to.minusYears(10);
        }
        return new DashboardPeriod(Kind.CUSTOM, from, to);
    }
}
