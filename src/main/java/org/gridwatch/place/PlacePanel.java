package org.gridwatch.place;

import java.util.List;
import java.util.Map;

/** The places of an area's subtree in brief: how many of each kind, and the first few by name. */
public record PlacePanel(long total, Map<PlaceKind, Long> countByKind, List<PlaceView> first) {
}
