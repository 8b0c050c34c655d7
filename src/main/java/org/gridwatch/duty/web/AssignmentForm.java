package org.gridwatch.duty.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.duty.NewAssignment;
import org.springframework.format.annotation.DateTimeFormat;

/** Puts a person on duty in a grid. */
public class AssignmentForm {

    @NotNull
    private DutyRole role;

    @NotNull
    private Long personId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    @Size(max = 500)
    private String note;

    NewAssignment toRequest(long gridId) {
        return new NewAssignment(gridId, personId, role, validFrom, validTo, note);
    }

    public DutyRole getRole() {
        return role;
    }

    public void setRole(DutyRole role) {
        this.role = role;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
