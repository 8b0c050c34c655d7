package org.gridwatch.duty;

import org.springframework.data.domain.Page;

/** A page of the coverage board with the counts shown above it. */
public record CoverageBoard(CoverageCounts counts, Page<GridCoverage> grids) {
}
