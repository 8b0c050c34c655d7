package org.gridwatch.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.gridwatch.shared.web.NotAllowedException;
import org.hibernate.envers.Audited;

/** An action item of a meeting: owned by one person or one partner unit, due on a day, open until closed. */
@Entity
@Audited
class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    private String text;

    private Long ownerPersonId;

    private Long ownerPartnerUnitId;

    /** The owner's home area: owners see their items even when the meeting was convened above their scope. */
    private long ownerAreaId;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.OPEN;

    private String closedNote;

    private Instant closedAt;

    private Long closedBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(long meetingId, ActionItemData data, long ownerAreaId, Instant now) {
        if ((data.ownerPersonId() == null) == (data.ownerPartnerUnitId() == null)) {
            throw new IllegalArgumentException("an action item has exactly one owner: a person or a partner unit");
        }
        this.meetingId = meetingId;
        this.text = data.text().trim();
        this.ownerPersonId = data.ownerPersonId();
        this.ownerPartnerUnitId = data.ownerPartnerUnitId();
        this.ownerAreaId = ownerAreaId;
        this.dueOn = data.dueOn();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Closes the item with a note; closing one already closed is not allowed (the 409 page). */
    void close(String note, long accountId, Instant now) {
        if (status != ActionStatus.OPEN) {
            throw new NotAllowedException("action item " + id + " is already closed");
        }
        this.status = ActionStatus.DONE;
        this.closedNote = note.trim();
        this.closedAt = now;
        this.closedBy = accountId;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getMeetingId() {
        return meetingId;
    }

    Long getOwnerPersonId() {
        return ownerPersonId;
    }

    Long getOwnerPartnerUnitId() {
        return ownerPartnerUnitId;
    }

    ActionStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }
}
