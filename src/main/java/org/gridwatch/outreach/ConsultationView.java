package org.gridwatch.outreach;

/** A read-only view of a legal consultation. */
public record ConsultationView(RecordFacts facts, String question, String answer, Long answeredById,
        ConsultationChannel channel) {

    public long id() {
        return facts.id();
    }

    public boolean answered() {
        return answer != null;
    }
}
