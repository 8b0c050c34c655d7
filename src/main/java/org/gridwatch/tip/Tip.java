package org.gridwatch.tip;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.Text;
import org.gridwatch.shared.web.NotAllowedException;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * A tip and its handling. Holds no part of the source's identity (that is {@link TipSource}, not audited), only
 * its kind and when the identity last changed. State changes are the guarded methods below: each checks the
 * current status, stamps who and when, and throws {@link NotAllowedException} (a 409 page) otherwise.
 */
@Entity
@Audited
class Tip {

    static final int CONTENT_LENGTH = 2000;
    static final int NOTES_LENGTH = 1000;
    static final int UNIT_LENGTH = 100;
    static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private TipCategory category;

    private String content;

    @Enumerated(EnumType.STRING)
    private TipSourceKind sourceKind;

    private long gridId;

    private Instant occurredAt;

    private String notes;

    private Double latitude;

    private Double longitude;

    private Long campaignId;

    private String origin;

    @ElementCollection
    @CollectionTable(name = "tip_person", joinColumns = @JoinColumn(name = "tip_id"))
    @Column(name = "person_id")
    @BatchSize(size = 200)
    private Set<Long> personIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private TipStatus status;

    private Instant verifiedAt;
    private Long verifiedBy;
    private String verifiedByName;

    private String handedOverTo;
    private Instant handedOverAt;
    private Long handedOverBy;
    private String handedOverByName;

    private String dismissalReason;
    private Instant dismissedAt;
    private Long dismissedBy;
    private String dismissedByName;

    private Long recordedBy;
    private String recordedByName;
    private Instant recordedAt;
    private Instant updatedAt;
    private Instant sourceChangedAt;

    @Version
    private long version;

    protected Tip() {
    }

    Tip(TipData data, String origin, Recorder by, Instant now) {
        this.status = TipStatus.RECEIVED;
        this.origin = origin;
        this.recordedBy = by.accountId();
        this.recordedByName = by.name();
        this.recordedAt = now;
        apply(data, now);
    }

    /** Changes what was recorded; a closed tip (handed over or dismissed) stays as it was closed. */
    void change(TipData data, Instant now) {
        if (!status.isOpen()) {
            throw new NotAllowedException("tip " + id + " is " + status + " and can no longer be changed");
        }
        apply(data, now);
    }

    private void apply(TipData data, Instant now) {
        this.category = data.category();
        this.content = data.content().strip();
        this.sourceKind = data.sourceKind();
        this.gridId = data.gridId();
        this.occurredAt = data.occurredAt();
        this.notes = Text.strippedOrNull(data.notes());
        this.latitude = data.lat();
        this.longitude = data.lon();
        this.campaignId = data.campaignId();
        this.personIds.clear();
        this.personIds.addAll(data.personIds());
        this.updatedAt = now;
    }

    void sourceChanged(Instant now) {
        this.sourceChangedAt = now;
    }

    void verify(Recorder by, Instant now) {
        if (!status.canVerify()) {
            throw new NotAllowedException("tip " + id + " is " + status + ", not awaiting verification");
        }
        status = TipStatus.VERIFIED;
        verifiedAt = now;
        verifiedBy = by.accountId();
        verifiedByName = by.name();
        updatedAt = now;
    }

    void handOver(String unit, Recorder by, Instant now) {
        if (!status.canHandOver()) {
            throw new NotAllowedException("tip " + id + " is " + status + "; only a verified tip is handed over");
        }
        String to = Text.strippedOrNull(unit);
        if (to == null || to.length() > UNIT_LENGTH) {
            throw new RejectedInput("unit", "tip.handOver.unit.required");
        }
        status = TipStatus.HANDED_OVER;
        handedOverTo = to;
        handedOverAt = now;
        handedOverBy = by.accountId();
        handedOverByName = by.name();
        updatedAt = now;
    }

    void dismiss(String reason, Recorder by, Instant now) {
        if (!status.canDismiss()) {
            throw new NotAllowedException("tip " + id + " is " + status + " and can no longer be dismissed");
        }
        String why = Text.strippedOrNull(reason);
        if (why == null || why.length() > REASON_LENGTH) {
            throw new RejectedInput("reason", "tip.dismiss.reason.required");
        }
        status = TipStatus.DISMISSED;
        dismissalReason = why;
        dismissedAt = now;
        dismissedBy = by.accountId();
        dismissedByName = by.name();
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getGridId() {
        return gridId;
    }

    TipStatus getStatus() {
        return status;
    }

    TipCategory getCategory() {
        return category;
    }

    TipSourceKind getSourceKind() {
        return sourceKind;
    }

    String getContent() {
        return content;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    Long getCampaignId() {
        return campaignId;
    }

    Double getLatitude() {
        return latitude;
    }

    Double getLongitude() {
        return longitude;
    }

    String getNotes() {
        return notes;
    }

    String getOrigin() {
        return origin;
    }

    List<Long> getPersonIds() {
        return new ArrayList<>(personIds);
    }

    String getVerifiedByName() {
        return verifiedByName;
    }

    Instant getVerifiedAt() {
        return verifiedAt;
    }

    String getHandedOverTo() {
        return handedOverTo;
    }

    Instant getHandedOverAt() {
        return handedOverAt;
    }

    String getHandedOverByName() {
        return handedOverByName;
    }

    String getDismissalReason() {
        return dismissalReason;
    }

    Instant getDismissedAt() {
        return dismissedAt;
    }

    String getDismissedByName() {
        return dismissedByName;
    }

    String getRecordedByName() {
        return recordedByName;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
