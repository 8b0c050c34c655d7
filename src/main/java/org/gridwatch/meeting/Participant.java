package org.gridwatch.meeting;

/** A person or partner unit taking part, by name. */
public record Participant(long id, String name) {
}
