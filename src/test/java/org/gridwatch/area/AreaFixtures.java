package org.gridwatch.area;

import java.util.UUID;

/** Builds uniquely coded areas for tests (the test database is shared, so codes carry a random suffix). */
public final class AreaFixtures {

    private final AreaManagement management;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public AreaFixtures(AreaManagement management) {
        this.management = management;
    }

    public String code(String base) {
        return base + "-" + suffix;
    }

    public AreaSummary add(String base, AreaType type, AreaSummary parent) {
        return add(base, type, parent, null);
    }

    public AreaSummary add(String base, AreaType type, AreaSummary parent, String boundary) {
        return management.create(new NewArea(code(base), base, type, parent == null ? null : parent.id(),
                type == AreaType.COMMUNITY ? CommunityKind.COMMUNITY : null, null, null, boundary));
    }

    /** A square boundary of {@code size} degrees with its south-west corner at (lon, lat). */
    public static String square(double lon, double lat, double size) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}".formatted(
                lon, lat, lon + size, lat, lon + size, lat + size, lon, lat + size, lon, lat);
    }
}
