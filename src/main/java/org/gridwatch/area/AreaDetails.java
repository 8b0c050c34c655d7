package org.gridwatch.area;

import java.time.Instant;
import java.util.List;

/** Everything the detail and edit pages show about one area. */
public record AreaDetails(long id, String code, String name, AreaType type, CommunityKind communityKind,
        Long parentId, String path, String boundary, Integer population, Integer households, Instant retiredAt,
        String retiredNote, List<AreaSummary> successors, Instant createdAt, Instant updatedAt, long version) {

    public boolean retired() {
        return retiredAt != null;
    }

    public boolean grid() {
        return type == AreaType.GRID;
    }
}
