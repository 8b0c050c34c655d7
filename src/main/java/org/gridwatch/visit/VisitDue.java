package org.gridwatch.visit;

import java.time.Instant;
import org.gridwatch.place.PlaceKind;

/**
 * A place whose visit-frequency target has lapsed (应访未访).
 *
 * @param lastVisitedAt  the latest visit to it, or null when it was never visited
 * @param daysOverdue    days since the target date passed; null when never visited
 */
public record VisitDue(long placeId, String placeName, PlaceKind placeKind, long gridId, String gridLabel,
        int visitEveryDays, Instant lastVisitedAt, Long daysOverdue) {

    public boolean neverVisited() {
        return lastVisitedAt == null;
    }

    /** The kind of visit that suits the place, for the "log a visit" link. */
    public VisitKind visitKind() {
        return VisitKind.of(placeKind);
    }
}
