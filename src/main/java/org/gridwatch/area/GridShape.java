package org.gridwatch.area;

/** A live grid with its boundary (GeoJSON, may be null) and household count, for maps. */
public record GridShape(long id, String code, String name, String communityName, String boundary,
        Integer households) {
}
