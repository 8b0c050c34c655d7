package org.gridwatch.hazard;

import java.time.Instant;

/**
 * Published (inside the writing transaction) when a hazard is recorded ({@code from} null) or changes state.
 *
 * @param dueAt when the new stage is due (null once verified)
 * @param byPersonId the person who moved it, if the account has one
 */
public record HazardMoved(long hazardId, long gridId, HazardState from, HazardState to, Instant at, Long byPersonId,
        Instant dueAt) {
}
