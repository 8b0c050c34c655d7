package org.gridwatch.fieldwork;

/** How many open cases of an area are past due right now: yellow (within the grace) and red (督办). */
public record LateCases(long overdue, long red) {

    public long total() {
        return overdue + red;
    }
}
