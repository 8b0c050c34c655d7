package org.gridwatch.visit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.visit.VisitCategory;
import org.gridwatch.visit.VisitData;
import org.gridwatch.visit.VisitKind;
import org.gridwatch.visit.VisitManagement;
import org.gridwatch.visit.VisitView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.gridwatch.shared.web.Latitude;
import org.gridwatch.shared.web.Longitude;

/** The visit form, for logging and editing; times are in the branch's time zone. */
class VisitForm {

    static final String MINUTES = "yyyy-MM-dd'T'HH:mm";

    private Long id;

    @NotNull
    private VisitKind kind;

    @NotNull
    private Long gridId;

    private Long placeId;

    @NotNull
    @DateTimeFormat(pattern = MINUTES, fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"})
    private LocalDateTime occurredAt;

    @NotEmpty
    private List<Long> personIds = new ArrayList<>();

    @NotNull
    private VisitCategory category;

    @NotBlank
    @Size(max = VisitManagement.TEXT_LENGTH)
    private String learned;

    private boolean followUpNeeded;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate followUpBy;

    @Size(max = VisitManagement.TEXT_LENGTH)
    private String notes;

    private Satisfaction satisfaction;

    @Size(max = Satisfaction.COMMENT_LENGTH)
    private String satisfactionComment;

    @Latitude
    private Double lat;

    @Longitude
    private Double lon;

    @Positive
    private Long campaignId;

    private List<MultipartFile> photos = new ArrayList<>();

    private List<Long> removePhotoIds = new ArrayList<>();

    private long version;

    private String submissionKey;

    static VisitForm of(VisitView visit, ZoneId zone) {
        VisitForm form = new VisitForm();
        form.id = visit.id();
        form.kind = visit.kind();
        form.gridId = visit.gridId();
        form.placeId = visit.placeId();
        form.occurredAt = LocalDateTime.ofInstant(visit.occurredAt(), zone);
        form.personIds = new ArrayList<>(visit.personIds());
        form.category = visit.category();
        form.learned = visit.learned();
        form.followUpNeeded = visit.followUpNeeded();
        form.followUpBy = visit.followUpBy();
        form.notes = visit.notes();
        form.lat = visit.latitude();
        form.lon = visit.longitude();
        form.campaignId = visit.campaignId();
        form.satisfaction = visit.satisfaction();
        form.satisfactionComment = visit.satisfactionComment();
        form.version = visit.version();
        return form;
    }

    /** Rules between fields, reported beside the field (the facade checks them again, and the rest). */
    void validate(Errors errors, Clock clock, ZoneId zone) {
        if (followUpNeeded && followUpBy == null && !errors.hasFieldErrors("followUpBy")) {
            errors.rejectValue("followUpBy", "visit.followUpBy.required");
        }
        if (occurredAt != null) {
            if (occurredAt.atZone(zone).toInstant().isAfter(clock.instant().plus(VisitManagement.FUTURE_TOLERANCE))) {
                errors.rejectValue("occurredAt", "visit.occurredAt.future");
            } else if (occurredAt.getYear() < 2000) {
                errors.rejectValue("occurredAt", "visit.occurredAt.tooOld");
            }
            if (followUpNeeded && followUpBy != null && followUpBy.isBefore(occurredAt.toLocalDate())) {
                errors.rejectValue("followUpBy", "visit.followUpBy.beforeVisit");
            }
        }
        if (satisfaction == null && satisfactionComment != null && !satisfactionComment.isBlank()
                && !errors.hasFieldErrors("satisfaction") && !errors.hasFieldErrors("satisfactionComment")) {
            errors.rejectValue("satisfactionComment", "fieldwork.satisfaction.commentWithoutAnswer");
        }
        // NaN, Infinity and out-of-range numbers are refused by @Latitude and @Longitude, beside the grid picker
        if ((lat == null) != (lon == null) && !errors.hasFieldErrors("lat") && !errors.hasFieldErrors("lon")) {
            errors.rejectValue("lat", "visit.point.invalid");
        }
    }

    VisitData toData(ZoneId zone) {
        return new VisitData(kind, gridId, placeId, occurredAt.atZone(zone).toInstant(), personIds, category, learned,
                followUpNeeded, followUpNeeded ? followUpBy : null, notes, lat, lon, campaignId, satisfaction,
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

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VisitKind getKind() {
        return kind;
    }

    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public List<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<Long> personIds) {
        this.personIds = personIds;
    }

    public VisitCategory getCategory() {
        return category;
    }

    public void setCategory(VisitCategory category) {
        this.category = category;
    }

    public String getLearned() {
        return learned;
    }

    public void setLearned(String learned) {
        this.learned = learned;
    }

    public boolean isFollowUpNeeded() {
        return followUpNeeded;
    }

    public void setFollowUpNeeded(boolean followUpNeeded) {
        this.followUpNeeded = followUpNeeded;
    }

    public LocalDate getFollowUpBy() {
        return followUpBy;
    }

    public void setFollowUpBy(LocalDate followUpBy) {
        this.followUpBy = followUpBy;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public List<MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(List<MultipartFile> photos) {
        this.photos = photos;
    }

    public List<Long> getRemovePhotoIds() {
        return removePhotoIds;
    }

    public void setRemovePhotoIds(List<Long> removePhotoIds) {
        this.removePhotoIds = removePhotoIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** Idempotency key of a create form (see FormSubmissions): a resend creates nothing twice. */
    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
