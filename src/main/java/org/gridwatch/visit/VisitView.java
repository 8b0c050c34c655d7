package org.gridwatch.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A read-only view of a visit, for detail pages, lists and exports. */
public record VisitView(long id, VisitKind kind, long gridId, Long placeId, String placeName, Instant occurredAt,
        List<Long> personIds, VisitCategory category, String learned, boolean followUpNeeded, LocalDate followUpBy,
        Instant followUpDoneAt, String notes, Double latitude, Double longitude, Long campaignId, long recordedBy,
        String recordedByName, Instant recordedAt, Instant updatedAt, long version) {

    /** A follow-up was asked for and has not been marked done. */
    public boolean followUpOpen() {
        return followUpNeeded && followUpDoneAt == null;
    }

    /** An open follow-up whose date has passed. */
    public boolean followUpOverdue(LocalDate today) {
        return followUpOpen() && followUpBy != null && followUpBy.isBefore(today);
    }
}
