package org.gridwatch.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action item with its meeting and owner by name. {@code overdue} is true when it is open and its due day has
 * passed (as of the application clock's today).
 */
public record ActionItemView(long id, long meetingId, String meetingTitle, MeetingKind meetingKind,
        LocalDate meetingHeldOn, String text, Long ownerPersonId, Long ownerPartnerUnitId, String ownerName,
        LocalDate dueOn, ActionStatus status, boolean overdue, String closedNote, Instant closedAt, String closedBy,
        long version) {

    /** OPEN, OVERDUE or DONE: the badge shown. */
    public String state() {
        return status == ActionStatus.DONE ? "DONE" : overdue ? "OVERDUE" : "OPEN";
    }

    public boolean open() {
        return status == ActionStatus.OPEN;
    }

    public boolean ownedByUnit() {
        return ownerPartnerUnitId != null;
    }
}
