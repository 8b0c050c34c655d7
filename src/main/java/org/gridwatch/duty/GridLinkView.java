package org.gridwatch.duty;

import org.springframework.modulith.NamedInterface;

/** A grid's link channel as an edit form needs it. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record GridLinkView(long gridId, String channel, long version) {
}
