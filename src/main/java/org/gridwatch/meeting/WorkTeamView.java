package org.gridwatch.meeting;

import java.time.Instant;
import java.util.List;

/** A work team with its members by name. */
public record WorkTeamView(long id, String name, long areaId, String areaLabel, String purpose,
        List<Participant> people, List<Participant> partnerUnits, Instant updatedAt, long version) {

    public List<Long> personIds() {
        return people.stream().map(Participant::id).toList();
    }

    public List<Long> partnerUnitIds() {
        return partnerUnits.stream().map(Participant::id).toList();
    }
}
