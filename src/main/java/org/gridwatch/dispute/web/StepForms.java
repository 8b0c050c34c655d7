package org.gridwatch.dispute.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.gridwatch.dispute.CallBack;
import org.gridwatch.dispute.Escalation;
import org.gridwatch.dispute.EscalationLevel;
import org.gridwatch.dispute.ReceivingBody;
import org.gridwatch.dispute.Referral;
import org.gridwatch.dispute.Resolution;
import org.gridwatch.dispute.SessionData;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.Satisfaction;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The forms of the dispute's steps; each carries the version the page was loaded with. */
final class StepForms {

    private StepForms() {
    }

    /** The version alone: accept, start mediating, team changes. */
    static class VersionForm {

        @NotNull
        private Long version;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    static class TeamForm extends VersionForm {

        @NotNull
        private Long personId;

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }
    }

    static class SessionForm extends VersionForm {

        @NotNull
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
        private LocalDateTime heldAt;

        @NotBlank
        @Size(max = 500)
        private String attendees;

        @NotBlank
        @Size(max = 2000)
        private String summary;

        SessionData toData() {
            return new SessionData(heldAt.atZone(RecordFilter.ZONE).toInstant(), attendees.strip(), summary.strip());
        }

        public LocalDateTime getHeldAt() {
            return heldAt;
        }

        public void setHeldAt(LocalDateTime heldAt) {
            this.heldAt = heldAt;
        }

        public String getAttendees() {
            return attendees;
        }

        public void setAttendees(String attendees) {
            this.attendees = attendees;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }
    }

    static class ResolveForm extends VersionForm {

        @NotBlank
        @Size(max = Resolution.LENGTH)
        private String agreement;

        Resolution toData() {
            return new Resolution(agreement.strip());
        }

        public String getAgreement() {
            return agreement;
        }

        public void setAgreement(String agreement) {
            this.agreement = agreement;
        }
    }

    static class ReferForm extends VersionForm {

        @NotNull
        private ReceivingBody body;

        @Size(max = 1000)
        private String note;

        /** "Other" says nothing without naming the body: the note is needed then. */
        void validate(Errors errors) {
            if (body == ReceivingBody.OTHER && (note == null || note.isBlank()) && !errors.hasFieldErrors("note")) {
                errors.rejectValue("note", "dispute.refer.noteNeeded");
            }
        }

        Referral toData() {
            return new Referral(body, note);
        }

        public ReceivingBody getBody() {
            return body;
        }

        public void setBody(ReceivingBody body) {
            this.body = body;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    static class EscalateForm extends VersionForm {

        @NotNull
        private EscalationLevel level;

        @NotBlank
        @Size(max = 1000)
        private String note;

        Escalation toData() {
            return new Escalation(level, note.strip());
        }

        public EscalationLevel getLevel() {
            return level;
        }

        public void setLevel(EscalationLevel level) {
            this.level = level;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    static class CallBackForm extends VersionForm {

        @NotNull
        @DateTimeFormat(pattern = "yyyy-MM-dd")
        private LocalDate callBackOn;

        @NotBlank
        @Size(max = 1000)
        private String result;

        @NotNull
        private Satisfaction satisfaction;

        CallBack toData() {
            return new CallBack(callBackOn, result.strip(), satisfaction);
        }

        public LocalDate getCallBackOn() {
            return callBackOn;
        }

        public void setCallBackOn(LocalDate callBackOn) {
            this.callBackOn = callBackOn;
        }

        public String getResult() {
            return result;
        }

        public void setResult(String result) {
            this.result = result;
        }

        public Satisfaction getSatisfaction() {
            return satisfaction;
        }

        public void setSatisfaction(Satisfaction satisfaction) {
            this.satisfaction = satisfaction;
        }
    }
}
