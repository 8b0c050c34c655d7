package org.gridwatch.outreach;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.shared.Text;
import org.hibernate.envers.Audited;

/** A legal consultation (法律咨询): a resident's question, the answer given and by whom, and how it came in. */
@Entity
@Audited
class Consultation extends OutreachRecord {

    private String question;

    private String answer;

    private Long answeredById;

    @Enumerated(EnumType.STRING)
    private ConsultationChannel channel;

    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;

    private String satisfactionComment;

    @ElementCollection
    @CollectionTable(name = "consultation_person", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "person_id")
    private Set<Long> personIds = new HashSet<>();

    protected Consultation() {
    }

    Consultation(ConsultationData data, Recorder recorder, Instant now) {
        super(recorder, now);
        change(data, now);
    }

    void change(ConsultationData data, Instant now) {
        changeFacts(data.facts(), now);
        this.question = data.question().strip();
        this.answer = Text.strippedOrNull(data.answer());
        this.answeredById = data.answeredById();
        this.channel = data.channel();
        this.satisfaction = data.satisfaction();
        this.satisfactionComment = data.satisfaction() == null ? null : Text.strippedOrNull(data.satisfactionComment());
    }

    @Override
    Set<Long> people() {
        return personIds;
    }

    ConsultationView view() {
        return new ConsultationView(facts(), question, answer, answeredById, channel, satisfaction,
                satisfactionComment);
    }

    String getQuestion() {
        return question;
    }

    ConsultationChannel getChannel() {
        return channel;
    }

    Long getAnsweredById() {
        return answeredById;
    }
}
