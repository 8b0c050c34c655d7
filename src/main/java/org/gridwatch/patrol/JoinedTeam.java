package org.gridwatch.patrol;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A partner patrol team on a patrol, with its unit's and its own name as they were on the day. */
@Embeddable
class JoinedTeam {

    private long teamId;

    private long partnerUnitId;

    private String unitName;

    private String teamName;

    protected JoinedTeam() {
    }

    JoinedTeam(long teamId, long partnerUnitId, String unitName, String teamName) {
        this.teamId = teamId;
        this.partnerUnitId = partnerUnitId;
        this.unitName = unitName;
        this.teamName = teamName;
    }

    long teamId() {
        return teamId;
    }

    long partnerUnitId() {
        return partnerUnitId;
    }

    String unitName() {
        return unitName;
    }

    String teamName() {
        return teamName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinedTeam other && Objects.equals(teamId, other.teamId)
                && Objects.equals(partnerUnitId, other.partnerUnitId)
                && Objects.equals(unitName, other.unitName)
                && Objects.equals(teamName, other.teamName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(teamId, partnerUnitId, unitName, teamName);
    }

    @Override
    public String toString() {
        return unitName + " " + teamName;
    }
}
