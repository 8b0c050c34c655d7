package org.gridwatch.meeting;

import org.springframework.modulith.NamedInterface;

/** A person or partner unit taking part, by name. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record Participant(long id, String name) {
}
