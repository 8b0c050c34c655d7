package org.gridwatch.fieldwork;

import java.time.Instant;

/**
 * Implemented by each module whose records raise matters to act on (patrol findings, tips, disputes, hazards):
 * counts, in SQL within the area subtree, the matters raised in a period and those acted on within their deadline.
 * The statistics' 管事率 asks every source.
 */
public interface HandlingSource {

    /** The kind of matters this source counts. */
    RecordKind kind();

    /**
     * The matters raised in {@code [from, toExclusive)} in grids under {@code pathPrefix}, judged as of {@code now}.
     */
    Handling handling(String pathPrefix, Instant from, Instant toExclusive, Instant now);
}
