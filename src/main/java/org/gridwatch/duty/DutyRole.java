package org.gridwatch.duty;

import java.util.Set;
import org.gridwatch.people.PersonKind;

/** The duty roles of a grid: 一警 (responsible officer), 辅警进网格 (auxiliary), 一连 (liaison). */
public enum DutyRole {
    RESPONSIBLE_OFFICER(Set.of(PersonKind.OFFICER)),
    AUXILIARY(Set.of(PersonKind.AUXILIARY)),
    LIAISON(Set.of(PersonKind.GRID_WORKER, PersonKind.VOLUNTEER));

    private final Set<PersonKind> kinds;

    DutyRole(Set<PersonKind> kinds) {
        this.kinds = kinds;
    }

    /** The kinds of person who may hold this role. */
    public Set<PersonKind> kinds() {
        return kinds;
    }

    public boolean accepts(PersonKind kind) {
        return kinds.contains(kind);
    }
}
