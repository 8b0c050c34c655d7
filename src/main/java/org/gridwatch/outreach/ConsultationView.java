package org.gridwatch.outreach;

import org.gridwatch.fieldwork.Satisfaction;

/** A read-only view of a legal consultation. */
public record ConsultationView(RecordFacts facts, String question, String answer, Long answeredById,
        ConsultationChannel channel, Satisfaction satisfaction, String satisfactionComment) {

    public long id() {
        return facts.id();
    }

    public boolean answered() {
        return answer != null;
    }
}
