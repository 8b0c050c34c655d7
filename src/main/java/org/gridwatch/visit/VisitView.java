package org.gridwatch.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.fieldwork.Satisfaction;

/** A read-only view of a visit, for detail pages, lists and exports. */
public record VisitView(long id, VisitKind kind, long gridId, Long placeId, String placeName, Instant occurredAt,
        List<Long> personIds, VisitCategory category, String learned, boolean followUpNeeded, LocalDate followUpBy,
        Instant followUpDoneAt, String notes, Double latitude, Double longitude, Long campaignId, long recordedBy,
        String recordedByName, Instant recordedAt, Instant updatedAt, long version, Satisfaction satisfaction,
        String satisfactionComment) {

    /** A view without the resident's verdict (list rows). */
    public VisitView(long id, VisitKind kind, long gridId, Long placeId, String placeName, Instant occurredAt,
            List<Long> personIds, VisitCategory category, String learned, boolean followUpNeeded,
            LocalDate followUpBy, Instant followUpDoneAt, String notes, Double latitude, Double longitude,
            Long campaignId, long recordedBy, String recordedByName, Instant recordedAt, Instant updatedAt,
            long version) {
        this(id, kind, gridId, placeId, placeName, occurredAt, personIds, category, learned, followUpNeeded,
                followUpBy, followUpDoneAt, notes, latitude, longitude, campaignId, recordedBy, recordedByName,
                recordedAt, updatedAt, version, null, null);
    }

    /** A follow-up was asked for and has not been marked done. */
    public boolean followUpOpen() {
        return followUpNeeded && followUpDoneAt == null;
    }

    /** An open follow-up whose date has passed. */
    public boolean followUpOverdue(LocalDate today) {
        return followUpOpen() && followUpBy != null && followUpBy.isBefore(today);
    }
}
