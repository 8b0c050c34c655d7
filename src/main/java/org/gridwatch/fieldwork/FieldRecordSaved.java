package org.gridwatch.fieldwork;

import java.time.Instant;
import java.util.List;

/**
 * Published by a recording module, inside the writing transaction, whenever one of its records is created
 * or changed: the timelines (and later the statistics) keep themselves from it. It carries only what those
 * readers need, never sealed content (a tip's source stays in the tip module).
 *
 * @param gridIds     the grids the record belongs to (one, or several for a patrol); the first is its home grid
 * @param placeId     the place visited or concerned, if any
 * @param occurredAt  when it happened (a patrol's start)
 * @param endedAt     a patrol's end, else null
 * @param subkindKey  message key of the record's own kind or category, e.g. {@code visit.kind.HOUSEHOLD}
 * @param summary     a short plain-text line for timelines (at most 200 characters; cut if longer)
 * @param personIds   the people who did it
 * @param campaignId  the campaign it is tagged with, if any
 * @param stateKey    message key of the record's state where it has one (a tip's or case's), else null
 * @param amount      the record's countable size where it has one (a publicity event's audience), else 0
 * @param satisfaction the resident's answer recorded on it (a visit, consultation or dispute call-back), else null
 * @param sequence    grows with every save (stamped when the event is made): of two events of one record,
 *                    the one with the higher sequence is the newer, however late it is delivered
 */
public record FieldRecordSaved(RecordKind kind, long recordId, List<Long> gridIds, Long placeId,
        Instant occurredAt, Instant endedAt, String subkindKey, String summary, List<Long> personIds,
        Long campaignId, Double lat, Double lon, String stateKey, long amount, Satisfaction satisfaction,
        long sequence) {

    public static final int SUMMARY_LENGTH = 200;

    /** A save now, with the resident's answer if any: the sequence is stamped. */
    public FieldRecordSaved(RecordKind kind, long recordId, List<Long> gridIds, Long placeId, Instant occurredAt,
            Instant endedAt, String subkindKey, String summary, List<Long> personIds, Long campaignId, Double lat,
            Double lon, String stateKey, long amount, Satisfaction satisfaction) {
        this(kind, recordId, gridIds, placeId, occurredAt, endedAt, subkindKey, summary, personIds, campaignId, lat,
                lon, stateKey, amount, satisfaction, SaveSequence.next());
    }

    /** A save now of a record without a resident's answer. */
    public FieldRecordSaved(RecordKind kind, long recordId, List<Long> gridIds, Long placeId, Instant occurredAt,
            Instant endedAt, String subkindKey, String summary, List<Long> personIds, Long campaignId, Double lat,
            Double lon, String stateKey, long amount) {
        this(kind, recordId, gridIds, placeId, occurredAt, endedAt, subkindKey, summary, personIds, campaignId, lat,
                lon, stateKey, amount, null);
    }

    /** A record without a state or an amount. */
    public FieldRecordSaved(RecordKind kind, long recordId, List<Long> gridIds, Long placeId, Instant occurredAt,
            Instant endedAt, String subkindKey, String summary, List<Long> personIds, Long campaignId, Double lat,
            Double lon) {
        this(kind, recordId, gridIds, placeId, occurredAt, endedAt, subkindKey, summary, personIds, campaignId, lat,
                lon, null, 0);
    }

    public FieldRecordSaved {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        if (gridIds == null || gridIds.isEmpty()) {
            throw new IllegalArgumentException("a field record belongs to at least one grid");
        }
        gridIds = List.copyOf(gridIds);
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        if (summary != null && summary.length() > SUMMARY_LENGTH) {
            summary = summary.substring(0, SUMMARY_LENGTH - 1) + "…";
        }
    }
}
