package org.gridwatch.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordFilter;

/**
 * What the statistics count of one record: its home grid, day, kind, subkind, state, minutes, amount and the
 * resident's answer (null without one).
 */
record RecordFacts(String kind, long recordId, long gridId, LocalDate day, String subkindKey, String stateKey,
        int minutes, long amount, Long[] personIds, Long campaignId, String satisfaction, long sequence) {

    static RecordFacts of(FieldRecordSaved e) {
        int minutes = e.endedAt() == null ? 0
                : (int) Math.max(0, Math.min(Integer.MAX_VALUE, Duration.between(e.occurredAt(), e.endedAt()).toMinutes()));
        return new RecordFacts(e.kind().name(), e.recordId(), e.gridIds().get(0),
                e.occurredAt().atZone(RecordFilter.ZONE).toLocalDate(), Objects.toString(e.subkindKey(), ""),
                Objects.toString(e.stateKey(), ""), minutes, e.amount(), e.personIds().toArray(Long[]::new),
                e.campaignId(), e.satisfaction() == null ? null : e.satisfaction().name(), e.sequence());
    }

    boolean sameAs(RecordFacts other) {
        return other != null && kind.equals(other.kind) && recordId == other.recordId && gridId == other.gridId
                && day.equals(other.day) && subkindKey.equals(other.subkindKey) && stateKey.equals(other.stateKey)
                && minutes == other.minutes && amount == other.amount && Arrays.equals(personIds, other.personIds)
                && Objects.equals(campaignId, other.campaignId) && Objects.equals(satisfaction, other.satisfaction);
    }
}
