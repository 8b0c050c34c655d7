package org.gridwatch.visit;

import java.util.List;
import org.gridwatch.place.PlaceKind;

/**
 * 入户, 企业, 场所, 院校, 其他 — and the kinds of place each one visits. Markets and hospitals are public venues;
 * police offices and anything else are visited as "other", which may name a place of any kind or none.
 */
public enum VisitKind {
    HOUSEHOLD(List.of(PlaceKind.HOUSEHOLD)),
    ENTERPRISE(List.of(PlaceKind.ENTERPRISE)),
    VENUE(List.of(PlaceKind.VENUE, PlaceKind.MARKET, PlaceKind.HOSPITAL)),
    SCHOOL(List.of(PlaceKind.SCHOOL)),
    OTHER(List.of(PlaceKind.values()));

    private final List<PlaceKind> placeKinds;

    VisitKind(List<PlaceKind> placeKinds) {
        this.placeKinds = placeKinds;
    }

    /** The kinds of place this kind of visit goes to (every kind for OTHER). */
    public List<PlaceKind> placeKinds() {
        return placeKinds;
    }

    /** Whether a visit of this kind must name its place (all but OTHER). */
    public boolean placeRequired() {
        return this != OTHER;
    }

    public boolean visits(PlaceKind kind) {
        return placeKinds.contains(kind);
    }

    /** The kind of visit a place is normally visited with: the first kind that lists it. */
    public static VisitKind of(PlaceKind kind) {
        for (VisitKind visit : values()) {
            if (visit.visits(kind)) {
                return visit;
            }
        }
        return OTHER;
    }

    /** Message key of the kind's name, e.g. {@code visit.kind.HOUSEHOLD}; also the event's subkind key. */
    public String labelKey() {
        return "visit.kind." + name();
    }
}
