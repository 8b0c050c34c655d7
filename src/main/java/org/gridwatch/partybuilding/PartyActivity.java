package org.gridwatch.partybuilding;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A joint activity (主题党日, 联建活动, 志愿服务) organised by one or more branches. */
@Entity
@Audited
@Table(name = "party_activity")
class PartyActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private LocalDate heldOn;

    private String title;

    private Long agreementId;

    private int participantCount;

    private String summary;

    @ElementCollection
    @CollectionTable(name = "party_activity_branch", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "branch_id")
    private Set<Long> branchIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "party_activity_person", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "person_id")
    private Set<Long> personIds = new HashSet<>();

    private Long createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected PartyActivity() {
    }

    PartyActivity(ActivityData data, Long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        change(data, now);
    }

    void change(ActivityData data, Instant now) {
        this.kind = data.kind();
        this.heldOn = data.heldOn();
        this.title = data.title().trim();
        this.agreementId = data.agreementId();
        this.participantCount = data.participantCount() == null ? data.personIds().size() : data.participantCount();
        this.summary = data.summary().trim();
        this.branchIds.retainAll(data.branchIds());
        this.branchIds.addAll(data.branchIds());
        this.personIds.retainAll(data.personIds());
        this.personIds.addAll(data.personIds());
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    ActivityKind getKind() {
        return kind;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getTitle() {
        return title;
    }

    Long getAgreementId() {
        return agreementId;
    }

    int getParticipantCount() {
        return participantCount;
    }

    String getSummary() {
        return summary;
    }

    Set<Long> getBranchIds() {
        return branchIds;
    }

    Set<Long> getPersonIds() {
        return personIds;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
