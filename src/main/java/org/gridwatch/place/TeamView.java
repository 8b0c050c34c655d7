package org.gridwatch.place;

import java.util.List;

/** A read-only view of a patrol team (巡防队). */
public record TeamView(long id, long partnerUnitId, String name, String leadName, String leadPhone,
        List<TeamMemberEntry> members, long version) {
}
