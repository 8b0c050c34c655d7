package org.gridwatch.rating;

import java.time.Instant;

/** A supervisor's confirmation of an area's month: who, when, how many communities it froze and how many passed. */
public record Confirmation(long id, long areaId, Instant at, String by, int communities, int passed) {
}
