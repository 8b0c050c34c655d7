package org.gridwatch.partybuilding.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.gridwatch.partybuilding.PioneerData;
import org.gridwatch.partybuilding.PioneerKind;
import org.gridwatch.partybuilding.PioneerView;
import org.springframework.validation.Errors;
import org.springframework.format.annotation.DateTimeFormat;

/** The pioneer post form: who, which grid (and duty), from when to when. */
class PioneerForm {

    private Long id;

    @NotNull
    private PioneerKind kind;

    @NotNull
    private Long personId;

    @NotNull
    private Long gridId;

    @Size(max = 100)
    private String duty;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    private long version;

    private String submissionKey;

    static PioneerForm of(PioneerView post) {
        PioneerForm form = new PioneerForm();
        form.id = post.id();
        form.kind = post.kind();
        form.personId = post.personId();
        form.gridId = post.gridId();
        form.duty = post.duty();
        form.validFrom = post.validFrom();
        form.validTo = post.validTo();
        form.version = post.version();
        return form;
    }

    void validate(Errors errors) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            errors.rejectValue("validTo", "party.period.order");
        }
    }

    PioneerData toData() {
        return new PioneerData(kind, personId, gridId, duty, validFrom, validTo);
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PioneerKind getKind() {
        return kind;
    }

    public void setKind(PioneerKind kind) {
        this.kind = kind;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public String getDuty() {
        return duty;
    }

    public void setDuty(String duty) {
        this.duty = duty;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
