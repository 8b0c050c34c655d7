package org.gridwatch.place;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;

/** A patrol team (巡防队) of a partner unit: a lead and members. */
@Entity
@Audited
class PatrolTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long partnerUnitId;

    private String name;

    private String leadName;

    private String leadPhone;

    @ElementCollection
    @CollectionTable(name = "patrol_team_member", joinColumns = @JoinColumn(name = "patrol_team_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> members = new ArrayList<>();

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected PatrolTeam() {
    }

    PatrolTeam(long partnerUnitId, TeamData data, Instant now) {
        this.partnerUnitId = partnerUnitId;
        this.createdAt = now;
        change(data, now);
    }

    void change(TeamData data, Instant now) {
        this.name = data.name().trim();
        this.leadName = Text.trimmedOrNull(data.leadName());
        this.leadPhone = Text.trimmedOrNull(data.leadPhone());
        this.members.clear();
        for (TeamMemberEntry member : data.members()) {
            if (member.name() != null && !member.name().isBlank()) {
                this.members.add(new TeamMember(member.name().trim(), Text.trimmedOrNull(member.phone())));
            }
        }
        this.updatedAt = now;
    }

    TeamView view() {
        return new TeamView(id, partnerUnitId, name, leadName, leadPhone,
                members.stream().map(TeamMember::entry).toList(), version);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
