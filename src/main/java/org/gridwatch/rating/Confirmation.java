package org.gridwatch.rating;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A supervisor's confirmation of an area's month: who, when, how many communities it froze and how many passed. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record Confirmation(long id, long areaId, Instant at, String by, int communities, int passed) {
}
