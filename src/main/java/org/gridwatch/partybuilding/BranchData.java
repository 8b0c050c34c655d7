package org.gridwatch.partybuilding;

import java.util.Set;

/**
 * What a user says about a party branch: it belongs to an area (station or community) or to a partner unit
 * (exactly one); the secretary, when named, is made a member too.
 */
public record BranchData(String name, Long areaId, Long partnerUnitId, Long secretaryId, Set<Long> memberIds,
        String notes) {

    public BranchData {
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }
}
