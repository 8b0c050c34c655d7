package org.gridwatch.dispute;

import java.time.Instant;

/** A mediation session as entered: when it was held, who attended, and its summary. */
public record SessionData(Instant heldAt, String attendees, String summary) {
}
