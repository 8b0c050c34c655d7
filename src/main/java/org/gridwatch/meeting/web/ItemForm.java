package org.gridwatch.meeting.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.gridwatch.meeting.ActionItemData;
import org.springframework.validation.Errors;
import org.springframework.format.annotation.DateTimeFormat;

/** The "add an action item" form of a meeting's page. */
class ItemForm {

    @Size(max = 500)
    private String text;

    @Size(max = 40)
    private String owner;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    private String submissionKey;

    void validate(Errors errors) {
        new ActionRow(text, owner, dueOn).validate(errors, "");
    }

    ActionItemData toData() {
        return new ActionRow(text, owner, dueOn).toData();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
