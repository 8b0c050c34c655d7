package org.gridwatch.stats.web;

/** What a grid's shade on the supervision map shows. */
enum MapMeasure {
    /** All records of the period. */
    RECORDS,
    /** Visits of the period per 100 households (grids without a household count show no value). */
    VISITS_PER_100_HOUSEHOLDS,
    /** Hours of patrol starting in the grid over the period. */
    PATROL_HOURS,
    /** Duty coverage today: 2 covered, 1 partly covered, 0 uncovered. */
    COVERAGE
}
