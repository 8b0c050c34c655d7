package org.gridwatch.shared;

import java.util.Optional;

/** A point on the earth: a finite latitude within ±90° and a finite longitude within ±180°. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!within(latitude, 90) || !within(longitude, 180)) {
            throw new IllegalArgumentException("not on the earth: " + latitude + ", " + longitude);
        }
    }

    /**
     * The point two texts describe (hidden fields the phone fills in), or none when either is blank, not a
     * number, or off the earth: such a point is dropped, not shown to the user as their mistake.
     */
    public static Optional<GeoPoint> parse(String latitude, String longitude) {
        if (latitude == null || longitude == null || latitude.isBlank() || longitude.isBlank()) {
            return Optional.empty();
        }
        try {
            double lat = Double.parseDouble(latitude.trim());
            double lon = Double.parseDouble(longitude.trim());
            return within(lat, 90) && within(lon, 180) ? Optional.of(new GeoPoint(lat, lon)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean within(double value, double limit) {
        return Double.isFinite(value) && Math.abs(value) <= limit;
    }
}
