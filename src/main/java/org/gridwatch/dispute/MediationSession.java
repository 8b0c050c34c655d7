package org.gridwatch.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One mediation session (调解): when, who attended, what came of it, and who recorded it when. */
@Embeddable
class MediationSession {

    @Column(name = "held_at")
    private Instant heldAt;

    private String attendees;

    private String summary;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected MediationSession() {
    }

    MediationSession(SessionData data, String recordedBy, Instant recordedAt) {
        this.heldAt = data.heldAt();
        this.attendees = data.attendees().strip();
        this.summary = data.summary().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    SessionView view(int number) {
        return new SessionView(number, heldAt, attendees, summary, recordedBy, recordedAt);
    }

    Instant heldAt() {
        return heldAt;
    }

    String attendees() {
        return attendees;
    }
}
