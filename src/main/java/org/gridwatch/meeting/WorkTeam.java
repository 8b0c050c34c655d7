package org.gridwatch.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;

/** A work team (工作专班) convened by an area, of people and partner units. */
@Entity
@Audited
class WorkTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private long areaId;

    private String purpose;

    @ElementCollection
    @CollectionTable(name = "work_team_person", joinColumns = @JoinColumn(name = "work_team_id"))
    @Column(name = "person_id")
    private Set<Long> personIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "work_team_partner", joinColumns = @JoinColumn(name = "work_team_id"))
    @Column(name = "partner_unit_id")
    private Set<Long> partnerUnitIds = new HashSet<>();

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected WorkTeam() {
    }

    WorkTeam(WorkTeamData data, Instant now) {
        this.createdAt = now;
        change(data, now);
    }

    void change(WorkTeamData data, Instant now) {
        this.name = data.name().trim();
        this.areaId = data.areaId();
        this.purpose = Text.trimmedOrNull(data.purpose());
        IdSets.replace(personIds, data.personIds());
        IdSets.replace(partnerUnitIds, data.partnerUnitIds());
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    long getAreaId() {
        return areaId;
    }

    String getPurpose() {
        return purpose;
    }

    Set<Long> getPersonIds() {
        return personIds;
    }

    Set<Long> getPartnerUnitIds() {
        return partnerUnitIds;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
