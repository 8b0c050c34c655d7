package org.gridwatch.outreach;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;

/**
 * The columns every outreach record has. Each kind keeps its people in its own table, so the collection is
 * declared by the subclass and reached through {@link #people()}.
 */
@MappedSuperclass
@Audited
abstract class OutreachRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long gridId;

    private Instant occurredAt;

    private String notes;

    private Double lat;

    private Double lon;

    private Long campaignId;

    private Long recordedBy;

    private String recordedByName;

    private Instant recordedAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected OutreachRecord() {
    }

    OutreachRecord(Recorder recorder, Instant now) {
        this.recordedBy = recorder.accountId();
        this.recordedByName = recorder.name();
        this.recordedAt = now;
    }

    abstract Set<Long> people();

    void changeFacts(FieldFacts facts, Instant now) {
        this.gridId = facts.gridId();
        this.occurredAt = facts.occurredAt();
        this.notes = Text.strippedOrNull(facts.notes());
        this.lat = facts.lat();
        this.lon = facts.lon();
        this.campaignId = facts.campaignId();
        people().retainAll(facts.personIds());
        people().addAll(facts.personIds());
        this.updatedAt = now;
    }

    RecordFacts facts() {
        return new RecordFacts(id, gridId, occurredAt, people().stream().sorted().toList(), notes, lat, lon,
                campaignId, recordedBy, recordedByName, recordedAt, updatedAt, version);
    }

    Long getId() {
        return id;
    }

    long getGridId() {
        return gridId;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    Long getCampaignId() {
        return campaignId;
    }

    Double getLat() {
        return lat;
    }

    Double getLon() {
        return lon;
    }

    Long getRecordedBy() {
        return recordedBy;
    }

    long getVersion() {
        return version;
    }
}
