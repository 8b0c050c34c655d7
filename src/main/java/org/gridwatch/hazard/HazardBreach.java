package org.gridwatch.hazard;

import java.time.Instant;

/**
 * A hazard that breaks the "三零" rating's rule in a month: its grid and community, a short title (unit and the start
 * of the description) and the rectification due date it missed.
 */
public record HazardBreach(long id, long gridId, long communityId, String title, Instant at) {
}
