package org.gridwatch.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A place on a dispute's team (警律网): a person, their name when they joined, and whether they lead it. */
@Embeddable
class TeamSeat {

    @Column(name = "person_id")
    private long personId;

    private String name;

    /** The grid's responsible officer, to whom the case is assigned. */
    private boolean responsible;

    protected TeamSeat() {
    }

    TeamSeat(long personId, String name, boolean responsible) {
        this.personId = personId;
        this.name = name;
        this.responsible = responsible;
    }

    long personId() {
        return personId;
    }

    String name() {
        return name;
    }

    boolean responsible() {
        return responsible;
    }

    @Override
    public String toString() {
        return responsible ? name + " *" : name;
    }
}
