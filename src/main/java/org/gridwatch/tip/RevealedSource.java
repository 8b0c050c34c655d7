package org.gridwatch.tip;

import org.springframework.modulith.NamedInterface;

/** A sealed identity in clear, as returned by a logged reveal: for that one response only, never stored elsewhere. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record RevealedSource(long tipId, String name, String contact) {
}
