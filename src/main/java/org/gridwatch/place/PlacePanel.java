package org.gridwatch.place;

import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** The places of an area's subtree in brief: how many of each kind, and the first few by name. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record PlacePanel(long total, Map<PlaceKind, Long> countByKind, List<PlaceView> first) {
}
