package org.gridwatch.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A joint meeting with its convening area, work team and participants by name. */
public record MeetingView(long id, MeetingKind kind, String title, LocalDate heldOn, long areaId, String areaLabel,
        Long workTeamId, String workTeamName, List<Participant> people, List<Participant> partnerUnits,
        String decisions, Instant updatedAt, long version) {

    public List<Long> personIds() {
        return people.stream().map(Participant::id).toList();
    }

    public List<Long> partnerUnitIds() {
        return partnerUnits.stream().map(Participant::id).toList();
    }
}
