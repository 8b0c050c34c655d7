package org.gridwatch.dispute;

import java.time.Instant;
import java.util.List;

/**
 * A dispute as taken in or corrected: where (grid, optionally a place), what (category, risk, source,
 * description), when it arose, the parties, and, for a new one, the record it followed up (an
 * {@link org.gridwatch.fieldwork.Origin} in text form, e.g. {@code VISIT-40}) or null.
 */
public record DisputeData(Long gridId, Long placeId, DisputeCategory category, RiskLevel risk, DisputeSource source,
        String description, Instant occurredAt, List<PartyData> parties, String origin) {

    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int MAX_PARTIES = 10;

    public DisputeData {
        parties = parties == null ? List.of() : parties.stream().filter(p -> p != null && !p.isEmpty()).toList();
    }
}
