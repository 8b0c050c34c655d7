package org.gridwatch.duty;

import org.springframework.data.domain.Page;
import org.springframework.modulith.NamedInterface;

/** A page of the coverage board with the counts shown above it. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record CoverageBoard(CoverageCounts counts, Page<GridCoverage> grids) {
}
