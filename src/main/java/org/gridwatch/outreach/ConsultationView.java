package org.gridwatch.outreach;

import org.gridwatch.fieldwork.Satisfaction;
import org.springframework.modulith.NamedInterface;

/** A read-only view of a legal consultation. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record ConsultationView(RecordFacts facts, String question, String answer, Long answeredById,
        ConsultationChannel channel, Satisfaction satisfaction, String satisfactionComment) {

    public long id() {
        return facts.id();
    }

    public boolean answered() {
        return answer != null;
    }
}
