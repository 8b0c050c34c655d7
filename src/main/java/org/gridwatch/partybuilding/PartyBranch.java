package org.gridwatch.partybuilding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;

/** A party branch (党支部) of a station, a community or a partner unit, with its secretary and members. */
@Entity
@Audited
@Table(name = "party_branch")
class PartyBranch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private Long areaId;

    private Long partnerUnitId;

    /** The area that decides scope: the branch's own area, or its partner unit's home station. */
    private long scopeAreaId;

    private Long secretaryPersonId;

    @ElementCollection
    @CollectionTable(name = "party_branch_member", joinColumns = @JoinColumn(name = "branch_id"))
    @Column(name = "person_id")
    private Set<Long> memberIds = new HashSet<>();

    private String notes;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected PartyBranch() {
    }

    PartyBranch(BranchData data, long scopeAreaId, Instant now) {
        this.createdAt = now;
        change(data, scopeAreaId, now);
    }

    void change(BranchData data, long scopeAreaId, Instant now) {
        this.name = data.name().trim();
        this.areaId = data.areaId();
        this.partnerUnitId = data.partnerUnitId();
        this.scopeAreaId = scopeAreaId;
        this.secretaryPersonId = data.secretaryId();
        // Only the difference is written, so a member kept is never deleted and inserted again.
        Set<Long> wanted = new HashSet<>(data.memberIds());
        if (data.secretaryId() != null) {
            wanted.add(data.secretaryId());
        }
        this.memberIds.retainAll(wanted);
        this.memberIds.addAll(wanted);
        this.notes = Text.trimmedOrNull(data.notes());
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Long getAreaId() {
        return areaId;
    }

    Long getPartnerUnitId() {
        return partnerUnitId;
    }

    Long getSecretaryPersonId() {
        return secretaryPersonId;
    }

    Set<Long> getMemberIds() {
        return memberIds;
    }

    String getNotes() {
        return notes;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
