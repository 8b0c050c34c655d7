package org.gridwatch.partybuilding;

import org.springframework.modulith.NamedInterface;

/** Something shown by name with a link or a value: a person, a branch, a partner unit. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record Named(long id, String name) {
}
