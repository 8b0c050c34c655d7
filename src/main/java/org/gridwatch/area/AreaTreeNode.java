package org.gridwatch.area;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** One node of the tree page: the area, how many live children and live grids lie under it, and its children. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record AreaTreeNode(AreaSummary area, long liveChildren, long liveGrids, List<AreaTreeNode> children) {
}
