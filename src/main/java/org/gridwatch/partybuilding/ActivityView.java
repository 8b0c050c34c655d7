package org.gridwatch.partybuilding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A joint activity with its branches, agreement and participants by name. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record ActivityView(long id, ActivityKind kind, LocalDate heldOn, String title, List<Named> branches,
        Long agreementId, String agreementTitle, List<Named> participants, int participantCount, String summary,
        Instant updatedAt, long version) {

    public List<Long> branchIds() {
        return branches.stream().map(Named::id).toList();
    }

    public List<Long> personIds() {
        return participants.stream().map(Named::id).toList();
    }
}
