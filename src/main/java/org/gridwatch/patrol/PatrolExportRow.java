package org.gridwatch.patrol;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** One exported patrol, its grids and people already named. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record PatrolExportRow(long id, PatrolKind kind, Instant startedAt, Instant endedAt, long durationMinutes,
        String grids, String people, String partnerTeams, int findingCount, String findings, String notes,
        Long campaignId, String recordedByName, Instant recordedAt) {
}
