package org.gridwatch.area;

import java.util.List;

/** One node of the tree page: the area, how many live children and live grids lie under it, and its children. */
public record AreaTreeNode(AreaSummary area, long liveChildren, long liveGrids, List<AreaTreeNode> children) {
}
