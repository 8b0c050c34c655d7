package org.gridwatch.duty;

/** A grid's duty coverage today: officer, at least one auxiliary and a liaison — all, some or none. */
public enum CoverageStatus {
    COVERED, PARTLY, UNCOVERED
}
