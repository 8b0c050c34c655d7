package org.gridwatch.patrol;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A member of a partner patrol team who took part, by name (team members have no identity of their own). */
@Embeddable
class JoinedMember {

    private long teamId;

    private String name;

    protected JoinedMember() {
    }

    JoinedMember(long teamId, String name) {
        this.teamId = teamId;
        this.name = name;
    }

    long teamId() {
        return teamId;
    }

    String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinedMember other && Objects.equals(teamId, other.teamId)
                && Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(teamId, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
