package org.gridwatch.duty;

/** Narrows the coverage board: to a subtree path prefix (station or community) and/or a status; nulls mean all. */
public record CoverageFilter(String pathPrefix, CoverageStatus status) {
}
