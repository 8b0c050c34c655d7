package org.gridwatch.meeting;

import java.util.Set;

/** Id collections of the entities. */
final class IdSets {

    private IdSets() {
    }

    /** Makes {@code target} equal to {@code wanted}, touching only the difference (kept rows stay as they are). */
    static void replace(Set<Long> target, Set<Long> wanted) {
        target.retainAll(wanted);
        target.addAll(wanted);
    }
}
