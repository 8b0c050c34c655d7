package org.gridwatch.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.gridwatch.meeting.WorkTeamData;
import org.gridwatch.meeting.WorkTeamView;

/** The work team (工作专班) form. */
class WorkTeamForm {

    private Long id;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private Long areaId;

    @Size(max = 1000)
    private String purpose;

    @Size(max = 500)
    private List<Long> personIds = new ArrayList<>();

    @Size(max = 200)
    private List<Long> partnerUnitIds = new ArrayList<>();

    private long version;

    private String submissionKey;

    static WorkTeamForm of(WorkTeamView team) {
        WorkTeamForm form = new WorkTeamForm();
        form.id = team.id();
        form.name = team.name();
        form.areaId = team.areaId();
        form.purpose = team.purpose();
        form.personIds = new ArrayList<>(team.personIds());
        form.partnerUnitIds = new ArrayList<>(team.partnerUnitIds());
        form.version = team.version();
        return form;
    }

    WorkTeamData toData() {
        return new WorkTeamData(name, areaId, purpose,
                new LinkedHashSet<>(personIds.stream().filter(Objects::nonNull).toList()),
                new LinkedHashSet<>(partnerUnitIds.stream().filter(Objects::nonNull).toList()));
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

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<Long> personIds) {
        this.personIds = personIds == null ? new ArrayList<>() : personIds;
    }

    public List<Long> getPartnerUnitIds() {
        return partnerUnitIds;
    }

    public void setPartnerUnitIds(List<Long> partnerUnitIds) {
        this.partnerUnitIds = partnerUnitIds == null ? new ArrayList<>() : partnerUnitIds;
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
