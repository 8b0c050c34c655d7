package org.gridwatch.visit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.shared.Text;
import org.gridwatch.shared.web.NotAllowedException;
import org.hibernate.envers.Audited;

/** One visit (走访) to a place of a grid, with what was learned and whether it needs a follow-up. */
@Entity
@Audited
class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private VisitKind kind;

    private long gridId;

    private Long placeId;

    /** The place's name when it was visited: the ledger keeps what the officer saw. */
    private String placeName;

    private Instant occurredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_person", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "person_id")
    private Set<Long> personIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private VisitCategory category;

    private String learned;

    private boolean followUpNeeded;

    private LocalDate followUpBy;

    private Instant followUpDoneAt;

    private String notes;

    private Double latitude;

    private Double longitude;

    private Long campaignId;

    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;

    private String satisfactionComment;

    private long recordedBy;

    private String recordedByName;

    private Instant recordedAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Visit() {
    }

    Visit(VisitData data, String placeName, Recorder recorder, Instant now) {
        this.recordedBy = recorder.accountId();
        this.recordedByName = recorder.name();
        this.recordedAt = now;
        change(data, placeName, now);
    }

    void change(VisitData data, String placeName, Instant now) {
        this.kind = data.kind();
        this.gridId = data.gridId();
        this.placeId = data.placeId();
        this.placeName = placeName;
        this.occurredAt = data.occurredAt();
        this.personIds.clear();
        this.personIds.addAll(data.personIds());
        this.category = data.category();
        this.learned = data.learned().strip();
        this.followUpNeeded = data.followUpNeeded();
        this.followUpBy = data.followUpNeeded() ? data.followUpBy() : null;
        if (!data.followUpNeeded()) {
            this.followUpDoneAt = null;
        }
        this.notes = Text.strippedOrNull(data.notes());
        this.latitude = data.latitude();
        this.longitude = data.longitude();
        this.campaignId = data.campaignId();
        this.satisfaction = data.satisfaction();
        this.satisfactionComment = data.satisfaction() == null ? null : Text.strippedOrNull(data.satisfactionComment());
        this.updatedAt = now;
    }

    /** Marks the follow-up done; only an open follow-up can be. */
    void completeFollowUp(Instant now) {
        if (!followUpNeeded || followUpDoneAt != null) {
            throw new NotAllowedException("Visit " + id + " has no open follow-up");
        }
        this.followUpDoneAt = now;
        this.updatedAt = now;
    }

    VisitView view() {
        return new VisitView(id, kind, gridId, placeId, placeName, occurredAt, personIds.stream().sorted().toList(),
                category, learned, followUpNeeded, followUpBy, followUpDoneAt, notes, latitude, longitude, campaignId,
                recordedBy, recordedByName, recordedAt, updatedAt, version, satisfaction, satisfactionComment);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
