package org.gridwatch.partybuilding;

import java.time.Instant;
import java.util.List;

/** A party branch with its home (area or partner unit), secretary and members, by name. */
public record BranchView(long id, String name, Long areaId, Long partnerUnitId, String homeLabel,
        Named secretary, List<Named> members, String notes, Instant updatedAt, long version) {

    public List<Long> memberIds() {
        return members.stream().map(Named::id).toList();
    }
}
