package org.gridwatch.dispute;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A mediation session for the detail page; {@code number} counts from 1. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record SessionView(int number, Instant heldAt, String attendees, String summary, String recordedBy,
        Instant recordedAt) {
}
