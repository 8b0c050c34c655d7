package org.gridwatch.place;

/** What a user (or an importer) says about a place when creating or changing it. */
public record PlaceData(PlaceKind kind, String name, String address, long gridId, Double latitude, Double longitude,
        String contactName, String contactPhone, Integer visitEveryDays, String notes) {
}
