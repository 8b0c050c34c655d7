package org.gridwatch.place;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A read-only view of a partner unit with its patrol teams. */
public record PartnerView(long id, String name, PartnerKind kind, String contactName, String contactPhone,
        long homeAreaId, Set<Long> gridIds, List<TeamView> teams, Instant updatedAt, long version) {
}
