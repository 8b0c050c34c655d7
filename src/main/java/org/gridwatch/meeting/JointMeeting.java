package org.gridwatch.meeting;

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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;

/** A joint meeting (联席会议/推进会/专班会议) convened by an area, with participants and decisions. */
@Entity
@Audited
class JointMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private String title;

    private LocalDate heldOn;

    private long areaId;

    private Long workTeamId;

    private String decisions;

    @ElementCollection
    @CollectionTable(name = "joint_meeting_person", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "person_id")
    private Set<Long> personIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "joint_meeting_partner", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "partner_unit_id")
    private Set<Long> partnerUnitIds = new HashSet<>();

    private Long createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected JointMeeting() {
    }

    JointMeeting(MeetingData data, Long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        change(data, now);
    }

    void change(MeetingData data, Instant now) {
        this.kind = data.kind();
        this.title = data.title().trim();
        this.heldOn = data.heldOn();
        this.areaId = data.areaId();
        this.workTeamId = data.workTeamId();
        this.decisions = Text.trimmedOrNull(data.decisions());
        IdSets.replace(personIds, data.personIds());
        IdSets.replace(partnerUnitIds, data.partnerUnitIds());
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    MeetingKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    long getAreaId() {
        return areaId;
    }

    Long getWorkTeamId() {
        return workTeamId;
    }

    String getDecisions() {
        return decisions;
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
