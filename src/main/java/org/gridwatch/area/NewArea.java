package org.gridwatch.area;

/**
 * A request to add an area under {@code parentId} (null only for the root BUREAU). The boundary is
 * GeoJSON text, checked and normalised before it is stored; blank means none.
 */
public record NewArea(String code, String name, AreaType type, Long parentId, CommunityKind communityKind,
        Integer population, Integer households, String boundary) {
}
