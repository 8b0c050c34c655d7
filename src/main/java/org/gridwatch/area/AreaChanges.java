package org.gridwatch.area;

/** An edit of an area's descriptive fields against the version the user loaded. Boundary as in {@link NewArea}. */
public record AreaChanges(long version, String code, String name, CommunityKind communityKind, Integer population,
        Integer households, String boundary) {
}
