package org.gridwatch.meeting;

import java.time.LocalDate;
import java.util.Set;

/** A joint meeting as recorded: kind, title, day, convening area, optional work team, participants, decisions. */
public record MeetingData(MeetingKind kind, String title, LocalDate heldOn, Long areaId, Long workTeamId,
        Set<Long> personIds, Set<Long> partnerUnitIds, String decisions) {

    public MeetingData {
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
        partnerUnitIds = partnerUnitIds == null ? Set.of() : Set.copyOf(partnerUnitIds);
    }
}
