package org.gridwatch.outreach;

import java.time.Instant;
import java.util.List;

/**
 * What every outreach record says about the work, as entered: the grid, when, who did it, notes, the phone's
 * point (both or neither) and an optional campaign tag.
 */
public record FieldFacts(long gridId, Instant occurredAt, List<Long> personIds, String notes, Double lat,
        Double lon, Long campaignId) {

    public FieldFacts {
        personIds = personIds == null ? List.of() : personIds.stream().distinct().toList();
    }
}
