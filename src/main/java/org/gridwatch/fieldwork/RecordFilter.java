package org.gridwatch.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.QueryParams;

/**
 * The filters every record list shares, parsed leniently from request parameters (a malformed value is
 * ignored, never an error): {@code area} (an area whose subtree to show), {@code from} and {@code to}
 * (dates, inclusive, in the branch's time zone), {@code person} and {@code campaign}.
 */
public record RecordFilter(Long areaId, LocalDate from, LocalDate to, Long personId, Long campaignId) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static RecordFilter of(String area, String from, String to, String person, String campaign) {
        return new RecordFilter(QueryParams.longOrNull(area), date(from), date(to), QueryParams.longOrNull(person),
                QueryParams.longOrNull(campaign));
    }

    /** Start of {@code from} as an instant, or the far past. */
    public Instant fromInstant() {
        return from == null ? Instant.parse("1900-01-01T00:00:00Z") : from.atStartOfDay(ZONE).toInstant();
    }

    /** Start of the day after {@code to} (exclusive end), or the far future. */
    public Instant toExclusive() {
        return to == null ? Instant.parse("3000-01-01T00:00:00Z") : to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** {@code path} with these filters (those in force only); the list adds its own. */
    public ListLink link(String path) {
        return ListLink.to(path).with("area", areaId).with("from", from).with("to", to).with("person", personId)
                .with("campaign", campaignId);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
