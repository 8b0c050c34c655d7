package org.gridwatch.hazard.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The re-inspection: passed (verified), or failed with why and a new deadline (reopened). */
class VerifyForm {

    enum Outcome { PASS, FAIL }

    @NotNull
    private Outcome outcome;

    @Size(max = 1000)
    private String note;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    private long version;

    /** A failed re-inspection says why and sets a new deadline. */
    void validate(Errors errors) {
        if (outcome == Outcome.FAIL) {
            if (!errors.hasFieldErrors("note") && (note == null || note.isBlank())) {
                errors.rejectValue("note", "hazard.verify.noteRequired");
            }
            if (!errors.hasFieldErrors("deadline") && deadline == null) {
                errors.rejectValue("deadline", "hazard.verify.deadlineRequired");
            }
        }
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
