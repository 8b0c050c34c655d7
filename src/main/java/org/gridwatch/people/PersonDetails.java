package org.gridwatch.people;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A person for the detail and edit pages: the summary plus timestamps and the version to edit against. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record PersonDetails(PersonSummary person, Instant createdAt, Instant updatedAt, long version) {
}
