package org.gridwatch.people;

import java.time.Instant;

/** A person for the detail and edit pages: the summary plus timestamps and the version to edit against. */
public record PersonDetails(PersonSummary person, Instant createdAt, Instant updatedAt, long version) {
}
