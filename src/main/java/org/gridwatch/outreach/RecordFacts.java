package org.gridwatch.outreach;

import java.time.Instant;
import java.util.List;

/** The shared part of an outreach record as stored: the facts, who recorded it and when, and its version. */
public record RecordFacts(long id, long gridId, Instant occurredAt, List<Long> personIds, String notes, Double lat,
        Double lon, Long campaignId, Long recordedBy, String recordedByName, Instant recordedAt, Instant updatedAt,
        long version) {

    public boolean hasPoint() {
        return lat != null && lon != null;
    }
}
