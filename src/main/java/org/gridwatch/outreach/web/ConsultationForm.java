package org.gridwatch.outreach.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.gridwatch.outreach.ConsultationChannel;
import org.gridwatch.outreach.ConsultationData;
import org.gridwatch.outreach.ConsultationView;

/** The legal consultation form, for logging and editing. */
class ConsultationForm extends OutreachForm {

    @NotNull
    private ConsultationChannel channel = ConsultationChannel.IN_PERSON;

    @NotBlank
    @Size(max = 2000)
    private String question;

    @Size(max = 4000)
    private String answer;

    private Long answeredById;

    static ConsultationForm of(ConsultationView view, ZoneId zone) {
        ConsultationForm form = new ConsultationForm();
        form.fill(view.facts(), zone);
        form.channel = view.channel();
        form.question = view.question();
        form.answer = view.answer();
        form.answeredById = view.answeredById();
        return form;
    }

    ConsultationData toData(ZoneId zone) {
        return new ConsultationData(facts(zone), question, answer, answeredById, channel);
    }

    public ConsultationChannel getChannel() {
        return channel;
    }

    public void setChannel(ConsultationChannel channel) {
        this.channel = channel;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Long getAnsweredById() {
        return answeredById;
    }

    public void setAnsweredById(Long answeredById) {
        this.answeredById = answeredById;
    }
}
