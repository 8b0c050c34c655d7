package org.gridwatch.people;

import java.time.LocalDate;

/** A concurrent post to record: its name (e.g. 社区党委副书记), the community, and from–to ({@code to} optional). */
public record PostData(String postName, long communityId, LocalDate from, LocalDate to) {
}
