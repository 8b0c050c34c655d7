package org.gridwatch.meeting;

import org.springframework.modulith.NamedInterface;

/**
 * Narrows the action item list: one owner person, only overdue ones, a stored status, an area (items whose
 * meeting or owner lies in its subtree), and the order ("due": open first then by due day; "meeting": newest
 * meeting first).
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record ActionItemFilter(Long ownerPersonId, boolean overdueOnly, ActionStatus status, Long areaId,
        String sort) {

    public static ActionItemFilter all() {
        return new ActionItemFilter(null, false, null, null, "due");
    }
}
