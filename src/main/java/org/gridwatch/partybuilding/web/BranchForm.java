package org.gridwatch.partybuilding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.gridwatch.partybuilding.BranchData;
import org.gridwatch.partybuilding.BranchView;
import org.springframework.validation.Errors;

/** The party branch form, for creating and editing: an area or a partner unit, secretary, members. */
class BranchForm {

    private Long id;

    @NotBlank
    @Size(max = 100)
    private String name;

    private Long areaId;

    private Long partnerUnitId;

    private Long secretaryId;

    @Size(max = 500)
    private List<Long> memberIds = new ArrayList<>();

    @Size(max = 1000)
    private String notes;

    private long version;

    private String submissionKey;

    static BranchForm of(BranchView branch) {
        BranchForm form = new BranchForm();
        form.id = branch.id();
        form.name = branch.name();
        form.areaId = branch.areaId();
        form.partnerUnitId = branch.partnerUnitId();
        form.secretaryId = branch.secretary() == null ? null : branch.secretary().id();
        form.memberIds = new ArrayList<>(branch.memberIds());
        form.notes = branch.notes();
        form.version = branch.version();
        return form;
    }

    /** Exactly one home: an area or a partner unit. */
    void validate(Errors errors) {
        if (!errors.hasFieldErrors("areaId") && !errors.hasFieldErrors("partnerUnitId")
                && (areaId == null) == (partnerUnitId == null)) {
            errors.rejectValue("areaId", areaId == null ? "party.branch.home.required" : "party.branch.home.both");
        }
    }

    BranchData toData() {
        return new BranchData(name, areaId, partnerUnitId, secretaryId,
                new LinkedHashSet<>(memberIds.stream().filter(Objects::nonNull).toList()), notes);
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getPartnerUnitId() {
        return partnerUnitId;
    }

    public void setPartnerUnitId(Long partnerUnitId) {
        this.partnerUnitId = partnerUnitId;
    }

    public Long getSecretaryId() {
        return secretaryId;
    }

    public void setSecretaryId(Long secretaryId) {
        this.secretaryId = secretaryId;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : memberIds;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
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
