package org.gridwatch.people;

import java.time.LocalDate;

/** A concurrent post to record: its name (e.g. 社区党委副书记), the community, from and (optionally) to. */
public record PostData(String postName, long communityId, LocalDate from, LocalDate to) {
}
