package org.gridwatch.area;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** Everything the detail and edit pages show about one area. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
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
