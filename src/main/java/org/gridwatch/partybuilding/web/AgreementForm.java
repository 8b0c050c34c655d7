package org.gridwatch.partybuilding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.gridwatch.partybuilding.AgreementData;
import org.gridwatch.partybuilding.AgreementView;
import org.springframework.validation.Errors;
import org.springframework.format.annotation.DateTimeFormat;

/** The joint building agreement form; goals are typed one per line. */
class AgreementForm {

    static final int MAX_GOALS = 20;
    static final int MAX_GOAL_LENGTH = 200;

    private Long id;

    @NotBlank
    @Size(max = 150)
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    @Size(max = 50)
    private List<Long> branchIds = new ArrayList<>();

    @NotBlank
    @Size(max = 4500)
    private String goals;

    private long version;

    private String submissionKey;

    static AgreementForm of(AgreementView agreement) {
        AgreementForm form = new AgreementForm();
        form.id = agreement.id();
        form.title = agreement.title();
        form.signedOn = agreement.signedOn();
        form.validFrom = agreement.validFrom();
        form.validTo = agreement.validTo();
        form.branchIds = new ArrayList<>(agreement.branchIds());
        form.goals = String.join("\n", agreement.goals());
        form.version = agreement.version();
        return form;
    }

    List<String> goalLines() {
        return goals == null ? List.of()
                : Arrays.stream(goals.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    /** Rules between fields, reported beside the field. */
    void validate(Errors errors) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            errors.rejectValue("validTo", "party.period.order");
        }
        if (!errors.hasFieldErrors("branchIds") && new LinkedHashSet<>(branchIds).size() < 2) {
            errors.rejectValue("branchIds", "party.agreement.branches.atLeastTwo");
        }
        if (!errors.hasFieldErrors("goals")) {
            List<String> lines = goalLines();
            if (lines.size() > MAX_GOALS) {
                errors.rejectValue("goals", "party.agreement.goals.tooMany", new Object[] {MAX_GOALS}, null);
            } else if (lines.stream().anyMatch(line -> line.length() > MAX_GOAL_LENGTH)) {
                errors.rejectValue("goals", "party.agreement.goals.tooLong", new Object[] {MAX_GOAL_LENGTH}, null);
            }
        }
    }

    AgreementData toData() {
        return new AgreementData(title, signedOn, validFrom, validTo,
                new LinkedHashSet<>(branchIds.stream().filter(Objects::nonNull).toList()), goalLines());
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
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

    public List<Long> getBranchIds() {
        return branchIds;
    }

    public void setBranchIds(List<Long> branchIds) {
        this.branchIds = branchIds == null ? new ArrayList<>() : branchIds;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
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
