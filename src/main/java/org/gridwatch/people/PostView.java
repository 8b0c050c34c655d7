package org.gridwatch.people;

import java.time.LocalDate;

/** A concurrent post (兼任社区/村班子职务) of an officer. */
public record PostView(long id, long personId, String postName, long communityId, LocalDate from, LocalDate to,
        long version) {

    /** True when the post has not ended before {@code day}. */
    public boolean heldOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
