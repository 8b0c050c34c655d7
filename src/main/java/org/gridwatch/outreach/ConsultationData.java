package org.gridwatch.outreach;

/**
 * A legal consultation as entered. The answer may still be open (a question taken down to be answered later);
 * once there is one, {@code answeredById} names the officer or mediator (lawyer) who gave it.
 */
public record ConsultationData(FieldFacts facts, String question, String answer, Long answeredById,
        ConsultationChannel channel) {
}
