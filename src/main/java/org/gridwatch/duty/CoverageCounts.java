package org.gridwatch.duty;

/** How many grids in a scope are covered, partly covered and uncovered. */
public record CoverageCounts(long covered, long partly, long uncovered) {

    public long total() {
        return covered + partly + uncovered;
    }
}
