package org.gridwatch.dispute;

import java.time.Instant;

/**
 * A dispute that breaks a rule of the "三零" rating in a month: its grid and community, a short title (parties and
 * the start of the description), and the moment that matters (the due date it missed, or when it was escalated).
 */
public record DisputeBreach(long id, long gridId, long communityId, String title, Instant at) {
}
