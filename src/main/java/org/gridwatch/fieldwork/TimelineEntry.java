package org.gridwatch.fieldwork;

import java.time.Instant;

/** One line of a grid's or place's timeline: what was recorded, when, and where its page is. */
public record TimelineEntry(RecordKind kind, long recordId, long gridId, String gridLabel, Long placeId,
        Instant occurredAt, Instant endedAt, String subkindKey, String summary) {

    public String path() {
        return kind.detailPath(recordId);
    }

    /** Message key of the kind's one-character icon, e.g. {@code fieldwork.icon.VISIT} (访). */
    public String iconKey() {
        return "fieldwork.icon." + kind.name();
    }
}
