package org.gridwatch.outreach.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.gridwatch.fieldwork.Satisfaction;
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

    private Satisfaction satisfaction;

    @Size(max = Satisfaction.COMMENT_LENGTH)
    private String satisfactionComment;

    static ConsultationForm of(ConsultationView view, ZoneId zone) {
        ConsultationForm form = new ConsultationForm();
        form.fill(view.facts(), zone);
        form.channel = view.channel();
        form.question = view.question();
        form.answer = view.answer();
        form.answeredById = view.answeredById();
        form.satisfaction = view.satisfaction();
        form.satisfactionComment = view.satisfactionComment();
        return form;
    }

    @Override
    void validate(org.springframework.validation.Errors errors, java.time.Instant now, ZoneId zone) {
        super.validate(errors, now, zone);
        if (satisfaction == null && satisfactionComment != null && !satisfactionComment.isBlank()
                && !errors.hasFieldErrors("satisfaction") && !errors.hasFieldErrors("satisfactionComment")) {
            errors.rejectValue("satisfactionComment", "fieldwork.satisfaction.commentWithoutAnswer");
        }
    }

    ConsultationData toData(ZoneId zone) {
        return new ConsultationData(facts(zone), question, answer, answeredById, channel, satisfaction,
                satisfactionComment);
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getSatisfactionComment() {
        return satisfactionComment;
    }

    public void setSatisfactionComment(String satisfactionComment) {
        this.satisfactionComment = satisfactionComment;
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
