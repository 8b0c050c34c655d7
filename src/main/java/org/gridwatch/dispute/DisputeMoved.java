package org.gridwatch.dispute;

import java.time.Instant;

/**
 * Published, inside the writing transaction, whenever a dispute changes state (and when it is reported, with
 * {@code from} null): statistics count resolutions and the "三零" rating escalations from it.
 *
 * @param byAccountId the account that moved it; null for work entered by the system (demo data)
 */
public record DisputeMoved(long disputeId, long gridId, DisputeState from, DisputeState to, Instant at,
        Long byAccountId) {
}
