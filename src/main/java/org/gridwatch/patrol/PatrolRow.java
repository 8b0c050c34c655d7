package org.gridwatch.patrol;

import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** One line of the patrol list, with its counts. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record PatrolRow(long id, PatrolKind kind, Instant startedAt, Instant endedAt, long gridId, int gridCount,
        int participantCount, int teamCount, int findingCount, Long campaignId) {

    public long durationMinutes() {
        return Duration.between(startedAt, endedAt).toMinutes();
    }
}
