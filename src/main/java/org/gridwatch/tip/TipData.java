package org.gridwatch.tip;

import java.time.Instant;
import java.util.List;

/**
 * A tip as written by its form or an importer. On a change, a blank {@code sourceName} and {@code sourceContact}
 * keep the sealed identity already stored (the form never shows it); an anonymous source clears it.
 * {@code origin} (e.g. {@code PATROL-12-3}) is read on create only.
 */
public record TipData(TipCategory category, String content, TipSourceKind sourceKind, String sourceName,
        String sourceContact, long gridId, Instant occurredAt, List<Long> personIds, String notes, Double lat,
        Double lon, Long campaignId, String origin) {

    public TipData {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
