package org.gridwatch.outreach;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A read-only view of a drill. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record DrillView(RecordFacts facts, List<Long> partnerUnitIds, String scenario, int partnerParticipants) {

    public long id() {
        return facts.id();
    }

    /** Our people and the partners' together. */
    public int totalParticipants() {
        return facts.personIds().size() + partnerParticipants;
    }
}
