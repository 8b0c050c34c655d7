package org.gridwatch.area;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** The tree page's content: its roots, and whether grids are among the nodes or only counted. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record AreaTree(List<AreaTreeNode> roots, boolean gridsShown) {
}
