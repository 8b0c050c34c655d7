package org.gridwatch.meeting;

import java.util.Set;

/** A work team (工作专班): name, convening area, purpose, members (people and partner units). */
public record WorkTeamData(String name, Long areaId, String purpose, Set<Long> personIds, Set<Long> partnerUnitIds) {

    public WorkTeamData {
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
        partnerUnitIds = partnerUnitIds == null ? Set.of() : Set.copyOf(partnerUnitIds);
    }
}
