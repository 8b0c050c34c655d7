package org.gridwatch.area;

import java.util.List;

/** The tree page's content: its roots, and whether grids are among the nodes or only counted. */
public record AreaTree(List<AreaTreeNode> roots, boolean gridsShown) {
}
