package org.gridwatch.partybuilding.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.gridwatch.partybuilding.ActivityData;
import org.gridwatch.partybuilding.ActivityKind;
import org.gridwatch.partybuilding.ActivityView;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.format.annotation.DateTimeFormat;

/** The joint activity form, with photos. */
class ActivityForm {

    private Long id;

    @NotNull
    private ActivityKind kind;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank
    @Size(max = 100)
    private String title;

    @Size(max = 50)
    private List<Long> branchIds = new ArrayList<>();

    private Long agreementId;

    @Size(max = 500)
    private List<Long> personIds = new ArrayList<>();

    @Positive
    @Max(100_000)
    private Integer participantCount;

    @NotBlank
    @Size(max = 2000)
    private String summary;

    private List<MultipartFile> photos = new ArrayList<>();

    private long version;

    private String submissionKey;

    static ActivityForm of(ActivityView activity) {
        ActivityForm form = new ActivityForm();
        form.id = activity.id();
        form.kind = activity.kind();
        form.heldOn = activity.heldOn();
        form.title = activity.title();
        form.branchIds = new ArrayList<>(activity.branchIds());
        form.agreementId = activity.agreementId();
        form.personIds = new ArrayList<>(activity.personIds());
        form.participantCount = activity.participantCount();
        form.summary = activity.summary();
        form.version = activity.version();
        return form;
    }

    ActivityData toData() {
        return new ActivityData(kind, heldOn, title,
                new LinkedHashSet<>(branchIds.stream().filter(Objects::nonNull).toList()), agreementId,
                new LinkedHashSet<>(personIds.stream().filter(Objects::nonNull).toList()), participantCount, summary);
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

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<Long> getBranchIds() {
        return branchIds;
    }

    public void setBranchIds(List<Long> branchIds) {
        this.branchIds = branchIds == null ? new ArrayList<>() : branchIds;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public List<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<Long> personIds) {
        this.personIds = personIds == null ? new ArrayList<>() : personIds;
    }

    public Integer getParticipantCount() {
        return participantCount;
    }

    public void setParticipantCount(Integer participantCount) {
        this.participantCount = participantCount;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(List<MultipartFile> photos) {
        this.photos = photos == null ? new ArrayList<>() : photos;
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
