package org.gridwatch.place;

import java.time.Instant;

/** A read-only view of a place. */
public record PlaceView(long id, PlaceKind kind, String name, String address, long gridId, Double latitude,
        Double longitude, String contactName, String contactPhone, Integer visitEveryDays, String notes,
        Instant updatedAt, long version) {
}
