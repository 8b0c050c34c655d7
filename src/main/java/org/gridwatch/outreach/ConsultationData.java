package org.gridwatch.outreach;

import org.gridwatch.fieldwork.Satisfaction;

/**
 * A legal consultation as entered. The answer may still be open (a question taken down to be answered later);
 * once there is one, {@code answeredById} names the officer or mediator (lawyer) who gave it. The resident's
 * verdict on the answer (群众满意度) and a remark beside it are optional.
 */
public record ConsultationData(FieldFacts facts, String question, String answer, Long answeredById,
        ConsultationChannel channel, Satisfaction satisfaction, String satisfactionComment) {

    /** A consultation without the resident's verdict. */
    public ConsultationData(FieldFacts facts, String question, String answer, Long answeredById,
            ConsultationChannel channel) {
        this(facts, question, answer, answeredById, channel, null, null);
    }
}
