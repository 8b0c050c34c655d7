package org.gridwatch.dispute;

import java.time.Instant;

/** A mediation session for the detail page; {@code number} counts from 1. */
public record SessionView(int number, Instant heldAt, String attendees, String summary, String recordedBy,
        Instant recordedAt) {
}
