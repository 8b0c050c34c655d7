package org.gridwatch.meeting;

import java.util.Set;

/** Small value helpers of the entities. */
final class Text {

    private Text() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Makes {@code target} equal to {@code wanted}, touching only the difference (kept rows stay as they are). */
    static void replace(Set<Long> target, Set<Long> wanted) {
        target.retainAll(wanted);
        target.addAll(wanted);
    }
}
