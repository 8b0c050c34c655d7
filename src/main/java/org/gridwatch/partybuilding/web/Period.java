package org.gridwatch.partybuilding.web;

import java.time.LocalDate;
import org.gridwatch.fieldwork.RecordFilter;

/** The period a list counts activities for: the dates given, or else the current year. */
record Period(LocalDate from, LocalDate to) {

    static Period of(RecordFilter filter, LocalDate today) {
        LocalDate from = filter.from() != null ? filter.from() : today.withDayOfYear(1);
        LocalDate to = filter.to() != null ? filter.to() : today.withDayOfYear(today.lengthOfYear());
        return to.isBefore(from) ? new Period(to, from) : new Period(from, to);
    }
}
