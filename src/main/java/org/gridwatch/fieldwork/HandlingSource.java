package org.gridwatch.fieldwork;

import java.time.Instant;
import java.util.Map;

/**
 * Implemented by each module whose records raise matters to act on (patrol findings, tips, disputes, hazards):
 * counts, in SQL within the area subtree, the matters raised in a period and those acted on within their deadline.
 * The statistics' 管事率 asks every source.
 */
public interface HandlingSource {

    /** The kind of matters this source counts. */
    RecordKind kind();

    /**
     * The matters raised in {@code [from, toExclusive)} in grids under {@code pathPrefix}, judged as of
     * {@code now}, per child area of the prefix's area: the child's id (its path segment after the prefix) to its
     * parts, or {@code ""} for the area's own records when it is a grid. Read in one pass, so a panel of a station
     * and its communities costs what the station alone does. Build the first column with
     * {@code AreaScope.childOf}.
     */
    Map<String, Handling> handlingByChild(String pathPrefix, Instant from, Instant toExclusive, Instant now);
}
