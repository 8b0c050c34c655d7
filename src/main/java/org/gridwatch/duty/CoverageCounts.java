package org.gridwatch.duty;

/** How many grids in a scope are covered, partly covered and uncovered. */
public record CoverageCounts(long covered, long partly, long uncovered) {

    public long total() {
        return covered + partly + uncovered;
    }

    /** How many grids have this status; all grids for none. */
    public long of(CoverageStatus status) {
        return status == null ? total() : switch (status) {
            case COVERED -> covered;
            case PARTLY -> partly;
            case UNCOVERED -> uncovered;
        };
    }
}
